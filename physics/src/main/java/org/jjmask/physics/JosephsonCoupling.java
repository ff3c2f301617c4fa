package org.jjmask.physics;

/**
 * Josephson coupling of one junction (neck).
 *
 * <p>Ambegaokar–Baratoff, PRL 10, 486 (1963): {@code I_c R_N = (πΔ(T)/2e) tanh(Δ(T)/2k_BT)}, so
 * {@code E_J = ħI_c/2e = (R_Q/2R_N) Δ(T) tanh(Δ(T)/2k_BT)}. For a dirty superconducting neck the
 * Mattis–Bardeen kinetic-inductance stiffness gives the same expression with R_N the neck's normal
 * resistance [derived, MODEL.md §3], so one formula serves tunnel-like and wide necks. The clean
 * Kulik–Omelyanchuk constriction (twice AB) is not used.
 */
public final class JosephsonCoupling {
    private JosephsonCoupling() {
    }

    /**
     * Ambegaokar–Baratoff, PRL 10, 486 (1963): E_J in joules from R_N, the gap Δ(T) (J) and T.
     * At T = 0 the tanh is 1.
     */
    public static double ejJ(double rnOhm, double gapJ, double temperatureK) {
        Checks.positive("rnOhm", rnOhm);
        Checks.nonNegative("gapJ", gapJ);
        Checks.nonNegative("temperatureK", temperatureK);
        if (gapJ == 0.0) {
            return 0.0;
        }
        double th = temperatureK == 0.0 ? 1.0 : Math.tanh(gapJ / (2.0 * Constants.KB * temperatureK));
        return Constants.RQ / (2.0 * rnOhm) * gapJ * th;
    }

    /** Ambegaokar–Baratoff E_J(T)/k_B in kelvin for a material's T_c and gap ratio (BCS Δ(T) scaled). */
    public static double ejK(double rnOhm, double tcK, double gapRatio, double temperatureK) {
        return ejJ(rnOhm, BcsGap.gapJ(temperatureK, tcK, gapRatio), temperatureK) / Constants.KB;
    }
}
