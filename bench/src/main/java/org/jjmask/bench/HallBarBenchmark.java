package org.jjmask.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Spec;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hierarchical path on {@link HallBarDesign}'s Hall bar: the lattice fill alone
 * ({@link Layout#of}), the whole design pass ({@code Designer.run}: fill, facts, rules,
 * prediction), and {@code LayoutGds.write} of its result into a file and into a null stream.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class HallBarBenchmark {

    private Spec spec;
    private DesignResult result;
    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        spec = HallBarDesign.spec();
        result = HallBarDesign.design(spec);
        file = Files.createTempFile(Path.of(System.getProperty("jjmask.bench.dir", System.getProperty("java.io.tmpdir"))),
            "hallbar", ".gds");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Layout fill() {
        Layout l = result.layout();
        return Layout.of(l.device(), l.lattice(), l.hole(), l.marginNm(), l.dbuNm());
    }

    @Benchmark
    public DesignResult design() {
        return HallBarDesign.design(spec);
    }

    @Benchmark
    public long writeFile() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            return HallBarDesign.write(result, out);
        }
    }

    @Benchmark
    public long writeNullStream() throws IOException {
        return HallBarDesign.write(result, OutputStream.nullOutputStream());
    }
}
