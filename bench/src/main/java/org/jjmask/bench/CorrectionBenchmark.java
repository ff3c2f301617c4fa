package org.jjmask.bench;

import java.util.concurrent.TimeUnit;
import org.jjmask.exposure.DoseCorrection;
import org.jjmask.layout.Layout;
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

/** Dose proximity correction of {@link CorrectionCase} (5.87 M holes) in a 1 GB heap. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
public class CorrectionBenchmark {

    private Layout layout;

    @Setup(Level.Trial)
    public void setUp() {
        layout = CorrectionCase.layout();
    }

    @Benchmark
    public DoseCorrection correct() {
        return CorrectionCase.correct(layout);
    }
}
