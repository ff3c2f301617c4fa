package org.jjmask.physics;

/**
 * How the phase at the base temperature came about (issue 13): the one charging energy, the
 * junction's physical shunt and the anomalous-metal mechanism.
 *
 * @param shuntFraction σ₁(ħω = 4E_C)/σ_n of the necks at the base temperature ({@link Dissipation})
 * @param alpha dissipation strength α = R_th/R_S
 * @param chargingK (1 − α)⁺E_C, the charging the coherence criterion and the slip action use, K
 * @param coherenceMargin E_J(0)/(κ(1 − α)⁺E_C); the array is coherent above 1; +∞ when no charging
 *     acts (α ≥ 1), which the JSON writes as null and the report as ∞
 * @param links the necks at the base temperature
 * @param saturation R_sat from the chosen mechanism
 * @param alternative R_sat from the other mechanism, for comparison
 */
public record PhaseModel(double shuntFraction, double alpha, double chargingK, double coherenceMargin,
        WeakLinks links, Saturation saturation, Saturation alternative) {

    /** A placeholder for predictions made without it (tests that build a Prediction by hand). */
    public static PhaseModel none() {
        return new PhaseModel(0, 0, 0, Double.POSITIVE_INFINITY, new WeakLinks(0, 0, 0, 0, 0, 1, 0, Double.POSITIVE_INFINITY),
                Saturation.none("dissipative_phase_slips", "not computed"),
                Saturation.none("weak_link_percolation", "not computed"));
    }
}
