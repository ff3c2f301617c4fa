package org.jjmask.physics.laplace;

/**
 * The solve on one grid.
 *
 * @param conductance σ_eff/σ along the field, 0 when no film path wraps around the cell
 * @param unknowns number of unknowns
 * @param iterations conjugate-gradient iterations
 * @param finestCell smallest cell width
 */
public record GridSolution(double conductance, int unknowns, int iterations, double finestCell) {

    /** True when a film path carries current across the cell along the field. */
    public boolean conducts() {
        return conductance > 0;
    }

    /** R_□,eff/R_□ = σ/σ_eff; +∞ for isolated islands. */
    public double resistanceFactor() {
        return conducts() ? 1.0 / conductance : Double.POSITIVE_INFINITY;
    }
}
