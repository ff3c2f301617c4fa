package org.jjmask.physics;

/**
 * Measurement and process conditions.
 *
 * @param baseTemperatureK temperature at which the phase is decided (K, &gt; 0)
 * @param edgeDamageNm non-superconducting, non-conducting rim at each hole edge δ (nm, ≥ 0)
 */
public record Conditions(double baseTemperatureK, double edgeDamageNm) {

    /** Validates: base temperature finite and &gt; 0, edge damage finite and ≥ 0. */
    public Conditions {
        Checks.positive("baseTemperatureK", baseTemperatureK);
        Checks.nonNegative("edgeDamageNm", edgeDamageNm);
    }

    /** 0.05 K, no edge damage. */
    public static Conditions defaults() {
        return new Conditions(0.05, 0.0);
    }

    /** A copy with another base temperature. */
    public Conditions withBaseTemperatureK(double v) {
        return new Conditions(v, edgeDamageNm);
    }

    /** A copy with another edge damage. */
    public Conditions withEdgeDamageNm(double v) {
        return new Conditions(baseTemperatureK, v);
    }
}
