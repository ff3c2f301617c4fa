package org.jjmask.physics;

import java.util.Locale;

/**
 * The range a number the prediction uses may take, with where the range comes from. A range is
 * read as the support of a triangular distribution whose mode is the value actually used
 * ({@link #mode}): the preset's number is the likeliest, the range's ends are where the sources
 * stop.
 *
 * @param low    lower end, ≤ {@code high}
 * @param high   upper end
 * @param basis  how well the range is founded
 * @param source the sources, or why there are none
 */
public record InputRange(double low, double high, Basis basis, String source) {

    /** How well a range is founded. */
    public enum Basis {
        /** Stated in the cited literature (the spread of published values). */
        LIT,
        /** [pheno]: a model parameter's stated accuracy, or an estimate from a related measured quantity. */
        PHENO,
        /** [guess]: no source gives a range; the reason is in the source text. */
        GUESS,
        /** Given by the user in the spec ({@code {value, range}}). */
        SPEC;

        /** lit | pheno | guess | spec. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Validates: finite ends, low ≤ high, a source. */
    public InputRange {
        Checks.finite("low", low);
        Checks.finite("high", high);
        if (low > high) {
            throw new IllegalArgumentException("range low " + low + " > high " + high);
        }
        java.util.Objects.requireNonNull(basis, "basis");
        Checks.text("source", source);
    }

    /** A range read from the literature. */
    public static InputRange lit(double low, double high, String source) {
        return new InputRange(low, high, Basis.LIT, source);
    }

    /** A [pheno] range. */
    public static InputRange pheno(double low, double high, String source) {
        return new InputRange(low, high, Basis.PHENO, source);
    }

    /** A [guess] range, the reason in {@code why}. */
    public static InputRange guess(double low, double high, String why) {
        return new InputRange(low, high, Basis.GUESS, why);
    }

    /** Whether {@code v} lies in [low, high]. */
    public boolean contains(double v) {
        return v >= low && v <= high;
    }

    /** The range widened, if need be, to hold {@code v} (a spec's own number outside a preset's range). */
    public InputRange including(double v) {
        return contains(v) ? this : new InputRange(Math.min(low, v), Math.max(high, v), basis,
                source + "; widened to hold the value used, " + v);
    }

    /** The value used, held within the range: the triangular distribution's mode. */
    public double mode(double value) {
        return Math.min(high, Math.max(low, value));
    }
}
