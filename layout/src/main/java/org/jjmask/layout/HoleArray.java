package org.jjmask.layout;

/**
 * A rectangular block of holes {@code columns × rows} starting at {@code (x, y)} (dbu) with the
 * lattice super-cell as steps: one AREF (or one SREF when 1 × 1). No per-hole object exists.
 */
public record HoleArray(long x, long y, int columns, int rows, long stepX, long stepY) {

    public long holes() {
        return (long) columns * rows;
    }
}
