package org.jjmask.physics;

/** Argument checks shared by the value records. */
final class Checks {
    private Checks() {
    }

    static double finite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite, was " + v);
        }
        return v;
    }

    static double positive(String name, double v) {
        finite(name, v);
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, was " + v);
        }
        return v;
    }

    static double nonNegative(String name, double v) {
        finite(name, v);
        if (v < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + v);
        }
        return v;
    }

    static String text(String name, String v) {
        if (v == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return v;
    }
}
