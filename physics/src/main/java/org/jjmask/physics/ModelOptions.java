package org.jjmask.physics;

import java.util.Objects;
import java.util.Optional;

/**
 * The model choices and phenomenological parameters of a prediction (spec section {@code model:}),
 * each with its default and source.
 *
 * @param normalState how R_□,eff and R_N are found: the Laplace solve (default) or Maxwell-Garnett
 *     with the neck channel
 * @param criticalEjOverEc κ: coherence needs E_J(0) &gt; κ·E_C,eff, and T_BKT solves
 *     k_B T = c·(E_J(T) − κ E_C,eff) [pheno; (E_J/E_C)_c ~ 0.6–1 for junction arrays, van der Zant
 *     et al., PRB 54, 10081 (1996); Fazio &amp; van der Zant, Phys. Rep. 355, 235 (2001)]; default 1
 * @param dissipativeThresholdOhm R_th: the dissipation strength is α = R_th/R_S of the junction's
 *     physical shunt R_S ({@link Dissipation}), and charging acts as (1 − α)E_C [R_th = R_Q = h/4e²:
 *     Schmid, PRL 51, 1506 (1983); Chakravarty et al., PRB 37, 3283 (1988); Hollen et al., PRB 84,
 *     064528 (2011)]
 * @param phaseSlipScale A: R_sat = R_□,eff·min(1, A·e^−S), S = √(8E_J/E_C) [pheno; Matveev, Larkin &amp;
 *     Glazman, PRL 89, 096802 (2002)]; the factor calibration fits; default 1
 * @param couplingScale E_J in units of Ambegaokar–Baratoff's: 1 (AB, tunnel-like or dirty necks) or
 *     2 (Kulik–Omelyanchuk clean constriction, I_cR_N(0) = πΔ/e; its temperature dependence taken as
 *     AB's) [lit, MODEL.md §3]
 * @param fieldCurves whether the field response's curves are computed
 * @param filmTc the film's T_c against disorder: as given (default) or Finkel'stein's suppression
 * @param anomalousMetal the mechanism that sets R_sat ({@link AnomalousMetal}); default dissipative
 *     phase slips with A = phaseSlipScale
 * @param environmentOhm R_env, an Ohmic environment in parallel with each junction's quasiparticle
 *     shunt ({@link Dissipation}); +∞ (default): none
 * @param measuredXy k_B T_BKT/E_J measured on the design's own network (Monte Carlo), or empty for
 *     the network kind's tabulated constant
 */
public record ModelOptions(NormalStateModel normalState, double criticalEjOverEc, double dissipativeThresholdOhm,
        double phaseSlipScale, double couplingScale, boolean fieldCurves, FilmTcModel filmTc,
        AnomalousMetal anomalousMetal, double environmentOhm, Optional<MeasuredXyConstant> measuredXy) {

    /** With this mechanism and environment, and the network kind's tabulated XY constant. */
    public ModelOptions(NormalStateModel normalState, double criticalEjOverEc, double dissipativeThresholdOhm,
            double phaseSlipScale, double couplingScale, boolean fieldCurves, FilmTcModel filmTc,
            AnomalousMetal anomalousMetal, double environmentOhm) {
        this(normalState, criticalEjOverEc, dissipativeThresholdOhm, phaseSlipScale, couplingScale, fieldCurves, filmTc,
                anomalousMetal, environmentOhm, Optional.empty());
    }

    /** The defaults: Laplace solve, κ = 1, R_th = R_Q, A = 1, Ambegaokar–Baratoff, field curves drawn. */
    public static final ModelOptions DEFAULT = new ModelOptions(LaplaceSheetResistance.DEFAULT,
            BktTransition.CRITICAL_EJ_OVER_EC, BktTransition.DISSIPATIVE_THRESHOLD_OHM, PhaseSlips.QPS_SCALE, 1.0);

    /** With the field response's curves (R(B), T_BKT(f), H_c2(T)) computed. */
    public ModelOptions(NormalStateModel normalState, double criticalEjOverEc, double dissipativeThresholdOhm,
            double phaseSlipScale, double couplingScale) {
        this(normalState, criticalEjOverEc, dissipativeThresholdOhm, phaseSlipScale, couplingScale, true);
    }

    /** The film's T_c as the material gives it. */
    public ModelOptions(NormalStateModel normalState, double criticalEjOverEc, double dissipativeThresholdOhm,
            double phaseSlipScale, double couplingScale, boolean fieldCurves) {
        this(normalState, criticalEjOverEc, dissipativeThresholdOhm, phaseSlipScale, couplingScale, fieldCurves,
                new FilmTcModel.AsGiven());
    }

    /**
     * With the default mechanism (dissipative phase slips, A = phaseSlipScale), no environment shunt
     * and the network kind's tabulated XY constant.
     */
    public ModelOptions(NormalStateModel normalState, double criticalEjOverEc, double dissipativeThresholdOhm,
            double phaseSlipScale, double couplingScale, boolean fieldCurves, FilmTcModel filmTc) {
        this(normalState, criticalEjOverEc, dissipativeThresholdOhm, phaseSlipScale, couplingScale, fieldCurves, filmTc,
                new AnomalousMetal.DissipativePhaseSlips(phaseSlipScale), Double.POSITIVE_INFINITY);
    }

    /** The same choices with the XY constant measured on the design's own network. */
    public ModelOptions withMeasuredXy(MeasuredXyConstant measured) {
        return new ModelOptions(normalState, criticalEjOverEc, dissipativeThresholdOhm, phaseSlipScale, couplingScale,
                fieldCurves, filmTc, anomalousMetal, environmentOhm, Optional.of(measured));
    }

    /** The same choices with another film-T_c model. */
    public ModelOptions withFilmTc(FilmTcModel model) {
        return new ModelOptions(normalState, criticalEjOverEc, dissipativeThresholdOhm, phaseSlipScale, couplingScale,
                fieldCurves, model, anomalousMetal, environmentOhm, measuredXy);
    }

    /** The same choices with another anomalous-metal mechanism. */
    public ModelOptions withAnomalousMetal(AnomalousMetal mechanism) {
        return new ModelOptions(normalState, criticalEjOverEc, dissipativeThresholdOhm, phaseSlipScale, couplingScale,
                fieldCurves, filmTc, mechanism, environmentOhm, measuredXy);
    }

    /** The same choices with an Ohmic environment R_env (Ω, +∞ for none). */
    public ModelOptions withEnvironmentOhm(double ohm) {
        return new ModelOptions(normalState, criticalEjOverEc, dissipativeThresholdOhm, phaseSlipScale, couplingScale,
                fieldCurves, filmTc, anomalousMetal, ohm, measuredXy);
    }

    /**
     * The same choices without the field curves: periods and H_c2 at the base temperature only. The
     * curves cost hundreds of self-consistent solves; a search that only compares headline numbers
     * does without them.
     */
    public ModelOptions withoutFieldCurves() {
        return new ModelOptions(normalState, criticalEjOverEc, dissipativeThresholdOhm, phaseSlipScale, couplingScale,
                false, filmTc, anomalousMetal, environmentOhm, measuredXy);
    }

    public ModelOptions {
        Objects.requireNonNull(normalState, "normalState");
        Checks.nonNegative("criticalEjOverEc", criticalEjOverEc);
        Checks.positive("dissipativeThresholdOhm", dissipativeThresholdOhm);
        Checks.positive("phaseSlipScale", phaseSlipScale);
        Checks.positive("couplingScale", couplingScale);
        Objects.requireNonNull(filmTc, "filmTc");
        Objects.requireNonNull(anomalousMetal, "anomalousMetal");
        if (!(environmentOhm > 0)) {
            throw new IllegalArgumentException("environmentOhm must be > 0 (or +infinity), was " + environmentOhm);
        }
        Objects.requireNonNull(measuredXy, "measuredXy");
    }

    /** The defaults with another normal-state model. */
    public static ModelOptions withNormalState(NormalStateModel model) {
        return new ModelOptions(model, DEFAULT.criticalEjOverEc, DEFAULT.dissipativeThresholdOhm,
                DEFAULT.phaseSlipScale, DEFAULT.couplingScale);
    }
}
