package org.jjmask.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jjmask.design.OptimizationResult;
import org.jjmask.design.Optimizer;
import org.jjmask.design.Spec;
import org.jjmask.design.SpecReader;
import org.jjmask.design.Sweep;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The design loop's speed goals (docs/BENCHMARKS.md): an optimisation of pitch and hole diameter
 * toward a T_BKT and period target with the analytic models ({@link Optimizer#optimize}, the search
 * alone: scan, local searches, the written grid), and a 100 × 100 sweep on both cores with the holes
 * estimated ({@code jjmask sweep --estimate-holes}) and, on a 10 µm bridge, counted by the fill.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class OptimizeBenchmark {

    static final String SPEC = """
            name: bench-opt
            material: {preset: Nd0.8Sr0.2NiO2}
            substrate: {preset: SrTiO3}
            device: {type: bridge, length_um: 10, width_um: 2, taper_length_um: 8, pad_size_um: 40}
            lattice: {type: triangular, pitch_nm: 100, hole_diameter_nm: 70}
            fabrication: {min_feature_nm: 20}
            target:
              tbkt_K: {value: 13.9, tolerance: 0.05}
              period_mT: {value: 100, tolerance: 10}
              vary: {pitch_nm: [80, 220], hole_diameter_nm: [30, 150]}
            """;

    private Spec spec;
    private List<Sweep.Axis> grid;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        spec = SpecReader.parse(SPEC, "bench-opt.yaml");
        grid = List.of(new Sweep.Axis("pitch_nm", Sweep.steps(80, 200, 100)),
                new Sweep.Axis("hole_diameter_nm", Sweep.steps(40, 150, 100)));
    }

    @Benchmark
    public OptimizationResult optimizeTwoParameters() {
        return Optimizer.optimize(spec);
    }

    @Benchmark
    public List<Sweep.Row> sweep10kEstimatedHoles() {
        return Sweep.run(spec, grid, 2, false, i -> { });
    }

    @Benchmark
    @Measurement(iterations = 2, time = 10)
    public List<Sweep.Row> sweep10kExactHolesBridge() {
        return Sweep.run(spec, grid, 2, true, i -> { });
    }
}
