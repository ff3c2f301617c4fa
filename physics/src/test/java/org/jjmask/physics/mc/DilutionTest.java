package org.jjmask.physics.mc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Bond dilution: removing a fraction p of the bonds lowers T_BKT monotonically, towards 0 at the
 * bond-percolation threshold p_c = 1/2 of the square lattice (Surungan &amp; Okabe, PRB 71, 184438
 * (2005), arXiv cond-mat/0503562). Estimator: the disorder-averaged Υ(L = 16, T) crossing 2T/π,
 * which lies above T_BKT by a finite-size shift but keeps the order.
 */
@Tag("slow")
class DilutionTest {

    @Test
    void dilutionLowersTheTransitionMonotonically() {
        double[] ps = {0.0, 0.15, 0.3, 0.45};
        double[] t = ScanPlan.range(0.05, 1.05, 11);
        double[] crossing = new double[ps.length];
        for (int k = 0; k < ps.length; k++) {
            double p = ps[k];
            long base = 1000L * k;
            int draws = p == 0 ? 1 : 4;
            ScanPlan plan = new ScanPlan(new int[] {16}, t, draws, Schedule.of(1000), 31 + base);
            NetworkFamily family = (size, draw) -> {
                SplittableRandom r = new SplittableRandom(base + draw);
                boolean[] keep = new boolean[Lattice.SQUARE.patch(size, 0).bonds()];
                for (int b = 0; b < keep.length; b++) {
                    keep[b] = r.nextDouble() >= p;
                }
                return Lattice.SQUARE.patch(size, 0).keepBonds(b -> keep[b]);
            };
            BktFit.Result r = BktFit.fit(plan, Scan.runAll(plan, family, 2, i -> { }));
            crossing[k] = BktFit.crossing(t, r.helicity()[0]);
        }
        assertThat(crossing[0]).isBetween(0.9, 1.0);
        for (int k = 1; k < ps.length; k++) {
            assertThat(crossing[k]).as("p = %s below p = %s", ps[k], ps[k - 1]).isLessThan(crossing[k - 1] - 0.05);
        }
        assertThat(crossing[ps.length - 1]).as("near p_c").isLessThan(0.35 * crossing[0]);
    }
}
