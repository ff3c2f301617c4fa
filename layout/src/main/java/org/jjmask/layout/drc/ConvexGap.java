package org.jjmask.layout.drc;

/**
 * The exact distance between two convex polygons that do not touch, without building geometries:
 * a separating-axis test (two convex polygons are disjoint exactly when the normal of one of their
 * edges separates them), then the least vertex-to-edge distance, which for disjoint convex
 * polygons is their distance. Rings are {@code x0, y0, x1, y1, ...} without the closing repeat.
 */
final class ConvexGap {

    private ConvexGap() {}

    /** True when the ring turns one way only (collinear vertices allowed) and has an area. */
    static boolean isConvex(double[] ring) {
        int n = ring.length / 2;
        if (n < 3) {
            return false;
        }
        int sign = 0;
        for (int k = 0; k < n; k++) {
            int j = (k + 1) % n;
            int m = (k + 2) % n;
            double cross = (ring[2 * j] - ring[2 * k]) * (ring[2 * m + 1] - ring[2 * j + 1])
                    - (ring[2 * j + 1] - ring[2 * k + 1]) * (ring[2 * m] - ring[2 * j]);
            int s = cross > 0 ? 1 : cross < 0 ? -1 : 0;
            if (s != 0) {
                if (sign != 0 && s != sign) {
                    return false;
                }
                sign = s;
            }
        }
        return sign != 0;
    }

    /**
     * The distance between ring {@code a} and ring {@code b} moved by (dx, dy), and the midpoint of
     * the closest points: {@code {distance, x, y}}; {@code null} when they touch or overlap.
     */
    static double[] apart(double[] a, double[] b, double dx, double dy) {
        // the axis through the two vertex centroids separates two near-round holes apart in one
        // pass; only the vertices and edges facing each other across it can hold the closest pair
        double ux = mean(b, 0) + dx - mean(a, 0);
        double uy = mean(b, 1) + dy - mean(a, 1);
        double len = Math.hypot(ux, uy);
        if (len > 0) {
            ux /= len;
            uy /= len;
            int ia = 0;
            double aMax = -Double.MAX_VALUE;
            for (int i = 0; i < a.length; i += 2) {
                double v = a[i] * ux + a[i + 1] * uy;
                if (v > aMax) {
                    aMax = v;
                    ia = i;
                }
            }
            int jb = 0;
            double bMin = Double.MAX_VALUE;
            for (int j = 0; j < b.length; j += 2) {
                double v = (b[j] + dx) * ux + (b[j + 1] + dy) * uy;
                if (v < bMin) {
                    bMin = v;
                    jb = j;
                }
            }
            if (bMin > aMax) {
                // a point pair bounds the distance from above; a vertex or edge further back cannot beat it
                double upper = Math.hypot(b[jb] + dx - a[ia], b[jb + 1] + dy - a[ia + 1]);
                double[] best = {upper, (b[jb] + dx + a[ia]) / 2, (b[jb + 1] + dy + a[ia + 1]) / 2};
                closest(a, 0, 0, b, dx, dy, best, ux, uy, bMin - upper, aMax + upper);
                closest(b, dx, dy, a, 0, 0, best, ux, uy, bMin - upper, aMax + upper);
                return best;
            }
        }
        if (!separated(a, b, dx, dy) && !separated(b, a, -dx, -dy)) {
            return null;
        }
        double[] best = {Double.MAX_VALUE, 0, 0};
        closest(a, 0, 0, b, dx, dy, best, 0, 0, 0, 0);
        closest(b, dx, dy, a, 0, 0, best, 0, 0, 0, 0);
        return best;
    }

    private static double mean(double[] ring, int offset) {
        double s = 0;
        for (int i = offset; i < ring.length; i += 2) {
            s += ring[i];
        }
        return s / (ring.length / 2);
    }

    /** Does an edge normal of {@code p} separate it from {@code q} moved by (dx, dy)? */
    private static boolean separated(double[] p, double[] q, double dx, double dy) {
        int n = p.length / 2;
        int m = q.length / 2;
        for (int k = 0; k < n; k++) {
            int j = (k + 1) % n;
            double nx = p[2 * j + 1] - p[2 * k + 1];
            double ny = p[2 * k] - p[2 * j];
            double pMin = Double.MAX_VALUE;
            double pMax = -Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                double v = p[2 * i] * nx + p[2 * i + 1] * ny;
                pMin = Math.min(pMin, v);
                pMax = Math.max(pMax, v);
            }
            double qMin = Double.MAX_VALUE;
            double qMax = -Double.MAX_VALUE;
            for (int i = 0; i < m; i++) {
                double v = (q[2 * i] + dx) * nx + (q[2 * i + 1] + dy) * ny;
                qMin = Math.min(qMin, v);
                qMax = Math.max(qMax, v);
            }
            if (qMin > pMax || qMax < pMin) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each vertex of {@code v} (moved by (vx, vy)) against each edge of {@code e} (moved by (ex,
     * ey)). With a direction u (not zero), points whose projection on u lies outside
     * [{@code lo}, {@code hi}] are skipped: they are farther than the bound already in {@code best}.
     */
    private static void closest(double[] v, double vx, double vy, double[] e, double ex, double ey, double[] best,
            double ux, double uy, double lo, double hi) {
        boolean filter = ux != 0 || uy != 0;
        int n = e.length / 2;
        for (int i = 0; i < v.length; i += 2) {
            double px = v[i] + vx;
            double py = v[i + 1] + vy;
            double pp = px * ux + py * uy;
            if (filter && (pp < lo || pp > hi)) {
                continue;
            }
            for (int k = 0; k < n; k++) {
                int j = (k + 1) % n;
                double ax = e[2 * k] + ex;
                double ay = e[2 * k + 1] + ey;
                double bx = e[2 * j] + ex;
                double by = e[2 * j + 1] + ey;
                if (filter) {
                    double pa = ax * ux + ay * uy;
                    double pb = bx * ux + by * uy;
                    if (Math.max(pa, pb) < lo || Math.min(pa, pb) > hi) {
                        continue;
                    }
                }
                double sx = bx - ax;
                double sy = by - ay;
                double len2 = sx * sx + sy * sy;
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * sx + (py - ay) * sy) / len2));
                double cx = ax + t * sx;
                double cy = ay + t * sy;
                double d = Math.hypot(px - cx, py - cy);
                if (d < best[0]) {
                    best[0] = d;
                    best[1] = (px + cx) / 2;
                    best[2] = (py + cy) / 2;
                }
            }
        }
    }
}
