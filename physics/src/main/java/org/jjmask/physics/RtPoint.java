package org.jjmask.physics;

/**
 * One point of R(T).
 *
 * @param temperatureK temperature (K)
 * @param sheetResistanceOhm sheet resistance of the patterned film (Ω)
 */
public record RtPoint(double temperatureK, double sheetResistanceOhm) {
    /** Validates: both finite, temperature &gt; 0, resistance ≥ 0. */
    public RtPoint {
        Checks.positive("temperatureK", temperatureK);
        Checks.nonNegative("sheetResistanceOhm", sheetResistanceOhm);
    }
}
