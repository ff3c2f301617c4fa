package org.jjmask.physics.mc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.SplittableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The grid of chains behind one T_BKT: sizes × temperatures × disorder draws, each chain with its
 * own random stream split off one seeded L64X128 generator (Steele &amp; Vigna, "LXM: better
 * splittable pseudorandom number generators", OOPSLA 2021; Commons RNG {@code L64_X128_MIX}) in
 * task order, so a task's numbers do not depend on which thread or shard runs it.
 *
 * @param sizes patch sizes L, ascending
 * @param temperatures temperatures, ascending, in units of the reference coupling
 * @param draws disorder draws per (L, T), averaged before the fit
 */
public record ScanPlan(int[] sizes, double[] temperatures, int draws, Schedule schedule, long seed) {

    public ScanPlan {
        sizes = sizes.clone();
        temperatures = temperatures.clone();
        if (sizes.length == 0 || temperatures.length == 0 || draws < 1) {
            throw new IllegalArgumentException("need at least one size, one temperature and one draw");
        }
        for (int k = 1; k < sizes.length; k++) {
            if (sizes[k] <= sizes[k - 1]) {
                throw new IllegalArgumentException("sizes must ascend: " + Arrays.toString(sizes));
            }
        }
        for (int k = 0; k < temperatures.length; k++) {
            if (!(temperatures[k] > 0) || Double.isInfinite(temperatures[k])
                    || k > 0 && temperatures[k] <= temperatures[k - 1]) {
                throw new IllegalArgumentException("temperatures must be positive and ascend: "
                        + Arrays.toString(temperatures));
            }
        }
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    @Override
    public double[] temperatures() {
        return temperatures.clone();
    }

    /** Evenly spaced temperatures from {@code lo} to {@code hi}. */
    public static double[] range(double lo, double hi, int count) {
        double[] t = new double[count];
        for (int k = 0; k < count; k++) {
            t[k] = count == 1 ? lo : lo + (hi - lo) * k / (count - 1);
        }
        return t;
    }

    /** One chain of the grid. */
    public record Task(int index, int sizeIndex, int temperatureIndex, int draw) {
    }

    public int taskCount() {
        return sizes.length * temperatures.length * draws;
    }

    /** Task {@code k}: size-major, then temperature, then draw. */
    public Task task(int k) {
        int d = k % draws;
        int t = (k / draws) % temperatures.length;
        int s = k / (draws * temperatures.length);
        return new Task(k, s, t, d);
    }

    /** The tasks of shard {@code shard} of {@code shards} (every shards-th task). */
    public List<Task> shard(int shard, int shards) {
        if (shards < 1 || shard < 0 || shard >= shards) {
            throw new IllegalArgumentException("shard " + shard + "/" + shards);
        }
        List<Task> out = new ArrayList<>();
        for (int k = shard; k < taskCount(); k += shards) {
            out.add(task(k));
        }
        return out;
    }

    /** The random streams of all tasks, in task order. */
    UniformRandomProvider[] streams() {
        SplittableUniformRandomProvider root = (SplittableUniformRandomProvider) RandomSource.L64_X128_MIX.create(seed);
        UniformRandomProvider[] out = new UniformRandomProvider[taskCount()];
        for (int k = 0; k < out.length; k++) {
            out[k] = root.split();
        }
        return out;
    }
}
