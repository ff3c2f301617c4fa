package org.jjmask.physics.gl;

import org.jjmask.physics.laplace.FilmGrid;
import org.jjmask.physics.laplace.GridAxis;

/**
 * The lowest eigenvalue λ of −(∇ − i2πA/Φ0)²ψ = λψ on the film of a periodic cell, holes walled by
 * de Gennes' condition ({@link EdgeCondition}), optionally in a perpendicular field of a whole
 * number of flux quanta through the cell (a rational flux per plaquette p/q needs a cell of q
 * plaquettes: {@link #tile}). λ is in the inverse square of the grid's length unit; with GL's
 * ξ(T)² = ξ(0)²/(1 − T/T_c0) the cell nucleates where ξ(0)²λ = 1 − T/T_c0 (Saint-James &amp; de
 * Gennes, Phys. Lett. 7, 306 (1963); de Gennes, Superconductivity of Metals and Alloys §6-3), and
 * beyond small suppression {@link PairBreaking} maps x = ξ(0)²λ to T_c.
 *
 * <p><b>Which Bloch momentum</b>: without field the band minimum is at k = 0 (the ground state of a
 * real operator with negative off-diagonal entries is positive, Perron–Frobenius). In a field the
 * magnetic Bloch momentum is the Landau gauge's centre (x0, y0) modulo (W/N, H/N); the lowest of
 * the four time-reversal-invariant momenta x0 ∈ {0, W/2N}, y0 ∈ {0, H/2N} is taken, where a lattice
 * with inversion symmetry has its band extrema [pheno: not a proof; a full minimisation over the
 * magnetic Brillouin zone costs a solve per point]. The plain film's lowest Landau level is flat.
 * Discretisation and eigensolver: {@link GlOperator}, {@link LowestMode}.
 */
public final class GlCell {
    private GlCell() {
    }

    /**
     * The lowest mode: λ (grid length unit⁻²), the eigensolver's iterations and the residual of
     * the symmetrised problem.
     */
    public record Mode(double eigenvalue, int iterations, double residual) {
    }

    /** Zero field. A clean wall gives λ = 0 exactly (ψ constant), without a solve. */
    public static Mode lowest(FilmGrid grid, EdgeCondition edge) {
        return lowest(grid, edge, 0);
    }

    /** With {@code fluxQuanta} flux quanta through the whole cell, Landau gauge. */
    public static Mode lowest(FilmGrid grid, EdgeCondition edge, int fluxQuanta) {
        if (fluxQuanta == 0 && edge.clean()) {
            return new Mode(0.0, 0, 0.0);
        }
        if (fluxQuanta == 0) {
            return solve(new GlOperator(grid, edge, 0, null));
        }
        double w = grid.x().period() / (2.0 * Math.abs(fluxQuanta));
        double h = grid.y().period() / (2.0 * Math.abs(fluxQuanta));
        Mode best = null;
        for (double[] origin : new double[][] {{0, 0}, {w, 0}, {0, h}, {w, h}}) {
            Mode m = solve(new GlOperator(grid, edge, fluxQuanta, null, origin[0], origin[1]));
            if (best == null || m.eigenvalue() < best.eigenvalue()) {
                best = m;
            }
        }
        return best;
    }

    /** At one magnetic Bloch momentum: the Landau gauge centred on (x0, y0). */
    static Mode lowestAt(FilmGrid grid, EdgeCondition edge, int fluxQuanta, double x0, double y0) {
        return solve(new GlOperator(grid, edge, fluxQuanta, null, x0, y0));
    }

    /** With an extra gauge function χ (phase q·χ per cell, row-major): λ must not change. */
    static Mode lowest(FilmGrid grid, EdgeCondition edge, int fluxQuanta, double[] gaugePhase) {
        return solve(new GlOperator(grid, edge, fluxQuanta, gaugePhase));
    }

    private static Mode solve(GlOperator op) {
        LowestMode.Result r = LowestMode.solve(op);
        return new Mode(Math.max(0.0, r.eigenvalue()), r.iterations(), r.residual());
    }

    /** The grid repeated mx times along x and my times along y: a magnetic super-cell. */
    public static FilmGrid tile(FilmGrid g, int mx, int my) {
        if (mx < 1 || my < 1) {
            throw new IllegalArgumentException("tile counts must be >= 1");
        }
        GridAxis x = repeat(g.x(), mx);
        GridAxis y = repeat(g.y(), my);
        int nx = g.x().cells();
        int ny = g.y().cells();
        double[] src = g.film();
        double[] film = new double[nx * mx * ny * my];
        for (int j = 0; j < ny * my; j++) {
            for (int i = 0; i < nx * mx; i++) {
                film[j * nx * mx + i] = src[(j % ny) * nx + i % nx];
            }
        }
        return new FilmGrid(x, y, film);
    }

    private static GridAxis repeat(GridAxis a, int m) {
        int n = a.cells();
        double p = a.period();
        double[] e = new double[n * m + 1];
        for (int r = 0; r < m; r++) {
            for (int i = 0; i < n; i++) {
                e[r * n + i] = r * p + a.edge(i);
            }
        }
        e[n * m] = m * p;
        return new GridAxis(e);
    }
}
