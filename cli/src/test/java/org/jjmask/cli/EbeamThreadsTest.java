package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exposure pass runs per hole and per grid row on the common fork-join pool (issue 14): its
 * outputs must be the same bytes with one thread as with two. Each run is its own JVM, since the
 * pool's size is fixed when it starts. The Hall bar has about 70,000 holes, so the per-hole loops
 * split into several chunks, and si_50kv has the mid-range third term.
 */
class EbeamThreadsTest {

    private static final String SPEC = """
            name: %s
            material: {preset: Nd0.8Sr0.2NiO2}
            substrate: {preset: SrTiO3}
            device: {type: hallbar, length_um: 40, width_um: 16, arm_pairs: 1, arm_width_um: 4, arm_length_um: 6}
            lattice: {type: triangular, pitch_nm: 100, hole_diameter_nm: 70, hole_vertices: 16, edge_margin_nm: 200%s}
            ebeam: {preset: %s, correction: dose, vendor: %s, stitch_error_nm: 20}
            %s""";

    @Test
    void oneThreadAndTwoWriteTheSameFiles(@TempDir Path dir) throws Exception {
        Path ordered = Files.writeString(dir.resolve("ordered.yaml"), SPEC.formatted("ordered", "", "si_50kv", "raith", ""));
        Path disordered = Files.writeString(dir.resolve("disordered.yaml"), SPEC.formatted("disordered",
                ", rotation_deg: 12", "si_30kv", "jeol", "fabrication: {preset: ebeam, min_feature_nm: 5}\n"));
        for (Path spec : List.of(ordered, disordered)) {
            for (int threads : new int[] {1, 2}) {
                Path out = dir.resolve(spec.getFileName() + "-" + threads);
                List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djava.util.concurrent.ForkJoinPool.common.parallelism=" + threads, "-cp",
                        System.getProperty("java.class.path"), "org.jjmask.cli.Main", "design", spec.toString(), "-o",
                        out.toString(), "-q"));
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("log-" + threads).toFile());
                pb.environment().put("SOURCE_DATE_EPOCH", "1700000000");
                Process p = pb.start();
                assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as(Files.readString(dir.resolve("log-" + threads))).isZero();
            }
            Path one = dir.resolve(spec.getFileName() + "-1");
            Path two = dir.resolve(spec.getFileName() + "-2");
            List<Path> files;
            try (Stream<Path> s = Files.list(one)) {
                files = s.sorted().toList();
            }
            assertThat(files.stream().map(f -> f.getFileName().toString()))
                    .anyMatch(f -> f.endsWith(".gds")).anyMatch(f -> f.endsWith(".json")).anyMatch(f -> f.endsWith(".pdf"))
                    .anyMatch(f -> f.endsWith(".doses.csv"));
            for (Path f : files) {
                assertThat(Files.readAllBytes(two.resolve(f.getFileName()))).as(f.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(f));
            }
            assertThat(Files.readString(one.resolve(spec.getFileName().toString().replace(".yaml", ".json"))))
                    .contains("\"dose_classes\"");
        }
    }
}
