package org.jjmask.cli;

import java.io.PrintWriter;
import org.jjmask.design.DesignResult;
import org.jjmask.design.EbeamHeadline;
import org.jjmask.design.Numbers;
import org.jjmask.design.Quantity;
import org.jjmask.physics.FilmPrediction;
import org.jjmask.physics.Prediction;

/** The short table a design or predict run prints: the numbers a device engineer looks at first. */
final class SummaryTable {

    private SummaryTable() {}

    static void print(DesignResult r, PrintWriter out) {
        Prediction p = r.prediction();
        out.printf("%s: %s lattice, pitch %s nm, holes %s nm, %s%n", r.spec().name(), r.spec().lattice().type().specName(),
                num(r.spec().lattice().pitchNm()), num(r.spec().lattice().holeDiameterNm()), r.material().name());
        row(out, "holes", String.format(java.util.Locale.ROOT, "%,d", r.holes()), "");
        if (r.necks().present()) {
            // all the written necks, as the design rules measured them (the JSON's neck_width_*_nm)
            row(out, "neck width, narrowest", num(r.necks().minNm()), "nm");
            row(out, "necks, mean ± σ", Numbers.spread(r.necks().meanNm(), r.necks().stdNm()), "nm");
        } else {
            row(out, "neck width", "no necks", "");
        }
        if (r.plainFilm().isPresent()) {
            plainFilm(r, r.plainFilm().get(), out);
            return;
        }
        row(out, "porosity", num(r.facts().porosity()), "");
        row(out, "R_N per junction", num(r, Quantity.RN), "Ω");
        row(out, "E_J(0)", num(r, Quantity.EJ), "K");
        row(out, "E_C", num(r, Quantity.EC), "K");
        row(out, "E_J/E_C", num(r, Quantity.EJ_OVER_EC), "");
        row(out, "T_c onset", num(r, Quantity.TC_ONSET), "K");
        row(out, "T_BKT (array)", num(r, Quantity.TBKT), "K");
        row(out, "phase at " + num(r.spec().conditions().baseTemperatureK()) + " K", p.phase().jsonName()
                + phaseProbability(r), "");
        row(out, "h/2e period", num(r, Quantity.PERIOD), "mT");
        row(out, "Hc2 perp / par", num(r, Quantity.HC2_PERP) + " / " + num(r, Quantity.HC2_PAR), "T");
        // the JSON's ebeam numbers and the exposure page's, from one EbeamHeadline
        r.ebeam().ifPresent(e -> out.printf("  %-22s %s%n", "e-beam", EbeamHeadline.of(e).line()));
        // an exposure that does not make the array is said where the user looks, not only in the JSON
        r.flags().stream().filter(f -> f.code().equals("holes_merge") || f.code().equals("holes_do_not_print"))
                .forEach(f -> out.printf("  %-22s %s%n", "warning", f.message()));
        row(out, "design rules", r.drc().isEmpty() ? "clean" : r.drc().size() + " violation(s)", "");
    }

    /** No hole written: no array to predict, the film's own numbers (the JSON's, to the same digits). */
    private static void plainFilm(DesignResult r, FilmPrediction f, PrintWriter out) {
        out.println("  no array: no hole is written (no_holes); the plain film's own numbers");
        for (String label : new String[] {"R_N per junction", "E_J(0)", "E_C", "E_J/E_C", "h/2e period"}) {
            row(out, label, "no array", "");
        }
        row(out, "T_c (film)", num(f.tcK()), "K");
        row(out, "T_BKT (film)", num(f.tbktK()), "K");
        row(out, "phase at " + num(r.spec().conditions().baseTemperatureK()) + " K", f.phase().jsonName() + " (film)", "");
        row(out, "Hc2 perp / par (film)", num(f.hc2PerpT()) + " / " + num(f.hc2ParT()), "T");
        row(out, "design rules", r.drc().size() + " violation(s)", "");
    }

    private static void row(PrintWriter out, String label, String value, String unit) {
        out.printf("  %-22s %24s %s%n", label, value, unit);
    }

    /** A headline quantity rounded to its 16–84 % interval ({@link Numbers#uncertain}), else in full. */
    static String num(DesignResult r, Quantity q) {
        double v = q.of(r.prediction());
        return r.uncertainty().interval(q).map(i -> Numbers.uncertain(v, i.low(), i.high())).orElse(num(v));
    }

    /** " (p = 0.93)": the share of the propagation's draws in the predicted phase. */
    static String phaseProbability(DesignResult r) {
        return r.uncertainty().present() ? " (p = " + Numbers.format(Math.round(r.uncertainty().phaseProbability()
                .getOrDefault(r.prediction().phase(), 0.0) * 100) / 100.0) + ")" : "";
    }

    static String num(double v) {
        return Numbers.format(v);
    }
}
