package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.jjmask.design.Spec;
import org.jjmask.design.SpecReader;
import org.jjmask.design.Sweep;
import org.jjmask.gds.GdsWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards on large work (issue 12): an estimate before the work, a refusal above the limits
 * unless --force (exit 2, one line with the estimate, nothing written), the sweep's rows streamed
 * to its file, the warning of a mask whose write takes hours.
 */
class GuardsTest {

    /** A rotated lattice on a 1 mm × 0.5 mm bar: about 58 million holes placed one by one. */
    static final String HUGE_ROTATED = """
            name: huge
            material: {preset: Nd0.8Sr0.2NiO2}
            device: {type: hallbar, length_um: 1000, width_um: 500, arm_pairs: 0}
            lattice: {type: triangular, pitch_nm: 100, hole_diameter_nm: 70, rotation_deg: 10}
            target: {tbkt_K: 10}
            """;

    static void assertRefused(CliTest.Run r, Path dir, String... says) throws Exception {
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).startsWith("jjmask: ").endsWith("; give --force to run it\n");
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("org.jjmask");
        for (String s : says) {
            assertThat(r.err()).contains(s);
        }
        assertThat(r.out()).isEmpty();
        try (Stream<Path> files = Files.walk(dir)) {
            // the spec alone: no output, no staged temporary
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .allMatch(n -> n.endsWith(".yaml") || n.endsWith(".gds"));
        }
    }

    @Test
    void aMillionPointSweepIsRefusedWithItsEstimate(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("s.yaml"), CliTest.SMALL);
        long t0 = System.nanoTime();
        CliTest.Run r = CliTest.run("sweep", spec.toString(), "--vary", "pitch_nm=80:200:1000000", "-o",
                dir.resolve("grid.csv").toString(), "--threads", "2");
        assertRefused(r, dir, "sweep of 1,000,000 points would take about ", " h", "write 160 MB");
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5.0);
    }

    @Test
    void aHugeScatteredDesignIsRefusedByEveryCommandThatWouldLayItOut(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("huge.yaml"), HUGE_ROTATED);
        Path out = dir.resolve("out");
        assertRefused(CliTest.run("design", spec.toString(), "-o", out.toString()), dir,
                "design of about 57,", " holes placed one by one (rotated lattice) would take about ", "GB of memory");
        assertRefused(CliTest.run("predict", spec.toString()), dir, "predict of about 57,");
        assertRefused(CliTest.run("check", spec.toString()), dir, "check of about 57,");
        assertRefused(CliTest.run("optimize", spec.toString(), "-o", out.toString()), dir, "optimize of about 57,");
        assertThat(out).doesNotExist();
    }

    /** A GDS of one 32767 × 32767 AREF: counted through the array and refused at once, as inspect counts it. */
    @Test
    void aGdsOfABillionArrayedHolesIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path gds = dir.resolve("billion.gds");
        try (OutputStream os = Files.newOutputStream(gds); GdsWriter w = GdsWriter.open(os)) {
            w.beginLibrary("LIB", 1e-3, 1e-9, LocalDateTime.of(2000, 1, 1, 0, 0));
            w.beginCell("HOLE");
            w.boundary(1, 0, new int[] {0, 0, 40, 0, 40, 40, 0, 40, 0, 0});
            w.endCell();
            w.beginCell("TOP");
            w.aref("HOLE", 32767, 32767, 0, 0, 100, 0, 0, 100);
            w.endCell();
            w.endLibrary();
        }
        long t0 = System.nanoTime();
        CliTest.Run r = CliTest.run("check", gds.toString());
        assertRefused(r, dir, "check of billion.gds (1,073,676,289 holes once arrays are expanded) would take about ",
                "GB of memory");
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5.0);
        CliTest.Run inspect = CliTest.run("inspect", gds.toString(), "--json");
        assertThat(inspect.out()).contains("1073676289");
    }

    @Test
    void forceRunsWhatTheGuardsWouldLetThroughAnyway(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("s.yaml"), CliTest.SMALL);
        CliTest.Run r = CliTest.run("sweep", spec.toString(), "--vary", "pitch_nm=100:120:3", "--force", "-q");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(4);
        assertThat(r.err()).isEmpty();
    }

    /**
     * The streamed CSV (rows written as they come, on two threads, over two chunks) is byte for byte
     * the CSV of every row collected first on one thread; stdout gets the same bytes.
     */
    @Test
    void theStreamedSweepIsTheCollectedSweep(@TempDir Path dir) throws Exception {
        Path specFile = Files.writeString(dir.resolve("s.yaml"), CliTest.SMALL);
        int points = Sweep.CHUNK + 77;
        String vary = "pitch_nm=90:140:" + points;
        Path csv = dir.resolve("grid.csv");
        CliTest.Run r = CliTest.run("sweep", specFile.toString(), "--vary", vary, "--estimate-holes", "--threads", "2",
                "-o", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("wrote " + csv + ": " + String.format("%,d", points) + " points");
        Spec spec = SpecReader.read(specFile);
        String collected = SweepCommand.csv(Sweep.run(spec, List.of(SweepCommand.axis(vary)), 1, false, done -> { }));
        String streamed = Files.readString(csv);
        assertThat(streamed.lines()).hasSize(points + 1);
        assertThat(streamed).isEqualTo(collected);
        CliTest.Run stdout = CliTest.run("sweep", specFile.toString(), "--vary", vary, "--estimate-holes", "-q");
        assertThat(stdout.out()).isEqualTo(collected);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("s.yaml", "grid.csv");
        }
    }

    @Test
    void aMaskOfHoursOfBeamTimeIsWarnedOnTheTerminal(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("slow.yaml"), CliTest.SMALL.replace("name: small", "name: slow")
                + "ebeam: {dose_uC_cm2: 250, current_nA: 0.000001}\n");
        CliTest.Run r = CliTest.run("predict", spec.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).startsWith("jjmask: warning: the e-beam would write this mask for about ").contains(" h (250 µC/cm²");
        CliTest.Run quick = CliTest.run("predict", Files.writeString(dir.resolve("small.yaml"), CliTest.SMALL).toString());
        assertThat(quick.err()).isEmpty();
    }

    @Test
    void byteSizesReadAsAPersonWritesThem() {
        assertThat(WorkGuard.bytes(160e6)).isEqualTo("160 MB");
        assertThat(WorkGuard.bytes(1.734e10)).isEqualTo("17 GB");
        assertThat(WorkGuard.bytes(2.5e9)).isEqualTo("2.5 GB");
        assertThat(WorkGuard.bytes(950)).isEqualTo("950 B");
        assertThat(WorkGuard.bytes(999)).isEqualTo("1 kB");
    }
}
