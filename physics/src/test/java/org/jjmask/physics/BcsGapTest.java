package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** MODEL.md §3 / §8 case 2. */
class BcsGapTest {

    @ParameterizedTest
    @CsvSource({"0.3, 0.9971", "0.5, 0.9569", "0.7, 0.8288", "0.9, 0.5263", "0.95, 0.3803"})
    void reducedGapTable(double t, double expected) {
        assertThat(BcsGap.reducedGap(t)).isCloseTo(expected, within(1e-3));
    }

    @Test
    void zeroTemperatureGap() {
        assertThat(BcsGap.deltaOverKTc(0.0)).isCloseTo(1.7639, within(1e-4));
        assertThat(BcsGap.deltaOverKTc(0.06)).isCloseTo(1.76388, within(1e-5));
    }

    @Test
    void theInterpolatedTableAgreesWithTheSolvedGapEquationBetweenItsNodes() {
        double worst = 0;
        for (int i = 0; i < 997; i++) {
            double t = 0.0501 + 0.9498 * i / 996.0; // off the nodes
            double err = Math.abs(BcsGap.deltaOverKTc(t) - BcsGap.solvedDeltaOverKTc(t)) / BcsGap.DELTA0_OVER_KTC;
            worst = Math.max(worst, err);
        }
        assertThat(worst).isLessThan(1e-8); // the Matsubara sum's own accuracy
        // and the table's last node is the GL limit the solved equation approaches
        double t = 1 - 1e-7;
        assertThat(BcsGap.solvedDeltaOverKTc(t) / (BcsGap.DELTA0_OVER_KTC * Math.sqrt(1 - t)))
                .isCloseTo(BcsGap.GL_LIMIT, within(1e-6));
    }

    @Test
    void nearTcGinzburgLandauLimit() {
        double t = 0.999;
        assertThat(BcsGap.deltaOverKTc(t) / Math.sqrt(1 - t)).isCloseTo(3.06, within(0.01));
    }

    @Test
    void vanishesAtAndAboveTc() {
        assertThat(BcsGap.deltaOverKTc(1.0)).isZero();
        assertThat(BcsGap.deltaOverKTc(1.5)).isZero();
    }

    @Test
    void monotonicDecreasing() {
        double prev = Double.MAX_VALUE;
        for (double t = 0.0; t <= 1.0; t += 0.01) {
            double d = BcsGap.deltaOverKTc(t);
            assertThat(d).isLessThanOrEqualTo(prev + 1e-12);
            prev = d;
        }
    }

    @Test
    void strongCouplingScalesTheWholeCurve() {
        double bcs = BcsGap.gapJ(7.0, 10.0, Constants.BCS_GAP_RATIO);
        double strong = BcsGap.gapJ(7.0, 10.0, 4.5);
        assertThat(strong / bcs).isCloseTo(4.5 / Constants.BCS_GAP_RATIO, within(1e-12));
        assertThat(BcsGap.gap0J(15.0, Constants.BCS_GAP_RATIO) / (Constants.KB * 15.0)).isCloseTo(1.7639, within(1e-4));
    }

    @Test
    void closedFormIsWithinTwoPercent() {
        // MODEL.md: Δ0 tanh(1.74 √(Tc/T − 1)) errs by up to 1.7 %
        for (double t = 0.1; t < 1.0; t += 0.05) {
            double closed = Math.tanh(1.74 * Math.sqrt(1 / t - 1));
            assertThat(closed).isCloseTo(BcsGap.reducedGap(t), within(0.02));
        }
    }
}
