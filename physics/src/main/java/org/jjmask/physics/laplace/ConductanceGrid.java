package org.jjmask.physics.laplace;

/**
 * A tensor grid over the periodic cell that knows the conductance of every cell face (R_□ = 1):
 * from film fractions per cell ({@link FilmGrid}) or from open face lengths ({@link FaceGrid}).
 */
public sealed interface ConductanceGrid permits FilmGrid, FaceGrid {

    /** Cell edges along x. */
    GridAxis x();

    /** Cell edges along y. */
    GridAxis y();

    /**
     * Face conductances, row-major cells {@code j·nx + i}: {@code [0][c]} the face between cell c and
     * its east neighbour, {@code [1][c]} between c and its north neighbour (periodic wrap). Fresh
     * arrays.
     */
    double[][] faceConductances();
}
