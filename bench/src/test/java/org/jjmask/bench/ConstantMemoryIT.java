package org.jjmask.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the uber-jar as docs/BENCHMARKS.md does. The streaming writer needs constant memory: ten
 * million flat 32-gons (2.88 GB of GDSII) in a 64 MB heap. A writer that kept its elements would
 * need some 3 GB; this one allocates nothing per element. The bytes go to /dev/null so the build
 * does not write 2.9 GB; BENCHMARKS.md has the same run into a real file.
 */
class ConstantMemoryIT {

    private static final Path JAR = Path.of(System.getProperty("jjmask.bench.jar", "target/benchmarks.jar"));
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    @Test
    void tenMillionHolesIn64MegabytesOfHeap() throws Exception {
        String out = run(List.of("-Xmx64m", "-cp", JAR.toString(), "org.jjmask.bench.FlatWrite", "10000000", "/dev/null"));
        assertThat(out).contains("holes=10000000").contains("bytes=2880000106");
    }

    @Test
    void theJarListsTheBenchmarks() throws Exception {
        String out = run(List.of("-jar", JAR.toString(), "-l"));
        assertThat(out).contains("FlatWriteBenchmark.toFile", "FlatWriteBenchmark.toNullStream",
            "FlatReadBenchmark.read", "FlatReadBenchmark.readAndInspect", "HallBarBenchmark.fill",
            "HallBarBenchmark.design", "HallBarBenchmark.writeFile", "HallBarBenchmark.writeNullStream");
    }

    private static String run(List<String> args) throws IOException, InterruptedException {
        assertThat(JAR).as("run `mvn package` first").exists();
        List<String> command = new ArrayList<>();
        command.add(JAVA);
        command.addAll(args);
        Path log = Files.createTempFile("bench-it", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in 2 minutes").isTrue();
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(out).isZero();
            return out;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
