package org.jjmask.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jjmask.design.Numbers;
import org.jjmask.design.Summary;
import org.jjmask.gds.testing.ExternalTool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What poppler — the engine behind most Linux PDF viewers — makes of the report. */
class PopplerInteropTest {

    @TempDir
    static Path dir;
    static Path pdf;

    @BeforeAll
    static void write() throws IOException {
        pdf = dir.resolve(Fixtures.NAME + ".pdf");
        Files.write(pdf, Fixtures.pdf());
    }

    @Test
    void pdftotextFindsTheNameAndTbkt() throws Exception {
        Path tool = ExternalTool.require("pdftotext", "apt-get install -y poppler-utils");
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(1), tool.toString(), "-enc", "UTF-8", pdf.toString(), "-");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        var u = Fixtures.result().uncertainty().interval(org.jjmask.design.Quantity.TBKT).orElseThrow();
        String tbkt = Numbers.uncertain(Fixtures.result().prediction().tbktK(), u.low(), u.high());
        assertThat(r.stdout()).contains(Fixtures.NAME).contains(tbkt).contains("BKT");
        assertThat(r.stdout()).contains("µm").contains("Ω");
    }

    /**
     * Issue 8: every headline number of the JSON, as the JSON writes it, is in pdftotext's text of
     * page 1 — since issue 12 rounded to its 16–84 % interval where it has one.
     */
    @Test
    void pdftotextFindsEveryHeadlineNumberAsTheJsonHasIt() throws Exception {
        Path tool = ExternalTool.require("pdftotext", "apt-get install -y poppler-utils");
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(1), tool.toString(), "-enc", "UTF-8", "-f", "1", "-l",
                "1", pdf.toString(), "-");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Summary.toJson(Summary.of(Fixtures.result(), List.of())));
        for (String key : List.of("holes", "pitch_nm", "pitch_written_nm", "hole_diameter_nm", "neck_width_nm",
                "plaquette_area_nm2", "porosity", "rn_ohm", "ej_K", "ec_K", "ej_over_ec", "tc_onset_K", "tbkt_K",
                "period_mT", "period_h_over_e_mT", "hc2_perp_T", "hc2_par_T")) {
            com.fasterxml.jackson.databind.JsonNode v = json.get(key);
            // issue 12: a quantity with an interval is printed rounded to it, from the JSON's own numbers
            com.fasterxml.jackson.databind.JsonNode iv = json.path("uncertainty").path(key);
            String printed = v.isIntegralNumber() ? Long.toString(v.asLong())
                    : iv.isObject() ? Numbers.uncertain(v.asDouble(), iv.get("low").asDouble(), iv.get("high").asDouble())
                    : Numbers.format(v.asDouble());
            assertThat(r.stdout()).as(key + " = " + printed).contains(printed);
        }
        assertThat(r.stdout()).contains(json.get("phase").asText());
    }

    /** Poppler splits the report into the same pages, with the same first lines, as PDFBox does. */
    @Test
    void pdftotextSeesThePagesTheReportWrote() throws Exception {
        Path tool = ExternalTool.require("pdftotext", "apt-get install -y poppler-utils");
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(1), tool.toString(), "-enc", "UTF-8", pdf.toString(), "-");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        // pdftotext ends every page with a form feed
        List<String> pages = Arrays.asList(r.stdout().split("\f", -1));
        List<String> firstLines = pages.subList(0, pages.size() - 1).stream()
                .map(p -> p.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("")).toList();
        assertThat(firstLines).containsExactlyElementsOf(DesignReportTest.FIXTURE_PAGES);
    }

    @Test
    void pdffontsListsOnlyEmbeddedFonts() throws Exception {
        Path tool = ExternalTool.require("pdffonts", "apt-get install -y poppler-utils");
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(1), tool.toString(), pdf.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<String> rows = r.stdout().lines().skip(2).toList();
        assertThat(rows).as(r.stdout()).isNotEmpty();
        // columns: name type encoding emb sub uni object ID; the name never has spaces
        for (String row : rows) {
            List<String> cols = Arrays.asList(row.trim().split("\\s+"));
            int emb = cols.size() - 5;
            assertThat(cols.get(emb)).as(row).isEqualTo("yes");
            assertThat(cols.get(0)).as(row).contains("DejaVuSans");
        }
    }

    @Test
    void pdfimagesListsNoImage() throws Exception {
        Path tool = ExternalTool.require("pdfimages", "apt-get install -y poppler-utils");
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(1), tool.toString(), "-list", pdf.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout().lines().skip(2).toList()).as(r.stdout()).isEmpty();
    }

    @Test
    void pdftoppmRendersEveryPageWithoutComplaint() throws Exception {
        Path tool = ExternalTool.require("pdftoppm", "apt-get install -y poppler-utils");
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(1), tool.toString(), "-png", "-r", "40", pdf.toString(), dir.resolve("page").toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stderr()).as("poppler warnings").isBlank();
        try (var files = Files.list(dir)) {
            List<Path> pngs = files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
            assertThat(pngs).isNotEmpty();
            for (Path png : pngs) {
                assertThat(Files.size(png)).isGreaterThan(1000);
            }
        }
    }
}
