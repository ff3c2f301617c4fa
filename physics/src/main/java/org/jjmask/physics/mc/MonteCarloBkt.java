package org.jjmask.physics.mc;

import java.util.Arrays;

/**
 * T_BKT of a network family from sizes and sweeps alone: a short pilot on the smallest size finds
 * where Υ(L_min, T) crosses 2T/π, the production grid spans 0.84–1.02 × that crossing (T_BKT
 * lies below the smallest size's crossing by the Weber–Minnhagen correction, about 5 % at L = 8),
 * and {@link BktFit} takes it from there. The pilot has its own stream (seed-derived), so every
 * shard plans the same grid.
 *
 * @param sizes patch sizes, ascending
 * @param sweeps measured steps per chain (a fifth as many thermalise)
 * @param temperatures production temperatures
 * @param draws disorder draws per (L, T)
 */
public record MonteCarloBkt(int[] sizes, int sweeps, int temperatures, int draws, long seed) {

    /** Grid span below and above the pilot crossing. */
    static final double LOW = 0.84;
    static final double HIGH = 1.02;
    static final int PILOT_POINTS = 16;

    public MonteCarloBkt {
        sizes = sizes.clone();
        if (sizes.length < 2) {
            throw new IllegalArgumentException("need at least two sizes for the finite-size fit: " + Arrays.toString(sizes));
        }
        for (int k = 0; k < sizes.length; k++) {
            if (sizes[k] < 1 || k > 0 && sizes[k] <= sizes[k - 1]) {
                throw new IllegalArgumentException("sizes must be positive and ascend: " + Arrays.toString(sizes));
            }
        }
        if (sweeps < 100 || temperatures < 3 || draws < 1) {
            throw new IllegalArgumentException("need sweeps ≥ 100, ≥ 3 temperatures and ≥ 1 draw");
        }
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    /**
     * The production plan: the pilot (on {@code threads} threads) and the grid around its crossing.
     *
     * @throws IllegalStateException when Υ of the smallest size never reaches the line 2T/π above
     *     T = 0.03·(π/2)·Υ0 (no phase coherence the Monte Carlo can resolve)
     */
    public ScanPlan plan(NetworkFamily family, int threads) {
        XyNetwork small = family.patch(sizes[0], 0);
        double[] g = small.groundStateStiffness();
        double top = 0.5 * Math.PI * ChainResult.combine(g[0], g[1]);
        double[] t = ScanPlan.range(0.03 * top, 1.05 * top, PILOT_POINTS);
        ScanPlan pilot = new ScanPlan(new int[] {sizes[0]}, t, 1, Schedule.of(Math.max(200, sweeps / 8)),
                seed ^ 0x5DEECE66DL);
        ChainResult[] chains = Scan.runAll(pilot, family, threads, k -> { });
        double[] y = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            y[k] = chains[k].helicity(-1)[2];
        }
        double cross = BktFit.crossing(t, y);
        if (!(cross > 0)) {
            throw new IllegalStateException("no phase coherence: the helicity modulus of L = " + sizes[0]
                    + " never reaches 2T/π above T = " + t[0]);
        }
        return new ScanPlan(sizes, ScanPlan.range(LOW * cross, HIGH * cross, temperatures), draws, Schedule.of(sweeps), seed);
    }
}
