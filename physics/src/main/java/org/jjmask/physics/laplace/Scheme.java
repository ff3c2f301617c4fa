package org.jjmask.physics.laplace;

/**
 * How the holes enter the face conductances, and how fast each way converges with the cell size h
 * (measured against Rayleigh's multipole series for square and triangular lattices,
 * 0.05 ≤ D/a ≤ 0.99, on the graded grids of {@link Resolution}).
 */
public enum Scheme {
    /**
     * Open length of each face ({@link FaceGrid}); the default. Second order: the error falls about
     * fourfold per halving of h (max 0.9 %, 0.24 %, 0.05 % at 12, 24, 48 cells per pitch).
     */
    FACE_APERTURE(2),
    /**
     * Film fraction of each cell, harmonic mean across faces ({@link FilmGrid}). First order, with
     * a ripple as hole edges cross cells; poor on necks a few cells wide (28 % off at 3 cells).
     */
    FILM_FRACTION(1);

    private final int order;

    Scheme(int order) {
        this.order = order;
    }

    /** Convergence order p: the error goes as h^p. */
    public int order() {
        return order;
    }

    /** The grid of this scheme for a cell. */
    ConductanceGrid grid(PeriodicCell cell, GridAxis x, GridAxis y) {
        return this == FACE_APERTURE ? FaceGrid.of(cell, x, y) : FilmGrid.of(cell, x, y);
    }
}
