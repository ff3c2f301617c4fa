package org.jjmask.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Designer;
import org.jjmask.design.SpecReader;
import org.jjmask.exposure.vendor.DoseTable;
import org.jjmask.gds.testing.ExternalTool;
import org.jjmask.layout.HoleClasses;
import org.jjmask.layout.Layout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dose map of a disordered array with dose correction (issue 14): its holes are one SREF each,
 * so there are no one-class rectangles; the map bins them, and every class colour it draws is a
 * class of the holes under it.
 */
class ScatteredDoseMapTest {

    static final String SPEC = Fixtures.SPEC.replace("edge_margin_nm: 200", "edge_margin_nm: 200\n  rotation_deg: 10")
            + """
            fabrication:
              preset: ebeam
              min_feature_nm: 5
            ebeam:
              preset: si_30kv
              correction: dose
              dose_classes: 16
              vendor: raith
            """;

    static DesignResult result;

    @BeforeAll
    static void design() throws Exception {
        result = Designer.run(SpecReader.parse(SPEC, "t.yaml"));
    }

    @Test
    void eachMapCellTakesAClassBetweenItsHolesLowestAndHighest() {
        Layout layout = result.layout();
        assertThat(layout.isScattered()).isTrue();
        short[] perHole = result.ebeam().orElseThrow().classes().map(HoleClasses::perHole).orElseThrow();
        double[] value = result.ebeam().get().table().rows().stream().mapToDouble(DoseTable.Row::doseFactor).toArray();
        double cell = 2 * layout.lattice().pitchNm();
        ScatteredDoseMap map = ScatteredDoseMap.of(layout.scattered().get(), perHole, value, layout.dbuNm(),
                layout.boundsNm(), cell);
        // the test's own binning: the lowest and highest class rank in each cell
        Map<Long, int[]> span = new HashMap<>();
        int[] i = {0};
        layout.scattered().get().forEach((x, y, s) -> {
            long cx = (long) ((x * layout.dbuNm() - layout.boundsNm().getMinX()) / cell);
            long cy = (long) ((y * layout.dbuNm() - layout.boundsNm().getMinY()) / cell);
            int rank = perHole[i[0]++];
            span.merge(cy << 32 | cx, new int[] {rank, rank}, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        });
        assertThat(i[0]).isEqualTo(result.holes());
        long cells = 0;
        Set<Integer> drawn = new HashSet<>();
        for (ScatteredDoseMap.Run r : map.runs()) {
            for (int c = r.column(); c < r.column() + r.length(); c++) {
                int[] s = span.get((long) r.row() << 32 | c);
                assertThat(s).as("a run covers only cells with holes").isNotNull();
                assertThat(r.classRank()).isBetween(s[0], s[1]);
                cells++;
            }
            drawn.add(r.classRank());
        }
        assertThat(cells).isEqualTo(span.size());
        assertThat(drawn.size()).as("a 2 µm wide bar is all edge: many classes").isGreaterThan(4);
        assertThat(map.runs().size()).isLessThan(span.size());
    }

    @TempDir
    static Path dir;

    @Test
    void pdftoppmShowsTheClassColoursOnTheExposurePage() throws Exception {
        byte[] pdf = DesignReport.render(result, Fixtures.INPUTS);
        int page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = 0;
            for (int p = 1; p <= doc.getNumberOfPages() && page == 0; p++) {
                PDFTextStripper t = new PDFTextStripper();
                t.setStartPage(p);
                t.setEndPage(p);
                if (t.getText(doc).contains("E-beam exposure")) {
                    page = p;
                }
            }
            assertThat(page).isPositive();
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("disordered array, one SREF per hole");
        }
        Path file = Files.write(dir.resolve("d.pdf"), pdf);
        Path tool = ExternalTool.require("pdftoppm", "apt-get install -y poppler-utils");
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(1), tool.toString(), "-png", "-r", "72", "-f",
                String.valueOf(page), "-l", String.valueOf(page), "-singlefile", file.toString(),
                dir.resolve("page").toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        BufferedImage img = ImageIO.read(dir.resolve("page.png").toFile());
        List<DoseTable.Row> rows = result.ebeam().get().table().rows();
        double lo = rows.stream().mapToDouble(DoseTable.Row::doseFactor).min().orElseThrow();
        double hi = rows.stream().mapToDouble(DoseTable.Row::doseFactor).max().orElseThrow();
        // the key's 40 swatches (from the left margin, 120 pt wide, below the map) are not the map: at 72 dpi a
        // pixel is a point, so look right of them
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight() / 2; y++) {
            for (int x = (int) Pages.LEFT + 130; x < img.getWidth(); x++) {
                seen.add(img.getRGB(x, y) & 0xffffff);
            }
        }
        long shown = rows.stream().map(row -> ExposurePage.colour(row.doseFactor(), lo, hi))
                .filter(c -> near(seen, c)).count();
        assertThat(shown).as("class colours in the map").isGreaterThan(4);
    }

    private static boolean near(Set<Integer> seen, Color c) {
        for (int dr = -1; dr <= 1; dr++) {
            for (int dg = -1; dg <= 1; dg++) {
                for (int db = -1; db <= 1; db++) {
                    int r = c.getRed() + dr;
                    int g = c.getGreen() + dg;
                    int b = c.getBlue() + db;
                    if (seen.contains(r << 16 | g << 8 | b)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
