package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MODEL.md §1 T_BKT table, §4, §8 case 5. */
class BktTransitionTest {

    private static final double BCS = Constants.BCS_GAP_RATIO;

    @ParameterizedTest(name = "r = {0}")
    @CsvSource({
        "0.1, 0.953, 0.971, 0.928",
        "0.3, 0.865, 0.916, 0.797",
        "1,   0.611, 0.743, 0.467",
        "3,   0.262, 0.412, 0.169"})
    void selfConsistentTableOfModel(double r, double square, double triangular, double honeycomb) {
        double tc = 10.0;
        double rn = r * Constants.RQ;
        assertThat(BktTransition.classicalK(IslandNetwork.SQUARE.xyConstant(), rn, tc, BCS) / tc)
                .isCloseTo(square, within(0.005));
        assertThat(BktTransition.classicalK(IslandNetwork.TRIANGULAR.xyConstant(), rn, tc, BCS) / tc)
                .isCloseTo(triangular, within(0.005));
        assertThat(BktTransition.classicalK(IslandNetwork.HONEYCOMB.xyConstant(), rn, tc, BCS) / tc)
                .isCloseTo(honeycomb, within(0.005));
    }

    @Test
    void squareNetworkWithEjEqualToKTc0SatisfiesItsOwnEquation() {
        double tc = 12.0;
        // E_J(0) = k_B Tc0  <=>  R_N = R_Q Δ0 / (2 k_B Tc0)
        double rn = Constants.RQ * BcsGap.DELTA0_OVER_KTC / 2.0;
        assertThat(JosephsonCoupling.ejK(rn, tc, BCS, 0)).isCloseTo(tc, within(1e-9));
        double t = BktTransition.classicalK(0.8929, rn, tc, BCS);
        assertThat(t).isLessThan(0.8 * tc).isGreaterThan(0.3 * tc);
        double rhs = 0.8929 * JosephsonCoupling.ejK(rn, tc, BCS, t);
        assertThat(Math.abs(t - rhs) / t).isLessThan(1e-6);
    }

    @Test
    void approachesTc0AsNormalResistanceVanishes() {
        double tc = 15.0;
        double prev = 0;
        for (double rn : new double[] {1000, 100, 10, 1, 1e-3}) {
            double t = BktTransition.classicalK(0.575, rn, tc, BCS);
            assertThat(t).isGreaterThan(prev).isLessThanOrEqualTo(tc);
            prev = t;
        }
        assertThat(prev / tc).isGreaterThan(0.999);
    }

    @Test
    void hugeNormalResistanceWithChargingGivesNoCoherenceNotNaN() {
        double rn = 1e7;
        double ecEff = 0.026 * BktTransition.chargingScreeningFactor(rn);
        BktTransition.Result r = BktTransition.arrayK(0.8929, rn, 15, BCS, ecEff);
        assertThat(r.coherent()).isFalse();
        assertThat(r.tbktK()).isZero();
        assertThat(r.classicalK()).isFinite().isPositive();
    }

    @Test
    void chargingLowersTbktAndSolutionSatisfiesTheCorrectedEquation() {
        double tc = 5, rn = 2 * Constants.RQ, ec = 1.0;
        double ecEff = ec * BktTransition.chargingScreeningFactor(rn);
        assertThat(ecEff).isCloseTo(0.5, within(1e-12));
        BktTransition.Result r = BktTransition.arrayK(0.575, rn, tc, BCS, ecEff);
        assertThat(r.coherent()).isTrue();
        assertThat(r.tbktK()).isLessThan(r.classicalK());
        double rhs = 0.575 * (JosephsonCoupling.ejK(rn, tc, BCS, r.tbktK()) - BktTransition.CRITICAL_EJ_OVER_EC * ecEff);
        assertThat(Math.abs(r.tbktK() - rhs) / r.tbktK()).isLessThan(1e-6);
    }

    @Test
    void dissipationScreensChargingBelowRq() {
        assertThat(BktTransition.chargingScreeningFactor(0.5 * Constants.RQ)).isZero();
        assertThat(BktTransition.chargingScreeningFactor(Constants.RQ)).isZero();
        assertThat(BktTransition.chargingScreeningFactor(4 * Constants.RQ)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void filmBeasleyMooijOrlando() {
        double tc = 10;
        // R_sq = 1 kOhm -> 4.2 %
        assertThat(1 - BktTransition.filmK(tc, 1000, BCS) / tc).isCloseTo(0.042, within(5e-4));
        // the self-consistent universal-jump form linearises to BMO
        double sc = 1 - BktTransition.filmSelfConsistentK(tc, 100, BCS) / tc;
        assertThat(sc / BktTransition.bmoCorrection(100)).isCloseTo(1.0, within(0.01));
        // large R_sq: still finite and positive, below T_c0
        for (double rs : new double[] {5e3, 2e4, 1e5}) {
            assertThat(BktTransition.filmK(tc, rs, BCS)).isPositive().isLessThan(tc);
        }
    }

    @Test
    void filmBktIsContinuousAcrossTheBlend() {
        double prev = BktTransition.filmK(10, 1000, BCS);
        for (double rs = 1000; rs < 12000; rs += 10) {
            double t = BktTransition.filmK(10, rs, BCS);
            assertThat(Math.abs(t - prev)).isLessThan(0.006); // slope 4.2e-4 K/ohm at Tc0 = 10 K
            assertThat(t).isLessThanOrEqualTo(prev + 1e-12);
            prev = t;
        }
    }
}
