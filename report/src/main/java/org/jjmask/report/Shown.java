package org.jjmask.report;

import org.jjmask.design.DesignResult;
import org.jjmask.design.Numbers;
import org.jjmask.design.Quantity;

/**
 * A predicted quantity as the report shows it wherever it appears — a chart's legend, a caption —
 * rounded to its 16–84 % interval exactly as the summary table's row (issue 12: a number shown twice
 * is the same number, and never more digits than its error bar allows). One rounding function,
 * {@link Numbers#uncertain}; here only its value, without the interval the table already gives.
 */
final class Shown {

    private Shown() {}

    /** {@code q} of this design rounded as the table rounds it, e.g. "14.3" for 14.2521 (+0.2/−3.2). */
    static String value(DesignResult r, Quantity q) {
        return valueOf(SummaryPage.value(r, q));
    }

    /** A value whose interval is that of {@code q} scaled by {@code factor} (e.g. R_N/R_Q from R_N). */
    static String scaled(DesignResult r, Quantity q, double factor) {
        double v = q.of(r.prediction()) * factor;
        return r.uncertainty().interval(q).map(i -> valueOf(Numbers.uncertain(v, i.low() * factor, i.high() * factor)))
                .orElse(Numbers.format(v));
    }

    /**
     * Another value of {@code q}'s kind (the same quantity at another field, of the ideal network)
     * rounded to the decimal place of {@code q}'s interval: it is no better known than {@code q}.
     */
    static String like(DesignResult r, Quantity q, double v) {
        double at = q.of(r.prediction());
        return r.uncertainty().interval(q).map(i -> valueOf(Numbers.uncertain(v, i.low() - at + v, i.high() - at + v)))
                .orElse(Numbers.format(v));
    }

    private static String valueOf(String withInterval) {
        int open = withInterval.indexOf(" (");
        return open < 0 ? withInterval : withInterval.substring(0, open);
    }
}
