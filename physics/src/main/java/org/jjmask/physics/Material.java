package org.jjmask.physics;

/**
 * A superconducting film.
 *
 * @param name canonical name, e.g. {@code Nd0.8Sr0.2NiO2}
 * @param tc0K the unpatterned film's mean-field transition T_c0 (K)
 * @param sheetResistanceOhm normal-state sheet resistance R_□ just above T_c (Ω)
 * @param coherenceLengthNm coherence length ξ(0), in plane (nm), as the cited papers quote it: from
 *     μ0H_c2⊥(0) = Φ0/(2πξ(0)²). The GL slope length near T_c is ξ_GL(0) = √0.693·ξ(0) (WHH;
 *     {@link CriticalFields#glXiSquaredNm2})
 * @param thicknessNm film thickness d (nm)
 * @param gapRatio 2Δ(0)/k_BT_c; 3.528 is weak-coupling BCS
 * @param source where the numbers come from (citation text)
 * @param spinExchangePar η∥ ≥ 0, the in-plane enhancement of the spin (Zeeman) pair breaking by an
 *     exchange field, e.g. of the Nd³⁺ 4f moments: for in-plane field the spin splitting is
 *     (1 + η∥)·g μ_B B, so the in-plane Pauli limit is H_P/(1 + η∥) [pheno; Wang et al., Sci. Adv. 9,
 *     eadf6655 (2023), arXiv:2205.15355: Nd³⁺ Kramers-doublet moments change the H_c2 anisotropy of
 *     Nd- against La-nickelates; field-induced Ni moment: Krieger et al., arXiv:2403.16969]. 0 for a
 *     film without magnetic ions ({@link CriticalFields})
 */
public record Material(String name, double tc0K, double sheetResistanceOhm, double coherenceLengthNm,
        double thicknessNm, double gapRatio, String source, double spinExchangePar) {

    /** Validates: text not null, every number finite and positive (η∥ ≥ 0). */
    public Material {
        Checks.text("name", name);
        Checks.positive("tc0K", tc0K);
        Checks.positive("sheetResistanceOhm", sheetResistanceOhm);
        Checks.positive("coherenceLengthNm", coherenceLengthNm);
        Checks.positive("thicknessNm", thicknessNm);
        Checks.positive("gapRatio", gapRatio);
        Checks.text("source", source);
        Checks.nonNegative("spinExchangePar", spinExchangePar);
    }

    /** A film without an anisotropic spin term (η∥ = 0). */
    public Material(String name, double tc0K, double sheetResistanceOhm, double coherenceLengthNm,
            double thicknessNm, double gapRatio, String source) {
        this(name, tc0K, sheetResistanceOhm, coherenceLengthNm, thicknessNm, gapRatio, source, 0.0);
    }

    /** A copy with another in-plane spin-exchange enhancement η∥. */
    public Material withSpinExchangePar(double v) {
        return new Material(name, tc0K, sheetResistanceOhm, coherenceLengthNm, thicknessNm, gapRatio, source, v);
    }

    /** A copy with another T_c0. */
    public Material withTc0K(double v) {
        return new Material(name, v, sheetResistanceOhm, coherenceLengthNm, thicknessNm, gapRatio, source, spinExchangePar);
    }

    /** A copy with another sheet resistance. */
    public Material withSheetResistanceOhm(double v) {
        return new Material(name, tc0K, v, coherenceLengthNm, thicknessNm, gapRatio, source, spinExchangePar);
    }

    /** A copy with another coherence length. */
    public Material withCoherenceLengthNm(double v) {
        return new Material(name, tc0K, sheetResistanceOhm, v, thicknessNm, gapRatio, source, spinExchangePar);
    }

    /** A copy with another thickness. */
    public Material withThicknessNm(double v) {
        return new Material(name, tc0K, sheetResistanceOhm, coherenceLengthNm, v, gapRatio, source, spinExchangePar);
    }

    /** A copy with another gap ratio. */
    public Material withGapRatio(double v) {
        return new Material(name, tc0K, sheetResistanceOhm, coherenceLengthNm, thicknessNm, v, source, spinExchangePar);
    }

    /** A copy with another source text (e.g. "preset X, thickness overridden by the spec"). */
    public Material withSource(String v) {
        return new Material(name, tc0K, sheetResistanceOhm, coherenceLengthNm, thicknessNm, gapRatio, v, spinExchangePar);
    }
}
