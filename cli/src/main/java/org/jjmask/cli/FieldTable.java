package org.jjmask.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Numbers;
import org.jjmask.physics.FieldResponse;
import org.jjmask.physics.Hc2Curve;

/** {@code predict --field}: the periods, their damping, and H_c2 and γ at a few temperatures. */
final class FieldTable {

    private FieldTable() {}

    /** Fractions of T_c at which H_c2 is listed. */
    static final double[] FRACTIONS = {0.0, 0.25, 0.5, 0.75, 0.9};

    static void print(DesignResult r, PrintWriter out) {
        FieldResponse f = r.prediction().field();
        out.println("field response (perpendicular field B, in-plane field B_par)");
        row(out, "h/2e period", num(f.periodMT()), "mT");
        row(out, "h/e period", num(f.periodHOverEMT()), "mT");
        row(out, "plaquette area", num(f.plaquetteAreaMeanNm2()) + " ± " + num(f.plaquetteAreaStdNm2()), "nm²");
        row(out, "amplitude at 1st period", num(f.dampingFirstPeriod()), "");
        row(out, "periods visible (>10%)", f.periodsVisible().isPresent() ? num(f.periodsVisible().getAsDouble())
                : "all (no spread)", "");
        row(out, "T_BKT at f = 1/2", num(f.tbktOfF().isEmpty() ? 0 : f.tbktOfF().get(f.tbktOfF().size() / 2).tbktK()),
                "K");
        out.printf("  %8s %10s %10s %8s%n", "T (K)", "Hc2⊥ (T)", "Hc2∥ (T)", "γ");
        out.printf("  %8s %10s %10s %8s%n", num(r.spec().conditions().baseTemperatureK()), num(f.hc2PerpBaseT()),
                num(f.hc2ParBaseT()), num(f.anisotropyBase()));
        List<Hc2Curve.Point> pts = f.hc2().points();
        for (double x : FRACTIONS) {
            if (x == 0.0 || pts.isEmpty()) {
                continue;
            }
            Hc2Curve.Point p = pts.get((int) Math.round(x * (pts.size() - 1)));
            out.printf("  %8s %10s %10s %8s%n", num(p.temperatureK()), num(p.perpT()), num(p.parT()),
                    num(p.anisotropy()));
        }
        String rev;
        if (f.hc2().reversedEverywhere()) {
            rev = "yes, γ < 1 at every temperature: in-plane field kills superconductivity first";
        } else if (f.hc2().reversalTemperatureK().isPresent()) {
            rev = String.format(Locale.ROOT, "%s: γ crosses 1 at %s K (γ < 1 below)", f.reversal() ? "yes" : "no",
                    num(f.hc2().reversalTemperatureK().getAsDouble()));
        } else {
            rev = "no, γ > 1 at every temperature: perpendicular field kills superconductivity first";
        }
        out.println("  anisotropy reversal: " + rev);
        // the same share and quantiles as the JSON's field.hc2_reversal_probability and hc2_anisotropy_interval
        r.uncertainty().anisotropySentence(f.anisotropyBase()).ifPresent(t -> out.println("  " + t));
        f.holeLoops().ifPresent(h -> out.println("  per-hole regime: " + org.jjmask.design.PerHoleRegime.sentence(f, h)));
    }

    private static void row(PrintWriter out, String label, String value, String unit) {
        out.printf("  %-24s %18s %s%n", label, value, unit);
    }

    private static String num(double v) {
        return Numbers.format(v);
    }
}
