package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jjmask.gds.GdsLibrary;
import org.jjmask.gds.GdsWriter;
import org.jjmask.gds.GdsWriterOptions;
import org.jjmask.gds.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jjmask check} on specs and GDSII files: exit codes, the table, the JSON, and KLayout's measure. */
class CheckTest {

    static final Path DEMO = Path.of("..", "examples", "nickelate-hallbar.yaml");

    static JsonNode rule(JsonNode json, String name) {
        for (JsonNode r : json.get("rules")) {
            if (r.get("rule").asText().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no rule " + name + " in " + json);
    }

    @Test
    void theDemoSpecAndItsGdsCheckClean(@TempDir Path dir) throws Exception {
        CliTest.Run spec = CliTest.run("check", DEMO.toString());
        assertThat(spec.code()).as(spec.out() + spec.err()).isZero();
        assertThat(spec.out()).contains("min_neck").contains("hole_margin").contains("clean: no violations");

        CliTest.Run design = CliTest.run("design", DEMO.toString(), "-o", dir.toString(), "-q", "--formats", "gds");
        assertThat(design.code()).as(design.err()).isZero();
        Path gds = dir.resolve("nickelate-hallbar.gds");
        CliTest.Run file = CliTest.run("check", gds.toString(), "--json");
        assertThat(file.code()).as(file.out() + file.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(file.out());
        assertThat(json.get("clean").asBoolean()).isTrue();
        assertThat(json.get("holes").asLong()).isEqualTo(265_767);
        assertThat(json.get("drc")).isEmpty();
        // the same neck measured on the file as on the design
        JsonNode specJson = new ObjectMapper().readTree(CliTest.run("check", DEMO.toString(), "--json").out());
        assertThat(rule(json, "min_neck").get("worst_nm").asDouble())
                .isCloseTo(rule(specJson, "min_neck").get("worst_nm").asDouble(), within(1e-9));
        assertThat(rule(json, "hole_margin").get("worst_nm").asDouble())
                .isCloseTo(rule(specJson, "hole_margin").get("worst_nm").asDouble(), within(1e-6));
    }

    @Test
    void aGdsCheckedWithItsSpecGetsTheSpecsVerdictRuleByRule(@TempDir Path dir) throws Exception {
        // a 90 nm hole at 100 nm pitch: 10 nm necks, below the spec's 20 nm min_feature_nm; a 35 nm
        // --min-feature alone would flag more, so the spec's limit must be the one applied
        Path spec = Files.writeString(dir.resolve("s.yaml"), CliTest.SMALL.replace("hole_diameter_nm: 70", "hole_diameter_nm: 90"));
        CliTest.Run design = CliTest.run("design", spec.toString(), "-o", dir.toString(), "-q", "--formats", "gds");
        Path gds;
        try (var files = Files.list(dir)) {
            gds = files.filter(f -> f.toString().endsWith(".gds")).findFirst().orElseThrow(() -> new AssertionError(design.err()));
        }
        JsonNode fromSpec = new ObjectMapper().readTree(CliTest.run("check", spec.toString(), "--json").out());
        CliTest.Run fileRun = CliTest.run("check", gds.toString(), "--spec", spec.toString(), "--json");
        assertThat(fileRun.code()).as(fileRun.err()).isEqualTo(3);
        JsonNode fromFile = new ObjectMapper().readTree(fileRun.out());
        int compared = 0;
        for (JsonNode r : fromFile.get("rules")) {
            String name = r.get("rule").asText();
            JsonNode s = rule(fromSpec, name);
            assertThat(r.get("count").asLong()).as(name).isEqualTo(s.get("count").asLong());
            assertThat(r.get("limit_nm").asDouble()).as(name).isEqualTo(s.get("limit_nm").asDouble());
            if (!s.get("worst_nm").isNull()) {
                // 1e-6 nm: both measure the same snapped coordinates; only the summation order differs
                assertThat(r.get("worst_nm").asDouble()).as(name).isCloseTo(s.get("worst_nm").asDouble(), within(1e-6));
            }
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(3);
        assertThat(rule(fromFile, "min_neck").get("count").asLong()).isPositive();
        // without the spec the file check falls back to 20 nm margins and differs from the design's 200 nm edge margin
        JsonNode bare = new ObjectMapper().readTree(CliTest.run("check", gds.toString(), "--json").out());
        assertThat(rule(bare, "hole_margin").get("limit_nm").asDouble()).isEqualTo(20);
        assertThat(rule(fromFile, "hole_margin").get("limit_nm").asDouble())
                .isEqualTo(rule(fromSpec, "hole_margin").get("limit_nm").asDouble());
    }

    @Test
    void aTenNanometreNeckExitsThreeNamingMinNeckWithItsPlace(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("s.yaml"), CliTest.SMALL.replace("hole_diameter_nm: 70", "hole_diameter_nm: 90"));
        CliTest.Run r = CliTest.run("check", spec.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).containsPattern("min_neck +[0-9,]+ +(9\\.9|10\\.0) nm +≥ 20 nm +\\(-?\\d+\\.\\d{3}, -?\\d+\\.\\d{3}\\)");
        JsonNode json = new ObjectMapper().readTree(CliTest.run("check", spec.toString(), "--json").out());
        JsonNode first = json.get("drc").get(0);
        assertThat(first.get("rule").asText()).isEqualTo("min_neck");
        assertThat(first.has("x_nm") && first.has("y_nm")).isTrue();
        assertThat(first.get("measured_nm").asDouble()).isLessThan(20.0);
        assertThat(rule(json, "min_neck").get("worst_nm").asDouble()).isCloseTo(10.0, within(0.5));
        assertThat(first.get("limit_nm").asDouble()).isEqualTo(20.0);
        // nothing written
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aMarkOnTheArrayExitsThreeNamingTheRuleAndItsPlace(@TempDir Path dir) throws Exception {
        // SMALL's Hall bar is 8 × 2 µm, the lattice filling it; M1 sits on the channel, M2 far beyond it
        String marks = "marks: {type: cross, size_um: 2, width_um: 0.5, positions_um: [[1.5, 0.25], [30, 0]]}\n";
        Path spec = Files.writeString(dir.resolve("m.yaml"), CliTest.SMALL + marks);
        CliTest.Run r = CliTest.run("check", spec.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.out()).contains("marks.clearance_um 5")
                .containsPattern("annotation_overlap +1 +-\\d+\\.\\d nm +≥ 5000 nm +\\(1\\.500, 0\\.250\\)");
        JsonNode json = new ObjectMapper().readTree(CliTest.run("check", spec.toString(), "--json").out());
        assertThat(json.get("clean").asBoolean()).isFalse();
        assertThat(json.get("drc")).singleElement().satisfies(v -> {
            assertThat(v.get("rule").asText()).isEqualTo("annotation_overlap");
            assertThat(v.get("x_nm").asDouble()).isEqualTo(1500);
            assertThat(v.get("y_nm").asDouble()).isEqualTo(250);
            assertThat(v.get("measured_nm").asDouble()).isNegative();
            assertThat(v.get("limit_nm").asDouble()).isEqualTo(5000);
            assertThat(v.get("message").asText()).startsWith("mark M1 at (1.5, 0.25) µm overlaps the hole-array area");
        });

        // M2 alone is clean, and the check still says how close the nearest mark came: 30 - 1 - 4 µm
        Path clear = Files.writeString(dir.resolve("c.yaml"), CliTest.SMALL + marks.replace("[1.5, 0.25], ", ""));
        CliTest.Run ok = CliTest.run("check", clear.toString(), "--json");
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        JsonNode okJson = new ObjectMapper().readTree(ok.out());
        assertThat(rule(okJson, "annotation_overlap").get("count").asLong()).isZero();
        assertThat(rule(okJson, "annotation_overlap").get("worst_nm").asDouble()).isCloseTo(25_000, within(1e-6));
    }

    static Path twoSquares(Path dir, int secondX) throws Exception {
        Path f = dir.resolve("two.gds");
        try (OutputStream os = Files.newOutputStream(f); GdsWriter w = GdsWriter.open(os, GdsWriterOptions.defaults())) {
            w.beginLibrary("T", 1e-3, 1e-9, GdsLibrary.NO_TIME.plusYears(100));
            w.beginCell("TOP");
            w.boundary(2, 0, new int[] {0, 0, 2000, 0, 2000, 1000, 0, 1000});
            w.boundary(1, 0, new int[] {500, 500, 560, 500, 560, 560, 500, 560});
            w.boundary(1, 0, new int[] {secondX, 500, secondX + 60, 500, secondX + 60, 560, secondX, 560});
            w.endCell();
            w.endLibrary();
        }
        return f;
    }

    @Test
    void twoOverlappingHolesInAGdsAreAnOverlapWithItsPlace(@TempDir Path dir) throws Exception {
        Path f = twoSquares(dir, 540);
        CliTest.Run r = CliTest.run("check", f.toString(), "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("violations").asLong()).isEqualTo(1);
        JsonNode v = json.get("drc").get(0);
        assertThat(v.get("rule").asText()).isEqualTo("overlap");
        assertThat(v.get("x_nm").asDouble()).isBetween(540.0, 560.0);
        assertThat(v.get("y_nm").asDouble()).isBetween(500.0, 560.0);
        assertThat(v.get("message").asText()).contains("holes overlap at (");
        CliTest.Run table = CliTest.run("check", f.toString());
        assertThat(table.out()).containsPattern("overlap +1 ");

        assertThat(CliTest.run("check", twoSquares(dir, 700).toString()).code()).isZero();
    }

    @Test
    void optionsChooseLayersAndLimits(@TempDir Path dir) throws Exception {
        Path f = twoSquares(dir, 700);  // 140 nm apart, 440 nm from the outline
        assertThat(CliTest.run("check", f.toString(), "--min-feature", "150").code()).isEqualTo(3);
        assertThat(CliTest.run("check", f.toString(), "--margin", "500").code()).isEqualTo(3);
        assertThat(CliTest.run("check", f.toString(), "--grid", "7").code()).isEqualTo(3);
        CliTest.Run swapped = CliTest.run("check", f.toString(), "--holes", "2/0", "--outline", "1/0");
        assertThat(swapped.code()).isEqualTo(3);  // the "hole" is now the big rectangle around the "outline"
        CliTest.Run none = CliTest.run("check", f.toString(), "--outline", "9/0");
        assertThat(none.code()).isZero();
        assertThat(none.out()).contains("note: no polygons on the outline layer 9/0");
        CliTest.Run bad = CliTest.run("check", f.toString(), "--holes", "one");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).contains("--holes").doesNotContain("\n");
    }

    @Test
    void badInputExitsTwoWithOneLine(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("x.gds"), "this is not GDSII at all");
        CliTest.Run r = CliTest.run("check", junk.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("offset");
        CliTest.Run missing = CliTest.run("check", dir.resolve("nope.gds").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        Path badSpec = Files.writeString(dir.resolve("b.yaml"), CliTest.SMALL + "extra: 1\n");
        CliTest.Run spec = CliTest.run("check", badSpec.toString());
        assertThat(spec.code()).isEqualTo(2);
        assertThat(spec.err().strip()).contains("extra").doesNotContain("\n");
        // GDS by content, whatever the name
        Path renamed = Files.copy(twoSquares(dir, 540), dir.resolve("mask.bin"));
        assertThat(CliTest.run("check", renamed.toString()).code()).isEqualTo(3);
        assertThat(CliTest.run("check", "--help").out()).contains("--min-feature").contains("--grid");
    }

    @Test
    void klayoutMeasuresTheSameMinimumSpace(@TempDir Path dir) throws Exception {
        // a 30-gon of 77 nm at a 100 nm pitch: a neck that is not a whole number of nm
        Path spec = Files.writeString(dir.resolve("small.yaml"), CliTest.SMALL.replace("hole_diameter_nm: 70",
                "hole_diameter_nm: 77, hole_vertices: 30"));
        CliTest.Run design = CliTest.run("design", spec.toString(), "-o", dir.toString(), "-q", "--formats", "gds");
        assertThat(design.code()).as(design.err()).isZero();
        Path gds = dir.resolve("small.gds");
        double ours = rule(new ObjectMapper().readTree(CliTest.run("check", spec.toString(), "--json").out()), "min_neck")
                .get("worst_nm").asDouble();
        double oursFile = rule(new ObjectMapper().readTree(CliTest.run("check", gds.toString(), "--json",
                "--min-feature", "50").out()), "min_neck").get("worst_nm").asDouble();
        assertThat(oursFile).isCloseTo(ours, within(1e-9));

        double theirs = klayoutMinSpaceNm(dir, gds, 50);
        assertThat(ours).isCloseTo(theirs, within(1.0));
        System.err.printf("check vs KLayout space_check: min_neck %.4f nm, KLayout %.4f nm%n", ours, theirs);
    }

    /**
     * KLayout's own narrowest film between the polygons of layer 1/0 in {@code gds} (its
     * {@code space_check} within {@code searchNm}, each hole its own polygon, as written), nm.
     */
    static double klayoutMinSpaceNm(Path dir, Path gds, double searchNm) throws Exception {
        Path klayout = ExternalTool.require("klayout", "apt-get install -y klayout");
        Path script = Files.writeString(dir.resolve("space.py"), """
                import pya, math
                ly = pya.Layout()
                ly.read(infile)
                region = pya.Region(ly.top_cell().begin_shapes_rec(ly.find_layer(1, 0)))
                region.merged_semantics = False   # each hole its own polygon, as written
                pairs = region.space_check(int(round(float(d) / (ly.dbu * 1000))), False, pya.Region.Euclidian)
                def pd(px, py, e):
                    x1, y1, x2, y2 = e.p1.x, e.p1.y, e.p2.x, e.p2.y
                    dx, dy = x2 - x1, y2 - y1
                    l2 = dx * dx + dy * dy
                    t = 0 if l2 == 0 else max(0, min(1, ((px - x1) * dx + (py - y1) * dy) / l2))
                    return math.hypot(px - x1 - t * dx, py - y1 - t * dy)
                best = min(min(pd(a.p1.x, a.p1.y, b), pd(a.p2.x, a.p2.y, b), pd(b.p1.x, b.p1.y, a), pd(b.p2.x, b.p2.y, a))
                           for a, b in ((ep.first, ep.second) for ep in pairs.each()))
                print("min_space_nm %.6f" % (best * ly.dbu * 1000))
                """);
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(3), klayout.toString(), "-b", "-r", script.toString(),
                "-rd", "infile=" + gds, "-rd", "d=" + searchNm);
        assertThat(r.exitCode()).as(r.describe()).isZero();
        return Double.parseDouble(r.stdout().replaceAll("(?s).*min_space_nm ([0-9.]+).*", "$1"));
    }
}
