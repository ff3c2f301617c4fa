package org.jjmask.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jjmask.design.DesignResult;
import org.jjmask.gds.testing.ExternalTool;
import org.jjmask.layout.Annotations;
import org.jjmask.layout.LayerProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Labels and alignment marks in the report: drawn in the .lyp colours, in the legend, and the marks' table. */
class AnnotationsReportTest {

    static byte[] pdf() throws IOException {
        return DesignReport.render(Fixtures.marked(), Fixtures.INPUTS);
    }

    /** Every non-stroking RGB colour set on a page ({@code r g b rg}, or {@code r g b sc} in DeviceRGB as PDFBox writes it). */
    static List<Color> fillColours(PDPage page) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<Color> out = new ArrayList<>();
        for (int k = 3; k < tokens.size(); k++) {
            if (tokens.get(k) instanceof Operator op && List.of("rg", "sc", "scn").contains(op.getName())
                    && tokens.subList(k - 3, k).stream().allMatch(COSNumber.class::isInstance)) {
                float[] c = new float[3];
                for (int i = 0; i < 3; i++) {
                    c[i] = ((COSNumber) tokens.get(k - 3 + i)).floatValue();
                }
                out.add(new Color(Math.round(c[0] * 255), Math.round(c[1] * 255), Math.round(c[2] * 255)));
            }
        }
        return out;
    }

    @Test
    void theLayoutPageFillsLabelsAndMarksInTheirKlayoutColours() throws IOException {
        Color labels = Color.decode(LayerProperties.colour("labels"));
        Color marks = Color.decode(LayerProperties.colour("marks"));
        try (PDDocument doc = Loader.loadPDF(pdf()); PDDocument plain = Loader.loadPDF(Fixtures.pdf())) {
            assertThat(fillColours(doc.getPage(1))).contains(labels, marks);
            assertThat(fillColours(plain.getPage(1))).doesNotContain(labels, marks);
        }
    }

    @Test
    void theLegendCountsThemAndTheTableListsTheMarksAsTheCsvDoes() throws IOException {
        DesignResult r = Fixtures.marked();
        assertThat(r.drc()).as("the fixture is clean").isEmpty();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("1 label (layer 5/0)").contains("4 alignment marks (layer 6/0)")
                .contains("'T1' at (-4, -7) µm, 1.5 µm tall").contains("t-marked.marks.csv")
                .contains("5 µm clear");
        List<String> csv = r.annotations().marksCsv().lines().skip(1).toList();
        assertThat(csv).containsExactly("LL,-12,-10,cross,4", "LR,12,-10,cross,4", "UR,12,10,cross,4", "UL,-12,10,cross,4");
        for (String row : csv) {
            assertThat(text).containsPattern(String.join(" +", row.split(",")));
        }
    }

    @Test
    void staysDeterministicAndVector() throws IOException {
        byte[] a = pdf();
        assertThat(DesignReport.render(Fixtures.marked(), Fixtures.INPUTS)).isEqualTo(a);
        try (PDDocument doc = Loader.loadPDF(a)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().getXObject(name))
                            .isNotInstanceOf(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class);
                }
            }
        }
    }

    @Test
    void pdftotextReadsEveryMarkRowAsTheCsvHasIt(@TempDir Path dir) throws Exception {
        Path tool = ExternalTool.require("pdftotext", "apt-get install -y poppler-utils");
        Path file = Files.write(dir.resolve("t-marked.pdf"), pdf());
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(1), tool.toString(), "-layout", "-enc", "UTF-8",
                file.toString(), "-");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        for (Annotations.Mark m : Fixtures.marked().annotations().marks()) {
            // one line: name, x, y, type, size, in the CSV's own digits
            String row = String.join("\\s+", m.csvRow().stream().map(Pattern::quote).toList());
            assertThat(r.stdout()).containsPattern("(?m)^\\s*" + row + "\\s*$");
        }
        // each mark named beside it in the drawing too
        assertThat(r.stdout()).containsPattern("UL\\s+UR").containsPattern("LL\\s+LR");
    }
}
