package org.jjmask.layout.drc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.HoleArray;
import org.jjmask.layout.HoleShape;
import org.jjmask.layout.LatticeType;
import org.jjmask.layout.LayerMap;
import org.jjmask.layout.Layout;
import org.jjmask.layout.PolygonDevice;
import org.jjmask.layout.UnitCellFacts;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/** Each rule on a small layout that breaks exactly that rule, a clean one, and the measurements against brute force. */
class LayoutRulesTest {

    static final GeometryFactory GF = new GeometryFactory();

    static PolygonDevice rect(double w, double h) {
        return new PolygonDevice((Polygon) GF.toGeometry(new Envelope(0, w, 0, h)));
    }

    static Layout layout(LatticeType type, double pitch, double diameter, double margin) {
        return Layout.of(rect(5000, 3000), GridLattice.of(type, pitch, 1), HoleShape.regular(diameter, 32, 1), margin, 1);
    }

    /** A layout with hand-placed blocks (the fill area is the outline). */
    static Layout manual(PolygonDevice d, GridLattice g, HoleShape h, double margin, List<HoleArray> arrays) {
        return new Layout(d, g, h, margin, 1, arrays, LayerMap.defaults(), 0, d.outline());
    }

    static Map<String, Long> broken(DrcReport r) {
        Map<String, Long> m = new TreeMap<>();
        r.rules().stream().filter(DrcReport.RuleSummary::violated).forEach(s -> m.put(s.rule().specName(), s.count()));
        return m;
    }

    static DrcReport.RuleSummary rule(DrcReport r, DesignRule name) {
        return r.rules().stream().filter(s -> s.rule().equals(name)).findFirst().orElseThrow();
    }

    /** Every written hole polygon, one by one (small layouts only). */
    static List<Polygon> allHoles(Layout l) {
        Polygon p = UnitCellFacts.polygon(l.hole());
        return l.arrays().stream().flatMap(a -> java.util.stream.IntStream.range(0, a.rows()).boxed()
                .flatMap(j -> java.util.stream.IntStream.range(0, a.columns()).mapToObj(i ->
                        (Polygon) AffineTransformation.translationInstance(a.x() + i * a.stepX(), a.y() + j * a.stepY())
                                .transform(p)))).toList();
    }

    @Test
    void aCleanLayoutMeasuresWhatBruteForceMeasures() {
        Layout l = layout(LatticeType.TRIANGULAR, 100, 70, 200);
        DrcReport r = LayoutRules.check(l, new LayoutRules.Limits(20, 200, 1));
        assertThat(broken(r)).isEmpty();
        assertThat(rule(r, DesignRule.MIN_NECK).worstNm())
                .isCloseTo(UnitCellFacts.of(l.lattice(), l.hole(), 1).neckWidthNm(), within(1e-6));  // kept to 1e-6 nm
        Geometry boundary = l.outlineNm().getBoundary();
        double brute = allHoles(l).stream().mapToDouble(h -> h.distance(boundary)).min().orElseThrow();
        assertThat(rule(r, DesignRule.HOLE_MARGIN).worstNm()).isCloseTo(brute, within(1e-6)).isGreaterThanOrEqualTo(200);
        assertThat(rule(r, DesignRule.MIN_HOLE).worstNm()).isCloseTo(l.hole().minWidth(), within(1e-6));
    }

    @Test
    void everyWrittenNeckIsCountedAsBruteForceCountsTheNeighbourPairs() {
        for (LatticeType type : LatticeType.values()) {
            // a disc-shaped outline: ragged block edges, many blocks per row
            PolygonDevice disc = new PolygonDevice((Polygon) GF.createPoint(new Coordinate(1500, 1500)).buffer(1400, 16));
            Layout l = Layout.of(disc, GridLattice.of(type, 100, 1), HoleShape.regular(60, 24, 1), 100, 1);
            DrcReport r = LayoutRules.check(l, new LayoutRules.Limits(20, 100, 1));
            List<Polygon> holes = allHoles(l);
            double nearest = l.lattice().nearestDistance();
            long n = 0;
            double sum = 0;
            double min = Double.MAX_VALUE;
            for (int i = 0; i < holes.size(); i++) {
                for (int j = i + 1; j < holes.size(); j++) {
                    Coordinate a = holes.get(i).getEnvelopeInternal().centre();
                    Coordinate b = holes.get(j).getEnvelopeInternal().centre();
                    if (a.distance(b) <= nearest * 1.02) {
                        double d = holes.get(i).distance(holes.get(j));
                        n++;
                        sum += d;
                        min = Math.min(min, d);
                    }
                }
            }
            NeckStatistics s = r.necks();
            assertThat(s.count()).as(type.name()).isEqualTo(n).isPositive();
            assertThat(s.minNm()).as(type.name()).isCloseTo(min, within(1e-6));
            assertThat(s.meanNm()).as(type.name()).isCloseTo(sum / n, within(1e-6));
            assertThat(rule(r, DesignRule.MIN_NECK).worstNm()).isEqualTo(s.minNm());
        }
    }

    @Test
    void edgeDamageAndTheWidestHoleAreRulesOfEveryWrittenNeckAndHole() {
        Layout l = layout(LatticeType.SQUARE, 100, 84, 200);
        DrcReport r = LayoutRules.check(l, new LayoutRules.Limits(10, 200, 1, 8, 80, Double.NaN));
        // 16 nm necks less 2 × 8 nm: every one destroyed; every 84 nm hole above 80 nm
        assertThat(broken(r)).containsOnlyKeys("neck_destroyed", "max_hole");
        assertThat(r.count(DesignRule.NECK_DESTROYED)).isEqualTo(r.necks().count());
        assertThat(r.count(DesignRule.MAX_HOLE)).isEqualTo(l.holeCount());
        assertThat(rule(r, DesignRule.MAX_HOLE).worstNm()).isCloseTo(2 * l.hole().circumradius(), within(1e-6));
        // no edge damage: no neck_destroyed rule to break
        assertThat(LayoutRules.check(l, new LayoutRules.Limits(10, 200, 1, 0, Double.NaN, Double.NaN)).rules())
                .extracting(DrcReport.RuleSummary::rule).doesNotContain(DesignRule.NECK_DESTROYED, DesignRule.MAX_HOLE);
    }

    /**
     * A long bar whose edge rows are measured in runs of holes under one bound: the worst margin and
     * the number of holes below a stricter margin are what measuring every hole gives.
     */
    @Test
    void edgeRunsMeasureWhatBruteForceMeasures() {
        // a bump into the top edge near the right end: the holes under it are the closest
        Polygon outline = (Polygon) GF.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(30000, 0),
            new Coordinate(30000, 2000), new Coordinate(24500, 2000), new Coordinate(24000, 1880),
            new Coordinate(23500, 2000), new Coordinate(0, 2000), new Coordinate(0, 0)});
        Layout l = Layout.of(new PolygonDevice(outline), GridLattice.of(LatticeType.TRIANGULAR, 100, 1),
                HoleShape.regular(60, 32, 1), 150, 1);
        Geometry boundary = l.outlineNm().getBoundary();
        List<Double> d = allHoles(l).stream().map(h -> h.distance(boundary)).toList();
        double brute = d.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        DrcReport clean = LayoutRules.check(l, new LayoutRules.Limits(20, 150, 1));
        assertThat(rule(clean, DesignRule.HOLE_MARGIN).worstNm()).isCloseTo(brute, within(1e-9));
        assertThat(broken(clean)).isEmpty();
        // a stricter margin than the fill's: every hole nearer than 180 nm is one violation
        DrcReport strict = LayoutRules.check(l, new LayoutRules.Limits(20, 180, 1));
        assertThat(rule(strict, DesignRule.HOLE_MARGIN).count()).isEqualTo(d.stream().filter(v -> v < 180).count())
                .isPositive();
    }

    @Test
    void aNarrowNeckIsCountedPerWrittenPair() {
        Layout l = layout(LatticeType.SQUARE, 100, 90, 200);
        DrcReport r = LayoutRules.check(l, new LayoutRules.Limits(20, 200, 1));
        assertThat(broken(r)).containsOnlyKeys("min_neck");
        // a square lattice's written pairs: along x and along y, per block
        long pairs = 0;
        for (HoleArray a : l.arrays()) {
            pairs += (long) (a.columns() - 1) * a.rows() + (long) a.columns() * (a.rows() - 1);
        }
        assertThat(l.arrays()).hasSize(1);
        assertThat(r.count(DesignRule.MIN_NECK)).isEqualTo(pairs);
        Violation v = rule(r, DesignRule.MIN_NECK).first();
        assertThat(v.measuredNm()).isEqualTo(UnitCellFacts.of(l.lattice(), l.hole(), 1).neckWidthNm()).isLessThan(20);
        HoleArray a = l.arrays().get(0);
        // half way from the first hole to its neighbour on the right or above
        assertThat(List.of(v.xNm(), v.yNm())).isIn(List.of(a.x() + 50.0, (double) a.y()), List.of((double) a.x(), a.y() + 50.0));
    }

    @Test
    void aSmallHole() {
        Layout l = layout(LatticeType.TRIANGULAR, 200, 70, 200);
        DrcReport r = LayoutRules.check(l, new LayoutRules.Limits(80, 200, 1));
        assertThat(broken(r)).containsExactly(Map.entry("min_hole", l.holeCount()));
    }

    @Test
    void verticesOffACoarseGridAreCountedExactly() {
        Layout l = Layout.of(rect(2000, 1500), GridLattice.of(LatticeType.TRIANGULAR, 100, 1),
                HoleShape.regular(60, 16, 1), 100, 1);
        DrcReport r = LayoutRules.check(l, new LayoutRules.Limits(20, 100, 5));
        long off = 0;
        for (Polygon h : allHoles(l)) {
            Coordinate[] c = h.getCoordinates();
            for (int k = 0; k < c.length - 1; k++) {
                if (Math.floorMod((long) c[k].x, 5) != 0 || Math.floorMod((long) c[k].y, 5) != 0) {
                    off++;
                }
            }
        }
        assertThat(off).isPositive();
        assertThat(broken(r)).containsExactly(Map.entry("off_grid", off));
        assertThat(broken(LayoutRules.check(l, new LayoutRules.Limits(20, 100, 1)))).isEmpty();
    }

    @Test
    void holesOutsideAndTooCloseToTheOutline() {
        PolygonDevice d = rect(2000, 1000);
        GridLattice g = GridLattice.of(LatticeType.SQUARE, 100, 1);
        HoleShape h = HoleShape.regular(70, 32, 1);
        // holes at x = 1000 ... 2100: the one at 2000 crosses the edge, the one at 2100 lies outside
        Layout out = manual(d, g, h, 0, List.of(new HoleArray(1000, 500, 12, 1, 100, 100)));
        DrcReport r = LayoutRules.check(out, new LayoutRules.Limits(20, 0, 1));
        assertThat(broken(r)).containsExactly(Map.entry("hole_outside", 2L));
        assertThat(rule(r, DesignRule.HOLE_OUTSIDE).kept()).extracting(Violation::xNm).containsExactlyInAnyOrder(2000.0, 2100.0);
        // up to x = 1900: 65 nm from the edge, closer than a 100 nm margin
        Layout close = manual(d, g, h, 100, List.of(new HoleArray(1000, 500, 10, 1, 100, 100)));
        DrcReport c = LayoutRules.check(close, new LayoutRules.Limits(20, 100, 1));
        assertThat(broken(c)).containsExactly(Map.entry("hole_margin", 1L));
        Violation v = rule(c, DesignRule.HOLE_MARGIN).first();
        assertThat(v.xNm()).isEqualTo(1900.0);
        assertThat(v.measuredNm()).isCloseTo(2000 - 1900 - h.circumradius(), within(0.5));
    }

    @Test
    void anOutlineReachingIntoABlockHasItsInteriorHolesMeasured() {
        // a 40 nm hole in the film right under the block's middle hole: only interior holes are near it
        LinearRing shell = GF.createLinearRing(new Coordinate[] {new Coordinate(0, 0), new Coordinate(3000, 0),
            new Coordinate(3000, 3000), new Coordinate(0, 3000), new Coordinate(0, 0)});
        LinearRing inner = GF.createLinearRing(new Coordinate[] {new Coordinate(1480, 1480), new Coordinate(1480, 1520),
            new Coordinate(1520, 1520), new Coordinate(1520, 1480), new Coordinate(1480, 1480)});
        PolygonDevice d = new PolygonDevice(GF.createPolygon(shell, new LinearRing[] {inner}));
        Layout l = manual(d, GridLattice.of(LatticeType.SQUARE, 100, 1), HoleShape.regular(70, 32, 1), 50,
                List.of(new HoleArray(1000, 1000, 11, 11, 100, 100)));
        DrcReport r = LayoutRules.check(l, new LayoutRules.Limits(20, 50, 1));
        assertThat(broken(r)).containsExactly(Map.entry("hole_margin", 4L), Map.entry("hole_outside", 1L));
        assertThat(rule(r, DesignRule.HOLE_OUTSIDE).first().xNm()).isEqualTo(1500.0);
        assertThat(rule(r, DesignRule.HOLE_MARGIN).worstNm()).isCloseTo(1480 - 1400 - 35, within(0.5));
    }

    /**
     * A Corbino ring's blocks are single rows whose ends meet the curve: the halving measures only
     * the holes near it, and its worst distance and verdict are those of every hole measured.
     */
    @Test
    void aRingMeasuresWhatBruteForceMeasures() {
        Layout l = Layout.of(new org.jjmask.layout.Corbino(3, 8, 1), GridLattice.of(LatticeType.TRIANGULAR, 100, 1),
                HoleShape.regular(70, 32, 1), 200, 1);
        // the outline as written, on the 1 nm grid, as the rules measure it
        Geometry written = l.outlineNm().copy();
        written.apply((org.locationtech.jts.geom.CoordinateFilter) c -> c.setCoordinate(
                new Coordinate(Math.round(c.x), Math.round(c.y))));
        written.geometryChanged();
        var boundary = new org.locationtech.jts.operation.distance.IndexedFacetDistance(written.getBoundary());
        double[] each = allHoles(l).stream().mapToDouble(boundary::distance).toArray();
        double brute = java.util.Arrays.stream(each).min().orElseThrow();
        DrcReport clean = LayoutRules.check(l, new LayoutRules.Limits(20, 200, 1));
        assertThat(broken(clean)).isEmpty();
        // the report keeps measurements to 1e-6 nm, so that design and both checks print one number
        assertThat(rule(clean, DesignRule.HOLE_MARGIN).worstNm()).isCloseTo(brute, within(1e-6));
        // a margin above the nearest hole's: every hole nearer than it is a violation, counted as brute force counts
        double margin = brute + 60;
        long nearer = java.util.Arrays.stream(each).filter(d -> d < margin).count();
        DrcReport tight = LayoutRules.check(l, new LayoutRules.Limits(20, margin, 1));
        assertThat(nearer).isGreaterThan(10);
        assertThat(broken(tight)).containsExactly(Map.entry("hole_margin", nearer));
    }

    /**
     * A scattered layout's rules read its polygons directly; they give the report that the GDSII
     * file it writes, read back and checked as any file is, gives.
     */
    @Test
    void aScatteredLayoutGetsTheVerdictOfItsWrittenFile() throws Exception {
        Layout l = Layout.scattered(new org.jjmask.layout.Corbino(2, 5, 1), GridLattice.of(LatticeType.TRIANGULAR, 100, 1),
                new org.jjmask.layout.IdealHole.Circle(70, 32, false), 150, 0, 1,
                new org.jjmask.layout.HoleVariation(4, 6, 7), 12, 0, 0);
        LayoutRules.Limits limits = new LayoutRules.Limits(22, 160, 1);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (org.jjmask.gds.GdsWriter w = org.jjmask.gds.GdsWriter.open(bytes)) {
            org.jjmask.layout.LayoutGds.write(l, "DRC", java.time.LocalDateTime.of(2000, 1, 1, 0, 0), w);
        }
        DrcReport file = GdsRules.check(org.jjmask.gds.GdsReader.read(bytes.toByteArray()),
                new GdsRules.Options(1, 0, 2, 0, 22, 160, 1, DrcReport.DEFAULT_CAP)).report();
        DrcReport direct = LayoutRules.check(l, limits);
        assertThat(broken(file)).isNotEmpty();
        assertThat(broken(direct)).isEqualTo(broken(file));
        for (DrcReport.RuleSummary s : file.rules()) {
            DrcReport.RuleSummary d = rule(direct, s.rule());
            assertThat(d.count()).as(s.rule().specName()).isEqualTo(s.count());
            assertThat(Double.valueOf(d.worstNm())).as(s.rule().specName()).isEqualTo(Double.valueOf(s.worstNm()));
        }
    }
}
