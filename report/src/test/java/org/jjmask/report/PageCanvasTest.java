package org.jjmask.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Text primitives: glyph safety, wrapping by real widths, sub- and superscript markup. */
class PageCanvasTest {

    @Test
    void everySymbolTheReportUsesHasAGlyphAndForeignOnesAreReplaced() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            ReportFonts fonts = ReportFonts.load(doc);
            String symbols = "µ Ω Δ Φ ξ ε □ ⊥ ∥ ² × · → ✓ ✗ ▭ … —";
            assertThat(fonts.safe(symbols, false)).isEqualTo(symbols);
            assertThat(fonts.safe(symbols, true)).isEqualTo(symbols);
            assertThat(fonts.safe("a\tb\nc 漢", false)).isEqualTo("a b c ?");
        }
    }

    @Test
    void wrapsAtSpacesWithinTheWidthAndBreaksOverlongWords() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            ReportFonts fonts = ReportFonts.load(doc);
            try (PageCanvas c = new PageCanvas(doc, fonts)) {
                String text = "The neck between neighbouring holes is the narrowest film, and it sets the junction "
                        + "resistance; 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 is a hash.";
                List<String> lines = c.wrap(text, Style.BODY, 120);
                assertThat(lines).hasSizeGreaterThan(3);
                for (String line : lines) {
                    assertThat(fonts.width(line, false, Style.BODY.size())).as(line).isLessThanOrEqualTo(120f);
                }
                assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
            }
        }
    }

    @Test
    void markupSetsSubscriptsAsSmallerRaisedTextThatStillExtracts() throws IOException {
        byte[] bytes;
        try (PDDocument doc = new PDDocument()) {
            ReportFonts fonts = ReportFonts.load(doc);
            try (PageCanvas c = new PageCanvas(doc, fonts)) {
                assertThat(c.width("E_{J}", Style.BODY)).isLessThan(c.width("EJ", Style.BODY));
                assertThat(c.width("a_b^c", Style.BODY)).isEqualTo(fonts.width("a_b^c", false, Style.BODY.size()));
                c.text(100, 700, "E_{J}/E_{C} = 12 nm^{2}", Style.BODY);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            bytes = out.toByteArray();
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).isEqualTo("EJ/EC=12nm2");
        }
    }
}
