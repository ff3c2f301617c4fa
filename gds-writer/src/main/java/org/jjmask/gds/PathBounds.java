package org.jjmask.gds;

/**
 * Bounding box of a path's outline computed the way KLayout computes it (db::path::update_bbox):
 * the contour points of both sides, with mitred joints, cut-off sharp corners and the begin/end
 * extensions, each rounded to the grid. Round ends are bounded like square ends of the same
 * extension, as KLayout does for its bbox. Matching it matters because `inspect` must report
 * the same bounding box as KLayout.
 */
final class PathBounds {

    private static final double EPSILON = 1e-10;
    private static final double SQRT2 = Math.sqrt(2.0);
    private static final double SQRT1_2 = Math.sqrt(0.5);

    private PathBounds() {
    }

    static void addTo(Path path, BoundingBox box) {
        long[] pts = realPoints(path);
        int n = pts.length / 2;
        if (n == 0) {
            return;
        }
        long width = Math.abs((long) path.width());
        long bgn = path.effectiveBeginExtension();
        long end = path.effectiveEndExtension();
        shiftedPoints(bgn, end, width, true, pts, n, box);
        shiftedPoints(end, bgn, width, false, pts, n, box);
    }

    /** Drops repeated points and points lying on the segment between their neighbours. */
    static long[] realPoints(Path path) {
        int n = path.pointCount();
        long[] out = new long[2 * n];
        int m = 0;
        int p = 0;
        while (p < n) {
            out[2 * m] = path.x(p);
            out[2 * m + 1] = path.y(p);
            m++;
            p++;
            long bx = out[2 * m - 2];
            long by = out[2 * m - 1];
            while (p < n && path.x(p) == bx && path.y(p) == by) {
                p++;
            }
            if (p < n) {
                int pn = p;
                while (++p < n) {
                    while (p < n && path.x(p) == path.x(pn) && path.y(p) == path.y(pn)) {
                        p++;
                    }
                    if (p == n || !onSegment(bx, by, path.x(p), path.y(p), path.x(pn), path.y(pn))) {
                        break;
                    }
                    pn = p;
                }
                --p;
            }
        }
        long[] trimmed = new long[2 * m];
        System.arraycopy(out, 0, trimmed, 0, 2 * m);
        return trimmed;
    }

    private static boolean onSegment(long ax, long ay, long bx, long by, long px, long py) {
        return Orientation.orient(ax, ay, bx, by, px, py) == 0 && Orientation.withinBox(ax, ay, bx, by, px, py);
    }

    /** One side of the contour; {@code forward} false walks the points backwards (the other side). */
    private static void shiftedPoints(long start, long end, long width, boolean forward, long[] pts, int n,
                                      BoundingBox box) {
        double disp = width * 0.5;
        if (n == 1) {
            // a one-point path: a zero-length segment pointing along +x
            double edx = forward ? 1.0 : -1.0;
            double ndy = edx;
            long px = px(pts, forward, n, 0);
            long py = py(pts, forward, n, 0);
            emit(box, px, py, edx * -start, ndy * disp);
            emit(box, px, py, edx * end, ndy * disp);
            return;
        }
        int p = 0;
        int pp = 1;
        boolean first = true;
        while (pp < n) {
            int ppp = pp + 1;
            double[] ed = unit(pts, forward, n, p, pp);
            double[] nd = dpx(-ed[1], ed[0], disp);
            long ppx = px(pts, forward, n, pp);
            long ppy = py(pts, forward, n, pp);
            if (first) {
                first = false;
                double[] e = dpx(ed[0], ed[1], -start);
                emit(box, px(pts, forward, n, p), py(pts, forward, n, p), e[0] + nd[0], e[1] + nd[1]);
            }
            if (ppp == n) {
                double[] e = dpx(ed[0], ed[1], end);
                emit(box, ppx, ppy, e[0] + nd[0], e[1] + nd[1]);
            } else {
                double[] eed = unit(pts, forward, n, pp, ppp);
                double[] nnd = dpx(-eed[1], eed[0], disp);
                double l1max = Math.hypot(nd[0], nd[1]);
                double l2max = Math.hypot(nnd[0], nnd[1]);
                double l1min = -distance(pts, forward, n, p, pp) - l1max;
                double l2min = -distance(pts, forward, n, ppp, pp) - l2max;
                double dv = ed[0] * eed[1] - ed[1] * eed[0];
                if (Math.abs(dv) > EPSILON) {
                    double l1 = ((nnd[0] - nd[0]) * eed[1] - (nnd[1] - nd[1]) * eed[0]) / dv;
                    double l2 = ((nd[0] - nnd[0]) * ed[1] - (nd[1] - nnd[1]) * ed[0]) / dv;
                    if (l1 < l1min - EPSILON || l2 < l2min - EPSILON) {
                        // segments too short to meet: KLayout emits a small self-overlapping loop
                        emit(box, ppx, ppy, nd[0], nd[1]);
                        box.add(ppx, ppy);
                        emit(box, ppx, ppy, nnd[0], nnd[1]);
                    } else if (l1 < l1max + EPSILON && l2 < l2max + EPSILON) {
                        emit(box, ppx, ppy, nd[0] + ed[0] * l1, nd[1] + ed[1] * l1);
                    } else {
                        double a = Math.min(l1max, l1);
                        double b = Math.min(l2max, l2);
                        emit(box, ppx, ppy, nd[0] + ed[0] * a, nd[1] + ed[1] * a);
                        emit(box, ppx, ppy, nnd[0] - eed[0] * b, nnd[1] - eed[1] * b);
                    }
                    p = pp;
                } else if (ed[0] * eed[0] + ed[1] * eed[1] < -EPSILON) {
                    // the path turns back on itself
                    double[] e1 = dpx(ed[0], ed[1], disp);
                    double[] e2 = dpx(eed[0], eed[1], disp);
                    emit(box, ppx, ppy, nd[0] + e1[0], nd[1] + e1[1]);
                    emit(box, ppx, ppy, nnd[0] - e2[0], nnd[1] - e2[1]);
                    p = pp;
                }
                // straight on: keep p, the next segment starts where this one did
            }
            pp = ppp;
        }
    }

    private static void emit(BoundingBox box, long x, long y, double dx, double dy) {
        box.add(BoundingBox.saturatingAdd(x, BoundingBox.round(dx)), BoundingBox.saturatingAdd(y, BoundingBox.round(dy)));
    }

    /** KLayout's dpx: scale a unit vector, keeping axis-parallel and 45-degree offsets on the grid. */
    private static double[] dpx(double x, double y, double d) {
        if (Math.abs(x) < EPSILON || Math.abs(y) < EPSILON) {
            double r = BoundingBox.round(d);
            return new double[] {x * r, y * r};
        }
        if (Math.abs(Math.abs(x) - Math.abs(y)) < EPSILON) {
            double r = SQRT2 * BoundingBox.round(d * SQRT1_2);
            return new double[] {x * r, y * r};
        }
        return new double[] {x * d, y * d};
    }

    private static double[] unit(long[] pts, boolean forward, int n, int a, int b) {
        double dx = px(pts, forward, n, b) - px(pts, forward, n, a);
        double dy = py(pts, forward, n, b) - py(pts, forward, n, a);
        double len = Math.hypot(dx, dy);
        return new double[] {dx / len, dy / len};
    }

    private static double distance(long[] pts, boolean forward, int n, int a, int b) {
        double dx = px(pts, forward, n, b) - px(pts, forward, n, a);
        double dy = py(pts, forward, n, b) - py(pts, forward, n, a);
        return Math.hypot(dx, dy);
    }

    private static long px(long[] pts, boolean forward, int n, int i) {
        return pts[2 * (forward ? i : n - 1 - i)];
    }

    private static long py(long[] pts, boolean forward, int n, int i) {
        return pts[2 * (forward ? i : n - 1 - i) + 1];
    }
}
