package org.jjmask.physics.laplace;

import java.util.Arrays;

/**
 * A hole bounded by a simple polygon (either orientation, not closed: the last vertex joins the
 * first). Regular polygons, squares, or any written shape the layout hands over as vertex arrays.
 *
 * @param xs vertex x coordinates
 * @param ys vertex y coordinates
 */
public record PolygonHole(double[] xs, double[] ys) implements Hole {

    /** Validates: ≥ 3 finite vertices, equal lengths, non-zero area; copies the arrays. */
    public PolygonHole {
        if (xs == null || ys == null || xs.length != ys.length || xs.length < 3) {
            throw new IllegalArgumentException("a polygon hole needs >= 3 vertices with as many x as y");
        }
        xs = xs.clone();
        ys = ys.clone();
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                throw new IllegalArgumentException("polygon vertex " + i + " is not finite");
            }
        }
        if (!(Math.abs(signedArea(xs, ys, xs.length)) > 0)) {
            throw new IllegalArgumentException("polygon hole has zero area");
        }
    }

    /** A regular n-gon of circumradius r centred at (cx, cy), first vertex at angle {@code phase} (rad). */
    public static PolygonHole regular(int n, double cx, double cy, double r, double phase) {
        if (n < 3) {
            throw new IllegalArgumentException("a regular polygon needs n >= 3, was " + n);
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double t = phase + 2.0 * Math.PI * i / n;
            x[i] = cx + r * Math.cos(t);
            y[i] = cy + r * Math.sin(t);
        }
        return new PolygonHole(x, y);
    }

    @Override
    public double[] xs() {
        return xs.clone();
    }

    @Override
    public double[] ys() {
        return ys.clone();
    }

    @Override
    public double minX() {
        return Arrays.stream(xs).min().orElseThrow();
    }

    @Override
    public double maxX() {
        return Arrays.stream(xs).max().orElseThrow();
    }

    @Override
    public double minY() {
        return Arrays.stream(ys).min().orElseThrow();
    }

    @Override
    public double maxY() {
        return Arrays.stream(ys).max().orElseThrow();
    }

    @Override
    public double area() {
        return Math.abs(signedArea(xs, ys, xs.length));
    }

    /** Crossings of the line with the edges, half-open at the vertices, paired in order (even–odd rule). */
    @Override
    public double[] inside(boolean vertical, double at) {
        double[] u = vertical ? xs : ys;
        double[] v = vertical ? ys : xs;
        int n = u.length;
        double[] cut = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            if ((u[i] <= at && at < u[j]) || (u[j] <= at && at < u[i])) {
                cut[m++] = v[i] + (at - u[i]) * (v[j] - v[i]) / (u[j] - u[i]);
            }
        }
        double[] out = Arrays.copyOf(cut, m - m % 2);
        Arrays.sort(out);
        return out;
    }

    @Override
    public PolygonHole shifted(double dx, double dy) {
        double[] x = xs.clone();
        double[] y = ys.clone();
        for (int i = 0; i < x.length; i++) {
            x[i] += dx;
            y[i] += dy;
        }
        return new PolygonHole(x, y);
    }

    /**
     * Sutherland–Hodgman clipping against the four half-planes of the rectangle, then the shoelace
     * area (Sutherland &amp; Hodgman, CACM 17, 32 (1974)). Clipping against a convex window keeps the
     * area exact also for concave polygons: any extra edges it leaves run along the window and
     * enclose no area.
     */
    @Override
    public double areaIn(double x0, double y0, double x1, double y1) {
        double[][] p = {xs, ys};
        p = clip(p, 0, x0);
        p = clip(p, 1, x1);
        p = clip(p, 2, y0);
        p = clip(p, 3, y1);
        return p[0].length < 3 ? 0.0 : Math.abs(signedArea(p[0], p[1], p[0].length));
    }

    /** Keeps the part with x ≥ v (side 0), x ≤ v (1), y ≥ v (2), y ≤ v (3). */
    private static double[][] clip(double[][] in, int side, double v) {
        double[] ix = in[0];
        double[] iy = in[1];
        int n = ix.length;
        double[] ox = new double[2 * n];
        double[] oy = new double[2 * n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double si = coordinate(ix[i], iy[i], side) - v;
            double sj = coordinate(ix[j], iy[j], side) - v;
            boolean inI = (side % 2 == 0) ? si >= 0 : si <= 0;
            boolean inJ = (side % 2 == 0) ? sj >= 0 : sj <= 0;
            if (inI) {
                ox[m] = ix[i];
                oy[m] = iy[i];
                m++;
            }
            if (inI != inJ) {
                double t = si / (si - sj);
                ox[m] = ix[i] + t * (ix[j] - ix[i]);
                oy[m] = iy[i] + t * (iy[j] - iy[i]);
                m++;
            }
        }
        return new double[][] {Arrays.copyOf(ox, m), Arrays.copyOf(oy, m)};
    }

    private static double coordinate(double x, double y, int side) {
        return side < 2 ? x : y;
    }

    private static double signedArea(double[] x, double[] y, int n) {
        double s = 0.0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            s += x[i] * y[j] - x[j] * y[i];
        }
        return 0.5 * s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolygonHole p && Arrays.equals(xs, p.xs) && Arrays.equals(ys, p.ys);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
    }

    @Override
    public String toString() {
        return "PolygonHole[" + xs.length + " vertices]";
    }
}
