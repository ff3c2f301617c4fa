package org.jjmask.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jjmask.gds.GdsFormatException;
import org.jjmask.gds.GdsInspector;
import org.jjmask.gds.GdsLibrary;
import org.jjmask.gds.GdsReader;
import org.jjmask.gds.Inspection;
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
 * Read of a flat file of {@code holes} 32-gons written by {@link FlatHoles} (250,000 holes is
 * GDSII.md's 72 MB peer file; 10<sup>6</sup> is 288 MB) with {@link GdsReader#read(Path)}, with
 * and without {@link GdsInspector#inspect}. The file is in the page cache. Score: ms per file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class FlatReadBenchmark {

    @Param({"250000", "1000000"})
    public long holes;

    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile(Path.of(System.getProperty("jjmask.bench.dir", System.getProperty("java.io.tmpdir"))),
            "flat-read", ".gds");
        try (OutputStream out = Files.newOutputStream(file)) {
            FlatHoles.write(out, holes, 32);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public GdsLibrary read() throws IOException, GdsFormatException {
        return GdsReader.read(file);
    }

    @Benchmark
    public Inspection readAndInspect() throws IOException, GdsFormatException {
        return GdsInspector.inspect(GdsReader.read(file));
    }
}
