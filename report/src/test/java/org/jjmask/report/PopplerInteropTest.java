package org.jjmask.report;

import org.jjmask.design.Numbers;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jjmask.design.Summary;
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
        Tool.require("pdftotext");
        Tool.Result r = Tool.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
        assertThat(r.exit()).as(r.err()).isZero();
        String tbkt = Numbers.format(Summary.sig(Fixtures.result().prediction().tbktK()));
        assertThat(r.out()).contains(Fixtures.NAME).contains(tbkt).contains("BKT");
        assertThat(r.out()).contains("µm").contains("Ω");
    }

    @Test
    void pdffontsListsOnlyEmbeddedFonts() throws Exception {
        Tool.require("pdffonts");
        Tool.Result r = Tool.run("pdffonts", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> rows = r.out().lines().skip(2).toList();
        assertThat(rows).as(r.out()).isNotEmpty();
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
        Tool.require("pdfimages");
        Tool.Result r = Tool.run("pdfimages", "-list", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().skip(2).toList()).as(r.out()).isEmpty();
    }

    @Test
    void pdftoppmRendersEveryPageWithoutComplaint() throws Exception {
        Tool.require("pdftoppm");
        Tool.Result r = Tool.run("pdftoppm", "-png", "-r", "40", pdf.toString(), dir.resolve("page").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).as("poppler warnings").isBlank();
        try (var files = Files.list(dir)) {
            List<Path> pngs = files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
            assertThat(pngs).isNotEmpty();
            for (Path png : pngs) {
                assertThat(Files.size(png)).isGreaterThan(1000);
            }
        }
    }
}
