package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The commands in-process: exit codes, messages, files written or not. */
class CliTest {

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static final String SMALL = """
            name: small
            material: {preset: Nd0.8Sr0.2NiO2}
            substrate: {preset: SrTiO3}
            device: {type: hallbar, length_um: 8, width_um: 2, arm_pairs: 1, arm_width_um: 1, arm_length_um: 1}
            lattice: {type: triangular, pitch_nm: 100, hole_diameter_nm: 70}
            """;

    @Test
    void designWritesTheThreeFiles(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("small.yaml"), SMALL);
        Path out = dir.resolve("out");
        Run r = run("design", spec.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("small.gds")).isRegularFile();
        assertThat(out.resolve("small.pdf")).isRegularFile();
        assertThat(out.resolve("small.json")).isRegularFile();
        assertThat(r.out()).contains("T_BKT").contains("holes").contains("small.gds");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("small.gds", "small.pdf", "small.json",
                    "small.lyp", "small.svg", "small.cell.svg");
        }
        // the JSON's hole count is the GDS's, read back by our own inspector
        Run inspect = run("inspect", out.resolve("small.gds").toString(), "--json");
        assertThat(inspect.code()).as(inspect.err()).isZero();
        String holes = Files.readString(out.resolve("small.json")).replaceAll("(?s).*\"holes\" : (\\d+).*", "$1");
        assertThat(inspect.out()).contains("\"polygons\" : " + holes);
    }

    @Test
    void jsonOptionPrintsTheSummaryThatWasWritten(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("small.yaml"), SMALL);
        Run r = run("design", spec.toString(), "-o", dir.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(dir.resolve("small.json")));
    }

    @Test
    void formatsChooseTheFiles(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("small.yaml"), SMALL);
        Run r = run("design", spec.toString(), "-o", dir.toString(), "--formats", "json", "-q");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(dir.resolve("small.json")).isRegularFile();
        assertThat(dir.resolve("small.gds")).doesNotExist();
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(SMALL.replace("pitch_nm: 100", "pitch_nm: -100"), "lattice.pitch_nm"),
                Arguments.of(SMALL.replace("hole_diameter_nm: 70", "hole_diameter_nm: 120"), "lattice.hole_diameter_nm"),
                Arguments.of(SMALL.replace("triangular", "pentagonal"), "lattice.type"),
                Arguments.of(SMALL + "extra: 1\n", "extra"),
                Arguments.of(SMALL.replace("name: small", "name: a/b"), "name"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badSpecExitsTwoWithOneLineAndWritesNothing(String yaml, String key, @TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("bad.yaml"), yaml);
        Path out = dir.resolve("out");
        Run r = run("design", spec.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).contains(key).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void missingSpecFileExitsTwo(@TempDir Path dir) {
        Run r = run("design", dir.resolve("nope.yaml").toString(), "-o", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.yaml").contains("no such file");
    }

    @Test
    void inspectRefusesANonGdsFileWithExitTwo(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("x.gds"), "this is not GDSII at all");
        Run r = run("inspect", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("offset");
    }

    @Test
    void designRuleViolationStillWritesAndExitsThree(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("s.yaml"), SMALL.replace("hole_diameter_nm: 70", "hole_diameter_nm: 92"));
        Run r = run("design", spec.toString(), "-o", dir.toString(), "-q");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("min_neck");
        assertThat(dir.resolve("small.json")).isRegularFile();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("design").code()).isEqualTo(2);
        assertThat(run("design", "x.yaml", "--formats", "docx").code()).isEqualTo(2);
    }

    @Test
    void helpAndVersion() {
        Run v = run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("jjmask ");
        Run h = run("--help");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("demo").contains("design").contains("predict").contains("inspect");
    }

    @Test
    void predictPrintsJsonWithoutFiles(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("small.yaml"), SMALL);
        Run r = run("predict", spec.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"tbkt_K\"").contains("\"period_mT\"");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void predictFieldPrintsPeriodsAndCriticalFields(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("small.yaml"), SMALL);
        Run r = run("predict", spec.toString(), "--field");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("h/2e period").contains("h/e period").contains("Hc2⊥ (T)").contains("Hc2∥ (T)")
                .contains("anisotropy reversal:");
        assertThat(run("predict", spec.toString()).out()).doesNotContain("anisotropy reversal:");
    }

    @Test
    void everyExampleDesigns(@TempDir Path dir) throws Exception {
        Path examples = Path.of(System.getProperty("jjmask.examples.dir", "../examples"));
        try (Stream<Path> specs = Files.list(examples)) {
            // a chip file is not a design spec: jjmask chip takes it (ChipCliTest)
            for (Path spec : specs.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith("-chip.yaml"))
                    .toList()) {
                Run r = run("design", spec.toString(), "-o", dir.toString(), "-q");
                assertThat(r.code()).as(spec + ": " + r.err()).isZero();
            }
        }
    }

    @Test
    void listPresetsShowsEveryPresetWithItsSource() throws Exception {
        Run r = run("predict", "--list-presets");
        assertThat(r.code()).isZero();
        for (String name : List.of("Nd0.8Sr0.2NiO2", "La0.8Sr0.2NiO2", "YBCO", "Nb", "NbN", "MoGe", "a-Bi", "Al",
                "SrTiO3", "KTaO3", "LaAlO3", "LSAT", "MgO", "sapphire", "Si", "SiO2", "aao", "ebeam")) {
            assertThat(r.out()).contains(name);
        }
        assertThat(r.out()).contains("Nature 572, 624 (2019)").contains("PRB 19, 3593 (1979)");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run("predict", "--list-presets", "--json").out());
        assertThat(json.get("materials")).hasSize(8);
        assertThat(json.get("substrates")).hasSize(8);
        json.get("materials").forEach(m -> assertThat(m.get("source").asText()).isNotBlank());
        // the Finkel'stein fits: NbN and a-Bi sourced (their series' R_c), MoGe [pheno], none for the rest
        assertThat(r.out()).contains("film_tc finkelstein: gamma 9.21").contains("Kang et al.");
        var fits = new java.util.TreeMap<String, Boolean>();
        json.get("materials").forEach(m -> {
            if (m.has("finkelstein")) {
                fits.put(m.get("name").asText(), m.get("finkelstein").get("sourced").asBoolean());
            }
        });
        assertThat(fits).isEqualTo(java.util.Map.of("NbN", true, "a-Bi", true, "MoGe", false));

        Run none = run("predict");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err().strip()).doesNotContain("\n").contains("SPEC");
    }
}
