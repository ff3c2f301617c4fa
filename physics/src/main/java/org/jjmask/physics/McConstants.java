package org.jjmask.physics;

/**
 * Classical XY constants c = k_B T_BKT / J measured with jjmask's own Monte Carlo
 * ({@code org.jjmask.physics.mc}) where no published value exists (SIMULATION.md, table) [measured].
 *
 * <p>Protocol (2026-12-02, seed 1, reproducible with
 * {@code new MonteCarloBkt(new int[] {8, 16, 32, 64}, 3000, 8, 1, 1).plan(...)} on
 * {@code Lattice.TRIANGULAR/DICE.patch(L, 0)}): periodic L × L patches of unit couplings, L = 8,
 * 16, 32, 64 primitive cells; per step 1 Metropolis + 2 over-relaxation sweeps + a Wolff cluster
 * sweep; 3000 measured steps (600 thermalising) in 20 bins per chain; 8 temperatures over 0.84–1.02
 * × the L = 8 crossing of Υ with 2T/π; T_BKT from the universal jump (Nelson &amp; Kosterlitz 1977)
 * with the Weber–Minnhagen fit Υ(L, T) = (2T/π)[1 + 1/(2 ln L + C)] (PRB 37, 5986 (1988)),
 * jackknife errors over bins.
 *
 * <p>Calibration of the same protocol (same run, same seed) on networks with published values:
 * square 0.8888 ± 0.0010 against 0.89289(5) (Komura &amp; Okabe, JPSJ 81, 113001 (2012)): 0.46 % low;
 * honeycomb 0.5644 ± 0.0006 against 0.575(8) (de Andrade et al., arXiv 2406.12076) and 0.571(8)
 * (Jiang, arXiv 2406.14812): 1.2–1.8 % low. The fit over L ≤ 64 thus reads low by 0.5–2 %; the
 * constants below are the raw measurements, to be read to about ±2 %.
 */
public final class McConstants {
    private McConstants() {
    }

    /**
     * Triangular network (honeycomb hole lattice, z = 6): 1.4605 ± 0.0018 (fit χ²/dof 0.59, C = 0.69).
     * SIMULATION.md's crude earlier estimate was 1.464–1.470.
     */
    public static final double TRIANGULAR = 1.4605;

    /** Its one-sigma statistical error. */
    public static final double TRIANGULAR_ERROR = 0.0018;

    /**
     * Dice network (kagome hole lattice, 6-fold hubs and 3-fold rims): 0.9635 ± 0.0012 (fit χ²/dof
     * 0.11, C = 1.83); the earlier guess 1.031 was 7 % high.
     */
    public static final double DICE = 0.9635;

    /** Its one-sigma statistical error. */
    public static final double DICE_ERROR = 0.0012;
}
