package org.jjmask.report;

import java.io.IOException;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Numbers;
import org.jjmask.physics.Citation;
import org.jjmask.physics.FilmPrediction;

/**
 * The physics page of a design in which no hole is written: there is no array, so no junctions,
 * charging energy, flux period or phase diagram — only the plain film's own transitions and
 * critical fields, the same numbers as the JSON.
 */
final class PlainFilmPage {

    private PlainFilmPage() {}

    static void draw(Pages pages, DesignResult r, FilmPrediction f) throws IOException {
        pages.newPage("Physics");
        pages.heading("No array: the plain film", 60);
        pages.paragraph("No hole is written (design rule no_holes), so the film is not a Josephson-junction array: "
                + "R_N, E_J, E_C, E_J/E_C, the h/2e period and R_sat do not exist (null in the JSON). What is "
                + "predicted is the unpatterned film of " + r.material().name() + " (R□ = "
                + Numbers.format(f.sheetResistanceOhm()) + " Ω, thickness " + Numbers.format(r.material().thicknessNm())
                + " nm).", Style.BODY);
        pages.paragraph("Film T_c: " + Numbers.format(f.tcK()) + " K. T_BKT of the unpatterned film: "
                + Numbers.format(f.tbktK()) + " K (Beasley–Mooij–Orlando 1979; Halperin–Nelson 1979). Δ(0) = "
                + Numbers.format(f.gap0MeV()) + " meV. H_c2 at the base temperature, perpendicular / parallel: "
                + Numbers.format(f.hc2PerpT()) + " / " + Numbers.format(f.hc2ParT()) + " T.", Style.BODY);
        pages.paragraph(f.phaseCriterion() + ".", Style.BODY);
        pages.heading("References", 30);
        for (Citation ref : f.citations()) {
            pages.paragraph("[" + ref.key() + "] " + ref.text(), Style.BODY);
        }
    }
}
