package org.jjmask.design;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How the report and the CLI print a number. It prints {@link Summary#sig} of the value — the six
 * significant digits the JSON summary carries — as the shortest decimal of those digits, so that a
 * reader (or a test running {@code pdftotext}) finds the JSON's value verbatim in the PDF. Plain
 * notation for 1e-4 ≤ |x| < 1e6, otherwise {@code 1.23457e+06} (C's {@code %g} exponent style).
 * Independent of the default locale: always '.' and ASCII '-'.
 */
public final class Numbers {

    private static final MathContext SIX = new MathContext(6, RoundingMode.HALF_EVEN);

    /** Relative width below which an interval is not shown: the sixth significant digit's. */
    static final double SIX_DIGIT_RESOLUTION = 1e-5;

    private Numbers() {}

    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        double s = Summary.sig(value);
        if (s == 0) {
            return "0";  // also for -0.0: a sign on zero only confuses
        }
        // the 6-digit decimal nearest the double is the shortest that reads back as it: two distinct
        // decimals of ≤ 6 digits never round to the same double
        BigDecimal d = new BigDecimal(s).round(SIX).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent < -4 || exponent >= 6) {
            String mantissa = d.movePointLeft(exponent).stripTrailingZeros().toPlainString();
            int e = Math.abs(exponent);
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
        }
        return d.toPlainString();
    }

    /**
     * A value with its interval, rounded to it (issue 12): the deviations to the interval's ends get
     * two significant digits (of the larger), the value the same decimal place —
     * {@code 14.3 (+0.3/−1.9)}. The value is {@link Summary#sig}'s, as in the JSON. An interval of no
     * width (the quantity does not depend on the uncertain inputs; below the sixth digit) prints the
     * value as {@link #format}.
     * One function for the terminal, the report and the README, so a number reads the same everywhere.
     */
    public static String uncertain(double value, double low, double high) {
        double v = Summary.sig(value);
        double w = Math.max(Math.abs(high - value), Math.abs(value - low));
        double up = high - v;
        double down = v - low;
        // an interval below the six digits' resolution is none: so the JSON's six-digit value gives the same text
        if (!Double.isFinite(v) || !Double.isFinite(w) || !(w > SIX_DIGIT_RESOLUTION * Math.abs(v)) || w == 0) {
            return format(value);
        }
        int place = (int) Math.floor(Math.log10(w)) - 1;
        int scale = -place;
        String vs = new BigDecimal(v).setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
        BigDecimal u = new BigDecimal(up).setScale(scale, RoundingMode.HALF_EVEN);
        BigDecimal d = new BigDecimal(down).setScale(scale, RoundingMode.HALF_EVEN);
        return (vs.startsWith("-") && !vs.matches("-[0.]*") ? vs : vs.replaceFirst("^-", "")) + " ("
                + (u.signum() < 0 ? "−" + u.negate().toPlainString() : "+" + u.toPlainString()) + "/"
                + (d.signum() < 0 ? "+" + d.negate().toPlainString() : "−" + d.toPlainString()) + ")";
    }

    /** An exact count (holes, arrays, bytes): every digit, no rounding, no grouping. */
    /**
     * A mean and its standard deviation as "45.4 ± 7.7": σ to two significant digits, the mean to
     * the same place (the spread says how many of the mean's digits mean anything).
     */
    public static String spread(double mean, double sd) {
        if (!Double.isFinite(mean) || !Double.isFinite(sd)) {
            return format(mean) + " ± " + format(sd);
        }
        if (sd == 0) {
            return format(mean) + " ± 0";
        }
        int scale = 1 - (int) Math.floor(Math.log10(Math.abs(sd)));
        java.math.BigDecimal m = new java.math.BigDecimal(mean).setScale(scale, java.math.RoundingMode.HALF_EVEN);
        java.math.BigDecimal d = new java.math.BigDecimal(sd).setScale(scale, java.math.RoundingMode.HALF_EVEN);
        return plain(m) + " ± " + plain(d);
    }

    private static String plain(java.math.BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    public static String count(long n) {
        return Long.toString(n);
    }

    /** A fraction as a percentage with the same six-digit rule, e.g. {@code -0.115473 %}. */
    public static String percent(double fraction) {
        return format(Summary.sig(fraction) * 100);
    }

    /** A duration for a reader: "0.84 s", "12.5 min", "3.47 h", three significant digits. */
    public static String duration(double seconds) {
        if (seconds < 60) {
            return format(threeDigits(seconds)) + " s";
        }
        if (seconds < 3600) {
            return format(threeDigits(seconds / 60)) + " min";
        }
        return format(threeDigits(seconds / 3600)) + " h";
    }

    /** Three significant digits: a model estimate with no propagated uncertainty (grid-limited), the same in JSON and text. */
    public static double threeDigits(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue();
    }
}
