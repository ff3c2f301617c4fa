package org.jjmask.design;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.jjmask.layout.LatticeType;
import org.jjmask.layout.Layout;

/**
 * Predictions over a grid of lattices: every combination of the axes' values, each through the
 * cheap pass ({@link Designer#cell}: the written unit cell, its design rules, the prediction) and
 * the fill of the device for the exact hole count. Points run in parallel; rows come back in grid
 * order (the first axis outermost), so the same spec and axes give the same rows.
 */
public final class Sweep {

    private Sweep() {}

    /** One axis: a spec key and its values. */
    public record Axis(String key, List<Object> values) {
        public Axis {
            values = List.copyOf(values);
        }
    }

    /** One grid point: its spec, the cheap pass, and the holes the device would get. */
    public record Row(Spec spec, CellDesign cell, long holes) {}

    /** The keys an axis may vary. */
    public static final List<String> KEYS = List.of("pitch_nm", "hole_diameter_nm", "lattice");

    public static int size(List<Axis> axes) {
        int n = 1;
        for (Axis a : axes) {
            n = Math.multiplyExact(n, a.values().size());
        }
        return n;
    }

    /**
     * Runs the grid on {@code threads} threads; {@code progress} is called once per finished point
     * (from any thread). {@code exactHoles}: fill the device for each point, else estimate the holes
     * as the fill region's area over the plaquette area. Holds every row: {@link #stream} for a
     * large grid.
     */
    public static List<Row> run(Spec base, List<Axis> axes, int threads, boolean exactHoles, IntConsumer progress) {
        return run(base, axes, threads, exactHoles, progress, IntStream.range(0, size(axes)).toArray());
    }

    /**
     * The grid points of shard {@code shard} of {@code shards}: every point whose index is {@code
     * shard} modulo {@code shards}, in grid order. Interleaved rather than in blocks so that each
     * shard takes its share of every axis (the cost of a point grows with the device's hole count).
     */
    public static int[] shardPoints(int points, int shard, int shards) {
        if (shards < 1 || shard < 0 || shard >= shards) {
            throw new IllegalArgumentException("shard " + shard + "/" + shards);
        }
        return IntStream.range(0, points).filter(i -> i % shards == shard).toArray();
    }

    /**
     * Runs only the grid points {@code points} (indices in grid order); the rows come back in the
     * order given. A point's row does not depend on which other points run, so the rows of a
     * sharded run are those of the whole grid.
     */
    public static List<Row> run(Spec base, List<Axis> axes, int threads, boolean exactHoles, IntConsumer progress,
            int[] points) {
        List<Row> rows = new ArrayList<>();
        stream(base, axes, threads, exactHoles, rows::add, progress, points);
        return rows;
    }

    /** Points computed in parallel at a time before their rows are handed on, in grid order. */
    public static final int CHUNK = 1024;

    /**
     * Runs the grid as {@link #run} does but hands each row to {@code sink} as soon as it and every
     * row before it are computed, in grid order on the calling thread, so that memory stays that of
     * one chunk of {@value #CHUNK} points however large the grid. The same rows as {@link #run}.
     */
    public static void stream(Spec base, List<Axis> axes, int threads, boolean exactHoles, Consumer<Row> sink,
            IntConsumer progress) {
        stream(base, axes, threads, exactHoles, sink, progress, IntStream.range(0, size(axes)).toArray());
    }

    /** {@link #stream} over the grid points {@code points} only (indices in grid order), in the order given. */
    public static void stream(Spec base, List<Axis> axes, int threads, boolean exactHoles, Consumer<Row> sink,
            IntConsumer progress, int[] points) {
        int n = points.length;
        // the device is the same at every point: its fill region's area once
        double fillArea = exactHoles ? 0 : Designer.device(base).fillRegion().intersection(
                Designer.device(base).outline()).getArea();
        AtomicInteger done = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            for (int start = 0; start < n; start += CHUNK) {
                int from = start;
                int to = Math.min(n, start + CHUNK);
                List<Row> chunk = pool.submit(() -> IntStream.range(from, to).parallel().mapToObj(i -> {
                    Row r = point(base, axes, points[i], exactHoles, fillArea);
                    progress.accept(done.incrementAndGet());
                    return r;
                }).toList()).join();
                chunk.forEach(sink);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The spec of grid point i. */
    static Spec specAt(Spec base, List<Axis> axes, int i) {
        LatticeType type = base.lattice().type();
        double pitch = base.lattice().pitchNm();
        double hole = base.lattice().holeDiameterNm();
        int rest = i;
        for (int k = axes.size() - 1; k >= 0; k--) {
            Axis a = axes.get(k);
            Object v = a.values().get(rest % a.values().size());
            rest /= a.values().size();
            switch (a.key()) {
                case "pitch_nm" -> pitch = (Double) v;
                case "hole_diameter_nm" -> hole = (Double) v;
                case "lattice" -> type = (LatticeType) v;
                default -> throw new IllegalArgumentException("cannot sweep " + a.key());
            }
        }
        return base.withLattice(type, pitch, hole);
    }

    private static Row point(Spec base, List<Axis> axes, int i, boolean exactHoles, double fillArea) {
        Spec s = specAt(base, axes, i);
        CellDesign cell = Designer.cell(s);
        long holes = 0;
        if (cell.facts().neckWidthNm() > 0) {
            if (exactHoles) {
                Layout layout = Designer.layout(s, s.lattice().gridLattice(Designer.DBU_NM));
                holes = layout.holeCount();
            } else {
                holes = Math.round(fillArea / cell.facts().plaquetteAreaNm2());
            }
        }
        return new Row(s, cell, holes);
    }

    /** Values FROM:TO:STEPS: STEPS points from FROM to TO inclusive (one point when STEPS is 1). */
    public static List<Object> steps(double from, double to, int steps) {
        List<Object> out = new ArrayList<>();
        for (int k = 0; k < steps; k++) {
            out.add(steps == 1 ? from : from + (to - from) * k / (steps - 1));
        }
        return out;
    }
}
