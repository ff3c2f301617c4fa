package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jjmask mc} and {@code jjmask merge}: keys, exit codes, and shards that merge into the same bytes. */
class McCommandTest {

    static final String SQUARE = """
            name: sq
            material: {preset: Nd0.8Sr0.2NiO2}
            substrate: {preset: SrTiO3}
            device: {type: hallbar, length_um: 8, width_um: 2, arm_pairs: 1, arm_width_um: 1, arm_length_um: 1}
            lattice: {type: square, pitch_nm: 200, hole_diameter_nm: 120}
            """;

    private static final String[] SMALL_RUN = {"--sizes", "4,8", "--sweeps", "300", "--temperatures", "4", "--seed", "5"};

    private static String[] args(String first, Path spec, String... more) {
        List<String> a = new ArrayList<>(List.of(first, spec.toString()));
        a.addAll(List.of(SMALL_RUN));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void jsonHasTheContractKeys(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("sq.yaml"), SQUARE);
        CliTest.Run r = CliTest.run(args("mc", spec, "--json"));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode mc = new ObjectMapper().readTree(r.out()).get("mc");
        for (String key : List.of("tbkt_over_ej", "tbkt_over_ej_error", "tbkt_K", "sizes", "sweeps", "updates_per_s")) {
            assertThat(mc.has(key)).as(key).isTrue();
        }
        assertThat(mc.get("network").asText()).isEqualTo("square");
        // a 4-8 fit on 300 sweeps is rough; the square network's 0.893 within 10 % says the wiring is right
        assertThat(mc.get("tbkt_over_ej").asDouble()).isBetween(0.80, 0.98);
        assertThat(mc.get("tbkt_K").asDouble()).isGreaterThan(0).isLessThan(15.0);
        assertThat(mc.get("sizes").toString()).isEqualTo("[4,8]");
        assertThat(r.out()).doesNotContain("NaN");
    }

    @Test
    void badInputIsExitTwoWithOneLine(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("sq.yaml"), SQUARE);
        for (String[] bad : List.of(new String[] {"mc", spec.toString(), "--sizes", "8"},
                new String[] {"mc", spec.toString(), "--sizes", "16,8"}, new String[] {"mc", spec.toString(), "--shard", "2/2", "-o",
                    dir.resolve("p").toString()}, new String[] {"mc", spec.toString(), "--shard", "0/2"},
                new String[] {"mc", dir.resolve("missing.yaml").toString()})) {
            CliTest.Run r = CliTest.run(bad);
            assertThat(r.code()).as(String.join(" ", bad) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
        assertThat(dir.resolve("p")).doesNotExist();
        CliTest.Run m = CliTest.run("merge", Files.writeString(dir.resolve("x.json"), "{}").toString(), "-o",
                dir.resolve("m.json").toString());
        assertThat(m.code()).isEqualTo(2);
        assertThat(dir.resolve("m.json")).doesNotExist();
    }

    /** Three shards, each its own JVM, merged: the same bytes as one unsharded run; a missing part is refused. */
    @Test
    void shardsInSeparateProcessesMergeIntoTheUnshardedBytes(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("sq.yaml"), SQUARE);
        Path whole = dir.resolve("whole.json");
        assertThat(CliTest.run(args("mc", spec, "-o", whole.toString(), "-q")).code()).isZero();
        List<Process> procs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.jjmask.cli.Main"));
            cmd.addAll(List.of(args("mc", spec, "--shard", i + "/3", "-o", dir.resolve("part" + i + ".json").toString(),
                    "--threads", "1", "-q")));
            procs.add(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log" + i).toFile()).start());
        }
        for (int i = 0; i < 3; i++) {
            assertThat(procs.get(i).waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(procs.get(i).exitValue()).as(Files.readString(dir.resolve("log" + i))).isZero();
        }
        Path merged = dir.resolve("merged.json");
        CliTest.Run m = CliTest.run("merge", dir.resolve("part2.json").toString(), dir.resolve("part0.json").toString(),
                dir.resolve("part1.json").toString(), "-o", merged.toString());
        assertThat(m.code()).as(m.err()).isZero();
        assertThat(Files.readAllBytes(merged)).isEqualTo(Files.readAllBytes(whole));
        CliTest.Run missing = CliTest.run("merge", dir.resolve("part0.json").toString(), dir.resolve("part1.json").toString(),
                "-o", dir.resolve("m2.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("missing");
    }
}
