package org.jjmask.physics.mc;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Runs the chains of a {@link ScanPlan} on a fixed number of threads. */
public final class Scan {
    private Scan() {
    }

    /**
     * Runs {@code tasks} of {@code plan}; result k is the chain of {@code tasks.get(k)}. The order
     * the threads finish in changes nothing: each task has its own stream and its own slot.
     *
     * @param progress called with the task index as each one finishes (from worker threads)
     */
    public static ChainResult[] run(ScanPlan plan, NetworkFamily family, List<ScanPlan.Task> tasks, int threads,
            IntConsumer progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1: " + threads);
        }
        var streams = plan.streams();
        int[] sizes = plan.sizes();
        double[] temps = plan.temperatures();
        ChainResult[] out = new ChainResult[tasks.size()];
        // largest chains first, so the pool does not end on one long straggler
        Integer[] order = new Integer[tasks.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (p, q) -> Integer.compare(tasks.get(q).sizeIndex(), tasks.get(p).sizeIndex()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "xy-mc");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?>[] fs = new Future<?>[order.length];
            for (int q = 0; q < order.length; q++) {
                int k = order[q];
                ScanPlan.Task task = tasks.get(k);
                fs[q] = pool.submit(() -> {
                    XyNetwork net = family.patch(sizes[task.sizeIndex()], task.draw());
                    out[k] = Chain.run(net, temps[task.temperatureIndex()], plan.schedule(), streams[task.index()]);
                    progress.accept(task.index());
                });
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** All tasks of the plan. */
    public static ChainResult[] runAll(ScanPlan plan, NetworkFamily family, int threads, IntConsumer progress) {
        return run(plan, family, plan.shard(0, 1), threads, progress);
    }
}
