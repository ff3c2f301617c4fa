package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code model.tbkt: monte_carlo}: the prediction takes the Monte Carlo's constant of the spec's own
 * network, the same number {@code jjmask mc} prints for the same options; a second run reads the
 * cache and writes the same bytes as a run that measured afresh.
 */
class TbktCacheTest {

    static final String MC_SQUARE = McCommandTest.SQUARE + "model: {tbkt: monte_carlo, mc_largest_size: 8, mc_sweeps: 300, "
            + "mc_seed: 5}\n";

    @AfterEach
    void clear() {
        System.clearProperty(TbktCache.PROPERTY);
    }

    @Test
    void predictTakesTheMeasuredConstantAndTheCacheChangesNoByte(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("sq.yaml"), MC_SQUARE);
        Path cache = dir.resolve("cache");
        System.setProperty(TbktCache.PROPERTY, cache.toString());
        CliTest.Run first = CliTest.run("predict", spec.toString(), "--json");
        assertThat(first.code()).as(first.err()).isZero();
        List<Path> entries;
        try (Stream<Path> s = Files.list(cache.resolve("tbkt"))) {
            entries = s.toList();
        }
        assertThat(entries).hasSize(1);
        JsonNode model = new ObjectMapper().readTree(first.out()).get("model");
        assertThat(model.get("tbkt").asText()).isEqualTo("monte_carlo");
        double c = model.get("monte_carlo").get("tbkt_over_ej").asDouble();
        assertThat(model.get("xy_constant").asDouble()).isEqualTo(c);
        // the square network's 0.893 (Komura & Okabe 2012) within a rough L = 4, 8 run's reach
        assertThat(c).isBetween(0.80, 0.98);
        assertThat(entries.get(0).getFileName().toString()).isEqualTo(model.get("monte_carlo").get("cache_key").asText()
                + ".json");

        // jjmask mc with the same options measures the very same constant
        CliTest.Run mc = CliTest.run("mc", spec.toString(), "--sizes", "4,8", "--sweeps", "300", "--seed", "5", "--json");
        assertThat(mc.code()).as(mc.err()).isZero();
        assertThat(new ObjectMapper().readTree(mc.out()).get("mc").get("tbkt_over_ej").asDouble()).isEqualTo(c);

        // from the cache: no new measurement, the same bytes
        long stamp = Files.getLastModifiedTime(entries.get(0)).toMillis();
        CliTest.Run second = CliTest.run("predict", spec.toString(), "--json");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(Files.getLastModifiedTime(entries.get(0)).toMillis()).isEqualTo(stamp);

        // a damaged entry is measured again, to the same bytes
        Files.writeString(entries.get(0), "{\"format\": \"jjmask-tbkt-cache/1\"");
        CliTest.Run third = CliTest.run("predict", spec.toString(), "--json");
        assertThat(third.code()).as(third.err()).isZero();
        assertThat(third.out()).isEqualTo(first.out());

        // the tabulated constant otherwise, and a different T_BKT with it
        Path plain = Files.writeString(dir.resolve("plain.yaml"), McCommandTest.SQUARE);
        JsonNode tab = new ObjectMapper().readTree(CliTest.run("predict", plain.toString(), "--json").out()).get("model");
        assertThat(tab.get("tbkt").asText()).isEqualTo("bkt_estimate");
        assertThat(tab.get("xy_constant").asDouble()).isEqualTo(0.8929);
        assertThat(tab.has("monte_carlo")).isFalse();
    }

    /** design with a fresh measurement and design from the cache write byte-identical files. */
    @Test
    void designFilesAreTheSameBytesCachedOrNot(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("sq.yaml"), MC_SQUARE);
        System.setProperty(TbktCache.PROPERTY, dir.resolve("cache").toString());
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        // the build time fixed as SOURCE_DATE_EPOCH would (the CLI takes it from the environment)
        java.time.Instant created = java.time.Instant.ofEpochSecond(1_700_000_000L);
        java.io.PrintWriter sink = new java.io.PrintWriter(new java.io.StringWriter());
        for (Path out : List.of(a, b)) {
            org.jjmask.design.Spec resolved = TbktCache.resolve(org.jjmask.design.SpecReader.read(spec), sink, true);
            assertThat(resolved.model().measured()).isPresent();
            int code = DesignRun.run(resolved, out, java.util.EnumSet.allOf(Format.class), created, true, false, sink, sink);
            assertThat(code).isZero();
        }
        for (String f : List.of("sq.gds", "sq.pdf", "sq.json")) {
            assertThat(java.util.Arrays.equals(Files.readAllBytes(b.resolve(f)), Files.readAllBytes(a.resolve(f)))).as(f)
                    .isTrue();
        }
        assertThat(Files.readString(a.resolve("sq.json"))).contains("\"monte_carlo\"").doesNotContain("NaN");
        // the report's Monte Carlo page: Υ(T) against 2T/π, the constant as the JSON has it, rounded to its error
        JsonNode mc = new ObjectMapper().readTree(a.resolve("sq.json").toFile()).get("model").get("monte_carlo");
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(a.resolve("sq.pdf").toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        double c = mc.get("tbkt_over_ej").asDouble();
        double e = mc.get("tbkt_over_ej_error").asDouble();
        assertThat(text).contains("Monte Carlo T_BKT").contains("2T/π").contains("L = 8")
                .contains(org.jjmask.design.Numbers.uncertain(c, c - e, c + e));
    }

    @Test
    void badMonteCarloKeysAreOneLineExitTwo(@TempDir Path dir) throws Exception {
        for (String bad : List.of("model: {tbkt: monte_carl}\n", "model: {tbkt: monte_carlo, mc_largest_size: 4}\n",
                "model: {tbkt: monte_carlo, mc_sweeps: 1.5}\n")) {
            Path spec = Files.writeString(dir.resolve("bad.yaml"), McCommandTest.SQUARE + bad);
            CliTest.Run r = CliTest.run("predict", spec.toString());
            assertThat(r.code()).as(bad + r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains("model.");
        }
    }
}
