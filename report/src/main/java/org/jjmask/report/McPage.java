package org.jjmask.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Numbers;
import org.jjmask.design.Quantity;
import org.jjmask.design.Spec;
import org.jjmask.design.Summary;
import org.jjmask.design.TbktMeasurement;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The Monte Carlo page, when {@code model.tbkt: monte_carlo} measured the design's T_BKT/E_J: the
 * helicity modulus Υ(T) of each patch size with its error bars against the universal line 2T/π
 * (Nelson &amp; Kosterlitz 1977), whose crossings move towards T_BKT as L grows, and the fitted
 * T_BKT/E_J (Weber–Minnhagen) marked. The numbers are those of the summary JSON's {@code model.monte_carlo}.
 */
final class McPage {

    private static final int CHART_H = 300;
    /** One colour per size, smallest first: light to dark, so the largest L reads as the answer. */
    private static final Color[] SIZES = {new Color(0x9e, 0xc5, 0xe8), new Color(0x4a, 0x8c, 0xc9),
        new Color(0x1b, 0x4f, 0x8a), new Color(0x0b, 0x25, 0x4a)};
    private static final Color LINE = new Color(0xb2, 0x3a, 0x2e);

    private McPage() {
    }

    static boolean applies(DesignResult r) {
        return r.spec().model().tbkt() == Spec.TbktMethod.MONTE_CARLO && r.spec().model().measured().isPresent();
    }

    static void draw(Pages pages, DesignResult r) throws IOException {
        if (!applies(r)) {
            return;
        }
        TbktMeasurement m = r.spec().model().measured().orElseThrow();
        PageCanvas c = pages.newPage("Monte Carlo T_BKT");
        // chi2/dof only where the fit has freedom left: two sizes fix the form's two parameters exactly
        String chi2 = m.sizes().length > 2 ? ", χ²/dof " + Numbers.format(Summary.sig(m.chi2PerDof())) : "";
        pages.paragraph(String.format(Locale.ROOT, "model.tbkt: monte_carlo. Classical XY Monte Carlo of this design's "
                + "own %s junction network at zero field (the extracted network closed on a torus, couplings in units of "
                + "the mean junction's E_J), patches L = %s, %d measured sweeps per chain, seed %d. The helicity modulus "
                + "jumps to zero at T_BKT where it meets 2T/π; the Weber-Minnhagen fit over the sizes gives "
                + "k_B T_BKT/E_J = %s%s%s, which the prediction takes in place of the network's tabulated constant: "
                + "T_BKT = %s K (the summary's).", m.network(), sizes(m), m.sweeps(), m.seed(),
                Numbers.uncertain(m.tbktOverEj(), m.tbktOverEj() - m.error(), m.tbktOverEj() + m.error()), chi2,
                m.bracketed() ? "" : " (at the edge of the temperature grid: only a bound)",
                SummaryPage.value(r, Quantity.TBKT)), Style.BODY);
        pages.gap(6);
        int w = (int) Pages.WIDTH;
        pages.need(CHART_H + 40);
        c = pages.canvas();
        c.text(Pages.LEFT + 4, pages.y, "Υ/E_J against T/E_J per size (error bars: jackknife), the line 2T/π "
                + "(dashed) and T_BKT/E_J (vertical)", Style.SMALL);
        PDFormXObject chart = chart(pages, m, w);
        c.cs.saveGraphicsState();
        c.cs.transform(Matrix.getTranslateInstance(Pages.LEFT, pages.y - 6 - CHART_H));
        c.cs.drawForm(chart);
        c.cs.restoreGraphicsState();
        pages.y -= CHART_H + 16;
        List<RtChart.Line> key = new ArrayList<>();
        for (int s = 0; s < m.sizes().length; s++) {
            key.add(new RtChart.Line("L = " + m.sizes()[s], color(s, m.sizes().length), false));
        }
        key.add(new RtChart.Line("2T/π", LINE, true));
        Charts.key(c, pages, key);
        pages.gap(4);
        pages.paragraph("Cache key " + m.key().substring(0, 16) + "…: a hash of every patch simulated (sites, bonds, "
                + "couplings, gauge phases) and the run's options; the same network and options read the cached result "
                + "and write the same bytes. [helicity-jump-weber-minnhagen]", Style.SMALL);
    }

    private static String sizes(TbktMeasurement m) {
        return String.join(", ", Arrays.stream(m.sizes()).mapToObj(Integer::toString).toList());
    }

    private static Color color(int s, int count) {
        return SIZES[Math.min(SIZES.length - 1, s + Math.max(0, SIZES.length - count))];
    }

    private static PDFormXObject chart(Pages pages, TbktMeasurement m, int w) throws IOException {
        XYChart chart = new XYChartBuilder().width(w).height(CHART_H).xAxisTitle("T / E_J").yAxisTitle("Υ / E_J")
                .build();
        Charts.style(chart.getStyler());
        chart.getStyler().setMarkerSize(5);
        double[] t = m.temperatures();
        double top = Double.NEGATIVE_INFINITY;
        double bottom = Double.POSITIVE_INFINITY;
        for (int s = 0; s < m.sizes().length; s++) {
            double[] y = m.helicity()[s];
            XYSeries series = chart.addSeries("L = " + m.sizes()[s], t, y, m.helicityError()[s]);
            series.setMarker(SeriesMarkers.CIRCLE);
            Color col = color(s, m.sizes().length);
            series.setMarkerColor(col);
            series.setLineColor(col);
            series.setLineStyle(new BasicStroke(1.2f));
            for (int k = 0; k < y.length; k++) {
                top = Math.max(top, y[k] + m.helicityError()[s][k]);
                bottom = Math.min(bottom, y[k] - m.helicityError()[s][k]);
            }
        }
        double lo = t[0];
        double hi = t[t.length - 1];
        Charts.line(chart, "2T/π", new double[] {lo, hi}, new double[] {2 * lo / Math.PI, 2 * hi / Math.PI}, LINE, true);
        top = Math.max(top, 2 * hi / Math.PI);
        bottom = Math.max(0, Math.min(bottom, 2 * lo / Math.PI));
        Charts.line(chart, "T_BKT/E_J", new double[] {m.tbktOverEj(), m.tbktOverEj()}, new double[] {bottom, top},
                Color.DARK_GRAY, false);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        return Charts.render(pages.doc, pages.fonts, chart, w, CHART_H);
    }
}
