package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Necks with their own T_c through the prediction: the linearised GL on the unit cell, wired. */
class NucleationTest {

    private static final Material NSNO = Presets.material("Nd0.8Sr0.2NiO2").orElseThrow();
    private static final Substrate STO = Presets.substrate("SrTiO3").orElseThrow();
    private static final ArrayGeometry SEED = ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 70);

    @Test
    void cleanWallsChangeNothing() {
        Prediction clean = Predictor.predict(SEED, NSNO, STO, Conditions.defaults());
        Prediction far = Predictor.predict(SEED, NSNO, STO, Conditions.defaults().withEdgeExtrapolationNm(1e7));
        assertThat(clean.nucleation().suppressed()).isFalse();
        assertThat(clean.tcOnsetK()).isEqualTo(15.0);
        // b = 10⁷ nm: the suppression ~ 2ξ²/(b·w) is 10⁻⁷ of T_c0
        assertThat(far.tcOnsetK()).isCloseTo(15.0, within(1e-4));
        assertThat(far.tbktK()).isCloseTo(clean.tbktK(), within(1e-3));
    }

    @Test
    void normalLikeWallsSplitOnsetNeckAndCoherence() {
        Prediction p = Predictor.predict(SEED, NSNO, STO, new Conditions(0.05, 5.0, 1.0));
        PredictorTest.assertAllFinite(p);
        Nucleation n = p.nucleation();
        assertThat(n.onsetK()).isLessThan(15.0);
        assertThat(n.neckTcK()).isLessThan(n.onsetK());
        assertThat(p.tbktK()).isLessThan(n.neckTcK());
        assertThat(p.hasFlag(ValidityFlag.NECK_TC)).isTrue();
        // the neck's strip mode, closed form: 20 nm neck, b = 1 nm; x_neck = ξ_GL²k², k tan(kw/2) = 1/b
        double k = new org.apache.commons.math3.analysis.solvers.BrentSolver(1e-14).solve(100,
                q -> q * Math.tan(q * 10) - 1.0, 1e-9, Math.PI / 20 * (1 - 1e-12));
        assertThat(n.neckPairBreaking()).isCloseTo(CriticalFields.glXiSquaredNm2(5.4) * k * k, within(1e-9));
    }

    @Test
    void theSuppressionGrowsSmoothlyAsTheWallsGetWorse() {
        double last = 15.0;
        for (double b : new double[] {1000, 300, 100, 30, 10, 3, 1}) {
            Prediction p = Predictor.predict(SEED, NSNO, STO, new Conditions(0.05, 0.0, b));
            assertThat(p.tcOnsetK()).as("b = %s", b).isLessThanOrEqualTo(last);
            last = p.tcOnsetK();
        }
        assertThat(last).isLessThan(15.0);
    }
}
