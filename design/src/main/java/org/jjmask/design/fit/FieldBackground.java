package org.jjmask.design.fit;

import org.jjmask.physics.IslandNetwork;
import org.jjmask.physics.Prediction;
import org.jjmask.physics.SaturationInField;

/**
 * The measured R(B) joined to the R(T) fit (issue 15 item 2): the R(B) of an array in its anomalous
 * metal is the mechanism's R_sat(B) ({@link SaturationInField}), so the R(B) fit's zero-field
 * value c₀ + a and its oscillation amplitude a (in ln R) are two more data the model must meet:
 * ln R_sat(0) of the chosen mechanism, and (A/2)·ln(R_sat(0)/R_□,eff) (A = 1 − ρ½ of the network).
 * Both depend on the mechanism's scale ({@code model.phase_slip_scale}) and on R_□,eff, so the
 * R(B) constrains the scale beside the R(T)'s low-temperature plateau. The two are correlated;
 * they enter the least squares whitened by the Cholesky factor of their covariance.
 *
 * <p>Assumed: R(B) was measured at the spec's base temperature ({@code conditions.base_temperature_K}),
 * on the plateau; the oscillation fit's B² background is not compared (the law leaves out the
 * islands' Little–Parks shift of T_c).
 *
 * @param measured the R(B) fit's zero-field ln R and amplitude with their covariance
 * @param network the island network of the written lattice (ρ½)
 */
public record FieldBackground(FieldOscillation.Background measured, IslandNetwork network) {

    /** Two residuals: the zero-field value and the amplitude. */
    static final int ROWS = 2;

    /** The model's zero-field ln R_sat and amplitude, at the fit's floor for a superconductor. */
    double[] model(Prediction p, double floorOhm) {
        double r0 = Math.max(floorOhm, p.phaseModel().saturation().rSatOhm());
        double rEff = p.sheetResistanceEffOhm();
        return new double[] {Math.log(r0), SaturationInField.amplitudeLnR(r0, rEff, network)};
    }

    /** The whitened residuals L⁻¹(model − measured), L the Cholesky factor of the covariance. */
    double[] residuals(Prediction p, double floorOhm) {
        double[] m = model(p, floorOhm);
        double d1 = m[0] - measured.zeroFieldLnR();
        double d2 = m[1] - measured.amplitudeLnR();
        double l11 = Math.sqrt(Math.max(measured.varZero(), 1e-300));
        double l21 = measured.covariance() / l11;
        double l22 = Math.sqrt(Math.max(measured.varAmplitude() - l21 * l21, 1e-300));
        double r1 = d1 / l11;
        return new double[] {r1, (d2 - l21 * r1) / l22};
    }
}
