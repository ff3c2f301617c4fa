/**
 * Classical XY Monte Carlo on any junction network (SIMULATION.md): numbers in, numbers out — no
 * JTS, no files.
 *
 * <p>{@link org.jjmask.physics.mc.XyNetwork} (islands, bonds with vectors e_b, couplings J_b, gauge
 * phases A_b; open devices or periodic patches from {@link org.jjmask.physics.mc.PeriodicCell} and
 * the five {@link org.jjmask.physics.mc.Lattice}s, the field in the Landau gauge of
 * {@link org.jjmask.physics.mc.LandauGauge}); {@link org.jjmask.physics.mc.XySimulation} (Metropolis
 * from a rotation table, over-relaxation, Wolff); {@link org.jjmask.physics.mc.Chain} and
 * {@link org.jjmask.physics.mc.ChainResult} (energy, specific heat, Υ_x, Υ_y, vortex density, binned
 * jackknife errors); {@link org.jjmask.physics.mc.ScanPlan} and {@link org.jjmask.physics.mc.Scan}
 * (sizes × temperatures × draws on threads, one split random stream per task, so neither thread
 * count nor sharding changes a number); {@link org.jjmask.physics.mc.BktFit} (universal jump with
 * the Weber–Minnhagen fit) and {@link org.jjmask.physics.mc.MonteCarloBkt} (pilot, grid, fit).
 */
package org.jjmask.physics.mc;
