package org.jjmask.physics;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Berezinskii–Kosterlitz–Thouless transitions of the array and of the unpatterned film.
 *
 * <p><b>Array, classical</b> (MODEL.md §4): {@code k_B T = c_net · E_J(T)} solved self-consistently
 * with Commons Math's {@link BrentSolver}; c_net = {@link IslandNetwork#xyConstant()}, E_J(T) from
 * Ambegaokar–Baratoff with the BCS gap. Since E_J(T_c) = 0 and E_J(0) &gt; 0 a root always exists in
 * (0, T_c0).
 *
 * <p><b>Quantum and dissipative corrections</b> [pheno, parameters below]: charging lowers the phase
 * stiffness and destroys coherence near (E_J/E_C)_c ≈ 0.6–1 (van der Zant et al., PRB 54, 10081
 * (1996); Fazio &amp; van der Zant, Phys. Rep. 355, 235 (2001)). Modelled as a stiffness reduced by a
 * constant, {@code k_B T = c_net · max(0, E_J(T) − κ·E_C,eff)}, κ = {@value #CRITICAL_EJ_OVER_EC}
 * (the upper end of the cited range, chosen so that loss of coherence coincides with MODEL.md §4's
 * "E_J &lt; E_C" insulator rule), which reproduces T_BKT → 0 at E_J(0) = κE_C,eff and the
 * semiclassical 1 − O(E_C/E_J) suppression. Dissipation: arrays whose links conduct better than R_Q
 * stay coherent whatever E_C (Hollen et al., PRB 84, 064528 (2011); Chakravarty et al., PRB 37, 3283
 * (1988)); modelled as a screened charging energy {@code E_C,eff = E_C · max(0, 1 − R_Q/R_N)}.
 *
 * <p><b>Film</b>: Beasley, Mooij &amp; Orlando, PRL 42, 1165 (1979):
 * {@code (T_c0 − T_BKT)/T_c0 ≈ 0.173 R_□ e²/ħ} for small R_□. This is the linearisation of the
 * universal-jump condition (Nelson &amp; Kosterlitz, PRL 39, 1201 (1977)) with the dirty-film stiffness
 * (Mattis–Bardeen kinetic inductance), {@code k_B T = (π/2)(R_Q/2R_□) Δ(T) tanh(Δ/2k_BT)}, solved here
 * self-consistently as well. {@link #filmK} returns BMO while its correction is ≤ 0.1, the
 * self-consistent value beyond 0.3, and a linear blend between (flag {@code film_bkt_large_rs}).
 */
public final class BktTransition {
    private BktTransition() {
    }

    /** κ = (E_J/E_C)_c, the charging-induced loss of coherence [pheno; van der Zant 1996: 0.6–1]. */
    public static final double CRITICAL_EJ_OVER_EC = 1.0;
    /** Resistance above which charging acts (dissipative threshold) [pheno; Hollen 2011]: R_Q. */
    public static final double DISSIPATIVE_THRESHOLD_OHM = Constants.RQ;
    /** Beasley–Mooij–Orlando coefficient. */
    public static final double BMO_COEFFICIENT = 0.173;

    /**
     * Result of the array BKT solve.
     *
     * @param tbktK T_BKT including the corrections; 0 without coherence
     * @param classicalK T_BKT of k_BT = c·E_J(T) alone
     * @param coherent false when E_J(0) ≤ κ·E_C,eff
     */
    public record Result(double tbktK, double classicalK, boolean coherent) {
    }

    /** Dissipative screening of charging [pheno; Hollen 2011, Chakravarty 1988]: max(0, 1 − R_Q/R_N). */
    public static double chargingScreeningFactor(double rnOhm) {
        return chargingScreeningFactor(rnOhm, DISSIPATIVE_THRESHOLD_OHM);
    }

    /** The same with the threshold resistance R_th in place of R_Q: max(0, 1 − R_th/R_N). */
    public static double chargingScreeningFactor(double rnOhm, double thresholdOhm) {
        Checks.positive("rnOhm", rnOhm);
        Checks.positive("thresholdOhm", thresholdOhm);
        return Math.max(0.0, 1.0 - thresholdOhm / rnOhm);
    }

    /** Classical self-consistent k_B T = c·E_J(T) (MODEL.md §4), kelvin. */
    public static double classicalK(double xyConstant, double rnOhm, double tcK, double gapRatio) {
        return solve(xyConstant, rnOhm, tcK, gapRatio, 0.0);
    }

    /**
     * Self-consistent array T_BKT with the charging correction: k_B T = c·max(0, E_J(T) − κ·E_C,eff).
     *
     * @param ecEffK the screened charging energy E_C,eff/k_B (0 for the classical case)
     */
    public static Result arrayK(double xyConstant, double rnOhm, double tcK, double gapRatio, double ecEffK) {
        return arrayK(xyConstant, rnOhm, tcK, gapRatio, ecEffK, CRITICAL_EJ_OVER_EC);
    }

    /** The same with the critical ratio κ given: coherence needs E_J(0) > κ·E_C,eff. */
    public static Result arrayK(double xyConstant, double rnOhm, double tcK, double gapRatio, double ecEffK,
            double kappa) {
        Checks.nonNegative("ecEffK", ecEffK);
        Checks.nonNegative("kappa", kappa);
        double classical = solve(xyConstant, rnOhm, tcK, gapRatio, 0.0, kappa);
        double ej0K = JosephsonCoupling.ejK(rnOhm, tcK, gapRatio, 0.0);
        if (ej0K <= kappa * ecEffK) {
            return new Result(0.0, classical, false);
        }
        double t = ecEffK == 0.0 ? classical : solve(xyConstant, rnOhm, tcK, gapRatio, ecEffK, kappa);
        return new Result(t, classical, true);
    }

    private static double solve(double c, double rnOhm, double tcK, double gapRatio, double ecEffK) {
        return solve(c, rnOhm, tcK, gapRatio, ecEffK, CRITICAL_EJ_OVER_EC);
    }

    private static double solve(double c, double rnOhm, double tcK, double gapRatio, double ecEffK, double kappa) {
        Checks.positive("xyConstant", c);
        Checks.positive("rnOhm", rnOhm);
        Checks.positive("tcK", tcK);
        Checks.positive("gapRatio", gapRatio);
        double offset = kappa * ecEffK / tcK;
        // reduced units: t = T/Tc, energies over k_B Tc
        UnivariateFunction h = t -> c * Math.max(0.0,
                JosephsonCoupling.ejK(rnOhm, tcK, gapRatio, t * tcK) / tcK - offset) - t;
        double h0 = h.value(0.0);
        if (h0 <= 0.0) {
            return 0.0;
        }
        BrentSolver solver = new BrentSolver(1e-15, 1e-300, 1e-300);
        return tcK * solver.solve(1000, h, 0.0, 1.0);
    }

    /** Beasley–Mooij–Orlando, PRL 42, 1165 (1979): T_c0·(1 − 0.173 R_□ e²/ħ), not clamped. */
    public static double filmBmoLinearK(double tcK, double sheetResistanceOhm) {
        return tcK * (1.0 - bmoCorrection(sheetResistanceOhm));
    }

    /** 0.173 R_□ e²/ħ. */
    public static double bmoCorrection(double sheetResistanceOhm) {
        Checks.positive("sheetResistanceOhm", sheetResistanceOhm);
        return BMO_COEFFICIENT * sheetResistanceOhm * Constants.E * Constants.E / Constants.HBAR;
    }

    /**
     * Universal jump with the dirty-film stiffness (Nelson &amp; Kosterlitz 1977; BMO 1979):
     * k_BT = (π/2)(R_Q/2R_□) Δ(T) tanh(Δ/2k_BT), i.e. a square network with R_N = R_□ and c = π/2.
     */
    public static double filmSelfConsistentK(double tcK, double sheetResistanceOhm, double gapRatio) {
        return solve(Math.PI / 2.0, sheetResistanceOhm, tcK, gapRatio, 0.0);
    }

    /**
     * Film BKT: BMO for corrections ≤ 0.1, the self-consistent universal-jump value above 0.3, linear
     * blend in between; within [0, T_c0].
     */
    public static double filmK(double tcK, double sheetResistanceOhm, double gapRatio) {
        double corr = bmoCorrection(sheetResistanceOhm);
        double lin = tcK * Math.max(0.0, 1.0 - corr);
        if (corr <= 0.1) {
            return lin;
        }
        double sc = filmSelfConsistentK(tcK, sheetResistanceOhm, gapRatio);
        double w = Math.min(1.0, (corr - 0.1) / 0.2);
        return Math.min(tcK, Math.max(0.0, (1.0 - w) * lin + w * sc));
    }
}
