package org.jjmask.report;

import java.io.IOException;
import java.util.List;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jjmask.design.DesignResult;
import org.jjmask.layout.drc.Violation;
import org.jjmask.design.Goal;
import org.jjmask.design.Numbers;
import org.jjmask.design.Quantity;
import org.jjmask.design.OutputFile;
import org.jjmask.design.Spec;
import org.jjmask.design.Version;
import org.jjmask.layout.UnitCellFacts;
import org.jjmask.physics.Material;
import org.jjmask.physics.Prediction;
import org.jjmask.physics.Substrate;

/**
 * Page 1: what was designed and what it is predicted to do, on one page — identity (name, date,
 * version, spec hash, files), the headline numbers, the design-rule verdict, and the material and
 * substrate the numbers rest on, with their sources.
 */
final class SummaryPage {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private SummaryPage() {}

    static void draw(Pages pages, DesignResult r, ReportInputs in) throws IOException {
        Spec spec = r.spec();
        PageCanvas c = pages.newPage("Summary", "jjmask design report", spec.name(), Style.TITLE.withSize(20));
        c.text(Pages.LEFT, pages.y, "created " + DATE.format(in.created()) + " (UTC)   ·   jjmask "
                + Version.VERSION, Style.BODY.withColor(Style.MUTED));
        pages.y -= Style.BODY.leading();
        c.text(Pages.LEFT, pages.y, "spec SHA-256 " + spec.sha256(), Style.TINY);
        pages.y -= Style.TINY.leading();
        for (OutputFile f : in.outputs()) {
            pages.paragraph(f.kind() + " file " + f.name() + ", " + Numbers.count(f.bytes()) + " bytes, SHA-256 "
                    + f.sha256(), Style.TINY);
        }
        pages.gap(4);
        headline(pages, r);
        target(pages, r);
        rules(pages, r);
        materials(pages, r);
    }

    private static void headline(Pages pages, DesignResult r) throws IOException {
        Spec spec = r.spec();
        UnitCellFacts f = r.facts();
        Prediction p = r.prediction();
        pages.heading("Predicted array", 60);
        QuantityTable t = new QuantityTable(pages);
        t.header();
        t.group("Lattice and geometry");
        t.row("holes written (exact count)", Numbers.count(r.holes()), "", "holes");
        t.row("lattice", spec.lattice().type().specName(), "", "lattice.type");
        t.row("pitch a, nominal", Numbers.format(spec.lattice().pitchNm()), "nm", "pitch_nm");
        t.row("pitch a, as written on the grid", Numbers.format(f.pitchWrittenNm()), "nm", "pitch_written_nm");
        t.row("hole diameter d", Numbers.format(spec.lattice().holeDiameterNm()), "nm", "hole_diameter_nm");
        t.row("neck width w (narrowest film between holes)", arrayValue(r, r.necks().minNm()), "nm", "neck_width_nm");
        t.row("necks written: mean, over all " + Numbers.count(r.necks().count()), arrayValue(r, r.necks().meanNm()),
                "nm", "neck_width_mean_nm");
        t.row("necks written: standard deviation σ", arrayValue(r, r.necks().stdNm()), "nm", "neck_width_std_nm");
        t.row("plaquette area A_{p} (area per hole)", arrayValue(r, f.plaquetteAreaNm2()), "nm²",
                "plaquette_area_nm2");
        t.row("porosity (hole area / plaquette area)", arrayValue(r, r.geometry().porosity()), "", "porosity");

        for (Quantity.Group g : Quantity.Group.values()) {
            t.group(g.title());
            if (g == Quantity.Group.NORMAL_STATE) {
                t.row("film sheet resistance R_{□}", Numbers.format(spec.material().sheetResistanceOhm()), "Ω",
                        "sheet_resistance_ohm");
            }
            for (Quantity q : Quantity.values()) {
                if (q.group() == g) {
                    t.row(q.label(), value(r, q), q.unit(), q.key(), q == Quantity.TBKT);
                }
            }
            if (g == Quantity.Group.TRANSITIONS && r.plainFilm().isPresent()) {
                var film = r.plainFilm().get();
                t.row("phase at T_{base} = " + Numbers.format(spec.conditions().baseTemperatureK()) + " K",
                        film.phase().jsonName() + " (plain film)", "", "phase", true);
                t.note(film.phaseCriterion());
            } else if (g == Quantity.Group.TRANSITIONS) {
                t.row("phase at T_{base} = " + Numbers.format(spec.conditions().baseTemperatureK()) + " K",
                        p.phase().jsonName() + phaseProbability(r), "", "phase", true);
                if (!p.phaseCriterion().isBlank()) {
                    // the criterion only: how R_N was solved is under "Models used" (page 1 keeps its material)
                    t.note(p.phaseCriterion().split("; R_N by ")[0]);
                }
            }
        }
        if (r.uncertainty().present()) {
            pages.paragraph(drawnInputs(r.uncertainty()), Style.TINY);
        }
    }

    /** What the intervals are over: each drawn input's key, range and basis (the JSON's uncertainty_method). */
    static String drawnInputs(org.jjmask.design.Uncertainty u) {
        StringBuilder b = new StringBuilder("Intervals: the 16 and 84 % quantiles of " + u.draws()
                + " seeded Latin-hypercube draws (seed " + u.seed() + "), each input triangular about the value used:");
        String sep = " ";
        for (org.jjmask.design.Uncertainty.Input i : u.inputs()) {
            b.append(sep).append(i.key()).append(' ').append(Numbers.format(i.range().low())).append('–')
                    .append(Numbers.format(i.range().high())).append(" [").append(i.range().basis().tag()).append(']');
            sep = ", ";
        }
        return b.append("; each range's source is in the JSON's uncertainty_method.").toString();
    }

    /** A number of the hole array, "no array" when no hole is written (the JSON's null). */
    static String arrayValue(DesignResult r, double v) {
        return r.holes() == 0 || !Double.isFinite(v) ? "no array" : Numbers.format(v);
    }

    /** A quantity rounded to its interval, the same text the terminal prints ({@link Numbers#uncertain}). */
    static String value(DesignResult r, Quantity q) {
        if (r.plainFilm().isPresent()) {
            // no hole written: the film's own number, or no array at all (the JSON's null)
            var v = org.jjmask.design.Summary.plainFilmValue(q, r.plainFilm().get());
            return v.isPresent() ? Numbers.format(v.getAsDouble()) : "no array";
        }
        double v = q.of(r.prediction());
        return r.uncertainty().interval(q).map(i -> Numbers.uncertain(v, i.low(), i.high())).orElse(Numbers.format(v));
    }

    /** " (p = 0.93)": the share of the propagation's draws in the predicted phase, as the terminal shows it. */
    private static String phaseProbability(DesignResult r) {
        return r.uncertainty().present() ? " (p = " + Numbers.format(Math.round(r.uncertainty().phaseProbability()
                .getOrDefault(r.prediction().phase(), 0.0) * 100) / 100.0) + ")" : "";
    }

    /** The spec's target, goal by goal against this design's prediction (any pass, optimised or not). */
    private static void target(Pages pages, DesignResult r) throws IOException {
        if (r.spec().target().isEmpty() || r.spec().target().get().goals().isEmpty()) {
            return;
        }
        Prediction p = r.prediction();
        List<Goal> goals = r.spec().target().get().goals();
        boolean all = goals.stream().allMatch(g -> g.met(p));
        pages.heading("Target", 30);
        pages.need(Style.BODY.leading() * 2);
        pages.canvas().text(Pages.LEFT, pages.y, all ? "✓ every goal met" : "✗ not every goal met",
                Style.BODY_BOLD.withColor(all ? Style.GOOD : Style.BAD));
        pages.y -= Style.BODY.leading();
        for (Goal g : goals) {
            String text;
            if (g instanceof Goal.Quantity q) {
                text = OptimizationPage.achieved(r, q, p) + " against " + Numbers.format(q.value()) + " ± "
                        + Numbers.format(q.tolerance()) + (g.met(p) ? ": met" : ": missed")
                        + (r.uncertainty().present() ? " (probability " + Numbers.format(Math.round(
                                r.uncertainty().probability(g) * 100) / 100.0) + " over the input ranges)" : "");
            } else {
                Goal.PhaseIs ph = (Goal.PhaseIs) g;
                text = p.phase().jsonName() + " against " + ph.phase().jsonName() + (g.met(p) ? ": met" : ": missed");
            }
            pages.runIn(g.key(), text, Style.BODY.withColor(g.met(p) ? Style.INK : Style.BAD));
        }
    }

    private static void rules(Pages pages, DesignResult r) throws IOException {
        Spec.FabricationSpec fab = r.spec().fabrication();
        pages.heading("Design rules", 30);
        String limits = "min_feature_nm " + Numbers.format(fab.minFeatureNm()) + " nm, edge_margin_nm "
                + Numbers.format(r.spec().lattice().edgeMarginNm()) + " nm, edge damage "
                + Numbers.format(fab.edgeDamageNm()) + " nm per hole edge, hole-diameter spread σ "
                + Numbers.format(fab.diameterSigmaNm()) + " nm"
                + (fab.gridNm() > 1 ? ", manufacturing grid " + Numbers.format(fab.gridNm()) + " nm" : "");
        if (r.drc().isEmpty()) {
            pages.need(Style.BODY.leading() * 2);
            pages.canvas().text(Pages.LEFT, pages.y, "✓ clean: no violations", Style.BODY_BOLD.withColor(Style.GOOD));
            pages.y -= Style.BODY.leading();
            pages.paragraph("Checked on the written holes: narrowest neck " + Numbers.format(r.necks().minNm())
                    + " nm, hole " + Numbers.format(r.layout().hole().minWidth() * r.layout().dbuNm())
                    + " nm at its narrowest; limits: " + limits + ".", Style.BODY);
            return;
        }
        int n = r.drc().size();
        pages.need(Style.BODY.leading() * 3);
        pages.canvas().text(Pages.LEFT, pages.y, "✗ " + n + (n == 1 ? " violation" : " violations"),
                Style.BODY_BOLD.withColor(Style.BAD));
        pages.y -= Style.BODY.leading();
        pages.paragraph("Limits: " + limits + ".", Style.SMALL);
        for (Violation v : r.drc()) {
            pages.runIn(v.rule().specName(), v.message() + " — at x = " + Numbers.format(v.xNm() / 1000) + " µm, y = "
                    + Numbers.format(v.yNm() / 1000) + " µm; measured " + Numbers.format(v.measuredNm())
                    + " nm, limit " + Numbers.format(v.limitNm()) + " nm.", Style.BODY.withColor(Style.BAD));
        }
    }

    private static void materials(Pages pages, DesignResult r) throws IOException {
        Material m = r.material();
        Substrate s = r.substrate();
        float indent = 62;
        // numbers in the report's markup; names and sources come from outside, so stay plain
        String film = "T_{c0} = " + Numbers.format(m.tc0K()) + " K, R_{□} = "
                + Numbers.format(m.sheetResistanceOhm()) + " Ω, ξ(0) = " + Numbers.format(m.coherenceLengthNm())
                + " nm, thickness " + Numbers.format(m.thicknessNm()) + " nm, 2Δ(0)/k_{B}T_{c0} = "
                + Numbers.format(m.gapRatio());
        // sources are in ASCII notation (they reach the terminal and the JSON too): typeset for the page
        String filmSource = Notation.typeset(m.name() + ". Source: " + orNone(m.source()));
        String substrate = "ε_{r} at low temperature = " + Numbers.format(s.epsilonLowT());
        String substrateSource = Notation.typeset(s.name() + ". Source: " + orNone(s.source()));
        // the section is short: kept whole, so no page holds only its last lines
        float whole = pages.itemHeight(film, Style.BODY, indent, true) + pages.itemHeight(filmSource, Style.TINY, indent,
                true) + pages.itemHeight(substrate, Style.BODY, indent, true)
                + pages.itemHeight(substrateSource, Style.TINY, indent, true) + 4;
        pages.heading("Material and substrate", whole);
        pages.item("film", film, Style.BODY, indent, true);
        pages.item("", filmSource, Style.TINY, indent, true);
        pages.gap(2);
        pages.item("substrate", substrate, Style.BODY, indent, true);
        pages.item("", substrateSource, Style.TINY, indent, true);
        pages.gap(2);
    }

    private static String orNone(String source) {
        return source == null || source.isBlank() ? "not given." : source;
    }
}
