package org.jjmask.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jjmask.design.Numbers;
import org.jjmask.design.Version;
import org.jjmask.design.fit.CalibrationFile;
import org.jjmask.design.fit.FittedParameter;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * NAME.fit.pdf (and the design report's page with {@code design --calibration}): the calibration on one page — measured and fitted R(T) on log R, the residuals,
 * R(B) with its fitted oscillation and period when given, and the parameter table with errors and
 * the undetermined keys. Charts by XChart as vectors, like {@link RtChart}. Writes nothing.
 */
public final class FitReport {

    private static final int CHART_H = 190;
    private static final Color DATA = new Color(0x8a, 0x8f, 0x96);
    private static final Color MODEL = RtChart.CURVE;
    private static final Color RESIDUAL = new Color(0x1e, 0x6b, 0x33);

    private FitReport() {}

    /** NAME.fit.pdf: the calibration page of {@code fit}, as its NAME.fit.json says ({@link CalibrationFile}). */
    public static byte[] render(CalibrationFile fit, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 15);
        try (PDDocument doc = new PDDocument()) {
            ReportFonts fonts = ReportFonts.load(doc);
            Pages pages = new Pages(doc, fonts);
            draw(pages, fit);
            pages.finish(name + "   ·   jjmask " + Version.VERSION + "   ·   fit");
            pages.outline();
            doc.getDocumentInformation().setTitle("Calibration: " + name);
            doc.getDocumentInformation().setCreator("jjmask " + Version.VERSION);
            // PDFBox invents a trailer /ID from the clock when none is set: one from what the page shows instead,
            // so the same fit gives the same bytes
            byte[] id = Arrays.copyOf(identity(fit, name), 16);
            org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
            doc.save(out);
        }
        return out.toByteArray();
    }

    private static byte[] identity(CalibrationFile fit, String name) {
        StringBuilder b = new StringBuilder(name).append('\n').append(fit.file()).append('\n').append(fit.spec());
        for (FittedParameter p : fit.parameters()) {
            b.append('\n').append(p);
        }
        b.append('\n').append(Arrays.toString(fit.t())).append(Arrays.toString(fit.rSqOhm()))
                .append(Arrays.toString(fit.modelRsqOhm())).append(fit.chi2PerDof());
        fit.field().ifPresent(f -> b.append('\n').append(Arrays.toString(f.bT())).append(Arrays.toString(f.modelRsqOhm()))
                .append(f.periodMT()));
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(
                    b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The calibration page, in NAME.fit.pdf and (with {@code design --calibration}) in the design report. */
    static void draw(Pages pages, CalibrationFile fit) throws IOException {
        PageCanvas c = pages.newPage("Calibration");
        pages.paragraph(String.format(Locale.ROOT, "%s fitted to %s: %d points, weighted least squares "
                + "(Levenberg-Marquardt) in %s with %s %% per point, chi2/dof %s over %d degrees of freedom, %d design "
                + "passes. R_sq = R / %s squares. From %s.", fit.spec(), fit.data(), fit.t().length,
                fit.logScale() ? "ln R" : "R", Numbers.format(100 * fit.noiseRelative()), Numbers.format(fit.chi2PerDof()),
                fit.dof(), fit.evaluations(), Numbers.format(fit.squares()), fit.file()), Style.BODY);
        pages.gap(4);
        QuantityTable table = new QuantityTable(pages);
        table.group("Fitted keys (value ± standard error)");
        for (FittedParameter p : fit.parameters()) {
            if (p.determined()) {
                table.row(p.key(), Numbers.format(p.value()) + " ± " + Numbers.format(p.stderr().orElseThrow()), "",
                        "from " + Numbers.format(p.start()));
            } else {
                table.row(p.key(), "not determined", "", "kept at " + Numbers.format(p.value()), true);
            }
        }
        for (FittedParameter p : fit.parameters()) {
            if (!p.determined()) {
                pages.paragraph(p.key() + ": " + p.reason() + ".", Style.SMALL.withColor(Style.BAD));
            }
        }
        pages.gap(6);
        int w = (int) ((Pages.WIDTH - 12) / 2);
        pages.need(CHART_H + 30);
        place(pages, pages.canvas(), rt(pages, fit, w), Pages.LEFT, "R_sq(T): measured (grey), fitted (blue)");
        place(pages, pages.canvas(), residuals(pages, fit, w), Pages.RIGHT - w, "residuals (model - data)/sigma");
        pages.y -= CHART_H + 14;
        if (fit.field().isPresent()) {
            CalibrationFile.Field f = fit.field().get();
            pages.need(CHART_H + 60);
            pages.paragraph(String.format(Locale.ROOT, "R(B) from %s: h/2e period %s ± %s mT (the written lattice's: "
                    + "%s mT): effective plaquette %s ± %s nm2, spread %s ± %s nm2 from the envelope; background c2 = "
                    + "%s per T2 in ln R.", f.data(), Numbers.format(f.periodMT()),
                    Numbers.format(f.periodStderrMT()), Numbers.format(f.writtenPeriodMT()),
                    Numbers.format(f.plaquetteAreaNm2()), Numbers.format(f.areaStderrNm2()),
                    Numbers.format(f.areaSpreadNm2()), Numbers.format(f.spreadStderrNm2()),
                    Numbers.format(f.backgroundC2PerT2())), Style.BODY);
            pages.gap(4);
            place(pages, pages.canvas(), rb(pages, f, (int) Pages.WIDTH), Pages.LEFT,
                    "R_sq(B): measured (grey), fitted oscillation (blue)");
            pages.y -= CHART_H + 14;
        }
    }

    private static PDFormXObject rt(Pages pages, CalibrationFile fit, int w) throws IOException {
        XYChart chart = new XYChartBuilder().width(w).height(CHART_H).xAxisTitle("T (K)").yAxisTitle("R_{□} (Ω)").build();
        Charts.style(chart.getStyler());
        chart.getStyler().setMarkerSize(3);
        double[] t = fit.t();
        double[] r = fit.rSqOhm();
        double floor = Arrays.stream(r).filter(v -> v > 0).min().orElse(1) / 2;
        chart.getStyler().setYAxisLogarithmic(fit.logScale());
        scatter(chart, "measured", t, Arrays.stream(r).map(v -> Math.max(v, floor)).toArray(), DATA);
        double[][] m = sorted(t, fit.modelRsqOhm());
        Charts.line(chart, "fitted", m[0], Arrays.stream(m[1]).map(v -> Math.max(v, floor)).toArray(), MODEL, false);
        return Charts.render(pages.doc, pages.fonts, chart, w, CHART_H);
    }

    private static PDFormXObject residuals(Pages pages, CalibrationFile fit, int w) throws IOException {
        XYChart chart = new XYChartBuilder().width(w).height(CHART_H).xAxisTitle("T (K)").yAxisTitle("residual").build();
        Charts.style(chart.getStyler());
        chart.getStyler().setMarkerSize(3);
        scatter(chart, "residual", fit.t(), fit.residuals(), RESIDUAL);
        return Charts.render(pages.doc, pages.fonts, chart, w, CHART_H);
    }

    private static PDFormXObject rb(Pages pages, CalibrationFile.Field f, int w) throws IOException {
        XYChart chart = new XYChartBuilder().width(w).height(CHART_H).xAxisTitle("B (mT)").yAxisTitle("R_{□} (Ω)").build();
        Charts.style(chart.getStyler());
        chart.getStyler().setMarkerSize(3);
        double[] b = Arrays.stream(f.bT()).map(v -> v * 1e3).toArray();
        scatter(chart, "measured", b, f.rSqOhm(), DATA);
        double[][] m = sorted(b, f.modelRsqOhm());
        Charts.line(chart, "fitted", m[0], m[1], MODEL, false);
        return Charts.render(pages.doc, pages.fonts, chart, w, CHART_H);
    }

    private static double[][] sorted(double[] x, double[] y) {
        Integer[] o = new Integer[x.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = i;
        }
        Arrays.sort(o, (a, b) -> Double.compare(x[a], x[b]));
        return new double[][] {Arrays.stream(o).mapToDouble(i -> x[i]).toArray(),
            Arrays.stream(o).mapToDouble(i -> y[i]).toArray()};
    }

    private static void scatter(XYChart chart, String name, double[] x, double[] y, Color color) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(color);
    }

    private static void place(Pages pages, PageCanvas c, PDFormXObject chart, float x, String caption) throws IOException {
        c.text(x + 4, pages.y, caption, Style.SMALL);
        c.cs.saveGraphicsState();
        c.cs.transform(Matrix.getTranslateInstance(x, pages.y - 6 - CHART_H));
        c.cs.drawForm(chart);
        c.cs.restoreGraphicsState();
    }
}
