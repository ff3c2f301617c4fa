package org.jjmask.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Numbers;
import org.jjmask.design.Summary;
import org.jjmask.physics.FieldResponse;
import org.jjmask.physics.Hc2Curve;
import org.jjmask.physics.Prediction;

/**
 * The field-response page (issue 6): R□(B) at one temperature with the h/2e period marked and its
 * Little–Parks envelope, T_BKT over one period of frustration, and H_c2(T) for perpendicular and
 * in-plane field with the reversal of the anisotropy marked. Vector charts ({@link FieldChart}).
 */
final class FieldPage {

    private static final int WIDE_H = 200;
    private static final int HALF_H = 185;
    static final Color PERIOD = new Color(0xc0, 0x39, 0x2b);
    static final Color ENVELOPE = new Color(0x8a, 0x8f, 0x96);
    static final Color PAR = new Color(0xd3, 0x7a, 0x0f);

    private FieldPage() {}

    static void draw(Pages pages, DesignResult r) throws IOException {
        Prediction p = r.prediction();
        FieldResponse f = p.field();
        PageCanvas c = pages.newPage("Field response");
        if (f.rOfB().isEmpty() || f.hc2().points().isEmpty()) {
            pages.paragraph("No field response was computed for this design.", Style.BODY.withColor(Style.BAD));
            return;
        }
        magnetoresistance(pages, c, f);
        pages.gap(8);
        float top = pages.y;
        int w = (int) ((Pages.WIDTH - 14) / 2);
        c.text(Pages.LEFT, top, "Coherence versus frustration", Style.SUBHEADING);
        c.text(Pages.RIGHT - w, top, "Upper critical fields", Style.SUBHEADING);
        pages.y = top - Style.SUBHEADING.leading();
        place(c, tbktChart(pages, f, w), Pages.LEFT, pages.y - HALF_H);
        place(c, hc2Chart(pages, f, w), Pages.RIGHT - w, pages.y - HALF_H);
        pages.y -= HALF_H + 12;
        List<RtChart.Line> key = new java.util.ArrayList<>(List.of(new RtChart.Line("T_{BKT}(f)", RtChart.TBKT, false),
                new RtChart.Line("H_{c2}⊥(T)", RtChart.CURVE, false), new RtChart.Line("H_{c2}∥(T)", PAR, false)));
        if (f.hc2().reversalTemperatureK().isPresent()) {
            key.add(new RtChart.Line("γ = 1 crossing", PERIOD, true));
        }
        Charts.key(c, pages, key);
        pages.rich(tbktCaption(r, f), Style.SMALL);
        pages.gap(4);
        pages.rich(hc2Caption(r, f), Style.SMALL);
        if (f.saturationInField().present()) {
            pages.gap(4);
            pages.runIn("R_sat in field", rsatInField(f.saturationInField()), Style.SMALL);
        }
        if (!f.tcOfB().isEmpty()) {
            pages.gap(10);
            pages.need(Style.SUBHEADING.leading() + TC_H + 60);
            PageCanvas cc = pages.canvas();
            cc.text(Pages.LEFT, pages.y, "Nucleation of the written cell in perpendicular field", Style.SUBHEADING);
            pages.y -= Style.SUBHEADING.leading();
            place(cc, tcOfBChart(pages, f, (int) Pages.WIDTH), Pages.LEFT, pages.y - TC_H);
            pages.y -= TC_H + 8;
            pages.rich(tcOfBCaption(f), Style.SMALL);
        }
        if (f.holeLoops().isPresent()) {
            pages.gap(4);
            pages.runIn("Per-hole regime", org.jjmask.design.PerHoleRegime.sentence(f, f.holeLoops().get()), Style.SMALL);
        }
    }


    private static final int TC_H = 150;

    private static PDFormXObject tcOfBChart(Pages pages, FieldResponse f, int w) throws IOException {
        List<FieldResponse.TcPoint> pts = f.tcOfB();
        int n = pts.size();
        double[] b = new double[n];
        double[] t = new double[n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < n; i++) {
            b[i] = pts.get(i).fieldMT();
            t[i] = pts.get(i).tcK();
            lo = Math.min(lo, t[i]);
            hi = Math.max(hi, t[i]);
        }
        double pad = Math.max(1e-3 * hi, 0.08 * (hi - lo));
        // a short title: the 150 pt chart cut "nucleation temperature (K)" before its unit
        FieldChart chart = new FieldChart("perpendicular field B (mT)", "T_{c}(B) (K)", 0, b[n - 1],
                Math.max(0, lo - pad), hi + pad);
        for (int k = 1; k * f.cellPeriodMT() <= b[n - 1] + 1e-9; k++) {
            chart.vertical("period" + k, k * f.cellPeriodMT(), PERIOD, true);
        }
        chart.line("tc", b, t, RtChart.CURVE, false, 1.5f);
        return chart.render(pages.doc, pages.fonts, w, TC_H);
    }

    /** The T_c(B) caption; its numbers are the JSON's {@code field.tc_of_b} values. */
    static String tcOfBCaption(FieldResponse f) {
        List<FieldResponse.TcPoint> pts = f.tcOfB();
        int per = org.jjmask.physics.CellInField.TC_OF_B_STEPS_PER_PERIOD;
        FieldResponse.TcPoint half = pts.get(per / 2);
        FieldResponse.TcPoint one = pts.get(per);
        return "T_{c}(B) of the written cell: the lowest eigenvalue of the linearised GL equation on the unit cell"
                + " in a perpendicular field (Peierls phases, de Gennes walls) at a quarter flux quantum per hole cell,"
                + " turned into T_{c} by WHH/Maki. " + maxima(pts, per) + " Dashed: B = n Φ₀/A = n × "
                + Numbers.format(Summary.sig(f.cellPeriodMT())) + " mT [bezryadin-pannetier-1994]. T_{c} = "
                + Numbers.format(Summary.sig(pts.get(0).tcK())) + " K at 0, " + Numbers.format(Summary.sig(half.tcK()))
                + " K at " + Numbers.format(Summary.sig(half.fieldMT())) + " mT (half a quantum), "
                + Numbers.format(Summary.sig(one.tcK())) + " K at " + Numbers.format(Summary.sig(one.fieldMT()))
                + " mT. The same eigenvalue, continued to high field, gives H_{c2}⊥(T) above; at high field the"
                + " nucleus sits on the hole walls (1.695 H_{c2} for a clean straight wall, Saint-James and de Gennes).";
    }

    /**
     * What the sampled T_c(B) does between its ends: its local maxima (at whole flux quanta per hole cell on a
     * wire-like network, where a whole quantum per loop is gauged away) or none, where the islands' own flux
     * (the film's falling envelope) outweighs the per-hole oscillation at these samples.
     */
    static String maxima(List<FieldResponse.TcPoint> pts, int perQuantum) {
        List<String> at = new java.util.ArrayList<>();
        boolean allWhole = true;
        for (int i = 1; i < pts.size() - 1; i++) {
            if (pts.get(i).tcK() > pts.get(i - 1).tcK() && pts.get(i).tcK() > pts.get(i + 1).tcK()) {
                at.add(Numbers.format(Summary.sig(pts.get(i).fieldMT())));
                allWhole &= i % perQuantum == 0;
            }
        }
        if (at.isEmpty()) {
            return "Sampled at quarter quanta it has no maximum: the islands' own flux (the film's falling envelope)"
                    + " outweighs the oscillation per hole here.";
        }
        return "It peaks at " + String.join(", ", at) + " mT" + (allWhole ? ": whole flux quanta per hole cell." : ".");
    }

    /**
     * Both anomalous-metal mechanisms' R_sat at the base temperature in a perpendicular and an in-plane
     * field, in the physics module's ASCII notation (typeset by {@link Notation}); the numbers are the
     * JSON's {@code field.rsat_in_field} values.
     */
    static String rsatInField(org.jjmask.physics.SaturationInField s) {
        var perp = s.perpendicular();
        var half = perp.get(Math.min(perp.size() - 1, org.jjmask.physics.FieldPredictor.SAMPLES_PER_PERIOD / 2));
        return "at " + kelvin(s.temperatureK()) + " K, " + s.primary() + " (the chosen mechanism) gives R_sat = "
                + Numbers.format(Summary.sig(s.primaryZeroOhm())) + " ohm at zero field and "
                + Numbers.format(Summary.sig(half.primaryOhm())) + " ohm at f = 1/2; " + s.other() + " "
                + Numbers.format(Summary.sig(s.otherZeroOhm())) + " and " + Numbers.format(Summary.sig(half.otherOhm()))
                + " ohm. Frustration weakens the stiffness to rho(f) and the slip actions with it: R_sat(f) = "
                + "R_sq,eff (R_sat(0)/R_sq,eff) raised to the power rho(f), periodic in f, lowest at integer f, toward R_sq,eff at "
                + "half-integer f [sasmal-2025: frustration suppresses the anomalous metal; the law is pheno]. An "
                + "in-plane field removes the metal: R_sat(B_par) = R_sat(0)(1 - (B_par/B_m)^2), 0 above B_m = "
                + Numbers.format(org.jjmask.physics.SaturationInField.IN_PLANE_VANISHING_FRACTION) + " H_c2 (in plane) = "
                + Numbers.format(Summary.sig(s.inPlaneVanishingT())) + " T, for both mechanisms [boettcher-2018; the "
                + "field scale B_m is pheno].";
    }

    private static void magnetoresistance(Pages pages, PageCanvas c, FieldResponse f) throws IOException {
        c.text(Pages.LEFT, pages.y, "Magnetoresistance R_{□}(B) at " + kelvin(f.rOfBTemperatureK()) + " K",
                Style.SUBHEADING);
        pages.y -= Style.SUBHEADING.leading();
        int n = f.rOfB().size();
        double[] b = new double[n];
        double[] rr = new double[n];
        double[] env = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            FieldResponse.BPoint pt = f.rOfB().get(i);
            b[i] = pt.fieldMT();
            rr[i] = pt.sheetResistanceOhm();
            env[i] = pt.envelopeOhm();
            max = Math.max(max, Math.max(rr[i], env[i]));
        }
        double top = max > 0 ? max * 1.08 : 1;
        FieldChart chart = new FieldChart("perpendicular field B (mT)", "R_{□} (Ω)", 0, b[n - 1], 0, top);
        for (int k = 1; k * f.periodMT() <= b[n - 1] + 1e-9; k++) {
            chart.vertical("period " + k, k * f.periodMT(), PERIOD, true);
        }
        chart.line("envelope", b, env, ENVELOPE, true, 1.1f).line("R(B)", b, rr, RtChart.CURVE, false, 1.5f);
        place(c, chart.render(pages.doc, pages.fonts, (int) Pages.WIDTH, WIDE_H), Pages.LEFT, pages.y - 4 - WIDE_H);
        pages.y -= WIDE_H + 16;
        // the envelope is R at integer f: at a temperature where those fields are coherent it lies on zero, under
        // the curve's baseline, and a key entry would name a line the reader cannot find
        boolean envelopeShown = java.util.Arrays.stream(env).anyMatch(e -> e > 0.01 * top);
        List<RtChart.Line> key = new java.util.ArrayList<>(List.of(new RtChart.Line("R_{□}(B)", RtChart.CURVE, false)));
        if (envelopeShown) {
            key.add(new RtChart.Line("Little–Parks envelope (integer f)", ENVELOPE, true));
        }
        key.add(new RtChart.Line("n·ΔB, h/2e period", PERIOD, true));
        Charts.key(c, pages, key);
        StringBuilder s = new StringBuilder();
        s.append("h/2e period ΔB = Φ_{0}/S = ").append(Numbers.format(f.periodMT())).append(" mT from the mean plaquette")
                .append(" area S = ").append(Numbers.format(f.plaquetteAreaMeanNm2())).append(" nm²; charge-e carriers")
                .append(" would give the h/e period ").append(Numbers.format(f.periodHOverEMT()))
                .append(" mT, so the observed period tells the carriers apart. The curve is taken at ")
                .append(kelvin(f.rOfBTemperatureK())).append(" K, midway between T_{BKT} at f = 1/2 and at zero")
                .append(" field: the array is coherent at integer f (R → 0) and not at half-integer f. The envelope")
                .append(" is the islands' Little–Parks line T_{c}(B) = T_{c0}(1 − 2πξ²B/Φ_{0}) with the frustration")
                .append(" removed").append(envelopeShown ? "." : "; at this temperature it is zero over the whole range,"
                        + " so it is not drawn.");
        if (f.plaquetteAreaStdNm2() > 0) {
            s.append(" Plaquette areas spread by σ_{S} = ").append(Numbers.format(f.plaquetteAreaStdNm2()))
                    .append(" nm² (").append(Numbers.format(100 * f.frustrationSpreadPerPeriod()))
                    .append(" %): the oscillation keeps ").append(Numbers.format(100 * f.dampingFirstPeriod()))
                    .append(" % of its amplitude at the first period, exp(−(2πnσ_{S}/S)²/2) at the n-th, and falls")
                    .append(" below 10 % after ").append(Numbers.format(f.periodsVisible().orElse(0)))
                    .append(" periods.");
        } else {
            s.append(" All plaquettes are equal (periodic lattice): disorder does not damp the oscillations.");
        }
        pages.rich(s.toString(), Style.SMALL);
    }

    private static PDFormXObject tbktChart(Pages pages, FieldResponse f, int w) throws IOException {
        int n = f.tbktOfF().size();
        double[] x = new double[n];
        double[] y = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            x[i] = f.tbktOfF().get(i).frustration();
            y[i] = f.tbktOfF().get(i).tbktK();
            max = Math.max(max, y[i]);
        }
        FieldChart chart = new FieldChart("frustration f = BS/Φ₀", "temperature (K)", 0, 1, 0, max > 0 ? max * 1.1 : 1);
        chart.vertical("half", 0.5, ENVELOPE, true).line("tbkt", x, y, RtChart.TBKT, false, 1.5f);
        return chart.render(pages.doc, pages.fonts, w, HALF_H);
    }

    private static PDFormXObject hc2Chart(Pages pages, FieldResponse f, int w) throws IOException {
        List<Hc2Curve.Point> pts = f.hc2().points();
        int n = pts.size();
        double[] t = new double[n];
        double[] perp = new double[n];
        double[] par = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            t[i] = pts.get(i).temperatureK();
            perp[i] = pts.get(i).perpT();
            par[i] = pts.get(i).parT();
            max = Math.max(max, Math.max(perp[i], par[i]));
        }
        FieldChart chart = new FieldChart("temperature T (K)", "upper critical field μ₀H (T)", 0, t[n - 1], 0, max > 0 ? max * 1.1 : 1);
        if (f.hc2().reversalTemperatureK().isPresent()) {
            chart.vertical("reversal", f.hc2().reversalTemperatureK().getAsDouble(), PERIOD, true);
        }
        chart.line("perp", t, perp, RtChart.CURVE, false, 1.5f).line("par", t, par, PAR, false, 1.5f);
        return chart.render(pages.doc, pages.fonts, w, HALF_H);
    }

    private static String tbktCaption(DesignResult r, FieldResponse f) {
        double half = f.tbktOfF().get(f.tbktOfF().size() / 2).tbktK();
        return "Left: T_{BKT} of the ideal " + r.geometry().network().name().toLowerCase(java.util.Locale.ROOT)
                + " network versus frustration at the zero-field T_{c}: periodic in f with period 1 and symmetric about"
                + " 1/2; " + Shown.like(r, org.jjmask.design.Quantity.TBKT, f.tbktOfF().get(0).tbktK()) + " K at f = 0, "
                + Shown.like(r, org.jjmask.design.Quantity.TBKT, half)
                + " K at f = 1/2 (fully frustrated value from Monte Carlo; a smooth interpolation in between, which"
                + " misses the structure at other rational f).";
    }

    private static String hc2Caption(DesignResult r, FieldResponse f) {
        StringBuilder s = new StringBuilder(f.tcOfB().isEmpty()
                ? "Right: GL orbital limits (film or neck strip ⊥, film thickness ∥ with the necks' cross-section)"
                : "Right: orbital pair breaking ⊥ from the written cell's GL eigenvalue in field (below), ∥ from the"
                        + " film thickness with the necks' cross-section and the walls' zero-field pair breaking;");
        s.append(" orbital and Zeeman terms combined by WHH/Maki");
        if (f.spinExchangePar() > 0) {
            s.append("; in plane the Pauli limit is lowered to H_{P}/(1 + η_{∥}), η_{∥} = ")
                    .append(Numbers.format(f.spinExchangePar())).append(" (exchange field of the rare-earth moments,")
                    .append(" phenomenological)");
        }
        s.append(". At ").append(Numbers.format(r.spec().conditions().baseTemperatureK())).append(" K: H_{c2}⊥ = ")
                .append(Shown.value(r, org.jjmask.design.Quantity.HC2_PERP)).append(" T, H_{c2}∥ = ")
                .append(Shown.value(r, org.jjmask.design.Quantity.HC2_PAR))
                .append(" T, γ = H_{∥}/H_{⊥} = ").append(r.uncertainty().anisotropyInterval()
                        .map(g -> Numbers.uncertain(f.anisotropyBase(), g.low(), g.high()))
                        .orElse(Numbers.format(f.anisotropyBase()))).append(". ");
        if (f.hc2().reversedEverywhere()) {
            s.append("γ < 1 at every temperature: an in-plane field destroys superconductivity first.");
        } else if (f.hc2().reversalTemperatureK().isPresent()) {
            s.append("Anisotropy reversed below ").append(Numbers.format(f.hc2().reversalTemperatureK().getAsDouble()))
                    .append(" K (dashed line, γ = 1): there the in-plane field destroys superconductivity first.");
        } else {
            s.append("γ > 1 at every temperature: no reversal; a perpendicular field destroys superconductivity first.");
        }
        if (r.uncertainty().present()) {
            s.append(" Over the inputs' ranges the anisotropy is reversed (γ < 1) in ").append(r.uncertainty().reversedDraws())
                    .append(" of ").append(r.uncertainty().samples().size()).append(" draws.");
        }
        return s.toString();
    }

    /** A temperature to three significant digits: what a reader sets a cryostat to. */
    private static String kelvin(double t) {
        return Numbers.format(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", t)));
    }

    private static void place(PageCanvas c, PDFormXObject form, float x, float y) throws IOException {
        c.cs.saveGraphicsState();
        c.cs.transform(Matrix.getTranslateInstance(x, y));
        c.cs.drawForm(form);
        c.cs.restoreGraphicsState();
    }
}
