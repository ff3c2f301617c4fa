package org.jjmask.gds;

/**
 * A mutable integer bounding box accumulator in database units. Empty until the first point.
 * Sums saturate instead of wrapping, so absurd magnifications in a damaged file give huge
 * numbers rather than exceptions or sign flips.
 */
final class BoundingBox {

    long minX = Long.MAX_VALUE;
    long minY = Long.MAX_VALUE;
    long maxX = Long.MIN_VALUE;
    long maxY = Long.MIN_VALUE;

    boolean isEmpty() {
        return minX > maxX;
    }

    void add(long x, long y) {
        if (x < minX) {
            minX = x;
        }
        if (x > maxX) {
            maxX = x;
        }
        if (y < minY) {
            minY = y;
        }
        if (y > maxY) {
            maxY = y;
        }
    }

    void add(BoundingBox other) {
        if (!other.isEmpty()) {
            add(other.minX, other.minY);
            add(other.maxX, other.maxY);
        }
    }

    /** Adds {@code other} moved by (dx, dy). */
    void addMoved(BoundingBox other, long dx, long dy) {
        if (!other.isEmpty()) {
            add(saturatingAdd(other.minX, dx), saturatingAdd(other.minY, dy));
            add(saturatingAdd(other.maxX, dx), saturatingAdd(other.maxY, dy));
        }
    }

    static long saturatingAdd(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    /** KLayout's coordinate rounding: half away from zero; saturating for out-of-range doubles. */
    static long round(double v) {
        return (long) (v > 0 ? v + 0.5 : v - 0.5);
    }
}
