package org.jjmask.physics.laplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The reference itself: lattice sums and the published truncated formula. */
class RayleighMultipoleTest {

    private static final RayleighMultipole SQUARE = RayleighMultipole.square(60);
    private static final RayleighMultipole HEX = RayleighMultipole.hexagonal(60);

    @Test
    void latticeSumsAgreeWithTheirClosedForms() {
        // Weierstrass ℘ recursion with g3 = 0: G_8 = 3 G_4²/7 for the square lattice
        assertThat(SQUARE.sum(8)).isCloseTo(3 * SQUARE.sum(4) * SQUARE.sum(4) / 7, within(1e-9));
        assertThat(SQUARE.sum(4)).isCloseTo(3.15121200215390, within(1e-12));
        // hexagonal: g2 = 0, so S_4 = S_8 = 0 and G_12 = 3 G_6² / 11 (c_6 = c_3²·3/(13·3), c_n = (2n−1) G_2n)
        assertThat(HEX.sum(4)).isZero();
        assertThat(HEX.sum(12)).isCloseTo(3 * 5 * 5 * HEX.sum(6) * HEX.sum(6) / (13 * 3 * 11), within(1e-9));
    }

    @Test
    void leadingOrderIsPerrinsFormula() {
        // Perrins, McKenzie & McPhedran (1979), square array, insulating cylinders (t = 1):
        // σ = 1 − 2f/(1 + f − 0.305827 f⁴/(1 − 1.402958 f⁸) − 0.013362 f⁸), good to f ≈ 0.5
        assertThat(3 * Math.pow(SQUARE.sum(4) / Math.PI, 2) / (Math.PI * Math.PI)).isCloseTo(0.305827, within(1e-6));
        for (double f : new double[] {0.05, 0.2, 0.4, 0.5}) {
            double d = Math.sqrt(4 * f / Math.PI);
            double perrins = 1 - 2 * f / (1 + f - 0.305827 * Math.pow(f, 4) / (1 - 1.402958 * Math.pow(f, 8))
                    - 0.013362 * Math.pow(f, 8));
            assertThat(SQUARE.conductance(d, 30)).as("f = %s", f).isCloseTo(perrins, within(1e-5));
        }
    }

    @Test
    void convergedInTheMultipoleOrder() {
        for (double d : new double[] {0.5, 0.9, 0.99}) {
            assertThat(SQUARE.conductance(d, 30)).isCloseTo(SQUARE.conductance(d, 60), within(1e-9));
            assertThat(HEX.conductance(d, 30)).isCloseTo(HEX.conductance(d, 60), within(1e-9));
        }
    }
}
