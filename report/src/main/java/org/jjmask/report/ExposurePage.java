package org.jjmask.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.jjmask.design.DesignResult;
import org.jjmask.design.EbeamHeadline;
import org.jjmask.design.EbeamResult;
import org.jjmask.design.Numbers;
import org.jjmask.design.Spec;
import org.jjmask.design.Summary;
import org.jjmask.exposure.PrintedGeometry;
import org.jjmask.exposure.RelativeEnergies;
import org.jjmask.exposure.WriteFields;
import org.jjmask.exposure.vendor.DoseTable;
import org.jjmask.layout.HoleArray;
import org.jjmask.layout.HoleClasses;
import org.jjmask.layout.Layout;
import org.locationtech.jts.geom.Envelope;

/**
 * The e-beam exposure page (issue 14): the dose map (each one-class block of holes filled with its
 * class's colour, the write-field grid over it), what the uncorrected array would print at the
 * bulk, mid-edge and corner holes and what that does to R_N and T_BKT, the correction's residual,
 * the dose table as the vendor reads it, and the write time with its cross-check
 * dose × area = charge = current × time. Numbers as the JSON carries them (six digits).
 */
final class ExposurePage {

    private static final float MAP_MAX_H = 230;
    /** The smallest map cell of a disordered array, pt: finer is below what a printed page shows. */
    private static final double MAP_CELL_PT = 1.5;
    private static final Color LOW = new Color(0x2c, 0x7b, 0xb6);
    private static final Color MID = new Color(0xff, 0xff, 0xbf);
    private static final Color HIGH = new Color(0xd7, 0x19, 0x1c);
    private static final Color FIELD = new Color(0x33, 0x33, 0x33);

    private ExposurePage() {}

    static void draw(Pages pages, DesignResult r) throws IOException {
        if (r.ebeam().isEmpty()) {
            return;
        }
        EbeamResult e = r.ebeam().get();
        Spec.EbeamSpec s = r.spec().ebeam();
        PageCanvas c = pages.newPage("E-beam exposure");
        String psf = e.model().map(m -> "PSF " + m.psfName() + ": α " + Numbers.format(m.psf().alphaNm()) + " nm, β "
                + Numbers.format(m.psf().betaUm()) + " µm, η " + Numbers.format(m.psf().eta())
                + m.psf().standIn().map(x -> " (a stand-in for " + x + ": no published fit)").orElse("") + "; ")
                .orElse("no PSF given; ");
        pages.paragraph(psf + "base dose " + Numbers.format(s.doseUcCm2()) + " µC/cm², " + Numbers.format(s.currentNa())
                + " nA, " + s.exposure().name().toLowerCase(Locale.ROOT) + " exposure, correction "
                + s.correction().specName() + ", vendor " + s.vendor().specName() + ".", Style.BODY);
        pages.gap(4);
        doseMap(pages, c, r, e);
        if (e.model().isPresent()) {
            printed(pages, c, e.model().get(), s, EbeamHeadline.of(e));
        }
        table(pages, e.table());
        time(pages, r, e);
        fields(pages, e, s);
    }

    private static void doseMap(Pages pages, PageCanvas c, DesignResult r, EbeamResult e) throws IOException {
        Layout layout = r.layout();
        Envelope world = layout.boundsNm();
        float h = (float) Math.min(MAP_MAX_H, Pages.WIDTH * world.getHeight() / world.getWidth());
        pages.need(h + 30);
        Viewport v = Viewport.fit(world, Pages.LEFT, pages.y - h, Pages.WIDTH, h);
        PDPageContentStream cs = c.cs;
        cs.setNonStrokingColor(DeviceFigure.FILM);
        Draw.polygonPath(cs, layout.outlineNm(), v);
        cs.fill();
        // each class's colour: its dose factor, or for size classes its drawn diameter over the nominal
        double[] value = classValues(e);
        double lo = java.util.Arrays.stream(value).min().orElse(1);
        double hi = java.util.Arrays.stream(value).max().orElse(1);
        boolean sizes = e.model().flatMap(EbeamResult.Model::size).isPresent();
        double dbu = layout.dbuNm();
        if (e.classes().isPresent() && !e.classes().get().blocks().isEmpty()) {
            for (HoleClasses.Block b : e.classes().get().blocks()) {
                block(c, v, b.holes(), dbu, colour(value[b.classRank()], lo, hi));
            }
        } else if (layout.isScattered()) {
            scattered(c, v, layout, e, value, lo, hi);
        } else {
            for (HoleArray a : layout.arrays()) {
                block(c, v, a, dbu, colour(1, lo, hi));
            }
        }
        WriteFields.Plan f = e.fields();
        for (double x = f.originXNm(); x <= world.getMaxX() + f.fieldXNm(); x += f.fieldXNm()) {
            if (x >= world.getMinX() - f.fieldXNm()) {
                float px = clamp(v.px(x), Pages.LEFT, Pages.RIGHT);
                c.line(px, pages.y - h, px, pages.y, FIELD, 0.6f);
            }
        }
        for (double y = f.originYNm(); y <= world.getMaxY() + f.fieldYNm(); y += f.fieldYNm()) {
            if (y >= world.getMinY() - f.fieldYNm()) {
                float py = clamp(v.py(y), pages.y - h, pages.y);
                c.line(Pages.LEFT, py, Pages.RIGHT, py, FIELD, 0.6f);
            }
        }
        pages.y -= h + 10;
        // the colour key: the class range, low to high
        float kx = Pages.LEFT;
        for (int k = 0; k < 40; k++) {
            double t = lo * Math.pow(hi / lo, k / 39.0);
            c.fillRect(kx + 3 * k, pages.y - 1, 3, 7, colour(t, lo, hi));
        }
        String key = (sizes ? "drawn diameter / nominal " : "dose factor ") + Numbers.format(Summary.sig(lo)) + " … "
                + Numbers.format(Summary.sig(hi)) + " (" + value.length + " class" + (value.length == 1 ? "" : "es")
                + "); lines: write-field boundaries, "
                + Numbers.format(f.fieldXNm() / 1000) + " µm fields";
        c.text(kx + 126, pages.y, key, Style.SMALL);
        if (layout.isScattered()) {
            // one SREF per hole: no one-class rectangles to draw, so the map bins them
            pages.y -= Style.SMALL.leading();
            c.text(kx + 126, pages.y, "disordered array, one SREF per hole: each square is the class nearest the mean dose "
                    + "of its holes", Style.SMALL);
        }
        pages.y -= Style.SMALL.leading() + 6;
    }

    /** A disordered array's holes binned into map cells of a pitch or {@link #MAP_CELL_PT}, whichever is larger. */
    private static void scattered(PageCanvas c, Viewport v, Layout layout, EbeamResult e, double[] value, double lo,
            double hi) throws IOException {
        short[] perHole = e.classes().map(HoleClasses::perHole).orElse(new short[0]);
        double cellNm = Math.max(layout.lattice().pitchNm(), MAP_CELL_PT / v.scale());
        ScatteredDoseMap map = ScatteredDoseMap.of(layout.scattered().orElseThrow(), perHole, value, layout.dbuNm(),
                layout.boundsNm(), cellNm);
        float side = v.length(cellNm);
        for (ScatteredDoseMap.Run run : map.runs()) {
            c.fillRect(v.px(map.x0Nm() + run.column() * cellNm), v.py(map.y0Nm() + run.row() * cellNm),
                    side * run.length(), side, colour(value[run.classRank()], lo, hi));
        }
    }

    private static double[] classValues(EbeamResult e) {
        var size = e.model().flatMap(EbeamResult.Model::size);
        if (size.isPresent()) {
            var classes = size.get().classes();
            double nominal = e.model().get().printed().bulk().drawnDiameterNm();
            return classes.stream().mapToDouble(k -> k.diameterNm() / nominal).toArray();
        }
        return e.table().rows().stream().mapToDouble(DoseTable.Row::doseFactor).toArray();
    }

    private static float clamp(float v, float lo, float hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static void block(PageCanvas c, Viewport v, HoleArray a, double dbu, Color colour) throws IOException {
        double x0 = (a.x() - a.stepX() / 2.0) * dbu;
        double y0 = (a.y() - a.stepY() / 2.0) * dbu;
        double w = Math.max(1, a.columns()) * a.stepX() * dbu;
        double hh = Math.max(1, a.rows()) * a.stepY() * dbu;
        c.fillRect(v.px(x0), v.py(y0), Math.max(0.2f, v.length(w)), Math.max(0.2f, v.length(hh)), colour);
    }

    /** Diverging blue – pale – red on the log of the dose factor, 1 (the base dose) pale. */
    static Color colour(double f, double lo, double hi) {
        // one scale for both sides, so that a small step below the base dose stays pale
        double span = Math.max(Math.abs(Math.log(hi)), Math.abs(Math.log(lo)));
        double t = span > 0 ? 0.5 + 0.5 * Math.log(f) / span : 0.5;
        t = Math.max(0, Math.min(1, t));
        Color a = t < 0.5 ? LOW : MID;
        Color b = t < 0.5 ? MID : HIGH;
        double u = t < 0.5 ? t / 0.5 : (t - 0.5) / 0.5;
        return new Color((int) Math.round(a.getRed() + u * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + u * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + u * (b.getBlue() - a.getBlue())));
    }

    private static void printed(Pages pages, PageCanvas c, EbeamResult.Model m, Spec.EbeamSpec s, EbeamHeadline h)
            throws IOException {
        pages.heading("What the array prints", 90);
        // "at" holds two six-digit signed coordinates: room for "−49.7012, −9.68903"
        float[] col = {Pages.LEFT, Pages.LEFT + 46, Pages.LEFT + 136, Pages.LEFT + 214, Pages.LEFT + 260,
            Pages.LEFT + 306, Pages.LEFT + 360};
        String[] head = {"hole", "at (µm)", "E/E_{bulk}: centre", "rim", "D (nm)", "neck (nm)", "R_{N} / T_{BKT}"};
        for (int k = 0; k < head.length; k++) {
            c.text(col[k], pages.y, head[k], Style.BODY_BOLD);
        }
        pages.y -= Style.BODY.leading() + 2;
        RelativeEnergies ce = m.centres();
        RelativeEnergies ri = m.rims();
        double[] centre = {ce.bulk().value(), ce.edge().value(), ce.corner().value()};
        double[] rim = {ri.bulk().value(), ri.edge().value(), ri.corner().value()};
        for (int k = 0; k < 3; k++) {
            EbeamResult.SitePhysics site = m.sites().get(k);
            PrintedGeometry.Site p = site.site();
            String[] cells = {site.where().equals("edge") ? "mid-edge" : site.where(),
                Numbers.format(Summary.sig(p.xUm())) + ", " + Numbers.format(Summary.sig(p.yUm())),
                Numbers.format(Summary.sig(centre[k])), Numbers.format(Summary.sig(rim[k])),
                Numbers.format(Summary.sig(p.printedDiameterNm())), Numbers.format(Summary.sig(p.printedNeckNm())),
                site.rnOhm().isPresent() ? Numbers.format(Summary.sig(site.rnOhm().getAsDouble())) + " Ω / "
                        + Numbers.format(Summary.sig(site.tbktK().getAsDouble())) + " K"
                        : p.printedDiameterNm() == 0 ? "does not clear" : "holes merge"};
            for (int j = 0; j < cells.length; j++) {
                c.text(col[j], pages.y, cells[j], Style.BODY);
            }
            pages.y -= Style.BODY.leading() + 1;
        }
        pages.gap(4);
        StringBuilder t = new StringBuilder();
        t.append("Uncorrected, at the base dose: absorbed energy relative to the bulk hole, threshold development at ")
                .append(Numbers.format(Summary.sig(m.thresholdRel())))
                .append(" of a uniformly exposed plane's energy")
                .append(s.clearingDoseUcCm2().isPresent() ? " (ebeam.clearing_dose_uC_cm2)" : " (the bulk prints as drawn)")
                .append("; D is the printed hole's equal-area diameter, R_{N} and T_{BKT} those of an array whose every hole")
                .append(" printed so. ");
        m.dose().ifPresent(d -> t.append("Dose correction: ").append(d.classes().size()).append(" classes, step ")
                .append(Numbers.format(Summary.sig(100 * d.classStep()))).append(" %; every hole's rim energy within ")
                .append(Numbers.format(h.residual().getAsDouble())).append(" % of the bulk's (half a step is ")
                .append(Numbers.format(Summary.sig(50 * d.classStep()))).append(" %); ")
                .append(Numbers.count(d.holesOutsideBulkClass())).append(" holes leave the bulk's class. "));
        m.size().ifPresent(z -> t.append("Size correction: ").append(z.classes().size())
                .append(" drawn diameters at one dose; printed within ").append(Numbers.format(h.residual().getAsDouble()))
                .append(" nm of nominal everywhere. "));
        m.printedCorrected().ifPresent(p -> t.append("After correction the three holes print at ")
                .append(Numbers.format(Summary.sig(p.bulk().printedDiameterNm()))).append(", ")
                .append(Numbers.format(Summary.sig(p.edge().printedDiameterNm()))).append(" and ")
                .append(Numbers.format(Summary.sig(p.corner().printedDiameterNm()))).append(" nm: spread ")
                .append(Numbers.format(Summary.sig(m.residualSpreadNm()))).append(" nm."));
        pages.rich(t.toString(), Style.SMALL);
    }

    private static void table(Pages pages, DoseTable t) throws IOException {
        int n = t.rows().size();
        pages.heading("Dose classes (" + t.vendor().specName() + ")", 40);
        StringBuilder sb = new StringBuilder("layer/datatype: dose factor, µC/cm², holes — ");
        for (int k = 0; k < n; k++) {
            DoseTable.Row r = t.rows().get(k);
            sb.append(k == 0 ? "" : "; ").append(r.layer()).append('/').append(r.datatype()).append(": ")
                    .append(Numbers.format(Summary.sig(r.doseFactor()))).append(", ")
                    .append(Numbers.format(Summary.sig(r.doseUCcm2()))).append(", ").append(Numbers.count(r.holes()));
        }
        pages.paragraph(sb.toString(), Style.SMALL);
    }

    private static void time(Pages pages, DesignResult r, EbeamResult e) throws IOException {
        EbeamResult.Time t = e.time();
        Spec.EbeamSpec s = r.spec().ebeam();
        pages.heading("Write time", 40);
        pages.rich("Bulk hole: " + Numbers.format(s.doseUcCm2()) + " µC/cm² × " + Numbers.format(Summary.sig(t.bulkAreaNm2()))
                + " nm² = " + Numbers.format(Summary.sig(t.bulkChargeFc())) + " fC = " + Numbers.format(s.currentNa() * 1000)
                + " pA × " + Numbers.format(Summary.sig(t.bulkTimeUs())) + " µs. All " + Numbers.count(r.holes())
                + " holes at their classes' doses: " + Numbers.format(Summary.sig(t.exposureS())) + " s of exposure in "
                + Numbers.count(t.shots()) + " shots, " + Numbers.format(EbeamHeadline.of(e).classWriteTimeS())
                + " s with settling (JSON ebeam.class_write_time_s; stage moves and field changes not included; the "
                + "layout page's beam time, write_time_s, is every hole at the base dose).", Style.SMALL);
    }

    private static void fields(Pages pages, EbeamResult e, Spec.EbeamSpec s) throws IOException {
        WriteFields.Plan f = e.fields();
        pages.heading("Write fields", 30);
        StringBuilder sb = new StringBuilder();
        sb.append(Numbers.format(f.fieldXNm() / 1000)).append(" µm fields, a corner at (")
                .append(Numbers.format(Summary.sig(f.originXNm() / 1000))).append(", ")
                .append(Numbers.format(Summary.sig(f.originYNm() / 1000))).append(") µm")
                .append(s.fieldOriginUm().isPresent() ? " (ebeam.field_origin_um)" : " (chosen so boundaries run through film)")
                .append(": ").append(Numbers.count(f.crossing())).append(" holes cut by a boundary, ")
                .append(Numbers.count(f.adjacent())).append(" within the ").append(Numbers.format(s.fieldMarginNm()))
                .append(" nm margin");
        if (s.stitchErrorNm() > 0) {
            sb.append(", ").append(Numbers.count(e.stitchAdjacent())).append(" within the ")
                    .append(Numbers.format(s.stitchErrorNm())).append(" nm stitching error");
        }
        sb.append(s.fieldsAsked() ? "; the field_boundary rule applies." : "; fields not asked for: a report, not a rule.");
        for (String w : f.warnings()) {
            sb.append(' ').append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append('.');
        }
        pages.paragraph(sb.toString(), Style.SMALL);
    }
}
