package org.jjmask.bench;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jjmask.design.Designer;
import org.jjmask.design.Spec;
import org.jjmask.design.SpecReader;
import org.jjmask.design.Uncertainty;
import org.jjmask.physics.ArrayGeometry;
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
 * What the uncertainty propagation adds to a design pass (issue 12, docs/BENCHMARKS.md): the
 * {@value Uncertainty#DRAWS}-draw Latin hypercube of the demo's inputs, each draw predicted on the
 * pass's own geometry (as {@link Designer#run} does), and the same through the cheap unit-cell
 * path ({@link Designer#cell}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class UncertaintyBenchmark {

    static final String SPEC = """
            name: bench-uncertainty
            material: {preset: Nd0.8Sr0.2NiO2}
            substrate: {preset: SrTiO3}
            device: {type: hallbar, length_um: 100, width_um: 20, arm_pairs: 2, arm_width_um: 5, arm_length_um: 20}
            lattice: {type: triangular, pitch_nm: 100, hole_diameter_nm: 70, hole_vertices: 32, edge_margin_nm: 200}
            fabrication: {min_feature_nm: 20}
            conditions: {base_temperature_K: 0.05}
            """;

    private Spec spec;
    private ArrayGeometry geometry;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        spec = SpecReader.parse(SPEC, "bench-uncertainty.yaml");
        geometry = Designer.cell(spec).geometry().orElseThrow();
    }

    @Benchmark
    public Uncertainty propagateOnTheDesignGeometry() {
        return Uncertainty.propagate(spec, s -> Optional.of(Designer.predict(s, geometry, 0)));
    }

    @Benchmark
    public Uncertainty propagateThroughTheCellPath() {
        return Uncertainty.propagate(spec, s -> Designer.cell(s).prediction());
    }
}
