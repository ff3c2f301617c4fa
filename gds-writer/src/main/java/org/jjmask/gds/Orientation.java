package org.jjmask.gds;

/**
 * Exact orientation tests on int coordinates. Coordinate differences need 33 bits and their
 * products 66, so the slow path compares 128-bit products; rounding here would let a fracture
 * cut cross an edge.
 */
final class Orientation {

    private static final long SMALL = 1L << 31;

    private Orientation() {
    }

    /** Sign of the cross product (b - a) x (c - a): +1 left turn, -1 right turn, 0 collinear. */
    static int orient(long ax, long ay, long bx, long by, long cx, long cy) {
        long ux = bx - ax;
        long uy = by - ay;
        long vx = cx - ax;
        long vy = cy - ay;
        if (Math.abs(ux) < SMALL && Math.abs(uy) < SMALL && Math.abs(vx) < SMALL && Math.abs(vy) < SMALL) {
            return Long.signum(ux * vy - uy * vx);
        }
        return compare128(Math.multiplyHigh(ux, vy), ux * vy, Math.multiplyHigh(uy, vx), uy * vx);
    }

    /** Does point p lie on the closed segment a-b (given it is collinear with it)? */
    static boolean withinBox(long ax, long ay, long bx, long by, long px, long py) {
        return px >= Math.min(ax, bx) && px <= Math.max(ax, bx) && py >= Math.min(ay, by) && py <= Math.max(ay, by);
    }

    /** Do the closed segments p1-p2 and q1-q2 share any point? */
    static boolean segmentsTouch(long p1x, long p1y, long p2x, long p2y, long q1x, long q1y, long q2x, long q2y) {
        int d1 = orient(q1x, q1y, q2x, q2y, p1x, p1y);
        int d2 = orient(q1x, q1y, q2x, q2y, p2x, p2y);
        int d3 = orient(p1x, p1y, p2x, p2y, q1x, q1y);
        int d4 = orient(p1x, p1y, p2x, p2y, q2x, q2y);
        if (d1 * d2 < 0 && d3 * d4 < 0) {
            return true;
        }
        return (d1 == 0 && withinBox(q1x, q1y, q2x, q2y, p1x, p1y))
            || (d2 == 0 && withinBox(q1x, q1y, q2x, q2y, p2x, p2y))
            || (d3 == 0 && withinBox(p1x, p1y, p2x, p2y, q1x, q1y))
            || (d4 == 0 && withinBox(p1x, p1y, p2x, p2y, q2x, q2y));
    }

    private static int compare128(long hiA, long loA, long hiB, long loB) {
        if (hiA != hiB) {
            return hiA < hiB ? -1 : 1;
        }
        return Integer.signum(Long.compareUnsigned(loA, loB));
    }
}
