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

    @Test
    void theSeedWithTheAaoMilledProcessShowsTwoStagesAndTheReversal() {
        // seed: Ji et al., arXiv 2603.00670 (triangular 70/100 nm holes, Nd0.8Sr0.2NiO2 on SrTiO3); the
        // preset's numbers are all [pheno] (FabricationPreset.AAO_MILLED); nothing here is tuned to this case
        Prediction p = Predictor.predict(SEED, NSNO, STO, FabricationPreset.AAO_MILLED.conditions(0.05));
        PredictorTest.assertAllFinite(p);
        assertThat(p.tbktK()).isLessThan(0.85 * p.tcOnsetK());
        assertThat(p.nucleation().neckTcK()).isBetween(p.tbktK(), p.tcOnsetK());
        assertThat(p.hc2ParT()).isLessThan(p.hc2PerpT());
        assertThat(p.periodMT()).isCloseTo(238.8, within(0.3));
        // the same process on a Nb array of its usual scale (no rare-earth spin term): pairs, no reversal.
        // (ξ(0) = 12 nm cannot pair in the seed's 24 nm necks behind normal-like walls: onset 0.)
        Material nb = Presets.material("Nb").orElseThrow();
        Prediction pNb = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 400, 200), nb,
                Presets.substrate("sapphire").orElseThrow(), FabricationPreset.AAO_MILLED.conditions(0.05));
        assertThat(pNb.tcOnsetK()).isGreaterThan(0.5 * nb.tc0K());
        assertThat(pNb.hc2Anisotropy()).isGreaterThan(1.0);
    }

    @Test
    void onsetNeckTcAndTbktMoveSmoothlyWithTheDeadEdge() {
        // a fine sweep of fabrication.edge_damage_nm with pair-breaking walls (b = 2 nm): no step larger
        // than three times its neighbours' (the interpolated cell cache and the neck mode are continuous);
        // the sweep stops before the necks are cut (a declared transition, necks_destroyed)
        int n = 17;
        double[][] v = new double[3][n];
        for (int i = 0; i < n; i++) {
            Prediction p = Predictor.predict(SEED, NSNO, STO, new Conditions(0.05, 0.5 * i, 2.0),
                    ModelOptions.DEFAULT.withoutFieldCurves());
            assertThat(p.hasFlag(ValidityFlag.NECKS_DESTROYED)).isFalse();
            v[0][i] = p.tcOnsetK();
            v[1][i] = p.nucleation().neckTcK();
            v[2][i] = p.tbktK();
        }
        for (double[] row : v) {
            for (int i = 1; i < n - 1; i++) {
                double step = Math.abs(row[i] - row[i - 1]);
                double next = Math.abs(row[i + 1] - row[i]);
                assertThat(step).as("step %d of %s", i, java.util.Arrays.toString(row))
                        .isLessThanOrEqualTo(3 * Math.max(next, i > 1 ? Math.abs(row[i - 1] - row[i - 2]) : next) + 1e-6);
                assertThat(row[i]).isLessThanOrEqualTo(row[i - 1] + 1e-9);
            }
        }
    }
}
