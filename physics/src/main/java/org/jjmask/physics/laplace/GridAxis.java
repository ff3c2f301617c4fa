package org.jjmask.physics.laplace;

import java.util.Arrays;

/**
 * Cell edges along one axis of the periodic cell, from 0 to the period: uniform, or graded so
 * that cells are fine near given focus points (the necks) and grow geometrically away from them.
 * {@link #halved()} splits every cell in two, which keeps the grading map fixed: the nested grids
 * Richardson extrapolation needs.
 *
 * @param edges strictly increasing, first 0, last the period
 */
public record GridAxis(double[] edges) {

    /** Validates and copies. */
    public GridAxis {
        if (edges == null || edges.length < 2 || edges[0] != 0.0) {
            throw new IllegalArgumentException("a grid axis needs >= 2 edges starting at 0");
        }
        edges = edges.clone();
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1]) || !Double.isFinite(edges[i])) {
                throw new IllegalArgumentException("grid edges must increase and be finite at " + i);
            }
        }
    }

    /** n equal cells over [0, period]. */
    public static GridAxis uniform(double period, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("need >= 1 cell, was " + n);
        }
        double[] e = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            e[i] = period * i / n;
        }
        e[n] = period;
        return new GridAxis(e);
    }

    /**
     * Cells of local size h(x) = min(coarse, min_f (fine_f + (growth − 1)·d_f(x))), d_f the periodic
     * distance to focus f: geometric growth at ratio {@code growth} away from each focus, from its
     * own fine size up to {@code coarse}. Edges follow the cell count ∫dx/h, rounded to a whole
     * number of cells.
     *
     * @param foci focus coordinates
     * @param fine the cell size wanted at each focus, same length as foci
     */
    public static GridAxis graded(double period, double coarse, double growth, double[] foci, double[] fine) {
        if (!(coarse > 0) || !(growth > 1) || foci.length != fine.length) {
            throw new IllegalArgumentException("graded axis needs coarse > 0, growth > 1, one fine size per focus");
        }
        double finest = coarse;
        for (double f : fine) {
            if (!(f > 0)) {
                throw new IllegalArgumentException("fine cell sizes must be > 0");
            }
            finest = Math.min(finest, f);
        }
        if (finest >= coarse) {
            return uniform(period, Math.max(1, (int) Math.round(period / coarse)));
        }
        double[][] merged = merge(period, foci, fine);
        foci = merged[0];
        fine = merged[1];
        // the count is integrated on a sub-grid finer than the finest cell
        int samples = (int) Math.min(4_000_000, Math.max(2000, Math.ceil(4 * period / finest)));
        double dx = period / samples;
        double[] count = new double[samples + 1];
        for (int k = 0; k < samples; k++) {
            double x = (k + 0.5) * dx;
            count[k + 1] = count[k] + dx / spacing(x, period, coarse, growth, foci, fine);
        }
        int n = Math.max(1, (int) Math.round(count[samples]));
        double[] e = new double[n + 1];
        int k = 0;
        for (int i = 1; i < n; i++) {
            double target = count[samples] * i / n;
            while (count[k + 1] < target) {
                k++;
            }
            double t = (target - count[k]) / (count[k + 1] - count[k]);
            e[i] = (k + t) * dx;
        }
        e[n] = period;
        return new GridAxis(e);
    }

    /** Foci closer than 10⁻⁹ of the period become one, with the finer size: necks share coordinates. */
    private static double[][] merge(double period, double[] foci, double[] fine) {
        double[] at = new double[foci.length];
        double[] size = new double[foci.length];
        int n = 0;
        outer:
        for (int f = 0; f < foci.length; f++) {
            for (int k = 0; k < n; k++) {
                if (Math.abs(at[k] - foci[f]) <= 1e-9 * period) {
                    size[k] = Math.min(size[k], fine[f]);
                    continue outer;
                }
            }
            at[n] = foci[f];
            size[n++] = fine[f];
        }
        return new double[][] {java.util.Arrays.copyOf(at, n), java.util.Arrays.copyOf(size, n)};
    }

    private static double spacing(double x, double period, double coarse, double growth, double[] foci,
            double[] fine) {
        double h = coarse;
        for (int f = 0; f < foci.length; f++) {
            double u = Math.abs(x - foci[f]) % period;
            double d = Math.min(u, period - u);
            h = Math.min(h, fine[f] + (growth - 1.0) * d);
        }
        return h;
    }

    /** Every cell split in two. */
    public GridAxis halved() {
        double[] e = new double[2 * edges.length - 1];
        for (int i = 0; i < edges.length - 1; i++) {
            e[2 * i] = edges[i];
            e[2 * i + 1] = 0.5 * (edges[i] + edges[i + 1]);
        }
        e[e.length - 1] = edges[edges.length - 1];
        return new GridAxis(e);
    }

    /** Number of cells. */
    public int cells() {
        return edges.length - 1;
    }

    /** The period. */
    public double period() {
        return edges[edges.length - 1];
    }

    /** Width of cell i. */
    public double width(int i) {
        return edges[i + 1] - edges[i];
    }

    /** Edge i (0 … cells). */
    public double edge(int i) {
        return edges[i];
    }

    /** Largest cell width. */
    public double maxWidth() {
        double m = 0;
        for (int i = 0; i < cells(); i++) {
            m = Math.max(m, width(i));
        }
        return m;
    }

    /** Smallest cell width. */
    public double minWidth() {
        double m = Double.MAX_VALUE;
        for (int i = 0; i < cells(); i++) {
            m = Math.min(m, width(i));
        }
        return m;
    }

    /** Index of the cell holding x (clamped to the axis). */
    public int cellOf(double x) {
        int i = Arrays.binarySearch(edges, x);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.max(0, Math.min(cells() - 1, i));
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GridAxis g && Arrays.equals(edges, g.edges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(edges);
    }

    @Override
    public String toString() {
        return "GridAxis[" + cells() + " cells, " + minWidth() + " .. " + maxWidth() + "]";
    }
}
