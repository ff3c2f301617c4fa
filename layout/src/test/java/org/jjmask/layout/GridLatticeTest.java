package org.jjmask.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GridLatticeTest {

    /** Exact area per hole for nearest-hole distance a (MODEL.md §1 plaquette column). */
    static double exactAreaPerHole(LatticeType t, double a) {
        return switch (t) {
            case TRIANGULAR -> Math.sqrt(3) / 2 * a * a;
            case SQUARE -> a * a;
            case HONEYCOMB -> 3 * Math.sqrt(3) / 4 * a * a;
            case KAGOME -> 2 / Math.sqrt(3) * a * a;
        };
    }

    @ParameterizedTest
    @EnumSource(LatticeType.class)
    void writtenLatticeKeepsNearestDistanceAndDensity(LatticeType t) {
        for (double a : new double[] {50, 100, 137.5, 200, 1000}) {
            GridLattice g = GridLattice.of(t, a, 1.0);
            assertThat(g.nearestDistance()).as("%s a=%s", t, a).isCloseTo(a, within(1.0));
            assertThat(g.areaPerHole()).as("%s a=%s", t, a).isCloseTo(exactAreaPerHole(t, a), within(exactAreaPerHole(t, a) * 0.01));
        }
    }

    @ParameterizedTest
    @EnumSource(LatticeType.class)
    void everyBasisPointHasTheLatticeCoordination(LatticeType t) {
        GridLattice g = GridLattice.of(t, 1000, 1.0);
        int expected = (int) Math.round(2 * t.junctionsPerHole());
        for (long[] b : g.basis()) {
            int n = 0;
            for (long[] c : g.basis()) {
                for (int i = -2; i <= 2; i++) {
                    for (int j = -2; j <= 2; j++) {
                        double d = Math.hypot(c[0] + i * g.cellX() - b[0], c[1] + j * g.cellY() - b[1]);
                        if (Math.abs(d - 1000) < 2) {
                            n++;
                        }
                    }
                }
            }
            assertThat(n).as("%s neighbours of (%d,%d)", t, b[0], b[1]).isEqualTo(expected);
        }
    }

    @Test
    void triangularAspectDistortionOfTheRoundedRowPitch() {
        GridLattice g = GridLattice.of(LatticeType.TRIANGULAR, 100, 1.0);
        assertThat(g.cellX()).isEqualTo(100);
        assertThat(g.cellY()).isEqualTo(173);
        assertThat(g.aspectDistortion()).isCloseTo(173 / (100 * Math.sqrt(3)) - 1, within(1e-12));
        assertThat(GridLattice.of(LatticeType.SQUARE, 200, 1.0).aspectDistortion()).isZero();
    }

    static Set<String> positions(GridLattice g, int range) {
        Set<String> out = new HashSet<>();
        for (long[] b : g.basis()) {
            for (int i = -range; i <= range; i++) {
                for (int j = -range; j <= range; j++) {
                    out.add((b[0] + i * g.cellX()) + "," + (b[1] + j * g.cellY()));
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(LatticeType.class)
    void anOriginMovesEveryHoleAndKeepsTheBasisInTheCell(LatticeType t) {
        GridLattice g = GridLattice.of(t, 100, 1.0);
        GridLattice s = g.withOriginNm(1234.4, -567.6, 1.0);
        for (long[] b : s.basis()) {
            assertThat(b[0]).isBetween(0L, s.cellX() - 1);
            assertThat(b[1]).isBetween(0L, s.cellY() - 1);
        }
        assertThat(s.cellX()).isEqualTo(g.cellX());
        assertThat(s.cellY()).isEqualTo(g.cellY());
        assertThat(s.nearestDistance()).isEqualTo(g.nearestDistance());
        // a hole at the origin (1234, −568), and every other one moved by the same vector
        Set<String> moved = new HashSet<>();
        for (String p : positions(g, 40)) {
            String[] xy = p.split(",");
            moved.add((Long.parseLong(xy[0]) + 1234) + "," + (Long.parseLong(xy[1]) - 568));
        }
        Set<String> shifted = positions(s, 60);
        assertThat(shifted).contains("1234,-568");
        assertThat(shifted.containsAll(moved)).as("every hole moved by the origin").isTrue();
        assertThat(g.shifted(0, 0).basis()).usingElementComparator((a, b) -> java.util.Arrays.equals(a, b) ? 0 : 1)
                .containsExactlyElementsOf(g.basis());
    }

    @ParameterizedTest
    @EnumSource(LatticeType.class)
    void bondAnglesAreThoseOfTheWrittenLattice(LatticeType t) {
        GridLattice g = GridLattice.of(t, 10_000, 1.0);
        Set<Long> written = new java.util.TreeSet<>();
        for (long[] b : UnitCellFacts.bonds(g)) {
            double deg = Math.toDegrees(Math.atan2(b[1], b[0]));
            written.add(Math.round(((deg % 180) + 180) % 180) % 180);
        }
        Set<Long> exact = new java.util.TreeSet<>();
        for (double a : GridLattice.bondAnglesDeg(t)) {
            exact.add(Math.round(a));
        }
        assertThat(written).isEqualTo(exact);
    }
}
