package org.jjmask.physics.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.jjmask.physics.Constants;
import org.junit.jupiter.api.Test;

/** WHH/Maki against its published limits. */
class PairBreakingTest {

    @Test
    void theOrbitalLimitIsPoint693TimesTcTimesTheSlope() {
        // WHH, Phys. Rev. 147, 295 (1966): H_c2(0) = 0.693 T_c |dH_c2/dT| at alpha = lambda_so = 0;
        // x = B / (T_c |dH/dT|), slope 1 T per unit t
        assertThat(PairBreaking.CRITICAL_X).isCloseTo(0.6927, within(1e-4));
        double h0 = PairBreaking.criticalFieldT(PairBreaking.T_MIN, b -> b, 0, 0);
        assertThat(h0).isCloseTo(0.693, within(1e-3));
        // and the slope at T_c is the GL one: H(t) → (1 − t)
        assertThat(PairBreaking.criticalFieldT(0.999, b -> b, 0, 0) / 0.001).isCloseTo(1.0, within(2e-3));
    }

    @Test
    void withoutOrbitalBreakingTheZeemanLimitIsSarmasHalfGap() {
        // second-order paramagnetic limit at T → 0: μ_B H = Δ0/2 (Sarma 1963; Maki & Tsuneto 1964)
        double tc = 15;
        double zpt = PairBreaking.zetaPerTesla(tc);
        double h = PairBreaking.criticalFieldT(PairBreaking.T_MIN, b -> 0.0, zpt, 0);
        double delta0 = Math.PI * Math.exp(-Constants.EULER_GAMMA) * Constants.KB * tc;
        assertThat(h * Constants.MU_B / (delta0 / 2)).isCloseTo(1.0, within(0.01));
    }

    @Test
    void theMakiParameterReducesTheOrbitalField() {
        // Maki, Phys. Rev. 148, 362 (1966): H_c2(0) ≈ H_orb(0)/√(1 + α²), α = √2 H_orb(0)/H_P(0) with
        // μ_B H_P = Δ0/√2. The closed form is Maki's GL-like estimate: WHH's exact line lies within 10 %
        // of it at α = 1 (WHH Fig. 5 puts h*(0) near 0.5 for α = 1, λ_so = 0)
        double tc = 10;
        double hOrb = 10; // T
        double slope = hOrb / PairBreaking.CRITICAL_X;
        double delta0 = Math.PI * Math.exp(-Constants.EULER_GAMMA) * Constants.KB * tc;
        double hP = delta0 / (Math.sqrt(2) * Constants.MU_B);
        double zpt = PairBreaking.zetaPerTesla(tc);
        double alpha = Math.sqrt(2) * hOrb / hP;
        double h = PairBreaking.criticalFieldT(0.01, b -> b / slope, zpt, 0);
        assertThat(h).isLessThan(hOrb);
        assertThat(h / (hOrb / Math.sqrt(1 + alpha * alpha))).isCloseTo(1.0, within(0.10));
        // strong spin–orbit scattering restores the orbital limit (WHH: λ_so → ∞)
        double hSo = PairBreaking.criticalFieldT(0.05, b -> b / slope, zpt, 1e3);
        double hOrbAt = PairBreaking.criticalFieldT(0.05, b -> b / slope, 0, 0);
        assertThat(hSo / hOrbAt).isCloseTo(1.0, within(0.02));
        assertThat(h).isLessThan(hSo);
    }

    @Test
    void criticalPairBreakingKillsTheTransition() {
        // Abrikosov–Gor'kov: T_c → 0 at x_c = π²/8e^γ
        assertThat(PairBreaking.tcRatio(0.99 * PairBreaking.CRITICAL_X, 0, 0)).isBetween(0.0, 0.2);
        assertThat(PairBreaking.tcRatio(1.01 * PairBreaking.CRITICAL_X, 0, 0)).isZero();
        assertThat(PairBreaking.tcRatio(0.01, 0, 0)).isCloseTo(1 - 0.01, within(3e-4));
    }

    @Test
    void theClosedFormMatchesTheMatsubaraSum() {
        // complex roots (strong Zeeman), real roots (strong spin-orbit), and the orbital-only case
        double[][] cases = {{0.3, 0.4, 0.1, 0}, {0.05, 0.2, 0.05, 0}, {0.5, 0.1, 0.02, 5}, {0.8, 0.3, 0, 0},
            {0.01, 0.5, 0.01, 0.5}};
        for (double[] k : cases) {
            double closed = PairBreaking.residual(k[0], k[1], k[2], k[3]);
            double sum = PairBreaking.residualBySum(k[0], k[1], k[2], k[3]);
            // the sum's tail after 2·10⁶ terms is good to ~1e-9
            assertThat(closed).as("t %s x %s zeta %s so %s", k[0], k[1], k[2], k[3]).isCloseTo(sum, within(1e-7));
        }
        // ψ(1) = −γ, ψ(½ + i y) from Re ψ(½ + iy) = Re ψ(½ − iy): conjugate symmetry
        assertThat(PairBreaking.digamma(new org.apache.commons.math3.complex.Complex(1, 0)).getReal())
                .isCloseTo(-Constants.EULER_GAMMA, within(1e-13));
        assertThat(PairBreaking.digamma(new org.apache.commons.math3.complex.Complex(0.5, 3)).getImaginary())
                .isCloseTo(-PairBreaking.digamma(new org.apache.commons.math3.complex.Complex(0.5, -3)).getImaginary(),
                        within(1e-13));
        // the real ψ: ψ(½) = −γ − 2 ln 2, ψ(n) = H_{n−1} − γ (A&S 6.3.2-3), Commons Math's to its ~1e-8,
        // and the complex one on the real axis
        assertThat(PairBreaking.digamma(0.5)).isCloseTo(-Constants.EULER_GAMMA - 2 * Math.log(2), within(1e-14));
        double harmonic = 0;
        for (int n = 1; n <= 30; n++) {
            assertThat(PairBreaking.digamma(n)).as("psi(%s)", n).isCloseTo(harmonic - Constants.EULER_GAMMA, within(1e-13));
            harmonic += 1.0 / n;
        }
        for (double x : new double[] {0.5, 0.73, 1, 2.5, 11.9, 12.1, 40, 1e3}) {
            assertThat(PairBreaking.digamma(x)).as("psi(%s)", x)
                    .isCloseTo(org.apache.commons.math3.special.Gamma.digamma(x), within(1e-8));
            assertThat(PairBreaking.digamma(new org.apache.commons.math3.complex.Complex(x, 0)).getReal())
                    .isCloseTo(PairBreaking.digamma(x), within(1e-14));
        }
        // Im ψ(½ + iy) = (π/2) tanh(πy) (Abramowitz & Stegun 6.3.12)
        assertThat(PairBreaking.digamma(new org.apache.commons.math3.complex.Complex(0.5, 0.7)).getImaginary())
                .isCloseTo(Math.PI / 2 * Math.tanh(Math.PI * 0.7), within(1e-12));
    }

    @Test
    void atTheFilmsOwnOnsetTheFieldIsZeroToRoundingNotAnError() {
        // a caller's onset (here tcRatio's root) and the residual at B = 0 agree only to rounding: from a
        // milled a-Bi draw whose base temperature sat above its onset, t = 0.99792039564506 against x0 =
        // 0.0020789357, where the residual at B = 0 came out +1e-15 and Brent found no bracket
        double x0 = 0.002078935735534;
        DoubleUnaryOperator orbital = b -> x0 + 3.6736e-3 * b;
        double onset = PairBreaking.tcRatio(x0, 0, 0);
        assertThat(PairBreaking.criticalFieldT(0.9979203956450596, orbital, 0, 0)).isBetween(0.0, 1e-9);
        double previous = Double.POSITIVE_INFINITY;
        for (int k = -40; k <= 40; k++) {
            double t = onset * (1 + k * 1e-15);
            double h = PairBreaking.criticalFieldT(t, orbital, 0.02, 0.1);
            assertThat(h).as("t = onset (1 %+d e-15)", k).isBetween(0.0, 1e-9).isLessThanOrEqualTo(previous + 1e-12);
            previous = h;
        }
        // and just below it the field rises from zero with the GL slope, (1 - t/onset)/dx/dB per unit t
        double t = onset * (1 - 1e-4);
        assertThat(PairBreaking.criticalFieldT(t, orbital, 0, 0)).isGreaterThan(0.0).isLessThan(0.1);
    }
}
