package org.jjmask.physics.laplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Exact areas and chords of the hole shapes, the inputs of both grid schemes. */
class HoleGeometryTest {

    /** Midpoint-rule area of the hole inside a rectangle, for cross-checks. */
    private static double sampled(Hole h, double x0, double y0, double x1, double y1, int n) {
        double dx = (x1 - x0) / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double[] in = h.inside(true, x0 + (i + 0.5) * dx);
            for (int k = 0; k + 1 < in.length; k += 2) {
                sum += Math.max(0, Math.min(in[k + 1], y1) - Math.max(in[k], y0)) * dx;
            }
        }
        return sum;
    }

    @Test
    void diskAreasInRectanglesAreExact() {
        Disk d = new Disk(0.3, -0.2, 0.5);
        assertThat(d.areaIn(-10, -10, 10, 10)).isCloseTo(Math.PI * 0.25, within(1e-14));
        assertThat(d.areaIn(0.3, -10, 10, 10)).isCloseTo(Math.PI * 0.25 / 2, within(1e-14));
        assertThat(d.areaIn(0.3, -0.2, 10, 10)).isCloseTo(Math.PI * 0.25 / 4, within(1e-14));
        assertThat(d.areaIn(0.2, -0.3, 0.4, -0.1)).isCloseTo(0.04, within(1e-15)); // inside
        assertThat(d.areaIn(1.0, 1.0, 2.0, 2.0)).isZero();
        // a corner cap: the unit disk beyond x = y = 0.5, ∫ (√(1−x²) − 1/2) dx from 1/2 to √3/2
        Disk unit = new Disk(0, 0, 1);
        java.util.function.DoubleUnaryOperator f = x -> (x * Math.sqrt(1 - x * x) + Math.asin(x)) / 2;
        double cap = f.applyAsDouble(Math.sqrt(0.75)) - f.applyAsDouble(0.5) - 0.5 * (Math.sqrt(0.75) - 0.5);
        assertThat(unit.areaIn(0.5, 0.5, 2, 2)).isCloseTo(cap, within(1e-14));
        Random rnd = new Random(5);
        for (int k = 0; k < 200; k++) {
            double x0 = -1 + 2 * rnd.nextDouble();
            double y0 = -1 + 2 * rnd.nextDouble();
            double x1 = x0 + rnd.nextDouble();
            double y1 = y0 + rnd.nextDouble();
            assertThat(d.areaIn(x0, y0, x1, y1)).isCloseTo(sampled(d, x0, y0, x1, y1, 20000), within(2e-6));
        }
    }

    @Test
    void polygonAreasInRectanglesAreExactAlsoWhenConcave() {
        PolygonHole square = new PolygonHole(new double[] {0, 1, 1, 0}, new double[] {0, 0, 1, 1});
        assertThat(square.area()).isEqualTo(1.0);
        assertThat(square.areaIn(0.25, 0.5, 3, 3)).isCloseTo(0.375, within(1e-15));
        // an L (concave), clockwise: area 3 of a 2 x 2 box
        PolygonHole ell = new PolygonHole(new double[] {0, 0, 2, 2, 1, 1}, new double[] {0, 2, 2, 1, 1, 0});
        assertThat(ell.area()).isCloseTo(3.0, within(1e-15));
        assertThat(ell.areaIn(0.5, 0.5, 1.5, 1.5)).isCloseTo(0.75, within(1e-15));
        assertThat(ell.areaIn(1.2, 0.0, 2.0, 0.9)).isZero();
        Random rnd = new Random(6);
        for (int k = 0; k < 100; k++) {
            double x0 = -0.5 + 2 * rnd.nextDouble();
            double y0 = -0.5 + 2 * rnd.nextDouble();
            double x1 = x0 + rnd.nextDouble();
            double y1 = y0 + rnd.nextDouble();
            assertThat(ell.areaIn(x0, y0, x1, y1)).isCloseTo(sampled(ell, x0, y0, x1, y1, 20000), within(1e-4));
        }
    }

    @Test
    void chordsOfDisksAndPolygons() {
        assertThat(new Disk(0, 0, 1).inside(true, 0.6)).containsExactly(-0.8, 0.8);
        assertThat(new Disk(0, 0, 1).inside(false, 2)).isEmpty();
        PolygonHole ell = new PolygonHole(new double[] {0, 0, 2, 2, 1, 1}, new double[] {0, 2, 2, 1, 1, 0});
        assertThat(ell.inside(true, 0.5)).containsExactly(0.0, 2.0);
        assertThat(ell.inside(true, 1.5)).containsExactly(1.0, 2.0);
        assertThat(ell.inside(false, 0.5)).containsExactly(0.0, 1.0);
        assertThat(ell.inside(true, 3)).isEmpty();
    }

    @Test
    void regularPolygonsAndShifts() {
        PolygonHole hex = PolygonHole.regular(6, 1, 2, 1, 0);
        assertThat(hex.area()).isCloseTo(3 * Math.sqrt(3) / 2, within(1e-14));
        assertThat(hex.minX()).isCloseTo(0, within(1e-15));
        assertThat(hex.maxY()).isCloseTo(2 + Math.sqrt(3) / 2, within(1e-15));
        assertThat(hex.shifted(1, 1).minX()).isCloseTo(1, within(1e-15));
        assertThat(new Disk(0, 0, 1).shifted(2, 3)).isEqualTo(new Disk(2, 3, 1));
        assertThatThrownBy(() -> new PolygonHole(new double[] {0, 1, 2}, new double[] {0, 0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Disk(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
