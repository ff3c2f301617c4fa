package org.jjmask.gds;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits a simple polygon into pieces of at most {@code maxVertices} vertices along diagonals
 * (chords between existing vertices that lie inside the polygon). No new vertices are created,
 * so the pieces tile the original exactly: same area, no rounding, no slivers.
 *
 * <p>Cuts are chosen to halve the vertex count where a balanced diagonal is found quickly
 * (always, for convex polygons); otherwise the diagonal that every simple polygon has at its
 * lowest-leftmost vertex is used. Input that is not a simple polygon (self-intersecting) can
 * leave no valid diagonal; that is refused with an {@link IllegalArgumentException}.
 */
final class PolygonFracture {

    private static final int BALANCED_TRIES = 48;
    private static final int EXHAUSTIVE_LIMIT = 400;

    private PolygonFracture() {
    }

    /**
     * @param ring x0,y0,x1,y1,... without the closing point
     * @return rings (without closing points) of at most {@code maxVertices} vertices each
     */
    static List<int[]> fracture(int[] ring, int maxVertices) {
        int[] clean = removeDegenerateVertices(ring);
        List<int[]> out = new ArrayList<>();
        if (clean.length / 2 < 3) {
            throw new IllegalArgumentException("polygon has no area: fewer than 3 non-collinear vertices");
        }
        if (signedArea2(clean) < 0) {
            clean = reversed(clean);
        }
        Deque<int[]> work = new ArrayDeque<>();
        work.push(clean);
        while (!work.isEmpty()) {
            int[] poly = work.pop();
            int n = poly.length / 2;
            if (n <= maxVertices) {
                out.add(poly);
                continue;
            }
            int[] cut = balancedDiagonal(poly);
            if (cut == null) {
                cut = guaranteedDiagonal(poly);
            }
            int i = cut[0];
            int j = cut[1];
            work.push(slice(poly, i, j));
            work.push(slice(poly, j, i));
        }
        return out;
    }

    /** Drops repeated vertices and vertices on the straight line through their neighbours. */
    static int[] removeDegenerateVertices(int[] ring) {
        int n = ring.length / 2;
        long[] xs = new long[n];
        long[] ys = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            long x = ring[2 * i];
            long y = ring[2 * i + 1];
            // pop while the last kept vertex is a duplicate or collinear with its neighbours
            while (true) {
                if (m >= 1 && xs[m - 1] == x && ys[m - 1] == y) {
                    m--;
                } else if (m >= 2 && Orientation.orient(xs[m - 2], ys[m - 2], xs[m - 1], ys[m - 1], x, y) == 0) {
                    m--;
                } else {
                    break;
                }
            }
            xs[m] = x;
            ys[m] = y;
            m++;
        }
        // the seam between last and first
        boolean changed = true;
        int start = 0;
        while (changed && m - start >= 3) {
            changed = false;
            if (xs[m - 1] == xs[start] && ys[m - 1] == ys[start]) {
                m--;
                changed = true;
            } else if (Orientation.orient(xs[m - 2], ys[m - 2], xs[m - 1], ys[m - 1], xs[start], ys[start]) == 0) {
                m--;
                changed = true;
            } else if (Orientation.orient(xs[m - 1], ys[m - 1], xs[start], ys[start], xs[start + 1], ys[start + 1]) == 0) {
                start++;
                changed = true;
            }
        }
        int[] out = new int[2 * Math.max(0, m - start)];
        for (int i = start; i < m; i++) {
            out[2 * (i - start)] = (int) xs[i];
            out[2 * (i - start) + 1] = (int) ys[i];
        }
        return out;
    }

    /** Twice the signed area, as a double (only its sign and the tests' sums use it). */
    static double signedArea2(int[] ring) {
        int n = ring.length / 2;
        double sum = 0;
        long x0 = ring[0];
        long y0 = ring[1];
        for (int i = 1; i + 1 < n; i++) {
            long ax = ring[2 * i] - x0;
            long ay = ring[2 * i + 1] - y0;
            long bx = ring[2 * i + 2] - x0;
            long by = ring[2 * i + 3] - y0;
            sum += (double) ax * by - (double) ay * bx;
        }
        return sum;
    }

    private static int[] reversed(int[] ring) {
        int n = ring.length / 2;
        int[] out = new int[ring.length];
        for (int i = 0; i < n; i++) {
            out[2 * i] = ring[2 * (n - 1 - i)];
            out[2 * i + 1] = ring[2 * (n - 1 - i) + 1];
        }
        return out;
    }

    /** Vertices i..j inclusive, walking forward with wrap-around. */
    private static int[] slice(int[] poly, int i, int j) {
        int n = poly.length / 2;
        int count = Math.floorMod(j - i, n) + 1;
        int[] out = new int[2 * count];
        for (int k = 0; k < count; k++) {
            int p = (i + k) % n;
            out[2 * k] = poly[2 * p];
            out[2 * k + 1] = poly[2 * p + 1];
        }
        return out;
    }

    private static int[] balancedDiagonal(int[] poly) {
        int n = poly.length / 2;
        int half = n / 2;
        int tries = 0;
        for (int spread = 0; spread <= n / 4; spread++) {
            for (int start = 0; start < 4; start++) {
                int i = start * n / 4;
                for (int sign = -1; sign <= 1; sign += 2) {
                    if (spread == 0 && sign > 0) {
                        continue;
                    }
                    int j = Math.floorMod(i + half + sign * spread, n);
                    if (tries++ >= BALANCED_TRIES) {
                        return null;
                    }
                    if (isDiagonal(poly, i, j)) {
                        return new int[] {i, j};
                    }
                }
            }
        }
        return null;
    }

    /**
     * The textbook diagonal at the lowest-leftmost vertex v (always convex): either its neighbours
     * a-b form a diagonal, or the vertex inside triangle a-v-b farthest from a-b does with v.
     */
    private static int[] guaranteedDiagonal(int[] poly) {
        int n = poly.length / 2;
        int v = 0;
        for (int i = 1; i < n; i++) {
            if (poly[2 * i] < poly[2 * v] || (poly[2 * i] == poly[2 * v] && poly[2 * i + 1] < poly[2 * v + 1])) {
                v = i;
            }
        }
        int a = Math.floorMod(v - 1, n);
        int b = (v + 1) % n;
        long ax = poly[2 * a], ay = poly[2 * a + 1];
        long vx = poly[2 * v], vy = poly[2 * v + 1];
        long bx = poly[2 * b], by = poly[2 * b + 1];
        int best = -1;
        double bestDistance = -1;
        for (int k = 0; k < n; k++) {
            if (k == a || k == v || k == b) {
                continue;
            }
            long px = poly[2 * k], py = poly[2 * k + 1];
            if (Orientation.orient(ax, ay, vx, vy, px, py) >= 0 && Orientation.orient(vx, vy, bx, by, px, py) >= 0
                && Orientation.orient(bx, by, ax, ay, px, py) >= 0) {
                double d = Math.abs((double) (bx - ax) * (py - ay) - (double) (by - ay) * (px - ax));
                if (d > bestDistance) {
                    bestDistance = d;
                    best = k;
                }
            }
        }
        if (best < 0 && isDiagonal(poly, a, b)) {
            return new int[] {a, b};
        }
        if (best >= 0 && isDiagonal(poly, v, best)) {
            return new int[] {v, best};
        }
        // degenerate input (a vertex touching an edge) can break the construction; a last
        // exhaustive look, cubic, so only for small pieces
        for (int i = 0; n <= EXHAUSTIVE_LIMIT && i < n; i++) {
            for (int j = i + 2; j < n; j++) {
                if (isDiagonal(poly, i, j)) {
                    return new int[] {i, j};
                }
            }
        }
        throw new IllegalArgumentException("cannot fracture a polygon of " + n
            + " vertices: it is not simple (edges cross or touch), so no inner diagonal exists");
    }

    /** Is the chord i-j inside the counter-clockwise polygon and clear of every other edge? */
    static boolean isDiagonal(int[] poly, int i, int j) {
        int n = poly.length / 2;
        if (i == j || Math.floorMod(i - j, n) == 1 || Math.floorMod(j - i, n) == 1) {
            return false;
        }
        if (!inCone(poly, i, j) || !inCone(poly, j, i)) {
            return false;
        }
        long ix = poly[2 * i], iy = poly[2 * i + 1];
        long jx = poly[2 * j], jy = poly[2 * j + 1];
        for (int k = 0; k < n; k++) {
            int k1 = (k + 1) % n;
            if (k == i || k == j || k1 == i || k1 == j) {
                continue;
            }
            if (Orientation.segmentsTouch(ix, iy, jx, jy, poly[2 * k], poly[2 * k + 1], poly[2 * k1], poly[2 * k1 + 1])) {
                return false;
            }
        }
        return true;
    }

    /** Does the direction from vertex i to vertex j point strictly into the polygon at i? */
    private static boolean inCone(int[] poly, int i, int j) {
        int n = poly.length / 2;
        int prev = Math.floorMod(i - 1, n);
        int next = (i + 1) % n;
        long px = poly[2 * prev], py = poly[2 * prev + 1];
        long ix = poly[2 * i], iy = poly[2 * i + 1];
        long nx = poly[2 * next], ny = poly[2 * next + 1];
        long jx = poly[2 * j], jy = poly[2 * j + 1];
        if (Orientation.orient(px, py, ix, iy, nx, ny) >= 0) {
            // convex vertex: j strictly left of prev->i and strictly left of i->next
            return Orientation.orient(ix, iy, jx, jy, px, py) > 0 && Orientation.orient(jx, jy, ix, iy, nx, ny) > 0;
        }
        // reflex vertex: j must not lie in the outside wedge
        return !(Orientation.orient(ix, iy, jx, jy, nx, ny) >= 0 && Orientation.orient(jx, jy, ix, iy, px, py) >= 0);
    }
}
