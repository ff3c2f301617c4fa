package org.jjmask.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Flat write of {@code holes} 32-gons through {@link org.jjmask.gds.GdsWriter}: into a new file
 * (page cache, no fsync, as KLayout writes) and into a null stream (CPU only). Score: ms per file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class FlatWriteBenchmark {

    @Param({"1000000"})
    public long holes;

    @Param({"32"})
    public int vertices;

    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile(Path.of(System.getProperty("jjmask.bench.dir", System.getProperty("java.io.tmpdir"))),
            "flat-write", ".gds");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Every write goes to a new file: truncating the last one would free 288 MB of pages inside the timing. */
    @Setup(Level.Invocation)
    public void removeLastFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public long toFile() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            return FlatHoles.write(out, holes, vertices);
        }
    }

    @Benchmark
    public long toNullStream() throws IOException {
        return FlatHoles.write(OutputStream.nullOutputStream(), holes, vertices);
    }
}
