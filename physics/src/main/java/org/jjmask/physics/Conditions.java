package org.jjmask.physics;

/**
 * Measurement and process conditions.
 *
 * @param baseTemperatureK temperature at which the phase is decided (K, &gt; 0)
 * @param edgeDamageNm non-superconducting, non-conducting rim at each hole edge δ (nm, ≥ 0)
 * @param edgeExtrapolationNm de Gennes' extrapolation length b at the (damaged) hole walls, ∂ψ/∂n =
 *     −ψ/b (nm, ≥ 0; +∞ a clean insulating wall, no pair breaking; small b a normal-like,
 *     pair-breaking rim: de Gennes, Superconductivity of Metals and Alloys (1966) §7-3)
 */
public record Conditions(double baseTemperatureK, double edgeDamageNm, double edgeExtrapolationNm) {

    /** Validates: base temperature finite and &gt; 0, edge damage finite and ≥ 0, b ≥ 0 (may be +∞). */
    public Conditions {
        Checks.positive("baseTemperatureK", baseTemperatureK);
        Checks.nonNegative("edgeDamageNm", edgeDamageNm);
        if (!(edgeExtrapolationNm >= 0)) {
            throw new IllegalArgumentException("edgeExtrapolationNm must be >= 0 (or +infinity), was "
                    + edgeExtrapolationNm);
        }
    }

    /** Clean walls (b = ∞). */
    public Conditions(double baseTemperatureK, double edgeDamageNm) {
        this(baseTemperatureK, edgeDamageNm, Double.POSITIVE_INFINITY);
    }

    /** 0.05 K, no edge damage, clean walls. */
    public static Conditions defaults() {
        return new Conditions(0.05, 0.0);
    }

    /** A copy with another base temperature. */
    public Conditions withBaseTemperatureK(double v) {
        return new Conditions(v, edgeDamageNm, edgeExtrapolationNm);
    }

    /** A copy with another edge damage. */
    public Conditions withEdgeDamageNm(double v) {
        return new Conditions(baseTemperatureK, v, edgeExtrapolationNm);
    }

    /** A copy with another wall extrapolation length b. */
    public Conditions withEdgeExtrapolationNm(double v) {
        return new Conditions(baseTemperatureK, edgeDamageNm, v);
    }
}
