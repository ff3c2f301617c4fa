package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sweep --shard I/N} and {@code merge} of its parts: the unsharded CSV, byte for byte. */
class SweepShardTest {

    private static final String[] GRID = {"--vary", "pitch_nm=160:240:4", "--vary", "hole_diameter_nm=80:120:3"};

    private static List<String> sweep(Path spec, String... more) {
        List<String> a = new ArrayList<>(List.of("sweep", spec.toString()));
        a.addAll(List.of(GRID));
        a.addAll(List.of(more));
        return a;
    }

    /** Three shards of a 12-point grid, each its own JVM, merged in another order: the single run's bytes. */
    @Test
    void shardsInSeparateProcessesMergeIntoTheUnshardedCsv(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("sq.yaml"), McCommandTest.SQUARE);
        Path whole = dir.resolve("whole.csv");
        CliTest.Run one = CliTest.run(sweep(spec, "-o", whole.toString(), "-q").toArray(String[]::new));
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(Files.readAllLines(whole)).hasSize(13);
        List<Process> procs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.jjmask.cli.Main"));
            cmd.addAll(sweep(spec, "--shard", i + "/3", "-o", dir.resolve("part" + i + ".csv").toString(), "--threads",
                    "1", "-q"));
            procs.add(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log" + i).toFile())
                    .start());
        }
        for (int i = 0; i < 3; i++) {
            assertThat(procs.get(i).waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(procs.get(i).exitValue()).as(Files.readString(dir.resolve("log" + i))).isZero();
        }
        // each part holds its own third of the grid, not the whole
        assertThat(Files.readAllLines(dir.resolve("part1.csv")).stream().filter(l -> !l.startsWith("#")).count())
                .isEqualTo(1 + 4);
        Path merged = dir.resolve("merged.csv");
        CliTest.Run m = CliTest.run("merge", dir.resolve("part2.csv").toString(), dir.resolve("part0.csv").toString(),
                dir.resolve("part1.csv").toString(), "-o", merged.toString());
        assertThat(m.code()).as(m.err()).isZero();
        assertThat(Files.readAllBytes(merged)).isEqualTo(Files.readAllBytes(whole));

        CliTest.Run missing = CliTest.run("merge", dir.resolve("part0.csv").toString(), dir.resolve("part1.csv").toString(),
                "-o", dir.resolve("m2.csv").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("missing").contains("point 2");
        assertThat(dir.resolve("m2.csv")).doesNotExist();
        CliTest.Run twice = CliTest.run("merge", dir.resolve("part0.csv").toString(), dir.resolve("part0.csv").toString(),
                "-o", dir.resolve("m3.csv").toString());
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("twice");
    }

    /** Parts of two different sweeps do not merge; --shard without -o is refused; one line, exit 2. */
    @Test
    void mismatchedPartsAndBadShardsAreRefused(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("sq.yaml"), McCommandTest.SQUARE);
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertThat(CliTest.run(sweep(spec, "--shard", "0/2", "-o", a.toString(), "--estimate-holes", "-q")
                .toArray(String[]::new)).code()).isZero();
        assertThat(CliTest.run(sweep(spec, "--shard", "1/2", "-o", b.toString(), "-q").toArray(String[]::new)).code())
                .isZero();
        CliTest.Run m = CliTest.run("merge", a.toString(), b.toString(), "-o", dir.resolve("m.csv").toString());
        assertThat(m.code()).isEqualTo(2);
        assertThat(m.err()).contains("another sweep");
        for (List<String> bad : List.of(sweep(spec, "--shard", "0/2"), sweep(spec, "--shard", "2/2", "-o",
                dir.resolve("p.csv").toString()), sweep(spec, "--shard", "x", "-o", dir.resolve("p.csv").toString()))) {
            CliTest.Run r = CliTest.run(bad.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
        assertThat(dir.resolve("p.csv")).doesNotExist();
    }
}
