package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jjmask.design.Numbers;
import org.jjmask.gds.testing.ExternalTool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar run as a user runs it, its outputs read by tools nobody here wrote: KLayout,
 * gdspy and GDSIIConvert for the mask, poppler for the report.
 */
class DemoIT {

    static final String EPOCH = "1700000000";

    @TempDir
    static Path work;

    static Path first;
    static Path second;
    static JsonNode summary;
    static String demoOut;

    record Proc(int code, String out, String err) {}

    static Proc jar(Path cwd, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("jjmask.jar")));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().remove("SOURCE_DATE_EPOCH");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = p.waitFor();
        return new Proc(code, Files.readString(out), Files.readString(err));
    }

    @BeforeAll
    static void runDemoTwice() throws Exception {
        first = work.resolve("a");
        second = work.resolve("b");
        Proc a = jar(work, Map.of("SOURCE_DATE_EPOCH", EPOCH), "demo", "-o", first.toString());
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).contains("nickelate-hallbar").contains("T_BKT");
        demoOut = a.out();
        Proc b = jar(work, Map.of("SOURCE_DATE_EPOCH", EPOCH), "demo", "-o", second.toString());
        assertThat(b.code()).as(b.err()).isZero();
        summary = new ObjectMapper().readTree(first.resolve("nickelate-hallbar.json").toFile());
    }

    @Test
    void demoWritesTheThreeFiles() {
        for (String ext : List.of("gds", "pdf", "json")) {
            assertThat(first.resolve("nickelate-hallbar." + ext)).isRegularFile().isNotEmptyFile();
        }
        assertThat(summary.get("holes").asLong()).isGreaterThan(100_000);
    }

    @Test
    void sameSpecAndEpochGiveIdenticalBytes() throws IOException {
        for (String ext : List.of("gds", "json", "pdf")) {
            assertThat(Files.readAllBytes(second.resolve("nickelate-hallbar." + ext)))
                    .as(ext).isEqualTo(Files.readAllBytes(first.resolve("nickelate-hallbar." + ext)));
        }
    }

    @Test
    void gdsStampsTheSourceDateEpoch() throws IOException {
        byte[] gds = Files.readAllBytes(first.resolve("nickelate-hallbar.gds"));
        // 1700000000 s = 2023-11-14 22:13:20 UTC; BGNLIB follows the 6-byte HEADER
        assertThat(gds[6 + 2] & 0xff).isEqualTo(0x01);
        assertThat(((gds[6 + 4] & 0xff) << 8) | (gds[6 + 5] & 0xff)).isEqualTo(2023);
        assertThat(((gds[6 + 10] & 0xff) << 8) | (gds[6 + 11] & 0xff)).isEqualTo(22);
    }

    @Test
    void klayoutCountsTheHolesTheJsonReports() throws Exception {
        String out = Klayout.run(work, """
                top = ly.top_cells()
                b = ly.top_cell().dbbox()
                print("cells %d" % ly.cells())
                print("top %s" % ",".join(c.name for c in top))
                print("holes %d" % count(1, 0))
                print("outline %d" % count(2, 0))
                print("bbox %.3f %.3f %.3f %.3f" % (b.left, b.bottom, b.right, b.top))
                print("dbu %.6f" % ly.dbu)
                """, "infile=" + first.resolve("nickelate-hallbar.gds"));
        assertThat(out).contains("holes " + summary.get("holes").asLong() + "\n")
                .contains("outline 1\n").contains("cells 3\n").contains("top nickelate_hallbar\n").contains("dbu 0.001000");

        // our own inspector agrees with KLayout on everything CONTRACT.md's inspect lists
        Proc inspect = jar(work, Map.of(), "inspect", "--json", first.resolve("nickelate-hallbar.gds").toString());
        assertThat(inspect.code()).as(inspect.err()).isZero();
        JsonNode in = new ObjectMapper().readTree(inspect.out());
        assertThat(in.get("cells").asInt()).isEqualTo(3);
        assertThat(in.get("top_cells").get(0).asText()).isEqualTo("nickelate_hallbar");
        String bbox = out.lines().filter(l -> l.startsWith("bbox ")).findFirst().orElseThrow();
        String[] kb = bbox.substring(5).split(" ");
        for (int k = 0; k < 4; k++) {
            assertThat(in.get("bbox_um").get(k).asDouble()).isCloseTo(Double.parseDouble(kb[k]), org.assertj.core.api.Assertions.within(0.0015));
        }
        long holes = 0;
        for (JsonNode l : in.get("layers")) {
            if (l.get("layer").asInt() == 1 && l.get("datatype").asInt() == 0) {
                holes = l.get("polygons").asLong();
            }
        }
        assertThat(holes).isEqualTo(summary.get("holes").asLong());
    }

    @Test
    void gdspyCountsTheSameHoles() throws Exception {
        Path python = ExternalTool.requirePythonModule("gdspy", "apt-get install -y python3-gdspy");
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(3), List.of(python.toString(), "-c", """
                import sys, gdspy
                lib = gdspy.GdsLibrary(infile=sys.argv[1])
                top = lib.top_level()
                polys = top[0].get_polygons(by_spec=True)
                print("top", top[0].name)
                print("holes", len(polys.get((1, 0), [])))
                print("outline", len(polys.get((2, 0), [])))
                """, first.resolve("nickelate-hallbar.gds").toString()));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("holes " + summary.get("holes").asLong() + "\n").contains("outline 1\n")
                .contains("top nickelate_hallbar\n");
    }

    @Test
    void gdsiiConvertReadsTheMask() throws Exception {
        Path tool = ExternalTool.require("GDSIIConvert");
        Path copy = Files.copy(first.resolve("nickelate-hallbar.gds"), work.resolve("convert.gds"));
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(2), List.of(tool.toString(), "--raw", copy.toString()));
        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
        assertThat(r.stdout() + r.stderr()).contains("JJ_HOLE").contains("JJ_ARRAY").doesNotContainIgnoringCase("error");
    }

    @Test
    void pdfCarriesTheNameAndTbktAsTheJsonHasThem() throws Exception {
        Path pdftotext = ExternalTool.require("pdftotext");
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(1), List.of(pdftotext.toString(), "-layout",
                first.resolve("nickelate-hallbar.pdf").toString(), "-"));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("nickelate-hallbar")
                .contains(rounded("tbkt_K"))
                .contains(String.valueOf(summary.get("holes").asLong()).substring(0, 3));
    }

    /** A headline number as the JSON gives it, rounded to its interval as the JSON gives that (issue 12). */
    static String rounded(String key) {
        JsonNode iv = summary.get("uncertainty").get(key);
        return Numbers.uncertain(summary.get(key).asDouble(), iv.get("low").asDouble(), iv.get("high").asDouble());
    }

    /**
     * Issue 12: the terminal table and the report's headline table (poppler's text of page 1) show
     * each headline number rounded to its interval exactly as the JSON's value and interval give it,
     * and the interval brackets the published onset range of the preset (9–16.2 K) from inside.
     */
    @Test
    void terminalReportAndJsonShowTheSameRoundedNumbers() throws Exception {
        Path pdftotext = ExternalTool.require("pdftotext");
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(1), List.of(pdftotext.toString(), "-enc", "UTF-8",
                "-f", "1", "-l", "1", first.resolve("nickelate-hallbar.pdf").toString(), "-"));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        for (String key : List.of("rn_ohm", "ej_K", "ec_K", "ej_over_ec", "tc_onset_K", "tbkt_K", "period_mT",
                "hc2_perp_T", "hc2_par_T")) {
            String shown = rounded(key);
            assertThat(demoOut).as("terminal " + key).contains(shown);
            assertThat(r.stdout()).as("report " + key).contains(shown);
        }
        assertThat(rounded("tbkt_K")).contains("(+").contains("/−");
        JsonNode tc = summary.get("uncertainty").get("tc_onset_K");
        assertThat(tc.get("low").asDouble()).isGreaterThanOrEqualTo(9.0).isLessThan(tc.get("high").asDouble() - 1);
        assertThat(tc.get("high").asDouble()).isLessThanOrEqualTo(16.2);
        assertThat(summary.get("phase_probability").get("superconductor").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void badSpecThroughTheJarExitsTwoAndWritesNothing() throws Exception {
        Path spec = Files.writeString(work.resolve("bad.yaml"), """
                name: bad
                material: {preset: Nd0.8Sr0.2NiO2}
                device: {type: hallbar, length_um: 10, width_um: 2}
                lattice: {type: square, pitch_nm: 100, hole_diameter_nm: 130}
                """);
        Path out = work.resolve("bad-out");
        Proc p = jar(work, Map.of(), "design", spec.toString(), "-o", out.toString());
        assertThat(p.code()).isEqualTo(2);
        assertThat(p.err().strip()).contains("lattice.hole_diameter_nm").contains("line 4").doesNotContain("\n");
        assertThat(out).doesNotExist();
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.map(Path::toString)).noneMatch(s -> s.endsWith(".part"));
        }
    }
}
