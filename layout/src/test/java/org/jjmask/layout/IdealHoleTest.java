package org.jjmask.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each hole shape as written: vertex count, area against the ideal, symmetry, extent. */
class IdealHoleTest {

    static Set<String> points(int[] xy) {
        Set<String> s = new HashSet<>();
        for (int k = 0; k < xy.length; k += 2) {
            s.add(xy[k] + "," + xy[k + 1]);
        }
        return s;
    }

    static double idealPolygonArea(double[] p) {
        double s = 0;
        int n = p.length / 2;
        for (int k = 0; k < n; k++) {
            int j = (k + 1) % n;
            s += p[2 * k] * p[2 * j + 1] - p[2 * j] * p[2 * k + 1];
        }
        return s / 2;
    }

    static double perimeter(double[] p) {
        double s = 0;
        int n = p.length / 2;
        for (int k = 0; k < n; k++) {
            int j = (k + 1) % n;
            s += Math.hypot(p[2 * j] - p[2 * k], p[2 * j + 1] - p[2 * k + 1]);
        }
        return s;
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of(new IdealHole.Circle(70, 20, false), 20, 35.0),
                Arguments.of(new IdealHole.Circle(70, 20, true), 20, 35.0 * IdealHole.areaScale(20)),
                Arguments.of(new IdealHole.Circle(137, 32, false), 32, 68.5),
                Arguments.of(new IdealHole.Hexagon(70), 6, 70 / Math.sqrt(3)),
                Arguments.of(new IdealHole.Hexagon(71), 6, 71 / Math.sqrt(3)),
                Arguments.of(new IdealHole.Square(80), 4, 40 * Math.sqrt(2)),
                Arguments.of(new IdealHole.Square(71), 4, 35.5 * Math.sqrt(2)),
                Arguments.of(new IdealHole.Ellipse(60, 1.5, 24, false), 24, 45.0),
                Arguments.of(new IdealHole.Ellipse(90, 0.4, 28, true), 28, 45 * IdealHole.areaScale(28)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void writtenPolygonKeepsCountAreaSymmetryAndRadius(IdealHole ideal, int vertices, double circumradius) {
        HoleShape h = ideal.written(1.0);
        int[] xy = h.xy();
        assertThat(h.vertices()).isEqualTo(vertices);
        assertThat(h.ideal()).isEqualTo(ideal);
        // each vertex moves by at most half a grid step per axis: the area by at most perimeter × √2/2
        double[] p = ideal.polygonNm();
        double bound = perimeter(p) * Math.sqrt(0.5);
        assertThat(h.area()).isCloseTo(idealPolygonArea(p), within(bound));
        assertThat(h.areaError(1.0)).isCloseTo(h.area() / ideal.areaNm2() - 1, within(1e-12));
        // mirror symmetric about both axes, so centred on the hole cell's origin
        Set<String> pts = points(xy);
        for (int k = 0; k < xy.length; k += 2) {
            assertThat(pts).contains((-xy[k]) + "," + xy[k + 1], xy[k] + "," + (-xy[k + 1]));
        }
        assertThat(h.circumradius()).isCloseTo(circumradius, within(Math.sqrt(0.5)));
        // counter-clockwise, as the polygon was given
        assertThat(idealPolygonArea(p)).isPositive();
    }

    @Test
    void hexagonIsFlatToFlatAlongXAndSquareHasItsSide() {
        HoleShape hex = new IdealHole.Hexagon(70).written(1.0);
        assertThat(hex.xy()).containsExactly(35, 20, 0, 40, -35, 20, -35, -20, 0, -40, 35, -20);
        assertThat(hex.minWidth()).isCloseTo(70, within(1.0));
        assertThat(new IdealHole.Hexagon(70).areaNm2()).isCloseTo(Math.sqrt(3) / 2 * 4900, within(1e-9));
        HoleShape sq = new IdealHole.Square(80).written(1.0);
        assertThat(sq.xy()).containsExactly(40, 40, -40, 40, -40, -40, 40, -40);
        assertThat(sq.minWidth()).isEqualTo(80);
        assertThat(sq.areaError(1.0)).isZero();
        // an odd side cannot be centred on a 1 nm grid: it rounds away from zero, symmetric, and says so
        HoleShape odd = new IdealHole.Square(71).written(1.0);
        assertThat(odd.xy()).containsExactly(36, 36, -36, 36, -36, -36, 36, -36);
        assertThat(odd.areaError(1.0)).isCloseTo(72.0 * 72 / (71 * 71) - 1, within(1e-12));
        // on a 0.5 nm grid it fits exactly
        assertThat(new IdealHole.Square(71).written(0.5).areaError(0.5)).isZero();
    }

    @Test
    void ellipseAxesAlongXAndY() {
        HoleShape e = new IdealHole.Ellipse(60, 1.5, 24, false).written(1.0);
        int maxX = 0;
        int maxY = 0;
        int[] xy = e.xy();
        for (int k = 0; k < xy.length; k += 2) {
            maxX = Math.max(maxX, xy[k]);
            maxY = Math.max(maxY, xy[k + 1]);
        }
        // inscribed 24-gon half a step off the axes: cos(π/24) of each semi-axis
        assertThat(maxX).isEqualTo((int) Math.round(30 * Math.cos(Math.PI / 24)));
        assertThat(maxY).isEqualTo((int) Math.round(45 * Math.cos(Math.PI / 24)));
        assertThat(new IdealHole.Ellipse(60, 1.5, 24, false).areaNm2()).isCloseTo(Math.PI * 30 * 45, within(1e-9));
        assertThat(new IdealHole.Ellipse(60, 1.5, 24, false).equivalentDiameterNm()).isCloseTo(60 * Math.sqrt(1.5), within(1e-9));
    }

    @Test
    void sagittaRule() {
        // D = 70 nm, tolerance 0.5 nm: r(1 − cos(π/n)) ≤ 0.5 first at n = 19; rounded up to a multiple of 4
        assertThat(IdealHole.sagittaNm(35, 18)).isGreaterThan(0.5);
        assertThat(IdealHole.sagittaNm(35, 19)).isLessThanOrEqualTo(0.5);
        assertThat(IdealHole.sagittaNm(35, 16)).isCloseTo(0.673, within(0.001));
        assertThat(IdealHole.verticesForSagitta(35, 0.5)).isEqualTo(20);
        // floor and cap
        assertThat(IdealHole.verticesForSagitta(10, 0.5)).isEqualTo(16);
        assertThat(IdealHole.verticesForSagitta(500, 0.5)).isEqualTo(64);
        assertThat(IdealHole.verticesForSagitta(500, 0.01)).isEqualTo(64);
        // r = 60: n ≥ 24.3 → 28
        assertThat(IdealHole.verticesForSagitta(60, 0.5)).isEqualTo(28);
        for (double r = 5; r < 400; r += 0.5) {
            int n = IdealHole.verticesForSagitta(r, 0.5);
            assertThat(n % 4).isZero();
            assertThat(n).isBetween(16, 64);
            if (n < 64) {
                assertThat(IdealHole.sagittaNm(r, n)).as("r=%s", r).isLessThanOrEqualTo(0.5);
            }
            if (n > 16) {
                assertThat(IdealHole.sagittaNm(r, n - 4)).as("r=%s", r).isGreaterThan(0.5);
            }
        }
        assertThatThrownBy(() -> IdealHole.verticesForSagitta(35, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void areaPreservingHolesKeepTheCurvesAreaOnTheGrid() {
        double worstPlain = 0;
        for (int d = 40; d <= 200; d++) {
            for (int n : new int[] {16, 20, 32, 64, IdealHole.verticesForSagitta(d / 2.0, 0.5)}) {
                HoleShape c = new IdealHole.Circle(d, n, true).written(1.0);
                assertThat(Math.abs(c.areaError(1.0))).as("circle D=%d n=%d", d, n).isLessThan(0.005);
                HoleShape e = new IdealHole.Ellipse(d, 1.7, n, true).written(1.0);
                assertThat(Math.abs(e.areaError(1.0))).as("ellipse D=%d n=%d", d, n).isLessThan(0.005);
                worstPlain = Math.max(worstPlain, Math.abs(new IdealHole.Circle(d, n, false).written(1.0).areaError(1.0)));
                // still symmetric, every vertex within a grid step of the scaled polygon
                int[] xy = c.xy();
                double[] p = new IdealHole.Circle(d, n, true).polygonNm();
                Set<String> pts = points(xy);
                for (int k = 0; k < xy.length; k += 2) {
                    assertThat(pts).contains((-xy[k]) + "," + xy[k + 1], xy[k] + "," + (-xy[k + 1]));
                    assertThat(Math.abs(xy[k] - p[k])).isLessThan(1.0);
                    assertThat(Math.abs(xy[k + 1] - p[k + 1])).isLessThan(1.0);
                }
            }
        }
        // what plain rounding of an inscribed polygon loses, for comparison (EBEAM.md § Hole geometry)
        assertThat(worstPlain).isGreaterThan(0.02);
    }

    @Test
    void chordsThroughTheCentre() {
        double d = 80;
        assertThat(new IdealHole.Circle(d, 32, false).chordNm(1.0)).isEqualTo(d);
        IdealHole.Square sq = new IdealHole.Square(d);
        assertThat(sq.chordNm(0)).isCloseTo(d, within(1e-9));
        assertThat(sq.chordNm(Math.PI / 4)).isCloseTo(d * Math.sqrt(2), within(1e-9));
        assertThat(sq.chordNm(Math.PI / 3)).isCloseTo(d / Math.sin(Math.PI / 3), within(1e-9));
        IdealHole.Hexagon hex = new IdealHole.Hexagon(d);
        assertThat(hex.chordNm(0)).isCloseTo(d, within(1e-9));
        assertThat(hex.chordNm(Math.PI / 3)).isCloseTo(d, within(1e-9));
        assertThat(hex.chordNm(Math.PI / 2)).isCloseTo(2 * d / Math.sqrt(3), within(1e-9));
        IdealHole.Ellipse e = new IdealHole.Ellipse(d, 0.5, 32, false);
        assertThat(e.chordNm(0)).isCloseTo(d, within(1e-9));
        assertThat(e.chordNm(Math.PI / 2)).isCloseTo(d / 2, within(1e-9));
    }

    @Test
    void chordPredictsWhereWrittenHolesTouch() {
        // a square of side 80 on a triangular lattice: the 60° bonds meet corners' sides at 80/sin 60° = 92.4 nm
        IdealHole.Square sq = new IdealHole.Square(80);
        HoleShape h = sq.written(1.0);
        assertThat(UnitCellFacts.of(GridLattice.of(LatticeType.TRIANGULAR, 96, 1.0), h, 1.0).neckWidthNm()).isPositive();
        assertThat(UnitCellFacts.of(GridLattice.of(LatticeType.TRIANGULAR, 89, 1.0), h, 1.0).neckWidthNm()).isNegative();
        // along x alone 80 < 89 would pass: the diagonal-ish bond decides
        assertThat(sq.chordNm(Math.toRadians(60))).isBetween(89.0, 96.0);
    }

    @Test
    void minWidthIsTheNarrowAxis() {
        assertThat(new IdealHole.Ellipse(100, 0.3, 32, false).written(1.0).minWidth()).isCloseTo(30, within(1.5));
        assertThat(new IdealHole.Circle(70, 32, false).written(1.0).minWidth()).isCloseTo(70 * Math.cos(Math.PI / 32), within(1.5));
    }

    @Test
    void aHoleWithoutAreaOnTheGridIsRefused() {
        assertThatThrownBy(() -> new IdealHole.Ellipse(4, 0.11, 16, false).written(1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no area");
        assertThatThrownBy(() -> new IdealHole.Circle(70, 2, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdealHole.Ellipse(70, 0, 16, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shapesAreAClosedFamilyWithSpecNames() {
        assertThat(IdealHole.SHAPES).containsExactly("circle", "hexagon", "square", "ellipse");
        assertThat(Stream.of(new IdealHole.Circle(1, 8, false), new IdealHole.Hexagon(1), new IdealHole.Square(1),
                new IdealHole.Ellipse(1, 2, 8, false)).map(IdealHole::shapeName)).containsExactlyElementsOf(IdealHole.SHAPES);
        assertThat(IdealHole.class.isSealed()).isTrue();
    }
}
