package org.jjmask.physics.mc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * T_BKT/J of known networks from the engine's own Weber–Minnhagen fit. Sizes, temperatures and
 * sweeps were chosen by measuring: each run's jackknife error is 0.001–0.003 and its offset from
 * the published value below 0.01, the tolerance (which also covers the ~0.005 bias of a fit
 * over L ≤ 32–48 that SIMULATION.md reports). Each takes 10–30 s on one loaded core of two.
 */
@Tag("slow")
class BktTemperatureTest {

    private static BktFit.Result measure(Lattice lattice, double f, int[] sizes, double lo, double hi, int temps,
            int sweeps) {
        ScanPlan plan = new ScanPlan(sizes, ScanPlan.range(lo, hi, temps), 1, Schedule.of(sweeps), 20261202L);
        ChainResult[] chains = Scan.runAll(plan, (size, draw) -> lattice.patch(size, f), 2, k -> { });
        BktFit.Result r = BktFit.fit(plan, chains);
        assertThat(r.bracketed()).as("T_BKT inside the grid").isTrue();
        assertThat(r.error()).as("statistical error").isLessThan(0.004);
        return r;
    }

    /**
     * Square lattice: 0.89289(5) (Komura &amp; Okabe, J. Phys. Soc. Jpn. 81, 113001 (2012), arXiv
     * 1210.6116: β_KT = 1.11996(6)); Tomita &amp; Okabe PRB 65, 184405 (2002): 0.8933(6).
     */
    @Test
    void square() {
        BktFit.Result r = measure(Lattice.SQUARE, 0, new int[] {8, 16, 32}, 0.85, 0.97, 7, 4000);
        assertThat(r.tbkt()).isCloseTo(0.893, within(0.01));
    }

    /**
     * Honeycomb lattice: 0.575(8) and 0.576(3) (de Andrade, Jorge &amp; DaSilva, arXiv 2406.12076);
     * 0.571(8) (Jiang, arXiv 2406.14812). Sizes in cells of two sites.
     */
    @Test
    void honeycomb() {
        BktFit.Result r = measure(Lattice.HONEYCOMB, 0, new int[] {12, 24, 48}, 0.55, 0.59, 5, 3000);
        assertThat(r.tbkt()).isCloseTo(0.575, within(0.01));
    }

    /**
     * Fully frustrated square lattice (f = 1/2): T_KT ≈ 0.446 below the Ising T_c ≈ 0.452 (Olsson,
     * PRL 75, 2758 (1995), arXiv cond-mat/9506082).
     */
    @Test
    void fullyFrustratedSquare() {
        BktFit.Result r = measure(Lattice.SQUARE, 0.5, new int[] {8, 16, 32}, 0.41, 0.49, 6, 4000);
        assertThat(r.tbkt()).isCloseTo(0.446, within(0.01));
    }

    /**
     * Triangular lattice at f = 1/2 per triangle, gauge-equivalent to the antiferromagnetic
     * triangular XY model: KT 0.5102(3), Ising 0.5122(1) (Loison, cond-mat/0001122; Obuchi &amp;
     * Kawamura, J. Phys. Soc. Jpn. 81, 054003 (2012), arXiv 1202.1042). Sizes are multiples of 3,
     * as the 120° ground state needs on a torus.
     */
    @Test
    void triangularHalfFlux() {
        BktFit.Result r = measure(Lattice.TRIANGULAR, 0.5, new int[] {6, 12, 24}, 0.47, 0.55, 6, 4000);
        assertThat(r.tbkt()).isCloseTo(0.51, within(0.01));
    }

    /**
     * The measured constants written into the physics (McConstants, from L = 8–64) come back from a
     * cheaper run over L = 8–32 with another seed, within 0.01 (their statistical error is 0.002; the
     * L ≤ 32 fit moves by less than 0.005 from the L ≤ 64 one on the square lattice).
     */
    @Test
    void triangularNetworkConstant() {
        BktFit.Result r = measure(Lattice.TRIANGULAR, 0, new int[] {8, 16, 32}, 1.38, 1.56, 6, 3000);
        assertThat(r.tbkt()).isCloseTo(org.jjmask.physics.McConstants.TRIANGULAR, within(0.01));
        assertThat(org.jjmask.physics.IslandNetwork.TRIANGULAR.xyConstant()).isEqualTo(org.jjmask.physics.McConstants.TRIANGULAR);
    }

    @Test
    void diceNetworkConstant() {
        BktFit.Result r = measure(Lattice.DICE, 0, new int[] {8, 16, 32}, 0.90, 1.02, 6, 3000);
        assertThat(r.tbkt()).isCloseTo(org.jjmask.physics.McConstants.DICE, within(0.01));
        assertThat(org.jjmask.physics.IslandNetwork.DICE.xyConstant()).isEqualTo(org.jjmask.physics.McConstants.DICE);
    }
}
