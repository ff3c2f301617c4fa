package org.jjmask.physics.laplace;

import java.util.ArrayList;
import java.util.List;

/**
 * Effective sheet resistance of a periodic hole lattice: ∇·(σ∇V) = 0 on the film, holes insulating,
 * periodic with an imposed average field (MODEL.md §2), solved on nested grids ({@link GridSolver})
 * and Richardson-extrapolated (Richardson, Phil. Trans. R. Soc. A 210, 307 (1911)):
 * R* = R(h/2) + (R(h/2) − R(h))/(2^p − 1), p the {@link Scheme#order() order} of the scheme.
 *
 * <p>Error estimate: with three grids, the change between the two extrapolations; with two, the
 * Richardson correction |R(h/2) − R(h)|/(2^p − 1) (the finer grid's own estimated error), but for
 * {@link Scheme#FACE_APERTURE} at least {@value #TWO_GRID_FLOOR} of R*, the largest error of R*
 * found against Rayleigh's series over square and triangular lattices at 0.05 ≤ D/a ≤ 0.99 with
 * {@link Resolution#DEFAULT} (where the two grids happen to agree, the correction alone would
 * claim too much).
 */
public final class SheetSolver {

    /** Relative floor of the two-grid error estimate of the face-aperture scheme. */
    public static final double TWO_GRID_FLOOR = 1e-3;

    private SheetSolver() {
    }

    /** Solves {@code cell} along {@code dir} at {@code res}. */
    public static SheetEstimate solve(PeriodicCell cell, Direction dir, Resolution res) {
        GridAxis[] axes = res.axes(cell);
        List<GridSolution> grids = new ArrayList<>();
        for (int level = 0; level < res.levels(); level++) {
            if (level > 0) {
                axes = new GridAxis[] {axes[0].halved(), axes[1].halved()};
            }
            grids.add(GridSolver.solve(res.scheme().grid(cell, axes[0], axes[1]), dir));
        }
        return extrapolate(grids, res.scheme());
    }

    /** Richardson extrapolation of nested solves, coarsest first, cell size halving each time. */
    static SheetEstimate extrapolate(List<GridSolution> grids, Scheme scheme) {
        int n = grids.size();
        GridSolution finest = grids.get(n - 1);
        if (!finest.conducts()) {
            return new SheetEstimate(Double.POSITIVE_INFINITY, 0.0, grids);
        }
        double r2 = finest.resistanceFactor();
        if (!grids.get(n - 2).conducts()) {
            // the coarser grid cut a neck the finer one resolves: no extrapolation possible
            return new SheetEstimate(r2, r2, grids);
        }
        double gain = 1.0 / ((1 << scheme.order()) - 1);
        double r1 = grids.get(n - 2).resistanceFactor();
        double best = r2 + (r2 - r1) * gain;
        double error;
        if (n >= 3 && grids.get(n - 3).conducts()) {
            double r0 = grids.get(n - 3).resistanceFactor();
            error = Math.abs(best - (r1 + (r1 - r0) * gain));
        } else {
            double floor = scheme == Scheme.FACE_APERTURE ? TWO_GRID_FLOOR * best : 0.0;
            error = Math.max(Math.abs(r2 - r1) * gain, floor);
        }
        return new SheetEstimate(best, error, grids);
    }
}
