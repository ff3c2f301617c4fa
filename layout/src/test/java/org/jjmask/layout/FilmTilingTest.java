package org.jjmask.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** Negative tone: film pieces and written holes tile the outline, without overlap or holes. */
class FilmTilingTest {

    static final GeometryFactory GF = new GeometryFactory();

    static Polygon polygon(int[] ring, long dx, long dy) {
        Coordinate[] c = new Coordinate[ring.length / 2 + 1];
        for (int k = 0; k < ring.length / 2; k++) {
            c[k] = new Coordinate(ring[2 * k] + dx, ring[2 * k + 1] + dy);
        }
        c[c.length - 1] = c[0];
        return GF.createPolygon(c);
    }

    @ParameterizedTest
    @EnumSource(LatticeType.class)
    void filmAndHolesTileTheOutline(LatticeType t) {
        Layout layout = Layout.of(new HallBar(6, 2, 1, 1.2, 1.0), GridLattice.of(t, 150, 1.0),
                HoleShape.regular(90, 24, 1.0), 250, 1.0);
        FilmLayout film = FilmTiling.of(layout);
        assertThat(film.tileArrays()).isNotEmpty();
        assertThat(film.edgePieces()).isNotEmpty();

        List<Geometry> pieces = new ArrayList<>();
        double sum = 0;
        for (HoleArray a : film.tileArrays()) {
            for (int j = 0; j < a.rows(); j++) {
                for (int i = 0; i < a.columns(); i++) {
                    for (int[] p : film.tilePieces()) {
                        Polygon g = polygon(p, a.x() + i * a.stepX(), a.y() + j * a.stepY());
                        pieces.add(g);
                        sum += g.getArea();
                    }
                }
            }
        }
        for (int[] p : film.edgePieces()) {
            Polygon g = polygon(p, 0, 0);
            pieces.add(g);
            sum += g.getArea();
        }
        for (Geometry g : pieces) {
            assertThat(g.isValid()).isTrue();
            assertThat(((Polygon) g).getNumInteriorRing()).isZero();
            assertThat(g.getNumPoints()).isLessThanOrEqualTo(4095);
        }
        Geometry filmUnion = UnaryUnionOp.union(pieces);
        // pieces do not overlap (cut points snap to the grid: allow a sliver per piece)
        assertThat(sum).isCloseTo(filmUnion.getArea(), within(pieces.size() * 1.0));
        assertThat(film.filmAreaDbu2()).isCloseTo(sum, within(1e-6 * sum));

        List<Geometry> holes = new ArrayList<>();
        for (double[] c : layout.holeCentresNm(layout.boundsNm())) {
            holes.add(FilmTiling.hole(layout.hole(), Math.round(c[0]), Math.round(c[1])));
        }
        Geometry holeUnion = UnaryUnionOp.union(holes);
        Polygon outline = layout.outlineNm();
        double slack = pieces.size() * 1.0;
        assertThat(filmUnion.intersection(holeUnion).getArea()).as("film over holes").isLessThan(slack);
        assertThat(outline.symDifference(filmUnion.union(holeUnion)).getArea()).as("outline not covered").isLessThan(slack);
        assertThat(holes).hasSize((int) layout.holeCount());
    }
}
