/**
 * The linearised Ginzburg–Landau equation on the written unit cell (MODEL.md §9): the lowest
 * eigenvalue λ of −(∇ − i2πA/Φ0)²ψ on the film of a periodic cell, holes bounded by de Gennes'
 * condition ∂ψ/∂n = −ψ/b, on the same film-fraction grid ({@link org.jjmask.physics.laplace.FilmGrid})
 * the Laplace solve uses. λ is the pair-breaking the geometry and the field impose on the nucleating
 * order parameter; {@link org.jjmask.physics.gl.PairBreaking} turns it (with the Zeeman term and
 * spin–orbit scattering, WHH/Maki) into a transition temperature. No JTS, no files.
 */
package org.jjmask.physics.gl;
