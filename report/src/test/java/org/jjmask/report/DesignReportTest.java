package org.jjmask.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Numbers;
import org.jjmask.design.Summary;
import org.jjmask.physics.Prediction;
import org.junit.jupiter.api.Test;

/** The report of a real (small) design, read back with PDFBox itself. */
class DesignReportTest {

    /**
     * The fixture's pages by their first line: the title page's kicker, then each section's
     * heading, "(continued)" where a section runs on. A page more or less is a change to look at.
     */
    static final List<String> FIXTURE_PAGES = List.of("jjmask design report", "Layout", "Physics",
            "Physics (continued)", "Physics (continued)", "Physics (continued)", "Field response",
            "Field response (continued)");

    /** The first line of text on each page, as PDFBox extracts it. */
    static List<String> pageHeadings(PDDocument doc) throws IOException {
        List<String> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            out.add(stripper.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(""));
        }
        return out;
    }

    @Test
    void sameInputsGiveTheSameBytes() throws IOException {
        byte[] a = DesignReport.render(Fixtures.result(), Fixtures.INPUTS);
        byte[] b = DesignReport.render(Fixtures.result(), Fixtures.INPUTS);
        assertThat(b).isEqualTo(a);
        assertThat(new String(a, 0, 8, java.nio.charset.StandardCharsets.US_ASCII)).startsWith("%PDF-");
    }

    @Test
    void theDefaultLocaleDoesNotLeakIntoTheReport() throws IOException {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            byte[] us = DesignReport.render(Fixtures.result(), Fixtures.INPUTS);
            Locale.setDefault(Locale.GERMANY);  // decimal comma: would show in chart ticks and numbers
            assertThat(DesignReport.render(Fixtures.result(), Fixtures.INPUTS)).isEqualTo(us);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void theDateAndTheFileIdentifierComeFromTheInputsNotTheClock() throws IOException {
        ReportInputs later = new ReportInputs(Fixtures.INPUTS.outputs(), Instant.parse("2027-01-02T00:00:00Z"));
        byte[] a = Fixtures.pdf();
        byte[] b = DesignReport.render(Fixtures.result(), later);
        assertThat(b).isNotEqualTo(a);
        try (PDDocument doc = Loader.loadPDF(a)) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(Fixtures.INPUTS.created());
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Design report: " + Fixtures.NAME);
            COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(id.size()).isEqualTo(2);
            assertThat(((COSString) id.getObject(0)).getBytes()).hasSize(16);
        }
        try (PDDocument doc = Loader.loadPDF(b)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("created 2027-01-02 (UTC)");
        }
    }

    @Test
    void hasTheThreeSectionsOnNumberedA4Pages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(Fixtures.pdf())) {
            int n = doc.getNumberOfPages();
            // summary, layout, physics with R(T), the scan around the design and the models, field, references
            assertThat(pageHeadings(doc)).containsExactlyElementsOf(FIXTURE_PAGES);
            assertThat(n).isEqualTo(FIXTURE_PAGES.size());
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.27f, org.assertj.core.data.Offset.offset(0.1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.1f));
            }
            String text = new PDFTextStripper().getText(doc);
            for (int i = 1; i <= n; i++) {
                assertThat(text).contains("page " + i + " of " + n);
            }
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactly("Summary", "Layout", "Physics", "Field response");
            // the field page states the R(B) temperature, the period and the anisotropy
            assertThat(text).contains("Magnetoresistance R").contains("h/2e period").contains("Upper critical fields")
                    .contains("γ = H");
        }
    }

    @Test
    void printsTheNameAndTheHeadlineNumbersAsTheJsonCarriesThem() throws IOException {
        DesignResult r = Fixtures.result();
        Prediction p = r.prediction();
        String text;
        try (PDDocument doc = Loader.loadPDF(Fixtures.pdf())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertThat(text).contains(Fixtures.NAME);
        // issue 12: rounded to their 16-84 % intervals, as the JSON's value and interval give them
        for (var q : List.of(org.jjmask.design.Quantity.TBKT, org.jjmask.design.Quantity.TC_ONSET,
                org.jjmask.design.Quantity.RN, org.jjmask.design.Quantity.EJ_OVER_EC, org.jjmask.design.Quantity.PERIOD)) {
            var i = r.uncertainty().interval(q).orElseThrow();
            assertThat(text).as(q.key()).contains(Numbers.uncertain(q.of(p), i.low(), i.high()));
        }
        assertThat(text).contains(Numbers.format(Summary.sig(r.facts().neckWidthNm())));
        assertThat(text).contains(Long.toString(r.holes()));
        assertThat(text).contains(p.phase().jsonName());
        assertThat(text).contains(r.spec().sha256());
        assertThat(text).contains("created 2026-03-04 (UTC)");
        assertThat(text).contains(Fixtures.INPUTS.outputs().get(0).sha256());
        for (var flag : p.flags()) {
            assertThat(text).contains(flag.code());
        }
        for (var c : p.citations()) {
            assertThat(text).contains("[" + c.key() + "]");
        }
    }

    @Test
    void everyFontIsEmbeddedAndNothingIsARasterImage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(Fixtures.pdf())) {
            List<String> fonts = new ArrayList<>();
            int forms = 0;
            for (PDPage page : doc.getPages()) {
                forms += walk(page.getResources(), fonts);
            }
            assertThat(forms).as("the R(T) chart is a form XObject").isGreaterThanOrEqualTo(1);
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith("embedded"));
        }
    }

    /** Collects fonts (name + embedded or not) in {@code res} and its forms; fails on any image. */
    private static int walk(PDResources res, List<String> fonts) throws IOException {
        if (res == null) {
            return 0;
        }
        int forms = 0;
        for (COSName name : res.getFontNames()) {
            PDFont f = res.getFont(name);
            fonts.add(f.getName() + (f.isEmbedded() ? " embedded" : " NOT embedded"));
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            assertThat(x).as("XObject " + name.getName()).isNotInstanceOf(PDImageXObject.class);
            if (x instanceof PDFormXObject form) {
                forms += 1 + walk(form.getResources(), fonts);
            }
        }
        return forms;
    }
}
