package org.jjmask.physics;

/**
 * A superconducting film.
 *
 * @param name canonical name, e.g. {@code Nd0.8Sr0.2NiO2}
 * @param tc0K the unpatterned film's mean-field transition T_c0 (K)
 * @param sheetResistanceOhm normal-state sheet resistance R_□ just above T_c (Ω)
 * @param coherenceLengthNm GL coherence length ξ(0), in plane (nm)
 * @param thicknessNm film thickness d (nm)
 * @param gapRatio 2Δ(0)/k_BT_c; 3.528 is weak-coupling BCS
 * @param source where the numbers come from (citation text)
 */
public record Material(String name, double tc0K, double sheetResistanceOhm, double coherenceLengthNm,
        double thicknessNm, double gapRatio, String source) {

    /** Validates: text not null, every number finite and positive. */
    public Material {
        Checks.text("name", name);
        Checks.positive("tc0K", tc0K);
        Checks.positive("sheetResistanceOhm", sheetResistanceOhm);
        Checks.positive("coherenceLengthNm", coherenceLengthNm);
        Checks.positive("thicknessNm", thicknessNm);
        Checks.positive("gapRatio", gapRatio);
        Checks.text("source", source);
    }

    /** A copy with another T_c0. */
    public Material withTc0K(double v) {
        return new Material(name, v, sheetResistanceOhm, coherenceLengthNm, thicknessNm, gapRatio, source);
    }

    /** A copy with another sheet resistance. */
    public Material withSheetResistanceOhm(double v) {
        return new Material(name, tc0K, v, coherenceLengthNm, thicknessNm, gapRatio, source);
    }

    /** A copy with another coherence length. */
    public Material withCoherenceLengthNm(double v) {
        return new Material(name, tc0K, sheetResistanceOhm, v, thicknessNm, gapRatio, source);
    }

    /** A copy with another thickness. */
    public Material withThicknessNm(double v) {
        return new Material(name, tc0K, sheetResistanceOhm, coherenceLengthNm, v, gapRatio, source);
    }

    /** A copy with another gap ratio. */
    public Material withGapRatio(double v) {
        return new Material(name, tc0K, sheetResistanceOhm, coherenceLengthNm, thicknessNm, v, source);
    }

    /** A copy with another source text (e.g. "preset X, thickness overridden by the spec"). */
    public Material withSource(String v) {
        return new Material(name, tc0K, sheetResistanceOhm, coherenceLengthNm, thicknessNm, gapRatio, v);
    }
}
