package org.jjmask.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

/**
 * The row-band fill against a brute-force oracle: every lattice point of the bounding box tested
 * on its own with the exact distance to the outline.
 */
class LatticeFillTest {

    static final GeometryFactory GF = new GeometryFactory();

    /** Holes allowed by the rule, counted one lattice point at a time. */
    static Set<String> bruteForce(Polygon outline, GridLattice g, HoleShape hole, double margin) {
        double clearance = margin + hole.circumradius();
        Envelope e = outline.getEnvelopeInternal();
        Geometry boundary = outline.getBoundary();
        Set<String> out = new HashSet<>();
        for (long[] b : g.basis()) {
            for (long j = (long) Math.floor((e.getMinY() - b[1]) / g.cellY()) - 1; b[1] + j * g.cellY() <= e.getMaxY(); j++) {
                for (long i = (long) Math.floor((e.getMinX() - b[0]) / g.cellX()) - 1; b[0] + i * g.cellX() <= e.getMaxX(); i++) {
                    long x = b[0] + i * g.cellX();
                    long y = b[1] + j * g.cellY();
                    var p = GF.createPoint(new Coordinate(x, y));
                    if (outline.contains(p) && boundary.distance(p) >= clearance) {
                        out.add(x + "," + y);
                    }
                }
            }
        }
        return out;
    }

    static Set<String> filled(List<HoleArray> blocks) {
        Set<String> out = new HashSet<>();
        for (HoleArray a : blocks) {
            for (int j = 0; j < a.rows(); j++) {
                for (int i = 0; i < a.columns(); i++) {
                    boolean fresh = out.add((a.x() + i * a.stepX()) + "," + (a.y() + j * a.stepY()));
                    assertThat(fresh).as("hole written twice").isTrue();
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(LatticeType.class)
    void hallBarMatchesBruteForce(LatticeType t) {
        Polygon outline = new HallBar(6, 2, 2, 0.7, 1.5).outline();
        GridLattice g = GridLattice.of(t, 100, 1.0);
        HoleShape hole = HoleShape.regular(60, 32, 1.0);
        List<HoleArray> blocks = LatticeFill.fill(outline, g, hole, 150, 1.0);
        Set<String> expected = bruteForce(outline, g, hole, 150);
        assertThat(filled(blocks)).isEqualTo(expected);
        assertThat(LatticeFill.count(blocks)).isEqualTo(expected.size());
        // hierarchy: far fewer blocks than holes
        assertThat(blocks.size()).isLessThan(expected.size() / 10);
    }

    @Test
    void slantedAndConcaveOutlineMatchesBruteForce() throws Exception {
        Polygon outline = GeometryTestCase.readPolygon("POLYGON((0 0, 4000 0, 4000 2800, 2800 4000, 1500 2000, 0 4000, 0 0))");
        for (LatticeType t : LatticeType.values()) {
            GridLattice g = GridLattice.of(t, 130, 1.0);
            HoleShape hole = HoleShape.regular(80, 24, 1.0);
            Set<String> expected = bruteForce(outline, g, hole, 90);
            assertThat(filled(LatticeFill.fill(outline, g, hole, 90, 1.0))).as(t.name()).isEqualTo(expected);
        }
    }

    @Test
    void squareLatticeInARectangleHasTheClosedFormCount() throws Exception {
        // centres allowed in [margin + r, L - margin - r]: 10 µm, pitch 100, r ~ 20, margin 80 → x in [100, 9900]
        Polygon outline = GeometryTestCase.readPolygon("POLYGON((0 0, 10000 0, 10000 10000, 0 10000, 0 0))");
        HoleShape hole = HoleShape.regular(40, 16, 1.0);
        double r = hole.circumradius();
        List<HoleArray> blocks = LatticeFill.fill(outline, GridLattice.of(LatticeType.SQUARE, 100, 1.0), hole, 100 - r, 1.0);
        assertThat(LatticeFill.count(blocks)).isEqualTo(99L * 99L);
        assertThat(blocks).hasSize(1);
    }

    @Test
    void marginLargerThanTheDeviceLeavesNoHole() throws Exception {
        Polygon outline = GeometryTestCase.readPolygon("POLYGON((0 0, 1000 0, 1000 1000, 0 1000, 0 0))");
        assertThat(LatticeFill.fill(outline, GridLattice.of(LatticeType.TRIANGULAR, 100, 1.0),
                HoleShape.regular(50, 16, 1.0), 600, 1.0)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LatticeType.class)
    void shiftedOriginMatchesBruteForce(LatticeType t) throws Exception {
        Polygon bar = new HallBar(6, 2, 2, 0.7, 1.5).outline();
        Polygon concave = GeometryTestCase.readPolygon("POLYGON((0 0, 4000 0, 4000 2800, 2800 4000, 1500 2000, 0 4000, 0 0))");
        double[][] origins = {{37, -81}, {-1234.6, 555.5}, {50, 86.6}, {1e6 + 3, -1e6 - 7}};
        HoleShape[] holes = {new IdealHole.Circle(60, 20, true).written(1.0), new IdealHole.Square(50).written(1.0),
            new IdealHole.Ellipse(40, 1.8, 24, false).written(1.0), new IdealHole.Hexagon(55).written(1.0)};
        int k = 0;
        for (double[] o : origins) {
            GridLattice g = GridLattice.of(t, 100, 1.0).withOriginNm(o[0], o[1], 1.0);
            HoleShape hole = holes[k++ % holes.length];
            for (Polygon outline : new Polygon[] {bar, concave}) {
                List<HoleArray> blocks = LatticeFill.fill(outline, g, hole, 120, 1.0);
                Set<String> expected = bruteForce(outline, g, hole, 120);
                assertThat(filled(blocks)).as("%s origin %s,%s %s", t, o[0], o[1], hole).isEqualTo(expected);
                assertThat(expected).isNotEmpty();
            }
        }
    }

    @Test
    void theOriginHoleIsWrittenWhereTheSpecPutsIt() throws Exception {
        Polygon outline = GeometryTestCase.readPolygon("POLYGON((-5000 -5000, 5000 -5000, 5000 5000, -5000 5000, -5000 -5000))");
        HoleShape hole = new IdealHole.Square(40).written(1.0);
        for (LatticeType t : LatticeType.values()) {
            GridLattice g = GridLattice.of(t, 100, 1.0).withOriginNm(23, -41, 1.0);
            Set<String> holes = filled(LatticeFill.fill(outline, g, hole, 100, 1.0));
            assertThat(holes).as(t.name()).contains("23,-41").doesNotContain("0,0");
        }
    }

    @Test
    void everyWrittenHoleClearsTheMarginWhateverItsShape() throws Exception {
        Polygon outline = GeometryTestCase.readPolygon("POLYGON((0 0, 4000 0, 4000 2800, 2800 4000, 1500 2000, 0 4000, 0 0))");
        Geometry boundary = outline.getBoundary();
        for (HoleShape hole : new HoleShape[] {new IdealHole.Square(70).written(1.0), new IdealHole.Ellipse(30, 3, 24, true)
                .written(1.0), new IdealHole.Hexagon(70).written(1.0)}) {
            GridLattice g = GridLattice.of(LatticeType.TRIANGULAR, 130, 1.0).withOriginNm(11, 7, 1.0);
            for (HoleArray a : LatticeFill.fill(outline, g, hole, 90, 1.0)) {
                for (int j = 0; j < a.rows(); j++) {
                    for (int i = 0; i < a.columns(); i++) {
                        Polygon p = placed(hole, a.x() + i * a.stepX(), a.y() + j * a.stepY());
                        assertThat(outline.contains(p)).isTrue();
                        assertThat(boundary.distance(p)).isGreaterThanOrEqualTo(90 - 1e-9);
                    }
                }
            }
        }
    }

    static Polygon placed(HoleShape hole, long x, long y) {
        int[] xy = hole.xy();
        Coordinate[] ring = new Coordinate[xy.length / 2 + 1];
        for (int k = 0; k < xy.length / 2; k++) {
            ring[k] = new Coordinate(xy[2 * k] + x, xy[2 * k + 1] + y);
        }
        ring[ring.length - 1] = ring[0];
        return GF.createPolygon(ring);
    }
}
