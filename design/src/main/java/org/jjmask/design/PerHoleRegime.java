package org.jjmask.design;

import org.jjmask.physics.FieldResponse;
import org.jjmask.physics.HoleLoopField;

/**
 * The high-field loop states around each hole said in one sentence, the same on the terminal
 * ({@code predict --field}) and the report's Field page; its numbers are the JSON's {@code field.per_hole}.
 */
public final class PerHoleRegime {
    private PerHoleRegime() {
    }

    /** What the loop states do between the onset of the regime and H_c2⊥. */
    public static String sentence(FieldResponse f, HoleLoopField h) {
        String from = "above B = " + Numbers.format(Numbers.threeDigits(h.validFromT())) + " T (magnetic length a quarter of"
                + " the neck) the nucleus would sit as a loop around each hole";
        if (!h.reached()) {
            return from + ", but T_c is already 0 there: the regime lies above H_c2⊥ and only the plaquette period "
                    + Numbers.format(Summary.sig(f.periodMT())) + " mT is seen.";
        }
        if (!h.loopState()) {
            return from + ", but the pair-breaking walls (b small beside the magnetic length) bind none: no per-hole"
                    + " oscillation, the nucleus is the bulk Landau level between the holes.";
        }
        if (h.periodMT().isEmpty()) {
            return from + "; T_c reaches 0 before the winding number steps twice: no per-hole period to read.";
        }
        return "above B = " + Numbers.format(Numbers.threeDigits(h.validFromT())) + " T (magnetic length a quarter of the neck)"
                + " the nucleus sits as a loop around each hole and T_c(B) oscillates with ΔB ≈ " + Numbers.format(Numbers.threeDigits(h.periodMT().getAsDouble()))
                + " mT, one flux quantum through a loop of radius " + Numbers.format(Numbers.threeDigits(h.loopRadiusNm()
                .getAsDouble())) + " nm hugging the hole wall, larger than the " + Numbers.format(Summary.sig(f.periodMT()))
                + " mT per plaquette (one flux quantum per hole in Bezryadin and Pannetier's Al films with hole lattices)"
                + " [bezryadin-pannetier-1994].";
    }
}
