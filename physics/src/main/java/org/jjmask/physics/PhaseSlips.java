package org.jjmask.physics;

/**
 * Anomalous-metal saturation resistance from quantum phase slips [pheno].
 *
 * <p>Below T_BKT many films saturate at R_sat instead of vanishing (Kapitulnik, Kivelson &amp; Spivak,
 * RMP 91, 011002 (2019)). A phase slip across one junction costs the action
 * {@code S = √(8E_J/E_C)} (Matveev, Larkin &amp; Glazman, PRL 89, 096802 (2002), for chains);
 * here {@code R_sat = R_□,eff · min(1, A·e^{−S})} with one scale constant
 * A = {@value #QPS_SCALE} that calibration can fit, E_J at the base temperature and the screened
 * charging energy E_C,eff of {@link BktTransition} (no slips when R_N &lt; R_Q: E_C,eff = 0 → R_sat = 0).
 */
public final class PhaseSlips {
    private PhaseSlips() {
    }

    /** The one scale constant A of R_sat = R_□,eff·min(1, A e^{−S}) [pheno, calibrate]. */
    public static final double QPS_SCALE = 1.0;

    /** Matveev–Larkin–Glazman action √(8E_J/E_C); +∞ when E_C is 0 (callers only exponentiate it). */
    public static double action(double ejJ, double ecJ) {
        Checks.nonNegative("ejJ", ejJ);
        Checks.nonNegative("ecJ", ecJ);
        if (ecJ == 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.sqrt(8.0 * ejJ / ecJ);
    }

    /** R_sat = R_□,eff·min(1, A·e^{−√(8E_J/E_C,eff)}), finite, in [0, R_□,eff]. */
    public static double rSatOhm(double sheetResistanceEffOhm, double ejJ, double ecEffJ) {
        return rSatOhm(sheetResistanceEffOhm, ejJ, ecEffJ, QPS_SCALE);
    }

    /** The same with the calibration factor A given: R_sat = R_□,eff·min(1, A·e^−S). */
    public static double rSatOhm(double sheetResistanceEffOhm, double ejJ, double ecEffJ, double scale) {
        Checks.positive("sheetResistanceEffOhm", sheetResistanceEffOhm);
        Checks.positive("scale", scale);
        double s = action(ejJ, ecEffJ);
        return sheetResistanceEffOhm * Math.min(1.0, scale * Math.exp(-s));
    }
}
