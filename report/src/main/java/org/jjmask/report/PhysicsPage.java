package org.jjmask.report;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Numbers;
import org.jjmask.design.PitchScan;
import org.jjmask.design.Quantity;
import org.jjmask.design.Spec;
import org.jjmask.physics.Constants;
import org.jjmask.physics.Citation;
import org.jjmask.physics.Prediction;
import org.jjmask.physics.ValidityFlag;

/**
 * Page 3: the predicted resistive transition, where the model's assumptions are stretched (the
 * validity flags), and the papers the numbers come from.
 */
final class PhysicsPage {

    private static final int CHART_H = 270;
    private static final Style FLAG = new Style(8.5f, false, Style.INK);
    private static final Style REFERENCE = new Style(8, false, Style.INK);

    private PhysicsPage() {}

    static void draw(Pages pages, DesignResult r) throws IOException {
        Prediction p = r.prediction();
        PageCanvas c = pages.newPage("Physics");
        pages.canvas().text(Pages.LEFT, pages.y, "Resistive transition R_{□}(T)", Style.SUBHEADING);
        pages.y -= Style.SUBHEADING.leading();
        RtChart.Data data = RtChart.data(p.rOfT());
        if (data.t().length < 2) {
            pages.paragraph("No R(T) curve was computed for this design.", Style.BODY.withColor(Style.BAD));
        } else {
            double[] zoom = RtChart.transitionWindow(p, data);
            double tMax = data.t()[data.t().length - 1];
            if (zoom == null) {
                panel(pages, c, p, data, 0, tMax, Pages.LEFT, (int) Pages.WIDTH, "");
            } else {
                int w = (int) ((Pages.WIDTH - 12) / 2);
                panel(pages, c, p, data, 0, tMax, Pages.LEFT, w, "full range");
                panel(pages, c, p, data, zoom[0], zoom[1], Pages.RIGHT - w, w, "the transition, "
                        + Numbers.format(zoom[0]) + " to " + Numbers.format(zoom[1]) + " K");
            }
            pages.y -= CHART_H + 16;
            Charts.key(c, pages, RtChart.legend(r));
            String caption = "Sheet resistance of the patterned film, " + p.rOfT().size() + " points from "
                    + Numbers.format(p.rOfT().get(0).temperatureK()) + " K to "
                    + Numbers.format(p.rOfT().get(p.rOfT().size() - 1).temperatureK()) + " K. Vertical lines: onset T_{c}"
                    + " (islands superconducting), T_{BKT} of the array (phase coherence across the array, R → 0) and,"
                    + " dashed, T_{BKT} of the unpatterned film for comparison.";
            if (data.logarithmic() && data.belowAxis() > 0) {
                caption += " " + data.belowAxis() + " points lie below " + Numbers.format(data.yMin())
                        + " Ω (zero resistance included) and are off the logarithmic axis.";
            }
            pages.rich(caption, Style.SMALL);
        }

        around(pages, r);
        models(pages, r);

        pages.heading("Validity of the model", 30);
        List<ValidityFlag> flags = r.flags();
        if (flags.isEmpty()) {
            pages.paragraph("No validity flags: the design lies inside the range the model was built for.", Style.BODY);
        } else {
            for (ValidityFlag f : flags) {
                pages.runIn(f.code(), f.message(), FLAG);
            }
        }

        pages.heading("References", 30);
        List<Citation> refs = p.citations();
        if (refs.isEmpty()) {
            pages.paragraph("No references were attached to this prediction.", Style.BODY);
        } else {
            for (Citation ref : refs) {
                pages.runIn("[" + ref.key() + "]", ref.text(), REFERENCE);
            }
        }
    }

    /** Which model gave each predicted quantity, with its parameters and the keys of its references. */
    private static void models(Pages pages, DesignResult r) throws IOException {
        Prediction p = r.prediction();
        var model = r.spec().model();
        pages.heading("Models used", 40);
        String normal = p.phaseCriterion().contains("; R_N by ")
                ? p.phaseCriterion().substring(p.phaseCriterion().indexOf("; R_N by ") + 9) : model.normalState().specName();
        // the report's own text, in its markup; the physics' strings (the method, the phase criterion) typeset
        pages.runInMarkup("R_{□,eff}, R_{N}", Notation.typeset(normal) + (model.normalState() == Spec.NormalState.LAPLACE
                ? " [laplace-unit-cell; " : " [maxwell-garnett-2d; neck-channel-integral; ") + "resistor-network-uniform-field]",
                FLAG);
        pages.runInMarkup("Δ(T)", "BCS gap equation in Matsubara form, 2Δ_{0}/k_{B}T_{c} = "
                + Numbers.format(r.material().gapRatio()) + " [bcs-1957]", FLAG);
        pages.runInMarkup("E_{J}", (model.coupling() == Spec.Coupling.KULIK_OMELYANCHUK ? "2 × " : "") + "Ambegaokar–Baratoff, "
                + "E_{J} = (R_{Q}/2R_{N}) Δ tanh(Δ/2k_{B}T)" + (r.geometry().stiffnessFactor() != 1
                ? ", the disordered network's stiffness × " + Numbers.format(r.geometry().stiffnessFactor()) : "")
                + " [ambegaokar-baratoff-1963" + (r.geometry().stiffnessFactor() != 1 ? "; network-stiffness-kirchhoff" : "")
                + "]", FLAG);
        pages.runIn("E_{C}", "e²/2C, C = C_g (disk on the substrate, ε = " + Numbers.format(r.substrate().epsilonLowT())
                + ") + z C_J (coplanar strips) [disk-capacitance; coplanar-strips]", FLAG);
        var pm = p.phaseModel();
        pages.runIn("stages", "islands pair at the onset T_c = " + Numbers.format(p.tcOnsetK()) + " K (the unit cell's "
                + "linearised-GL nucleation), the necks at their own T_c,neck = " + Numbers.format(p.tcNeckK())
                + " K (de Gennes walls, b " + (Double.isInfinite(r.conditions().edgeExtrapolationNm()) ? "= ∞, clean"
                : "= " + Numbers.format(r.conditions().edgeExtrapolationNm()) + " nm") + "), the array orders at T_BKT = "
                + Numbers.format(p.tbktK()) + " K [de-gennes-boundary-gl; xy-constants]", FLAG);
        pages.runIn("shunt, E_{C}", "one E_C = " + Numbers.format(p.ecK()) + " K throughout; the necks' quasiparticle "
                + "shunt at ħω = 4E_C is σ1/σ_n = " + Numbers.format(pm.shuntFraction()) + " (Mattis–Bardeen, thermal "
                + "quasiparticles), α = R_th/R_S = " + Numbers.format(pm.alpha()) + ", R_th = "
                + Numbers.format(model.dissipativeThresholdOhm()) + " Ω; charging acts as (1 − α)E_C = "
                + Numbers.format(pm.chargingK()) + " K; coherence needs E_J(0) > κ(1 − α)E_C: margin "
                + (Double.isInfinite(pm.coherenceMargin()) ? "∞ (α ≥ 1: no charging acts)"
                : Numbers.format(pm.coherenceMargin())) + " [mattis-bardeen-1958; hollen-2011]", FLAG);
        var measured = model.options().measuredXy();
        String network = r.geometry().network().name().toLowerCase(java.util.Locale.ROOT);
        String c = measured.map(m -> Numbers.format(m.value()) + " ± " + Numbers.format(m.error())
                + " measured by XY Monte Carlo on this design's own " + network + " network (" + m.description()
                + "; see the Monte Carlo page) [helicity-jump-weber-minnhagen]")
                .orElse(Numbers.format(r.geometry().network().xyConstant()) + " for the " + network + " network");
        pages.runIn("T_{BKT}", "self-consistent k_BT = c·(E_J(T) − κ(1 − α)E_C), c = " + c
                + ", κ = " + Numbers.format(model.criticalEjOverEc())
                + "; capped at the film's BMO value [xy-constants; nelson-kosterlitz-1977; fazio-vanderzant-2001; "
                + "beasley-mooij-orlando-1979]", FLAG);
        var sat = pm.saturation();
        var alt = pm.alternative();
        pages.runIn("R_{sat}, phase", "set by " + sat.mechanism() + ": " + Numbers.format(sat.rSatOhm()) + " Ω; "
                + sat.parameters() + "; distance from its boundary " + sat.boundaryMeasure() + " = "
                + Numbers.format(sat.boundaryDistance()) + ". The other mechanism, " + alt.mechanism() + ", gives "
                + Numbers.format(alt.rSatOhm()) + " Ω (" + alt.boundaryMeasure() + " = "
                + Numbers.format(alt.boundaryDistance()) + "). Necks at the base temperature: mean "
                + Numbers.format(pm.links().meanNm()) + " ± " + Numbers.format(pm.links().sigmaNm()) + " nm, unpaired "
                + "below " + Numbers.format(pm.links().criticalNm()) + " nm. " + p.phaseCriterion().split("; R_N by ")[0]
                + " [" + (sat.mechanism().equals("weak_link_percolation") ? "spivak-zyuzin-hruska-2001"
                : "shimshoni-auerbach-kapitulnik-1998; matveev-larkin-glazman-2002") + "; kapitulnik-kivelson-spivak-2019]",
                FLAG);
        pages.runIn("R(T)", "Aslamazov–Larkin above T_c0, Halperin–Nelson between T_BKT and T_c0, R_sat below "
                + "[aslamazov-larkin-1968; halperin-nelson-1979]", FLAG);
        // the orbital ⊥ limit is the written cell's in field where its table holds the lattice, else the strip formula
        boolean cell = !p.field().tcOfB().isEmpty();
        pages.runIn("field", "h/2e period Phi0/S per plaquette; H_c2⊥ from "
                + (cell ? "the written cell's linearised GL eigenvalue in field (Peierls phases, de Gennes walls)"
                        : "the GL thin-film and neck-strip orbital limits")
                + ", H_c2∥ from the film thickness, orbital and Zeeman terms by WHH/Maki: the array "
                + Shown.value(r, org.jjmask.design.Quantity.HC2_PERP) + " T ⊥, "
                + Shown.value(r, org.jjmask.design.Quantity.HC2_PAR) + " T ∥; the unpatterned film "
                + Numbers.format(p.filmFields().perpT()) + " T ⊥, " + Numbers.format(p.filmFields().parT())
                + " T ∥ [flux-period; tinkham-critical-fields; clogston-chandrasekhar-1962"
                + (cell ? "; saint-james-de-gennes-1963; bezryadin-pannetier-1994" : "") + "]", FLAG);
    }

    private static final int AROUND_H = 220;

    /**
     * The design among its neighbours: T_c onset and T_BKT against pitch (same holes), and the
     * model's phase diagram with the scan's path and the design point.
     */
    private static void around(Pages pages, DesignResult r) throws IOException {
        Prediction p = r.prediction();
        PitchScan scan = PitchScan.around(r);
        pages.heading("Around the design", AROUND_H + 60);
        PageCanvas c = pages.canvas();
        int w = (int) ((Pages.WIDTH - 12) / 2);
        PDFormXObject left = AroundDesignCharts.temperatures(pages.doc, pages.fonts, scan, r.geometry().pitchNm(), p, w,
                AROUND_H);
        PDFormXObject right = AroundDesignCharts.phaseDiagram(pages.doc, pages.fonts, scan, p,
                r.spec().model().options(), w, AROUND_H);
        c.text(Pages.LEFT + 4, pages.y, "transition temperatures against pitch", Style.SMALL);
        c.text(Pages.RIGHT - w + 4, pages.y, "phase diagram of the model", Style.SMALL);
        for (Object[] chart : new Object[][] {{left, Pages.LEFT}, {right, Pages.RIGHT - w}}) {
            c.cs.saveGraphicsState();
            c.cs.transform(Matrix.getTranslateInstance((Float) chart[1], pages.y - 6 - AROUND_H));
            c.cs.drawForm((PDFormXObject) chart[0]);
            c.cs.restoreGraphicsState();
        }
        pages.y -= AROUND_H + 16;
        Charts.key(c, pages, List.of(new RtChart.Line("T_{BKT} of the array", RtChart.TBKT, false),
                new RtChart.Line("onset T_{c}", RtChart.TC, true),
                new RtChart.Line("R_{N}/R_{Q} and E_{J}/E_{C} along the scan", AroundDesignCharts.SCAN, false),
                new RtChart.Line("phase boundaries", AroundDesignCharts.BOUNDARY, false),
                new RtChart.Line("anomalous metal", AroundDesignCharts.METAL_EDGE, false)));
        PitchScan.Point first = scan.points().get(0);
        PitchScan.Point last = scan.points().get(scan.points().size() - 1);
        pages.rich("The same " + Numbers.format(scan.holeDiameterNm()) + " nm holes, material, substrate and model at "
                + scan.points().size() + " pitches from " + Numbers.format(first.pitchNm()) + " nm (a "
                + Numbers.format(first.neckNm()) + " nm neck) to " + Numbers.format(last.pitchNm())
                + " nm; the red diamond is this design (pitch " + Numbers.format(r.geometry().pitchNm()) + " nm, T_{BKT} "
                + Shown.value(r, Quantity.TBKT) + " K, R_{N}/R_{Q} " + Shown.scaled(r, Quantity.RN, 1 / Constants.RQ)
                + ", E_{J}/E_{C} " + Shown.value(r, Quantity.EJ_OVER_EC) + "). " + phaseDiagramCaption(r),
                Style.SMALL);
    }

    /** What the phase diagram draws, in the model's own terms (the landed phase model, issue 13). */
    static String phaseDiagramCaption(DesignResult r) {
        var model = r.spec().model().options();
        var q = AroundDesignCharts.Charging.of(r.prediction(), model);
        double th = q.screenedBelow();
        boolean slips = model.anomalousMetal() instanceof org.jjmask.physics.AnomalousMetal.DissipativePhaseSlips;
        return "Phase diagram at the base temperature: coherence needs E_{J}/E_{C} > κ(1 − α) (solid grey, κ = "
                + Numbers.format(model.criticalEjOverEc()) + "), α = R_{th}/R_{S} with the necks' quasiparticle shunt "
                + "R_{S} = R_{N}/(σ_{1}/σ_{n}), σ_{1}/σ_{n} = " + Notation.typeset(Numbers.format(q.shuntFraction()))
                + " for this design" + (q.environmentAlpha() > 0 ? ", in parallel with R_{env}" : "")
                + "; below the boundary the array is an insulator"
                + (th >= 1e-6 && Double.isFinite(th) ? " (the dashed line, R_{N} = " + Notation.typeset(Numbers.format(th))
                        + " R_{Q}, is where the shunt screens charging entirely)"
                        : " (the quasiparticles are frozen out: α ≈ 0 and charging acts in full at any R_{N})")
                + (slips ? ". The shaded band is where charge phase slips alone keep R_{sat} = R_{□,eff}·A·exp(−√(8E_{J}/((1 − α)E_{C})))"
                        + " ≥ 10^{−3} R_{□,eff}; the vortex and normal-neck parts of R_{sat} depend on the necks' widths, not on"
                        + " this plane, and only add to it (this design: R_{sat} = "
                        + Notation.typeset(Numbers.format(r.prediction().phaseModel().saturation().rSatOhm())) + " Ω)."
                        : ". With weak-link percolation R_{sat} is set by the share of superconducting necks (p_{s} = "
                        + Numbers.format(r.prediction().phaseModel().links().superconducting())
                        + "), not by this plane: no band is drawn.");
    }

    /** One chart over [tMin, tMax], {@code w} points wide at x, under a caption at the cursor. */
    private static void panel(Pages pages, PageCanvas c, Prediction p, RtChart.Data data, double tMin, double tMax,
            float x, int w, String caption) throws IOException {
        PDFormXObject chart = RtChart.render(pages.doc, pages.fonts, p, data, tMin, tMax, w, CHART_H);
        if (chart == null) {
            return;
        }
        c.text(x + 4, pages.y, caption, Style.SMALL);
        c.cs.saveGraphicsState();
        c.cs.transform(Matrix.getTranslateInstance(x, pages.y - 6 - CHART_H));
        c.cs.drawForm(chart);
        c.cs.restoreGraphicsState();
    }
}
