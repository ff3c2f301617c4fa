package org.jjmask.physics.laplace;

import java.util.ArrayList;
import java.util.List;

/**
 * The necks of a periodic cell: for every pair of holes (a hole and the periodic images of every
 * hole, itself included) the gap between them and its middle. Disks are exact; a polygon pair
 * uses the vertex-to-edge distances, exact for disjoint polygons; a disk meeting a polygon is
 * treated as its inscribed {@value #DISK_SIDES}-gon (within 0.12 % of r), which is enough to place
 * the grid refinement.
 */
public final class Necks {

    static final int DISK_SIDES = 64;

    private Necks() {
    }

    /** Every neck narrower than {@code maxWidth}, each reported once per hole pair and image. */
    public static List<Neck> of(PeriodicCell cell, double maxWidth) {
        List<Neck> out = new ArrayList<>();
        List<Hole> holes = cell.holes();
        double w = cell.width();
        double h = cell.height();
        for (int a = 0; a < holes.size(); a++) {
            for (int b = a; b < holes.size(); b++) {
                for (int sx = -1; sx <= 1; sx++) {
                    for (int sy = -1; sy <= 1; sy++) {
                        if (a == b && (sx < 0 || (sx == 0 && sy <= 0))) {
                            continue; // a hole with itself, or an image pair already counted
                        }
                        Neck n = between(holes.get(a), holes.get(b).shifted(sx * w, sy * h));
                        if (n.width() < maxWidth) {
                            out.add(new Neck(wrap(n.x(), w), wrap(n.y(), h), n.width()));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static double wrap(double v, double period) {
        double r = v % period;
        return r < 0 ? r + period : r;
    }

    /** The neck between two holes. */
    static Neck between(Hole p, Hole q) {
        if (p instanceof Disk a && q instanceof Disk b) {
            double dx = b.cx() - a.cx();
            double dy = b.cy() - a.cy();
            double dist = Math.hypot(dx, dy);
            double gap = dist - a.radius() - b.radius();
            double t = dist > 0 ? (a.radius() + 0.5 * gap) / dist : 0.0;
            return new Neck(a.cx() + t * dx, a.cy() + t * dy, gap);
        }
        PolygonHole a = polygon(p);
        PolygonHole b = polygon(q);
        double[] best = {Double.MAX_VALUE, 0, 0};
        closest(a, b, best);
        closest(b, a, best);
        return new Neck(best[1], best[2], overlaps(a, b) ? -best[0] : best[0]);
    }

    private static PolygonHole polygon(Hole h) {
        if (h instanceof Disk d) {
            return PolygonHole.regular(DISK_SIDES, d.cx(), d.cy(), d.radius(), 0.0);
        }
        return (PolygonHole) h;
    }

    /** Shortest vertex-of-a to edge-of-b distance; best = {distance, middle x, middle y}. */
    private static void closest(PolygonHole a, PolygonHole b, double[] best) {
        double[] ax = a.xs();
        double[] ay = a.ys();
        double[] bx = b.xs();
        double[] by = b.ys();
        for (int i = 0; i < ax.length; i++) {
            for (int j = 0; j < bx.length; j++) {
                int k = (j + 1) % bx.length;
                double ex = bx[k] - bx[j];
                double ey = by[k] - by[j];
                double len2 = ex * ex + ey * ey;
                double t = len2 > 0 ? ((ax[i] - bx[j]) * ex + (ay[i] - by[j]) * ey) / len2 : 0.0;
                t = Math.max(0.0, Math.min(1.0, t));
                double px = bx[j] + t * ex;
                double py = by[j] + t * ey;
                double d = Math.hypot(ax[i] - px, ay[i] - py);
                if (d < best[0]) {
                    best[0] = d;
                    best[1] = 0.5 * (ax[i] + px);
                    best[2] = 0.5 * (ay[i] + py);
                }
            }
        }
    }

    /** True when the polygons share area: crossing edges, or one holds a vertex of the other. */
    private static boolean overlaps(PolygonHole a, PolygonHole b) {
        double[] ax = a.xs();
        double[] ay = a.ys();
        double[] bx = b.xs();
        double[] by = b.ys();
        for (int i = 0; i < ax.length; i++) {
            int i2 = (i + 1) % ax.length;
            for (int j = 0; j < bx.length; j++) {
                int j2 = (j + 1) % bx.length;
                if (cross(ax[i], ay[i], ax[i2], ay[i2], bx[j], by[j], bx[j2], by[j2])) {
                    return true;
                }
            }
        }
        return containsVertex(a, b) || containsVertex(b, a);
    }

    private static boolean cross(double x1, double y1, double x2, double y2, double x3, double y3, double x4,
            double y4) {
        double d1 = orient(x3, y3, x4, y4, x1, y1);
        double d2 = orient(x3, y3, x4, y4, x2, y2);
        double d3 = orient(x1, y1, x2, y2, x3, y3);
        double d4 = orient(x1, y1, x2, y2, x4, y4);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double orient(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }

    private static boolean containsVertex(PolygonHole outer, PolygonHole inner) {
        double[] x = outer.xs();
        double[] y = outer.ys();
        double px = inner.xs()[0];
        double py = inner.ys()[0];
        boolean in = false;
        for (int i = 0, j = x.length - 1; i < x.length; j = i++) {
            if ((y[i] > py) != (y[j] > py) && px < (x[j] - x[i]) * (py - y[i]) / (y[j] - y[i]) + x[i]) {
                in = !in;
            }
        }
        return in;
    }
}
