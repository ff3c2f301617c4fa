package org.jjmask.physics;

import java.util.List;

/**
 * The normal state of a patterned film.
 *
 * @param sheetResistanceEffOhm R_□,eff of the patterned film
 * @param rnOhm R_N of one junction = R_□,eff / network.sheetToJunctionFactor()
 * @param electricalPorosity hole fraction with holes widened by the edge damage, D → D + 2δ
 * @param effectiveNeckWidthNm superconducting/conducting neck width w − 2δ (clamped ≥ a small floor)
 * @param effectiveHoleDiameterNm D + 2δ
 * @param necksDestroyed true when 2δ ≥ w: the film is cut apart; the numbers are clamped
 * @param method which estimate decided R_N, in words (with its error estimate where there is one)
 * @param flags validity flags raised
 * @param citations the sources of the estimate used
 */
public record NormalState(double sheetResistanceEffOhm, double rnOhm, double electricalPorosity,
        double effectiveNeckWidthNm, double effectiveHoleDiameterNm, boolean necksDestroyed, String method,
        List<ValidityFlag> flags, List<Citation> citations) {

    /** Validates finiteness; copies the lists. */
    public NormalState {
        Checks.positive("sheetResistanceEffOhm", sheetResistanceEffOhm);
        Checks.positive("rnOhm", rnOhm);
        Checks.nonNegative("electricalPorosity", electricalPorosity);
        Checks.positive("effectiveNeckWidthNm", effectiveNeckWidthNm);
        Checks.nonNegative("effectiveHoleDiameterNm", effectiveHoleDiameterNm);
        Checks.text("method", method);
        flags = List.copyOf(flags);
        citations = List.copyOf(citations);
    }
}
