package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Hc2CurveTest {

    private static final double TC = 10.0;

    /**
     * A film so thin that in plane only the Zeeman term breaks pairs: its second-order line starts at Sarma's
     * μ_B H(0) = Δ0/2 and peaks above T = 0, at t ≈ 0.48 — the maximum over t of the root of
     * ln t + Re ψ(½ + iμ_B B/(2πk_B T)) − ψ(½) = 0, found independently (mpmath, t on a 0.005 grid).
     */
    @Test
    void aPauliLimitedLineBendsBackAndIsFlaggedWhereItPeaks() {
        double gap0 = BcsGap.gap0J(TC, 2 * BcsGap.DELTA0_OVER_KTC);
        Hc2Curve c = Hc2Curve.of(TC, 1000, 0.001, 0, gap0, 0);
        double sarma = gap0 / (2 * Constants.MU_B);
        assertThat(c.points().get(0).field(true)).isCloseTo(sarma, within(0.02 * sarma));
        assertThat(c.secondOrderPeak(true)).isPresent();
        Hc2Curve.Point peak = c.secondOrderPeak(true).orElseThrow();
        assertThat(peak.temperatureK() / TC).isBetween(0.48 - 0.05, 0.48 + 0.03);
        assertThat(peak.field(true)).isGreaterThan(1.1 * c.points().get(0).field(true));
        // perpendicular, ξ = 1 µm: orbitally limited at 3e-4 T, far below any Pauli field: monotonic
        assertThat(c.secondOrderPeak(false)).isEmpty();
    }

    /** Orbitally limited in both orientations (an Nb-like film): both lines fall monotonically, nothing flagged. */
    @Test
    void anOrbitallyLimitedFilmHasNoFirstOrderRegion() {
        Hc2Curve c = Hc2Curve.of(9.0, 40, 50, 0, BcsGap.gap0J(9.0, 2 * BcsGap.DELTA0_OVER_KTC), 0);
        assertThat(c.secondOrderPeak(true)).isEmpty();
        assertThat(c.secondOrderPeak(false)).isEmpty();
        for (int i = 1; i < c.points().size(); i++) {
            assertThat(c.points().get(i).perpT()).isLessThanOrEqualTo(c.points().get(i - 1).perpT());
        }
    }

    /** The Nd preset's in-plane line with its exchange term peaks above 0 K; the prediction says so and cites it. */
    @Test
    void theNickelatePredictionFlagsItsFirstOrderRegion() {
        Material nd = Presets.material("Nd0.8Sr0.2NiO2").orElseThrow();
        Prediction p = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 70), nd,
                Presets.substrate("SrTiO3").orElseThrow(), Conditions.defaults());
        assertThat(p.hasFlag(ValidityFlag.HC2_FIRST_ORDER_REGION)).isTrue();
        assertThat(p.citations()).contains(Citations.PAULI_FIRST_ORDER);
        Material nb = Presets.material("Nb").orElseThrow();
        Prediction q = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 200, 100), nb,
                Presets.substrate("SiO2").orElseThrow(), Conditions.defaults());
        assertThat(q.hasFlag(ValidityFlag.HC2_FIRST_ORDER_REGION)).isFalse();
    }
}
