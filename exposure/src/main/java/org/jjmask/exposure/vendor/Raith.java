package org.jjmask.exposure.vendor;

/**
 * Raith's datatype-as-dose convention: {@code datatype = 1000 × DF} up to DF 30 (0.001 steps),
 * above it {@code 30000 + 2·(DF − 30)} (0.5 steps). Source: Raith_GDSII toolbox
 * {@code Raith_library.m}; PICwriter issue #2 (EBEAM.md). A Raith dot is a PATH of two identical
 * vertices and no width.
 */
public final class Raith {

    /** The largest datatype GDSII holds in practice (int16). */
    public static final int MAX_DATATYPE = 32767;

    private Raith() {}

    public static int datatype(double doseFactor) {
        if (!(doseFactor > 0)) {
            throw new IllegalArgumentException("dose factor must be positive: " + doseFactor);
        }
        long dt = doseFactor <= 30 ? Math.round(1000 * doseFactor) : 30000 + Math.round(2 * (doseFactor - 30));
        if (dt > MAX_DATATYPE) {
            throw new IllegalArgumentException("dose factor " + doseFactor + " exceeds Raith's datatype range");
        }
        return (int) Math.max(1, dt);
    }

    public static double doseFactor(int datatype) {
        return datatype <= 30000 ? datatype / 1000.0 : 30 + (datatype - 30000) / 2.0;
    }
}
