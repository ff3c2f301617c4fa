package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * R_sat of both anomalous-metal mechanisms in field, written from the two experiments the law rests on:
 * Bøttcher et al., Nat. Phys. 14, 1138 (2018) — an in-plane field eliminates the metallic regime (restoring
 * the direct superconductor–insulator transition), so R_sat must fall to 0 while the film still superconducts,
 * i.e. below H_c2∥; Sasmal et al., arXiv:2505.12536 (2025) — frustration suppresses the anomalous metal's
 * signature, and frustration is periodic in f = BS/Φ0, so R_sat(f) has period 1, is lowest where the array
 * is unfrustrated (integer f) and rises toward the normal R_□,eff at half-integer f.
 */
class SaturationInFieldTest {

    private static final double R_EFF = 965.0;
    private static final Saturation SLIPS = new Saturation("dissipative_phase_slips", 73.3, 4.3, "m", "p");
    private static final Saturation PERC = new Saturation("weak_link_percolation", 20.0, -0.1, "m", "p");

    private static SaturationInField seedLike(double spread) {
        return SaturationInField.of(SLIPS, PERC, R_EFF, IslandNetwork.HONEYCOMB, spread, 239.0, 9.11, 0.05);
    }

    @Test
    void anInPlaneFieldRemovesTheMetalBeforeHc2ParForBothMechanisms() {
        SaturationInField s = seedLike(0.0);
        List<SaturationInField.ParPoint> par = s.inPlane();
        assertThat(par.get(0).primaryOhm()).isEqualTo(73.3);
        assertThat(par.get(0).otherOhm()).isEqualTo(20.0);
        assertThat(par.get(par.size() - 1).fieldT()).isCloseTo(9.11, within(1e-12));
        double firstZeroP = Double.NaN;
        double firstZeroO = Double.NaN;
        for (int i = 1; i < par.size(); i++) {
            assertThat(par.get(i).primaryOhm()).isLessThanOrEqualTo(par.get(i - 1).primaryOhm());
            assertThat(par.get(i).otherOhm()).isLessThanOrEqualTo(par.get(i - 1).otherOhm());
            if (Double.isNaN(firstZeroP) && par.get(i).primaryOhm() == 0) {
                firstZeroP = par.get(i).fieldT();
            }
            if (Double.isNaN(firstZeroO) && par.get(i).otherOhm() == 0) {
                firstZeroO = par.get(i).fieldT();
            }
        }
        // strictly lower just above zero field: the field acts at once, not only at a threshold
        assertThat(par.get(1).primaryOhm()).isLessThan(73.3);
        assertThat(firstZeroP).isLessThan(9.11);
        assertThat(firstZeroO).isLessThan(9.11);
        assertThat(s.inPlaneVanishingT()).isGreaterThan(0).isLessThan(9.11);
    }

    @Test
    void frustrationRaisesRsatPeriodicallyLowestAtIntegerF() {
        SaturationInField s = seedLike(0.0);
        List<SaturationInField.PerpPoint> perp = s.perpendicular();
        int per = FieldPredictor.SAMPLES_PER_PERIOD;
        for (int i = 0; i + per < perp.size(); i++) {
            // period 1 in f (a periodic lattice: no plaquette spread)
            assertThat(perp.get(i + per).primaryOhm()).isCloseTo(perp.get(i).primaryOhm(), within(1e-9));
            assertThat(perp.get(i + per).otherOhm()).isCloseTo(perp.get(i).otherOhm(), within(1e-9));
            // lowest at integer f, never above the normal R_sq,eff
            assertThat(perp.get(i).primaryOhm()).isGreaterThanOrEqualTo(73.3 - 1e-9).isLessThanOrEqualTo(R_EFF);
            assertThat(perp.get(i).otherOhm()).isGreaterThanOrEqualTo(20.0 - 1e-9).isLessThanOrEqualTo(R_EFF);
        }
        assertThat(perp.get(0).primaryOhm()).isCloseTo(73.3, within(1e-9));
        assertThat(perp.get(per).primaryOhm()).isCloseTo(73.3, within(1e-9));
        // fully frustrated honeycomb (c(1/2) = 0): the anomalous metal's signature is gone, R_sat = R_sq,eff
        assertThat(perp.get(per / 2).frustration()).isEqualTo(0.5);
        assertThat(perp.get(per / 2).primaryOhm()).isCloseTo(R_EFF, within(1e-9));
        assertThat(perp.get(per / 2).otherOhm()).isCloseTo(R_EFF, within(1e-9));
        // a triangular array keeps some stiffness at f = 1/2: raised, not to the normal value
        SaturationInField t = SaturationInField.of(SLIPS, PERC, R_EFF, IslandNetwork.TRIANGULAR, 0, 239, 9.11, 0.05);
        double half = t.perpendicular().get(per / 2).primaryOhm();
        assertThat(half).isGreaterThan(73.3).isLessThan(R_EFF);
    }

    @Test
    void aPlaquetteSpreadDampsTheOscillationOfRsat() {
        SaturationInField s = seedLike(0.1);
        List<SaturationInField.PerpPoint> perp = s.perpendicular();
        int per = FieldPredictor.SAMPLES_PER_PERIOD;
        double swing1 = perp.get(per / 2).primaryOhm() - perp.get(per).primaryOhm();
        double swing3 = perp.get(3 * per - per / 2).primaryOhm() - perp.get(3 * per).primaryOhm();
        assertThat(swing3).isLessThan(swing1);
        assertThat(perp.get(per).primaryOhm()).isGreaterThan(73.3);
    }

    @Test
    void aSuperconductorStaysOneAndTheNormalStateStaysNormal() {
        Saturation zero = new Saturation("weak_link_percolation", 0.0, -1, "m", "p");
        Saturation full = new Saturation("dissipative_phase_slips", R_EFF, 1, "m", "p");
        SaturationInField s = SaturationInField.of(full, zero, R_EFF, IslandNetwork.TRIANGULAR, 0, 239, 9.11, 0.05);
        for (SaturationInField.PerpPoint p : s.perpendicular()) {
            assertThat(p.otherOhm()).isZero();
            assertThat(p.primaryOhm()).isCloseTo(R_EFF, within(1e-9));
        }
    }

    @Test
    void thePredictionCarriesBothMechanismsZeroFieldValues() {
        Material nsno = Presets.material("Nd0.8Sr0.2NiO2").orElseThrow();
        Substrate sto = Presets.substrate("SrTiO3").orElseThrow();
        Prediction p = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 70), nsno, sto,
                FabricationPreset.AAO_MILLED.conditions(0.05));
        SaturationInField s = p.field().saturationInField();
        assertThat(s.present()).isTrue();
        assertThat(s.primary()).isEqualTo(p.phaseModel().saturation().mechanism());
        assertThat(s.other()).isEqualTo(p.phaseModel().alternative().mechanism());
        assertThat(s.perpendicular().get(0).primaryOhm())
                .isCloseTo(Math.min(p.phaseModel().saturation().rSatOhm(), p.sheetResistanceEffOhm()), within(1e-9));
        assertThat(s.inPlane()).hasSize(SaturationInField.IN_PLANE_SAMPLES);
        assertThat(s.inPlane().get(s.inPlane().size() - 1).fieldT()).isCloseTo(p.field().hc2ParBaseT(), within(1e-12));
        // without curves (sweep, optimise) nothing is computed
        Prediction q = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 70), nsno, sto,
                FabricationPreset.AAO_MILLED.conditions(0.05), ModelOptions.DEFAULT.withoutFieldCurves());
        assertThat(q.field().saturationInField().present()).isFalse();
    }
}
