/**
 * The effective sheet resistance of a periodic hole lattice from ∇·(σ∇V) = 0 on the film of its
 * unit cell (MODEL.md §2): plain numbers in (hole disks or polygons, or film/face fractions a
 * layout module computed), R_□,eff/R_□ with an error estimate out. Finite volumes on a graded
 * tensor grid ({@link org.jjmask.physics.laplace.GridAxis}, {@link org.jjmask.physics.laplace.FaceGrid}
 * or {@link org.jjmask.physics.laplace.FilmGrid}), Commons Math conjugate gradients
 * ({@link org.jjmask.physics.laplace.GridSolver}), Richardson extrapolation over nested grids
 * ({@link org.jjmask.physics.laplace.SheetSolver}). No JTS, no files.
 */
package org.jjmask.physics.laplace;
