package org.jjmask.physics.laplace;

import java.util.ArrayDeque;

import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealLinearOperator;
import org.apache.commons.math3.linear.RealVector;

/**
 * The finite-volume system of one periodic cell on one grid, for a unit average field along one
 * direction. Potential V = u − E·x (or y) with u periodic; cell-centred unknowns u; the current
 * across a face is G·(V₁ − V₂) with the face conductance G of the {@link ConductanceGrid}
 * (R_□ = 1). Only the film clusters that wrap around the cell along the field carry a net
 * current; the rest is dropped, and one cell of each kept cluster is pinned at u = 0 (the gauge),
 * which leaves a symmetric positive-definite M-matrix.
 */
final class CellSystem implements ArrayOperator {

    private final int nx;
    private final int ny;
    private final double[] gEast;
    private final double[] gNorth;
    private final double[] dropEast;
    private final double[] dropNorth;
    private final boolean[] kept;
    private final int[] unknownOf;
    private final int[] cellOf;
    private final int[] eastNb;
    private final double[] eastG;
    private final int[] northNb;
    private final double[] northG;
    private final double[] diag;
    private final double[] rhs;
    private final double area;
    private final boolean conducts;

    CellSystem(ConductanceGrid grid, Direction dir) {
        GridAxis x = grid.x();
        GridAxis y = grid.y();
        nx = x.cells();
        ny = y.cells();
        int n = nx * ny;
        area = x.period() * y.period();
        double[][] g = grid.faceConductances();
        gEast = g[0];
        gNorth = g[1];
        dropEast = new double[n];
        dropNorth = new double[n];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int c = j * nx + i;
                if (dir == Direction.X) {
                    dropEast[c] = 0.5 * (x.width(i) + x.width((i + 1) % nx));
                } else {
                    dropNorth[c] = 0.5 * (y.width(j) + y.width((j + 1) % ny));
                }
            }
        }
        kept = new boolean[n];
        boolean[] pinned = new boolean[n];
        conducts = keepWrappingClusters(dir, pinned);
        unknownOf = new int[n];
        int m = 0;
        for (int c = 0; c < n; c++) {
            unknownOf[c] = kept[c] && !pinned[c] ? m++ : -1;
        }
        cellOf = new int[m];
        eastNb = new int[m];
        eastG = new double[m];
        northNb = new int[m];
        northG = new double[m];
        diag = new double[m];
        rhs = new double[m];
        for (int c = 0; c < n; c++) {
            int k = unknownOf[c];
            if (k < 0) {
                continue;
            }
            cellOf[k] = c;
            int e = east(c);
            int w = west(c);
            int no = north(c);
            int so = south(c);
            diag[k] = (e != c ? gEast[c] + gEast[w] : 0) + (no != c ? gNorth[c] + gNorth[so] : 0);
            rhs[k] = -(gEast[c] * dropEast[c] - gEast[w] * dropEast[w])
                    - (gNorth[c] * dropNorth[c] - gNorth[so] * dropNorth[so]);
            eastG[k] = gEast[c];
            northG[k] = gNorth[c];
        }
        // unknownOf[e] is only final once the loop has passed e: fill neighbours in a second pass
        for (int k = 0; k < m; k++) {
            int c = cellOf[k];
            eastNb[k] = east(c) != c && gEast[c] > 0 ? unknownOf[east(c)] : -1;
            northNb[k] = north(c) != c && gNorth[c] > 0 ? unknownOf[north(c)] : -1;
        }
    }

    private int east(int c) {
        int i = c % nx;
        return i == nx - 1 ? c - i : c + 1;
    }

    private int west(int c) {
        int i = c % nx;
        return i == 0 ? c + nx - 1 : c - 1;
    }

    private int north(int c) {
        int j = c / nx;
        return j == ny - 1 ? c % nx : c + nx;
    }

    private int south(int c) {
        int j = c / nx;
        return j == 0 ? c + (ny - 1) * nx : c - nx;
    }

    /**
     * Marks the cells of every cluster (cells joined by faces of non-zero conductance) that wraps
     * around the periodic cell along {@code dir}, pins the first cell of each, and says whether
     * any does. A cluster wraps when the breadth-first walk reaches a cell through two paths whose
     * periodic image offsets differ along {@code dir}.
     */
    private boolean keepWrappingClusters(Direction dir, boolean[] pinned) {
        int n = nx * ny;
        int[] comp = new int[n];
        java.util.Arrays.fill(comp, -1);
        int[] offX = new int[n];
        int[] offY = new int[n];
        boolean any = false;
        int[] members = new int[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int id = 0;
        for (int start = 0; start < n; start++) {
            if (comp[start] >= 0 || !(hasFace(start))) {
                continue;
            }
            int count = 0;
            boolean wraps = false;
            comp[start] = id;
            queue.add(start);
            while (!queue.isEmpty()) {
                int c = queue.poll();
                members[count++] = c;
                int i = c % nx;
                int j = c / nx;
                wraps |= visit(c, east(c), gEast[c], offX[c] + (i == nx - 1 ? 1 : 0), offY[c], id, comp, offX, offY,
                        queue, dir);
                wraps |= visit(c, west(c), gEast[west(c)], offX[c] - (i == 0 ? 1 : 0), offY[c], id, comp, offX, offY,
                        queue, dir);
                wraps |= visit(c, north(c), gNorth[c], offX[c], offY[c] + (j == ny - 1 ? 1 : 0), id, comp, offX, offY,
                        queue, dir);
                wraps |= visit(c, south(c), gNorth[south(c)], offX[c], offY[c] - (j == 0 ? 1 : 0), id, comp, offX,
                        offY, queue, dir);
            }
            if (wraps) {
                any = true;
                for (int q = 0; q < count; q++) {
                    kept[members[q]] = true;
                }
                pinned[start] = true;
            }
            id++;
        }
        return any;
    }

    private boolean hasFace(int c) {
        return gEast[c] > 0 || gNorth[c] > 0 || gEast[west(c)] > 0 || gNorth[south(c)] > 0;
    }

    private static boolean visit(int from, int to, double g, int ox, int oy, int id, int[] comp, int[] offX,
            int[] offY, ArrayDeque<Integer> queue, Direction dir) {
        if (g <= 0) {
            return false;
        }
        if (comp[to] < 0) {
            comp[to] = id;
            offX[to] = ox;
            offY[to] = oy;
            queue.add(to);
            return false;
        }
        return dir == Direction.X ? offX[to] != ox : offY[to] != oy;
    }

    /** True when some film cluster wraps around the cell along the field: a finite resistance. */
    boolean conducts() {
        return conducts;
    }

    /** Number of unknowns. */
    int size() {
        return cellOf.length;
    }

    /** The right-hand side, for a unit field. */
    RealVector rhs() {
        return new ArrayRealVector(rhs, true);
    }

    /** Diagonal of the matrix. */
    double[] diagonal() {
        return diag;
    }

    @Override
    public void apply(double[] in, double[] out) {
        int m = cellOf.length;
        for (int k = 0; k < m; k++) {
            out[k] = diag[k] * in[k];
        }
        for (int k = 0; k < m; k++) {
            int e = eastNb[k];
            if (e >= 0) {
                double g = eastG[k];
                out[k] -= g * in[e];
                out[e] -= g * in[k];
            }
            int no = northNb[k];
            if (no >= 0) {
                double g = northG[k];
                out[k] -= g * in[no];
                out[no] -= g * in[k];
            }
        }
    }

    /**
     * σ_eff/σ = P / (E² A): the power dissipated in the cell per unit average field squared, per
     * area — the energy definition of the effective conductivity, σ_eff⟨E⟩² = ⟨σ|∇V|²⟩ (e.g. Milton,
     * The Theory of Composites (2002)), here Σ G ΔV² over the faces. Being an energy it errs by the
     * square of the solver's error; it is exact for a uniform film.
     */
    double conductance(double[] u) {
        if (!conducts) {
            return 0.0;
        }
        double p = 0.0;
        for (int c = 0; c < nx * ny; c++) {
            if (!kept[c]) {
                continue;
            }
            double uc = value(u, c);
            if (gEast[c] > 0) {
                double d = uc - value(u, east(c)) + dropEast[c];
                p += gEast[c] * d * d;
            }
            if (gNorth[c] > 0) {
                double d = uc - value(u, north(c)) + dropNorth[c];
                p += gNorth[c] * d * d;
            }
        }
        return p / area;
    }

    private double value(double[] u, int c) {
        int k = unknownOf[c];
        return k < 0 ? 0.0 : u[k];
    }

    /**
     * The off-diagonal entries as neighbour lists, four slots per unknown ({@code −1} when empty):
     * slot q of unknown k couples it to {@code nb[4k+q]} with entry {@code −g[4k+q]}.
     */
    void neighbours(int[] nb, double[] g) {
        java.util.Arrays.fill(nb, -1);
        for (int k = 0; k < cellOf.length; k++) {
            int e = eastNb[k];
            if (e >= 0) {
                link(k, e, eastG[k], nb, g);
            }
            int no = northNb[k];
            if (no >= 0) {
                link(k, no, northG[k], nb, g);
            }
        }
    }

    private static void link(int a, int b, double w, int[] nb, double[] g) {
        put(a, b, w, nb, g);
        put(b, a, w, nb, g);
    }

    private static void put(int a, int b, double w, int[] nb, double[] g) {
        for (int q = 0; q < 4; q++) {
            if (nb[4 * a + q] == b) {
                g[4 * a + q] += w;
                return;
            }
            if (nb[4 * a + q] < 0) {
                nb[4 * a + q] = b;
                g[4 * a + q] = w;
                return;
            }
        }
        throw new IllegalStateException("more than four neighbours");
    }

    /** The matrix as a Commons Math operator. */
    RealLinearOperator operator() {
        return ArrayOperator.asOperator(this, size());
    }
}
