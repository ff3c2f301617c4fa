package org.jjmask.physics.laplace;

import java.util.List;

/**
 * R_□,eff/R_□ of a periodic cell along one direction, extrapolated over nested grids.
 *
 * @param resistanceFactor Richardson-extrapolated R_□,eff/R_□; +∞ when the film is cut into
 *     islands (no film path wraps around the cell along the field)
 * @param errorEstimate estimated absolute error of {@code resistanceFactor}; 0 when isolated
 * @param grids the solves, coarsest first
 */
public record SheetEstimate(double resistanceFactor, double errorEstimate, List<GridSolution> grids) {

    /** Copies the list. */
    public SheetEstimate {
        grids = List.copyOf(grids);
    }

    /** True when the film is cut into isolated islands: infinite resistance. */
    public boolean isolated() {
        return Double.isInfinite(resistanceFactor);
    }

    /** Estimated relative error. */
    public double relativeError() {
        return isolated() ? 0.0 : errorEstimate / resistanceFactor;
    }

    /** The finest grid's own value, before extrapolation. */
    public double finestFactor() {
        return grids.get(grids.size() - 1).resistanceFactor();
    }
}
