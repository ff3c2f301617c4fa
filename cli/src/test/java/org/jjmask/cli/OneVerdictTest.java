package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One verdict: {@code design SPEC}, {@code check SPEC} and {@code check FILE.gds --spec SPEC} give
 * the same design-rule violations (rule, count, worst value) and the same written necks (count,
 * narrowest, mean, σ) for every example and for disordered, rotated and scattered lattices; and
 * KLayout, which nobody here wrote, measures the same narrowest neck on the AAO example's mask.
 */
class OneVerdictTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final ObjectMapper JSON = new ObjectMapper();

    /** The constructed lattices, some with violations so that counts are compared, not only zeros. */
    static final Map<String, String> CONSTRUCTED = Map.of(
            // e-beam disorder of 86 nm holes at 100 nm: some necks below 20 nm, a few merged holes
            "disordered", CliTest.SMALL.replace("name: small", "name: disordered")
                    .replace("hole_diameter_nm: 70}", "hole_diameter_nm: 86}")
                    + "fabrication: {preset: ebeam, diameter_sigma_nm: 3, position_sigma_nm: 3, seed: 5}\n",
            // a square lattice turned 17°: every hole its own SREF, necks at 12 nm below 20, a widest-hole limit broken
            "rotated", CliTest.SMALL.replace("name: small", "name: rotated")
                    .replace("{type: triangular, pitch_nm: 100, hole_diameter_nm: 70}",
                            "{type: square, pitch_nm: 100, hole_diameter_nm: 88, rotation_deg: 17}")
                    + "fabrication: {max_hole_nm: 87}\n",
            // AAO disorder and a turn, edge damage that destroys the narrowest necks
            "scattered", CliTest.SMALL.replace("name: small", "name: scattered")
                    .replace("hole_diameter_nm: 70}", "hole_diameter_nm: 72, rotation_deg: 30}")
                    + "fabrication: {preset: aao, seed: 11, min_feature_nm: 10, edge_damage_nm: 6}\n",
            // an ordered lattice whose necks all fall below the limit and are destroyed by edge damage
            "ordered-violations", CliTest.SMALL.replace("name: small", "name: ordered-violations")
                    .replace("hole_diameter_nm: 70}", "hole_diameter_nm: 84}")
                    + "fabrication: {edge_damage_nm: 8, max_hole_nm: 80}\n");

    static Stream<String> specs() throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.endsWith("-chip.yaml")).sorted().forEach(out::add);
        }
        CONSTRUCTED.keySet().stream().sorted().forEach(out::add);
        return out.stream();
    }

    /** rule → {count, worst} of the violated rules in a {@code check --json}. */
    static Map<String, double[]> violated(JsonNode check) {
        Map<String, double[]> out = new TreeMap<>();
        for (JsonNode r : check.get("rules")) {
            if (r.get("count").asLong() > 0) {
                out.put(r.get("rule").asText(), new double[] {r.get("count").asLong(), r.get("worst_nm").asDouble()});
            }
        }
        return out;
    }

    /** rule → {count, worst} from the design's JSON: one entry per rule, its count in the message. */
    static Map<String, double[]> violatedByDesign(JsonNode summary) {
        Pattern worstOf = Pattern.compile("\\(the worst of ([0-9,]+)\\)");
        Map<String, double[]> out = new TreeMap<>();
        for (JsonNode v : summary.get("drc")) {
            Matcher m = worstOf.matcher(v.get("message").asText());
            long count = m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 1;
            out.put(v.get("rule").asText(), new double[] {count, v.get("measured_nm").asDouble()});
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void designCheckSpecAndCheckGdsGiveOneVerdict(String name, @TempDir Path dir) throws Exception {
        Path spec = CONSTRUCTED.containsKey(name) ? Files.writeString(dir.resolve(name + ".yaml"), CONSTRUCTED.get(name))
                : EXAMPLES.resolve(name);
        Path out = dir.resolve("out");
        CliTest.Run design = CliTest.run("design", spec.toString(), "-o", out.toString(), "-q", "--formats", "gds,json");
        assertThat(design.code()).as(design.err()).isIn(0, 3);
        Path json;
        Path gds;
        try (Stream<Path> files = Files.list(out)) {
            List<Path> all = files.toList();
            json = all.stream().filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
            gds = all.stream().filter(p -> p.toString().endsWith(".gds")).findFirst().orElseThrow();
        }
        JsonNode summary = JSON.readTree(json.toFile());
        CliTest.Run specRun = CliTest.run("check", spec.toString(), "--json");
        CliTest.Run fileRun = CliTest.run("check", gds.toString(), "--spec", spec.toString(), "--json");
        assertThat(specRun.code()).as(specRun.err()).isEqualTo(design.code());
        assertThat(fileRun.code()).as(fileRun.err()).isEqualTo(design.code());
        JsonNode fromSpec = JSON.readTree(specRun.out());
        JsonNode fromFile = JSON.readTree(fileRun.out());

        // the GDS carries no labels or marks' intent: the annotation rules are the spec's alone (none are broken here)
        Map<String, double[]> bySpec = violated(fromSpec);
        Map<String, double[]> byFile = violated(fromFile);
        Map<String, double[]> byDesign = violatedByDesign(summary);
        assertThat(byFile.keySet()).as("rules broken, file vs spec").isEqualTo(bySpec.keySet());
        assertThat(byDesign.keySet()).as("rules broken, design vs check").isEqualTo(bySpec.keySet());
        for (String rule : bySpec.keySet()) {
            double[] s = bySpec.get(rule);
            assertThat(byFile.get(rule)[0]).as(rule + " count, file").isEqualTo(s[0]);
            assertThat(byDesign.get(rule)[0]).as(rule + " count, design").isEqualTo(s[0]);
            assertThat(byFile.get(rule)[1]).as(rule + " worst, file").isEqualTo(s[1]);
            // the design's JSON rounds to six significant digits
            assertThat(byDesign.get(rule)[1]).as(rule + " worst, design").isCloseTo(s[1], within(Math.abs(s[1]) * 1e-5 + 1e-9));
        }
        // every rule the file is checked by has the spec's limit and the same worst value, violated or not
        for (JsonNode r : fromFile.get("rules")) {
            JsonNode s = CheckTest.rule(fromSpec, r.get("rule").asText());
            assertThat(r.get("limit_nm").asDouble()).as(r.get("rule").asText()).isEqualTo(s.get("limit_nm").asDouble());
            assertThat(r.get("worst_nm").isNull()).isEqualTo(s.get("worst_nm").isNull());
            if (!s.get("worst_nm").isNull()) {
                assertThat(r.get("worst_nm").asDouble()).as(r.get("rule").asText() + " worst")
                        .isEqualTo(s.get("worst_nm").asDouble());
            }
        }

        // the written necks: the summary's statistics are those of all of them, as both checks count them
        JsonNode ns = fromSpec.get("necks");
        JsonNode nf = fromFile.get("necks");
        if (summary.get("necks").asLong() == 0) {
            assertThat(ns).isNull();
            assertThat(nf).isNull();
            return;
        }
        assertThat(nf.get("count").asLong()).isEqualTo(ns.get("count").asLong());
        assertThat(summary.get("necks").asLong()).isEqualTo(ns.get("count").asLong());
        assertThat(nf.get("min_nm").asDouble()).isEqualTo(ns.get("min_nm").asDouble());
        assertThat(nf.get("mean_nm").asDouble()).isCloseTo(ns.get("mean_nm").asDouble(), within(1e-9));
        assertThat(nf.get("std_nm").asDouble()).isCloseTo(ns.get("std_nm").asDouble(), within(1e-9));
        assertThat(summary.get("neck_width_nm").asDouble()).isCloseTo(ns.get("min_nm").asDouble(),
                within(ns.get("min_nm").asDouble() * 1e-5));
        assertThat(summary.get("neck_width_mean_nm").asDouble()).isCloseTo(ns.get("mean_nm").asDouble(),
                within(ns.get("mean_nm").asDouble() * 1e-5));
        assertThat(summary.get("neck_width_std_nm").asDouble()).isCloseTo(ns.get("std_nm").asDouble(),
                within(ns.get("std_nm").asDouble() * 1e-5 + 1e-9));
        // no overlap and no other neighbour closer: the narrowest written neck is the min_neck rule's worst
        JsonNode overlap = CheckTest.rule(fromSpec, "overlap");
        if (overlap.get("count").asLong() == 0) {
            assertThat(CheckTest.rule(fromSpec, "min_neck").get("worst_nm").asDouble()).isEqualTo(ns.get("min_nm").asDouble());
        }
        // the bulk window's figures keep their own, named keys
        if (summary.get("network").has("bulk_neck_width_min_nm")) {
            assertThat(summary.get("network").has("neck_width_min_nm")).isFalse();
        }
    }

    @Test
    void theAaoExampleIsCleanAtItsOwnTenNanometresAndItsCommentIsTrue(@TempDir Path dir) throws Exception {
        Path spec = EXAMPLES.resolve("nickelate-aao-hallbar.yaml");
        String comment = Files.readString(spec);
        assertThat(comment).contains("the narrowest is 11.3 nm").contains("64 of them are");
        CliTest.Run design = CliTest.run("design", spec.toString(), "-o", dir.toString(), "-q", "--formats", "gds,json");
        assertThat(design.code()).as(design.err()).isZero();
        JsonNode summary = JSON.readTree(dir.resolve("nickelate-aao-hallbar.json").toFile());
        assertThat(summary.get("neck_width_nm").asDouble()).isCloseTo(11.3, within(0.05));
        assertThat(summary.get("drc")).isEmpty();
        Path gds = dir.resolve("nickelate-aao-hallbar.gds");
        // at 20 nm the same mask breaks min_neck 64 times, as the comment says
        CliTest.Run at20 = CliTest.run("check", gds.toString(), "--spec", spec.toString(), "--min-feature", "20", "--json");
        assertThat(at20.code()).isEqualTo(3);
        assertThat(CheckTest.rule(JSON.readTree(at20.out()), "min_neck").get("count").asLong()).isEqualTo(64);

        // KLayout's own space check of the holes layer finds the same narrowest film
        double theirs = CheckTest.klayoutMinSpaceNm(dir, gds, 20);
        double ours = CheckTest.rule(JSON.readTree(CliTest.run("check", gds.toString(), "--spec", spec.toString(),
                "--json").out()), "min_neck").get("worst_nm").asDouble();
        assertThat(ours).isCloseTo(theirs, within(1e-3));
        System.err.printf("AAO example: narrowest neck %.6f nm, KLayout space_check %.6f nm%n", ours, theirs);
    }
}
