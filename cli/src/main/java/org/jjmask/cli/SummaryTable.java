package org.jjmask.cli;

import java.io.PrintWriter;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Numbers;
import org.jjmask.physics.Prediction;

/** The short table a design or predict run prints: the numbers a device engineer looks at first. */
final class SummaryTable {

    private SummaryTable() {}

    static void print(DesignResult r, PrintWriter out) {
        Prediction p = r.prediction();
        out.printf("%s: %s lattice, pitch %s nm, holes %s nm, %s%n", r.spec().name(), r.spec().lattice().type().specName(),
                num(r.spec().lattice().pitchNm()), num(r.spec().lattice().holeDiameterNm()), r.material().name());
        row(out, "holes", String.format(java.util.Locale.ROOT, "%,d", r.holes()), "");
        row(out, "neck width", num(r.facts().neckWidthNm()), "nm");
        row(out, "porosity", num(r.facts().porosity()), "");
        row(out, "R_N per junction", num(p.rnOhm()), "Ω");
        row(out, "E_J(0)", num(p.ejK()), "K");
        row(out, "E_C", num(p.ecK()), "K");
        row(out, "E_J/E_C", num(p.ejOverEc()), "");
        row(out, "T_c onset", num(p.tcOnsetK()), "K");
        row(out, "T_BKT (array)", num(p.tbktK()), "K");
        row(out, "phase at " + num(r.spec().conditions().baseTemperatureK()) + " K", p.phase().jsonName(), "");
        row(out, "h/2e period", num(p.periodMT()), "mT");
        row(out, "Hc2 perp / par", num(p.hc2PerpT()) + " / " + num(p.hc2ParT()), "T");
        row(out, "design rules", r.drc().isEmpty() ? "clean" : r.drc().size() + " violation(s)", "");
    }

    private static void row(PrintWriter out, String label, String value, String unit) {
        out.printf("  %-22s %14s %s%n", label, value, unit);
    }

    static String num(double v) {
        return Numbers.format(v);
    }
}
