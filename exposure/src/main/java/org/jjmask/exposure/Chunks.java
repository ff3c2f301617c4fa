package org.jjmask.exposure;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Per-hole and per-row loops spread over the common fork-join pool in fixed chunks. Every use
 * writes each index's result on its own or reduces by max or by integer sums, which do not depend
 * on the order: the outputs are the same bytes at any thread count
 * ({@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=1} or 2, which the tests compare).
 */
final class Chunks {

    /** Indices per task: large enough that the pool's overhead is negligible, small enough to balance. */
    static final int SIZE = 1 << 15;

    private Chunks() {}

    /** {@code body.accept(i)} for every i in [0, n), in parallel; the bodies must write disjoint places. */
    static void forEach(int n, IntConsumer body) {
        if (n <= SIZE) {
            for (int i = 0; i < n; i++) {
                body.accept(i);
            }
            return;
        }
        IntStream.range(0, count(n)).parallel().forEach(c -> {
            int hi = Math.min(n, (c + 1) * SIZE);
            for (int i = c * SIZE; i < hi; i++) {
                body.accept(i);
            }
        });
    }

    /** The largest of {@code f(i)} over [0, n) (negative infinity when n is 0); max does not depend on order. */
    static double max(int n, java.util.function.IntToDoubleFunction f) {
        return IntStream.range(0, count(n)).parallel().mapToDouble(c -> {
            double m = Double.NEGATIVE_INFINITY;
            int hi = Math.min(n, (c + 1) * SIZE);
            for (int i = c * SIZE; i < hi; i++) {
                m = Math.max(m, f.applyAsDouble(i));
            }
            return m;
        }).max().orElse(Double.NEGATIVE_INFINITY);
    }

    /**
     * The sum of {@code f(i)} over [0, n): each fixed chunk summed in index order, then the chunks'
     * sums in chunk order, so the rounding is the same at any thread count.
     */
    static double sum(int n, java.util.function.IntToDoubleFunction f) {
        double[] part = new double[count(n)];
        IntStream.range(0, part.length).parallel().forEach(c -> {
            double s = 0;
            int hi = Math.min(n, (c + 1) * SIZE);
            for (int i = c * SIZE; i < hi; i++) {
                s += f.applyAsDouble(i);
            }
            part[c] = s;
        });
        double s = 0;
        for (double x : part) {
            s += x;
        }
        return s;
    }

    /** {@code body.accept(row)} for every row in [0, rows), one task per row: rows are long (a grid row). */
    static void forEachRow(int rows, IntConsumer body) {
        IntStream.range(0, rows).parallel().forEach(body);
    }

    static int count(int n) {
        return (n + SIZE - 1) / SIZE;
    }
}
