package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** optimize and sweep from the command line: exit codes, files, the optimised spec, the CSV. */
class OptimizeCliTest {

    static final String SPEC = """
            name: opt
            material: {preset: Nd0.8Sr0.2NiO2}
            substrate: {preset: SrTiO3}
            device: {type: bridge, length_um: 4, width_um: 2, taper_length_um: 2, pad_size_um: 10}
            lattice: {type: triangular, pitch_nm: 120, hole_diameter_nm: 60}
            fabrication: {min_feature_nm: 20, diameter_sigma_nm: 2, position_sigma_nm: 1}
            target:
              tbkt_K: {value: 13.9, tolerance: 0.05}
              phase: superconductor
              yield_samples: 40
            """;

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theOptimisedSpecReproducesTheOptimisedNumbersThroughDesign(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("opt.yaml"), SPEC);
        CliTest.Run r = CliTest.run("optimize", spec.toString(), "-o", dir.resolve("a").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("every target met").contains("yield");
        Path optimized = dir.resolve("a/opt.optimized.yaml");
        assertThat(optimized).isRegularFile();
        JsonNode a = JSON.readTree(dir.resolve("a/opt.json").toFile());
        assertThat(a.get("optimization").get("met").asBoolean()).isTrue();
        assertThat(a.get("optimization").get("trace").size()).isEqualTo(a.get("optimization").get("evaluations").asInt());
        assertThat(a.get("yield_fraction").asDouble()).isBetween(0.0, 1.0);
        assertThat(a.get("tbkt_K").asDouble()).isBetween(13.85, 13.95);
        // issue 12: "met" with the probability the input ranges leave: T_BKT within ±0.05 K of 13.9 K is
        // met by the nominal numbers but by few draws of a T_c0 known to 9-16.2 K
        assertThat(r.out()).contains("met (probability ");
        JsonNode tbktGoal = a.get("optimization").get("goals").get(0);
        assertThat(tbktGoal.get("key").asText()).isEqualTo("tbkt_K");
        assertThat(tbktGoal.get("probability").asDouble()).isBetween(0.0, 0.5);
        assertThat(a.get("yield").get("inputs_drawn").toString()).contains("material.tc0_K");

        CliTest.Run d = CliTest.run("design", optimized.toString(), "-o", dir.resolve("b").toString(), "-q");
        assertThat(d.code()).as(d.err()).isZero();
        JsonNode b = JSON.readTree(dir.resolve("b/opt.json").toFile());
        for (String k : List.of("pitch_nm", "hole_diameter_nm", "neck_width_nm", "holes", "plaquette_area_nm2", "rn_ohm",
                "ej_K", "ec_K", "ej_over_ec", "tc_onset_K", "tbkt_K", "phase", "period_mT", "hc2_perp_T", "hc2_par_T",
                "spec_sha256")) {
            assertThat(b.get(k)).as(k).isEqualTo(a.get(k));
        }
        assertThat(b.get("lattice").get("type")).isEqualTo(a.get("lattice").get("type"));
        // the same mask byte for byte but for the BGNLIB/BGNSTR dates, the time of each run (no
        // SOURCE_DATE_EPOCH in this JVM): the two runs may straddle a second
        assertThat(undated(Files.readAllBytes(dir.resolve("b/opt.gds"))))
                .isEqualTo(undated(Files.readAllBytes(dir.resolve("a/opt.gds"))));
        assertThat(b.has("optimization")).isFalse();
    }

    @Test
    void anInfeasibleTargetExitsThreeWithTheClosestDesign(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("opt.yaml"), SPEC.replace("value: 13.9", "value: 40"));
        CliTest.Run r = CliTest.run("optimize", spec.toString(), "-o", dir.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("target missed: tbkt_K").contains("closest design");
        assertThat(r.out()).contains("T_BKT").contains("MISSED");
        JsonNode j = JSON.readTree(dir.resolve("opt.json").toFile());
        assertThat(j.get("optimization").get("met").asBoolean()).isFalse();
        assertThat(j.get("tbkt_K").asDouble()).isGreaterThan(10);
        assertThat(j.get("drc")).isEmpty();
        assertThat(dir.resolve("opt.gds")).isRegularFile();
        assertThat(dir.resolve("opt.optimized.yaml")).isRegularFile();
    }

    @Test
    void theSameInputGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("opt.yaml"), SPEC);
        assertThat(CliTest.run("optimize", spec.toString(), "-o", dir.resolve("a").toString(), "-q").code()).isZero();
        assertThat(CliTest.run("optimize", spec.toString(), "-o", dir.resolve("b").toString(), "-q").code()).isZero();
        assertThat(Files.readString(dir.resolve("b/opt.optimized.yaml")))
                .isEqualTo(Files.readString(dir.resolve("a/opt.optimized.yaml")));
        // the GDS and PDF carry the run's time (SOURCE_DATE_EPOCH is not set in this JVM): all else agrees
        JsonNode a = JSON.readTree(dir.resolve("a/opt.json").toFile());
        JsonNode b = JSON.readTree(dir.resolve("b/opt.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("files");
        ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("files");
        assertThat(b).isEqualTo(a);
        String json = Files.readString(dir.resolve("a/opt.json"));
        assertThat(json).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void optimizeWithoutATargetIsBadInput(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("opt.yaml"), SPEC.substring(0, SPEC.indexOf("target:")));
        CliTest.Run r = CliTest.run("optimize", spec.toString(), "-o", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("target");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("opt.yaml");
        }
    }

    @Test
    void theSweepWritesOneRowPerGridPointWithFiniteNumbers(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("opt.yaml"), SPEC);
        Path csv = dir.resolve("grid.csv");
        CliTest.Run r = CliTest.run("sweep", spec.toString(), "--vary", "pitch_nm=80:200:7", "--vary",
                "hole_diameter_nm=40:150:6", "-o", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + 7 * 6);
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header).contains("name", "lattice.type", "pitch_nm", "hole_diameter_nm", "neck_width_nm", "holes",
                "plaquette_area_nm2", "rn_ohm", "ej_K", "ec_K", "ej_over_ec", "tc_onset_K", "tbkt_K", "phase",
                "period_mT", "hc2_perp_T", "hc2_par_T", "drc", "drc_clean");
        boolean sawOverlap = false;
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",", -1);
            assertThat(v).hasSize(header.size());
            for (String k : List.of("pitch_nm", "hole_diameter_nm", "neck_width_nm", "holes", "rn_ohm", "tbkt_K",
                    "period_mT", "ej_over_ec")) {
                assertThat(Double.parseDouble(v[header.indexOf(k)])).as(k + " in " + line).isFinite();
            }
            sawOverlap |= v[header.indexOf("drc")].contains("overlap");
        }
        assertThat(sawOverlap).isTrue();  // 150 nm holes at 80 nm pitch: the verdict says so
        // the sweep's numbers are the design pass's
        String row = lines.stream().filter(l -> l.contains(",triangular,120,62,")).findFirst().orElseThrow();
        // (on the ideal lattice: a sweep predicts the unit cell, design a disordered array's extracted network)
        Path one = Files.writeString(dir.resolve("one.yaml"), SPEC.replace("hole_diameter_nm: 60", "hole_diameter_nm: 62")
                .replace(", diameter_sigma_nm: 2, position_sigma_nm: 1", ""));
        JsonNode j = JSON.readTree(CliTest.run("predict", one.toString(), "--json").out());
        String[] v = row.split(",", -1);
        assertThat(Double.parseDouble(v[header.indexOf("rn_ohm")])).isEqualTo(j.get("rn_ohm").asDouble());
        assertThat(Long.parseLong(v[header.indexOf("holes")])).isEqualTo(j.get("holes").asLong());
    }

    @Test
    void aBadSweepAxisIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("opt.yaml"), SPEC);
        for (String bad : List.of("pitch_nm=80:200", "spacing=1:2:3", "pitch_nm=80:x:3", "lattice=hexagonal",
                "hole_diameter_nm=40:150:0")) {
            CliTest.Run r = CliTest.run("sweep", spec.toString(), "--vary", bad, "-o", dir.resolve("g.csv").toString());
            assertThat(r.code()).as(bad).isEqualTo(2);
            assertThat(r.err().strip()).as(bad).doesNotContain("\n").contains("--vary");
        }
        assertThat(dir.resolve("g.csv")).doesNotExist();
    }

    /** The GDS stream with the dates of BGNLIB (record 0x01) and BGNSTR (0x05) zeroed. */
    static byte[] undated(byte[] gds) {
        byte[] out = gds.clone();
        int at = 0;
        while (at + 4 <= out.length) {
            int len = ((out[at] & 0xff) << 8) | (out[at + 1] & 0xff);
            if (len < 4) {
                break;
            }
            if (out[at + 2] == 0x01 || out[at + 2] == 0x05) {
                java.util.Arrays.fill(out, at + 4, Math.min(at + len, out.length), (byte) 0);
            }
            at += len;
        }
        return out;
    }
}
