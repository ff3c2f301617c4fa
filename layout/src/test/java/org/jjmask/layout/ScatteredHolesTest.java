package org.jjmask.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

class ScatteredHolesTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final Device HALLBAR = new HallBar(12, 4, 1, 1.5, 2, 0, false);

    private static List<long[]> all(ScatteredHoles s) {
        List<long[]> out = new ArrayList<>();
        s.forEach((x, y, k) -> out.add(new long[] {x, y, k}));
        return out;
    }

    @Test
    void withoutRotationOrDisorderItWritesWhatTheGridFillWrites() {
        GridLattice lattice = GridLattice.of(LatticeType.TRIANGULAR, 100, 1);
        IdealHole ideal = new IdealHole.Circle(70, 32, false);
        Layout grid = Layout.of(HALLBAR, lattice, ideal.written(1), 200, 1);
        Layout scattered = Layout.scattered(HALLBAR, lattice, ideal, 200, 0, 1, HoleVariation.NONE, 0, 0, 0);
        Set<String> a = new HashSet<>();
        for (double[] c : grid.holeCentresNm(grid.holeBoundsNm())) {
            a.add(Math.round(c[0]) + "," + Math.round(c[1]));
        }
        Set<String> b = new HashSet<>();
        for (long[] h : all(scattered.scattered().orElseThrow())) {
            b.add(h[0] + "," + h[1]);
            assertThat(h[2]).isZero();
        }
        assertThat(scattered.holeCount()).isEqualTo(grid.holeCount()).isEqualTo(b.size());
        assertThat(b).isEqualTo(a);
    }

    /**
     * The oracle: every lattice site of a generous box, drawn and placed independently of the
     * two-pass fill, kept when its written hole clears the margin by its circumradius.
     */
    @ParameterizedTest
    @CsvSource({"TRIANGULAR, 0, 3, 5", "SQUARE, 17, 0, 0", "HONEYCOMB, 30, 2, 4", "KAGOME, -12.5, 4, 6",
        "TRIANGULAR, 45, 6, 8"})
    void keepsExactlyTheHolesThatClearTheMargin(LatticeType type, double rotation, double sigmaD, double sigmaPos) {
        GridLattice lattice = GridLattice.of(type, 100, 1);
        IdealHole ideal = new IdealHole.Hexagon(60);
        HoleVariation v = new HoleVariation(sigmaD, sigmaPos, 42);
        double margin = 150;
        double ox = 33;
        double oy = -20;
        Layout l = Layout.scattered(HALLBAR, lattice, ideal, margin, 0, 1, v, rotation, ox, oy);
        ScatteredHoles s = l.scattered().orElseThrow();

        Geometry area = l.fillAreaNm();
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(area);
        IndexedFacetDistance boundary = new IndexedFacetDistance(area.getBoundary());
        double c = Math.cos(Math.toRadians(rotation));
        double sn = Math.sin(Math.toRadians(rotation));
        Set<String> expected = new HashSet<>();
        Envelope env = area.getEnvelopeInternal();
        double reach = Math.hypot(env.getWidth(), env.getHeight()) + Math.hypot(env.centre().x, env.centre().y) + 500;
        for (long[] b : lattice.basis()) {
            long i0 = (long) Math.floor(-reach / lattice.cellX()) - 1;
            long j0 = (long) Math.floor(-reach / lattice.cellY()) - 1;
            for (long j = j0; j <= -j0; j++) {
                for (long i = i0; i <= -i0; i++) {
                    long sx = b[0] + i * lattice.cellX();
                    long sy = b[1] + j * lattice.cellY();
                    HoleVariation.Draw d = v.draw(sx, sy);
                    long x = Math.round(Math.round(ox) + c * sx - sn * sy + d.dxNm());
                    long y = Math.round(Math.round(oy) + sn * sx + c * sy + d.dyNm());
                    if (!env.contains(x, y)) {
                        continue;
                    }
                    int k = (int) Math.round(d.dDiameterNm());
                    double r = ideal.withDiameterNm(60 + k).written(1, rotation).circumradius();
                    Coordinate p = new Coordinate(x, y);
                    if (inside.locate(p) == Location.INTERIOR && boundary.distance(GF.createPoint(p)) >= margin + r) {
                        expected.add(x + "," + y + "," + k);
                    }
                }
            }
        }
        Set<String> got = new HashSet<>();
        for (long[] h : all(s)) {
            got.add(h[0] + "," + h[1] + "," + h[2]);
        }
        assertThat(got).hasSize((int) s.count());
        assertThat(got).isEqualTo(expected);
        assertThat(s.edgeHoles()).isLessThan(s.count() / 2);
    }

    @Test
    void drawsHaveTheAskedSpreadAndRepeatWithTheSeed() {
        GridLattice lattice = GridLattice.of(LatticeType.TRIANGULAR, 100, 1);
        Device big = new HallBar(60, 20, 0, 1, 1, 0, false);
        HoleVariation v = new HoleVariation(4, 5, 7);
        Layout l = Layout.scattered(big, lattice, new IdealHole.Circle(60, 32, false), 100, 0, 1, v, 0, 0, 0);
        double sd = 0;
        double sdd = 0;
        long n = 0;
        for (var e : l.scattered().orElseThrow().classCounts().entrySet()) {
            sd += e.getKey() * (double) e.getValue();
            sdd += e.getKey() * (double) e.getKey() * e.getValue();
            n += e.getValue();
        }
        double mean = sd / n;
        // a normal truncated at 3σ has σ·0.9866; rounding to 1 nm classes adds 1/12 nm² of variance
        double sigma = Math.sqrt(sdd / n - mean * mean);
        assertThat(n).isGreaterThan(100_000);
        assertThat(mean).isCloseTo(0, within(0.05));
        assertThat(sigma).isCloseTo(Math.sqrt(Math.pow(4 * 0.9866, 2) + 1.0 / 12), within(0.05));

        double sx = 0;
        double sxx = 0;
        int m = 0;
        for (long j = 0; j < 200; j++) {
            for (long i = 0; i < 200; i++) {
                double dx = v.draw(i * 100, j * 173).dxNm();
                sx += dx;
                sxx += dx * dx;
                m++;
            }
        }
        assertThat(Math.sqrt(sxx / m - (sx / m) * (sx / m))).isCloseTo(5 * 0.9866, within(0.1));

        List<long[]> again = all(Layout.scattered(big, lattice, new IdealHole.Circle(60, 32, false), 100, 0, 1, v, 0, 0, 0)
                .scattered().orElseThrow());
        List<long[]> first = all(l.scattered().orElseThrow());
        assertThat(again).hasSameSizeAs(first);
        for (int k = 0; k < first.size(); k += 997) {
            assertThat(again.get(k)).containsExactly(first.get(k));
        }
        List<long[]> other = all(Layout.scattered(big, lattice, new IdealHole.Circle(60, 32, false), 100, 0, 1,
                new HoleVariation(4, 5, 8), 0, 0, 0).scattered().orElseThrow());
        assertThat(other.get(first.size() / 2)).isNotEqualTo(first.get(first.size() / 2));
    }

    @Test
    void aWindowHoldsTheHolesOfTheWholeVisitThatLieInIt() {
        GridLattice lattice = GridLattice.of(LatticeType.SQUARE, 120, 1);
        Layout l = Layout.scattered(HALLBAR, lattice, new IdealHole.Circle(70, 32, false), 100, 0, 1,
                new HoleVariation(3, 6, 3), 20, 0, 0);
        Envelope w = new Envelope(-1500, 700, -800, 1300);
        Set<String> expected = new HashSet<>();
        for (long[] h : all(l.scattered().orElseThrow())) {
            if (w.contains(h[0], h[1])) {
                expected.add(h[0] + "," + h[1]);
            }
        }
        Set<String> got = new HashSet<>();
        for (WrittenHole h : l.holesNm(w)) {
            got.add(Math.round(h.xNm()) + "," + Math.round(h.yNm()));
        }
        assertThat(got).isEqualTo(expected).isNotEmpty();
        Envelope b = l.holeBoundsNm();
        for (long[] h : all(l.scattered().orElseThrow())) {
            assertThat(b.contains(h[0], h[1])).isTrue();
        }
    }

    @Test
    void aRotatedHoleTurnsWithItsLattice() {
        HoleShape square = new IdealHole.Square(60).written(1, 45);
        assertThat(square.minWidth()).isCloseTo(60, within(1.5));
        assertThat(square.circumradius()).isCloseTo(30 * Math.sqrt(2), within(1.0));
        int[] xy = square.xy();
        // a corner now points along x
        int maxX = 0;
        for (int k = 0; k < xy.length; k += 2) {
            maxX = Math.max(maxX, xy[k]);
        }
        assertThat(maxX).isBetween(41, 43);
    }
}
