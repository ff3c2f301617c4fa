package org.jjmask.layout;

/**
 * Polygons of circles and ellipses and their snapping to the grid, for {@link IdealHole}.
 *
 * <p>Vertex k sits at angle t = (2k + 1)π/n. Its coordinates are computed from the angle folded
 * into the first quadrant ({@code ref·π/n}, {@code 0 ≤ ref ≤ n/2}) and the quadrant's signs, so
 * mirror images share bit-identical magnitudes and round alike: the written polygon keeps the
 * curve's symmetry about both axes (for even n).
 */
final class CurvedSnap {

    private CurvedSnap() {}

    /** Rounds half away from zero, so that v and −v snap to opposite integers. */
    static int snap(double v) {
        long r = Math.round(Math.abs(v));
        return Math.toIntExact(v < 0 ? -r : r);
    }

    /** The folded angle index and the signs of each vertex: {ref, sx, sy}. */
    private static int[][] folds(int n) {
        int[][] f = new int[n][];
        for (int k = 0; k < n; k++) {
            int u = 2 * k + 1;          // angle uπ/n, u in [1, 2n)
            if (2 * u <= n) {
                f[k] = new int[] {u, 1, 1};
            } else if (u <= n) {
                f[k] = new int[] {n - u, -1, 1};
            } else if (2 * u <= 3 * n) {
                f[k] = new int[] {u - n, -1, -1};
            } else {
                f[k] = new int[] {2 * n - u, 1, -1};
            }
        }
        return f;
    }

    /** Points (rx cos t, ry sin t), counter-clockwise, x0, y0, x1, y1, ... */
    static double[] polygon(int n, double rx, double ry) {
        int[][] f = folds(n);
        double[] out = new double[2 * n];
        for (int k = 0; k < n; k++) {
            double t = Math.PI * f[k][0] / n;
            out[2 * k] = f[k][1] * rx * Math.cos(t);
            out[2 * k + 1] = f[k][2] * ry * Math.sin(t);
        }
        return out;
    }

    /**
     * The polygon (rx cos t, ry sin t) in grid units with each folded coordinate magnitude rounded
     * down or up so that the area comes closest to {@code targetArea}: nearest rounding first,
     * then single and paired switches between floor and ceiling while they bring the area closer.
     * A coordinate on an axis stays put (moving it would break the symmetry).
     */
    static int[] areaMatched(int n, double rx, double ry, double targetArea) {
        int[][] f = folds(n);
        int refs = n / 2 + 1;
        double[] mag = new double[2 * refs];          // magnitudes |x|, |y| by folded index
        boolean[] used = new boolean[2 * refs];
        for (int k = 0; k < n; k++) {
            int r = f[k][0];
            double t = Math.PI * r / n;
            mag[2 * r] = rx * Math.cos(t);
            mag[2 * r + 1] = ry * Math.sin(t);
            used[2 * r] = true;
            used[2 * r + 1] = true;
        }
        int[] choice = new int[2 * refs];
        int free = 0;
        int[] movable = new int[2 * refs];
        for (int c = 0; c < 2 * refs; c++) {
            if (!used[c]) {
                continue;
            }
            choice[c] = (int) Math.round(mag[c]);
            if (mag[c] > 1e-9 * Math.max(rx, ry) && mag[c] != Math.rint(mag[c])) {
                movable[free++] = c;
            }
        }
        double best = Math.abs(area(f, choice) - targetArea);
        double eps = 1e-9 * targetArea;
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int a = 0; a < free && !improved; a++) {
                toggle(choice, mag, movable[a]);
                double e = Math.abs(area(f, choice) - targetArea);
                if (e < best - eps) {
                    best = e;
                    improved = true;
                } else {
                    toggle(choice, mag, movable[a]);
                }
            }
            for (int a = 0; a < free && !improved; a++) {
                for (int b = a + 1; b < free && !improved; b++) {
                    toggle(choice, mag, movable[a]);
                    toggle(choice, mag, movable[b]);
                    double e = Math.abs(area(f, choice) - targetArea);
                    if (e < best - eps) {
                        best = e;
                        improved = true;
                    } else {
                        toggle(choice, mag, movable[a]);
                        toggle(choice, mag, movable[b]);
                    }
                }
            }
        }
        return build(f, choice);
    }

    /** Switches a magnitude between its floor and its ceiling. */
    private static void toggle(int[] choice, double[] mag, int c) {
        long lo = (long) Math.floor(mag[c]);
        choice[c] = Math.toIntExact(choice[c] == lo ? lo + 1 : lo);
    }

    private static int[] build(int[][] f, int[] choice) {
        int[] xy = new int[2 * f.length];
        for (int k = 0; k < f.length; k++) {
            xy[2 * k] = f[k][1] * choice[2 * f[k][0]];
            xy[2 * k + 1] = f[k][2] * choice[2 * f[k][0] + 1];
        }
        return xy;
    }

    private static double area(int[][] f, int[] choice) {
        int n = f.length;
        double s = 0;
        for (int k = 0; k < n; k++) {
            int j = (k + 1) % n;
            double xk = f[k][1] * choice[2 * f[k][0]];
            double yk = f[k][2] * choice[2 * f[k][0] + 1];
            double xj = f[j][1] * choice[2 * f[j][0]];
            double yj = f[j][2] * choice[2 * f[j][0] + 1];
            s += xk * yj - xj * yk;
        }
        return Math.abs(s) / 2;
    }
}
