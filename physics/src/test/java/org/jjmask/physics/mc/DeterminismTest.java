package org.jjmask.physics.mc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Same seed, same numbers: at any thread count and for any split of the tasks into shards. */
class DeterminismTest {

    private final ScanPlan plan = new ScanPlan(new int[] {4, 6}, new double[] {0.8, 1.0, 1.2}, 2,
            new Schedule(1, 2, true, 40, 100, 4), 77);
    private final NetworkFamily family = (size, draw) -> Lattice.SQUARE.patch(size, 0)
            .keepBonds(b -> (b * 31 + draw * 7) % 11 != 0);

    @Test
    void threadCountChangesNothing() {
        ChainResult[] one = Scan.runAll(plan, family, 1, k -> { });
        ChainResult[] two = Scan.runAll(plan, family, 2, k -> { });
        ChainResult[] three = Scan.runAll(plan, family, 3, k -> { });
        for (int k = 0; k < one.length; k++) {
            assertThat(two[k].binMeans()).isDeepEqualTo(one[k].binMeans());
            assertThat(three[k].binMeans()).isDeepEqualTo(one[k].binMeans());
        }
        assertThat(BktFit.fit(plan, two).tbkt()).isEqualTo(BktFit.fit(plan, one).tbkt());
    }

    @Test
    void shardsTogetherAreTheWholeRun() {
        ChainResult[] all = Scan.runAll(plan, family, 2, k -> { });
        ChainResult[] joined = new ChainResult[plan.taskCount()];
        for (int s = 0; s < 3; s++) {
            List<ScanPlan.Task> tasks = plan.shard(s, 3);
            ChainResult[] part = Scan.run(plan, family, tasks, 1, k -> { });
            for (int k = 0; k < tasks.size(); k++) {
                joined[tasks.get(k).index()] = part[k];
            }
        }
        for (int k = 0; k < all.length; k++) {
            assertThat(joined[k].binMeans()).isDeepEqualTo(all[k].binMeans());
        }
    }

    @Test
    void anotherSeedGivesOtherNumbers() {
        ScanPlan other = new ScanPlan(plan.sizes(), plan.temperatures(), 2, plan.schedule(), 78);
        assertThat(Scan.runAll(other, family, 1, k -> { })[0].binMeans())
                .isNotEqualTo(Scan.runAll(plan, family, 1, k -> { })[0].binMeans());
    }
}
