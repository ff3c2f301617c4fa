package org.jjmask.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jjmask.gds.Boundary;
import org.jjmask.gds.GdsFlattener;
import org.jjmask.gds.GdsInspector;
import org.jjmask.gds.GdsLibrary;
import org.jjmask.gds.GdsReader;
import org.jjmask.gds.Inspection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Every device template: a valid outline of the closed-form area, holes exactly where a brute-force
 * oracle puts them (inside fill region ∩ outline, margin from its edges, margin + keep-out from the
 * pads), pads clear of every hole, and a GDS round trip that keeps the hole count and the pads.
 */
class DeviceTemplatesTest {

    static final GeometryFactory GF = new GeometryFactory();
    static final HoleShape HOLE = HoleShape.regular(70, 32, 1.0);
    static final double MARGIN = 100;

    /** Device, its film area in µm² by closed form, the relative tolerance, the contact keep-out (nm). */
    static Stream<Arguments> templates() {
        // Hall bar: channel 6×2, 2 arm pairs 0.7×1.5, 1 µm pads at the 4 arm tips and 2 ends
        double hallbar = 6 * 2 + 4 * 0.7 * 1.5 + 6 * 1.0;
        // bridge 3×0.8, 1 µm tapers (trapezoids 0.8→4) to 4 µm pads
        double bridge = 3 * 0.8 + 2 * 1 * (0.8 + 4) / 2 + 2 * 16;
        // cross: two 2 µm strips of 2·1.5 + 2 = 5 µm, the centre counted once, four 1.5 µm pads
        double cross = 2 * 5 * 2 - 4 + 4 * 1.5 * 1.5;
        // Corbino: film annulus from 1.5 − 0.5 to 3 + 0.5 µm; 64-gons lose (2π/64)²/6 ≈ 0.16 % of the area
        double corbino = Math.PI * (3.5 * 3.5 - 1.0 * 1.0);
        Polygon l = (Polygon) GF.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(4000, 0),
            new Coordinate(4000, 1500), new Coordinate(1500, 1500), new Coordinate(1500, 4000), new Coordinate(0, 4000),
            new Coordinate(0, 0)});
        return Stream.of(
                Arguments.of("hallbar, pads, channel only", new HallBar(6, 2, 2, 0.7, 1.5, 1.0, false), hallbar, 1e-9, 300.0),
                Arguments.of("hallbar, pads, arms patterned", new HallBar(6, 2, 2, 0.7, 1.5, 1.0, true), hallbar, 1e-9, 0.0),
                Arguments.of("hallbar, no pads", new HallBar(6, 2, 2, 0.7, 1.5), 12 + 4 * 0.7 * 1.5, 1e-9, 0.0),
                Arguments.of("bridge", new Bridge(3, 0.8, 1, 4), bridge, 1e-9, 200.0),
                Arguments.of("cross", new Cross(1.5, 2, 1.5), cross, 1e-9, 0.0),
                Arguments.of("cross, no pads", new Cross(1.5, 2, 0), cross - 9, 1e-9, 0.0),
                Arguments.of("corbino", new Corbino(1.5, 3, 0.5), corbino, 3e-3, 150.0),
                Arguments.of("polygon", new PolygonDevice(l), 4 * 1.5 + 1.5 * 2.5, 1e-9, 0.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void outlineIsValidWithItsClosedFormArea(String what, Device d, double areaUm2, double tol, double keepout) {
        Polygon outline = d.outline();
        assertThat(outline.isValid()).isTrue();
        assertThat(outline.getArea() / 1e6).isCloseTo(areaUm2, within(areaUm2 * tol + 1e-9));
        for (Polygon pad : d.pads()) {
            assertThat(pad.isValid()).isTrue();
            // contacts lie on the film
            assertThat(outline.buffer(1).covers(pad) || d instanceof Corbino).isTrue();
        }
        assertThat(d.fillRegion().isValid()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void holesOnlyInTheFillRegionClearOfThePads(String what, Device d, double areaUm2, double tol, double keepout) {
        GridLattice g = GridLattice.of(LatticeType.TRIANGULAR, 120, 1.0);
        Layout layout = Layout.of(d, g, HOLE, MARGIN, keepout, 1.0);
        Set<String> written = LatticeFillTest.filled(layout.arrays());
        assertThat(written).isNotEmpty();

        // the oracle, from the template's own parts rather than from Layout.fillArea
        Geometry allowed = d.fillRegion().intersection(d.outline());
        Geometry pads = d.pads().isEmpty() ? GF.createPolygon() : UnaryUnionOp.union(d.pads());
        Geometry boundary = allowed.getBoundary();
        double clearance = MARGIN + HOLE.circumradius();
        Envelope e = allowed.getEnvelopeInternal();
        Set<String> expected = new HashSet<>();
        for (long[] b : g.basis()) {
            for (long j = (long) Math.floor((e.getMinY() - b[1]) / g.cellY()) - 1; b[1] + j * g.cellY() <= e.getMaxY(); j++) {
                for (long i = (long) Math.floor((e.getMinX() - b[0]) / g.cellX()) - 1; b[0] + i * g.cellX() <= e.getMaxX(); i++) {
                    long x = b[0] + i * g.cellX();
                    long y = b[1] + j * g.cellY();
                    Point p = GF.createPoint(new Coordinate(x, y));
                    // 1e-6 nm: the keep-out buffer is a polygon inscribed in the round corner, so the
                    // exact distance to a pad corner may be a hair under it; decide by margin, not by that
                    boolean clearOfPads = pads.isEmpty() || pads.distance(p) >= keepout + clearance - keepout * 0.02;
                    if (allowed.contains(p) && boundary.distance(p) >= clearance && clearOfPads) {
                        expected.add(x + "," + y);
                    }
                }
            }
        }
        if (keepout == 0) {
            assertThat(written).isEqualTo(expected);
        } else {
            // the buffered keep-out's arcs are polygons: the oracle's pad test is the disc, within 2 %
            assertThat(expected).containsAll(written);
            assertThat(written.size()).isGreaterThan((int) (0.95 * expected.size()));
        }
        // no hole touches a pad or its keep-out
        for (String s : written) {
            String[] xy = s.split(",");
            Polygon hole = FilmTiling.hole(HOLE, Long.parseLong(xy[0]), Long.parseLong(xy[1]));
            for (Polygon pad : d.pads()) {
                assertThat(pad.distance(hole)).as(s).isGreaterThanOrEqualTo(keepout + MARGIN - 1);
            }
            assertThat(d.outline().contains(hole)).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void gdsRoundTripKeepsHolesOutlineAndPads(String what, Device d, double areaUm2, double tol, double keepout)
            throws Exception {
        Layout layout = Layout.of(d, GridLattice.of(LatticeType.SQUARE, 150, 1.0), HOLE, MARGIN, keepout, 1.0);
        GdsLibrary lib = GdsReader.read(LayoutGdsTest.write(layout, "dev"));
        Inspection in = GdsInspector.inspect(lib);
        assertThat(in.layerCount(1, 0).polygons()).isEqualTo(layout.holeCount()).isPositive();
        Map<String, Double> area = new HashMap<>();
        GdsFlattener.stream(lib, "dev").filter(s -> s.element() instanceof Boundary)
                .filter(s -> s.layer() != 1)
                .forEach(s -> area.merge(s.layer() + "/" + s.datatype(), FilmTiling.area(s.xy()), Double::sum));
        // hole-free pieces on the 1 nm grid tile the outline and the pads up to snapping
        assertThat(area.get("2/0")).isCloseTo(d.outline().getArea(), within(d.outline().getArea() * 1e-4));
        if (d.pads().isEmpty()) {
            assertThat(area).doesNotContainKey("4/0");
        } else {
            double pads = d.pads().stream().mapToDouble(Polygon::getArea).sum();
            assertThat(area.get("4/0")).isCloseTo(pads, within(pads * 1e-4));
            assertThat(in.layerCount(4, 0).polygons()).isGreaterThanOrEqualTo(d.pads().size());
        }
        if (d.outline().getNumInteriorRing() > 0) {
            assertThat(in.layerCount(2, 0).polygons()).isGreaterThan(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void negativeToneFilmAndHolesTileTheOutline(String what, Device d, double areaUm2, double tol, double keepout) {
        // super-cells are placed only where the template writes every hole, so the film keeps the bare arms
        Layout layout = Layout.of(d, GridLattice.of(LatticeType.TRIANGULAR, 150, 1.0), HOLE, MARGIN, keepout, 1.0);
        FilmLayout film = FilmTiling.of(layout);
        double covered = film.filmAreaDbu2() + layout.holeCount() * HOLE.area();
        // grid snapping of the cut and curved edges: well under a square nanometre per nanometre of edge
        assertThat(covered).isCloseTo(d.outline().getArea(), within(d.outline().getLength() * 0.1 + 1));
    }

    @Test
    void corbinoFillsTheAnnulusBetweenItsContacts() {
        Corbino c = new Corbino(10, 25, 3);
        assertThat(c.outline().getNumInteriorRing()).isEqualTo(1);
        assertThat(c.pads()).hasSize(2);
        double n = c.vertices();
        // an inscribed n-gon's area against π(R² − r²)
        double exact = Math.PI * (25e3 * 25e3 - 10e3 * 10e3);
        assertThat(c.fillRegion().getArea()).isCloseTo(exact, within(exact * 2 * Math.pow(Math.PI / n, 2)));
        // the fill area is the annulus, shrunk by the keep-out from both contacts
        Geometry area = Layout.fillArea(c, 500);
        double shrunk = Math.PI * (24.5e3 * 24.5e3 - 10.5e3 * 10.5e3);
        assertThat(area.getArea()).isCloseTo(shrunk, within(shrunk * 1e-3));
    }

    @Test
    void hallBarWithoutPadsFillsAsBefore() {
        HallBar bar = new HallBar(6, 2, 2, 0.7, 1.5);
        assertThat(bar.pads()).isEmpty();
        assertThat(Layout.fillArea(bar, 500).equalsExact(bar.outline())).isTrue();
        GridLattice g = GridLattice.of(LatticeType.TRIANGULAR, 120, 1.0);
        assertThat(Layout.of(bar, g, HOLE, 150, 1.0).arrays())
                .isEqualTo(LatticeFill.fill(bar.outline(), g, HOLE, 150, 1.0));
    }

    @Test
    void channelOnlyLeavesTheArmsBare() {
        HallBar bar = new HallBar(6, 2, 2, 0.7, 1.5, 0, false);
        Layout layout = Layout.of(bar, GridLattice.of(LatticeType.SQUARE, 120, 1.0), HOLE, MARGIN, 1.0);
        Envelope holes = layout.holeBoundsNm();
        assertThat(holes.getMaxY()).isLessThanOrEqualTo(1000 - MARGIN);
        assertThat(holes.getMinY()).isGreaterThanOrEqualTo(-1000 + MARGIN);
        assertThat(List.of(layout.layers().pads().layer(), layout.layers().pads().datatype())).containsExactly(4, 0);
    }
}
