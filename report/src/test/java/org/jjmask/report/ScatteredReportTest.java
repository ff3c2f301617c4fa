package org.jjmask.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Designer;
import org.jjmask.design.SpecReader;
import org.junit.jupiter.api.Test;

/** A turned, disordered lattice in the report: its disorder stated, its holes in the zoom. */
class ScatteredReportTest {

    @Test
    void theLayoutPageStatesTheDisorderAndTheSrefs() throws Exception {
        String spec = Fixtures.SPEC.replace("edge_margin_nm: 200", "edge_margin_nm: 200\n  rotation_deg: 20")
                + "fabrication:\n  preset: aao\n  seed: 5\n  min_feature_nm: 5\n";
        DesignResult r = Designer.run(SpecReader.parse(spec, "t.yaml"));
        assertThat(r.layout().isScattered()).isTrue();
        byte[] pdf = DesignReport.render(r, Fixtures.INPUTS);
        assertThat(pdf).isEqualTo(DesignReport.render(Designer.run(SpecReader.parse(spec, "t.yaml")), Fixtures.INPUTS));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("scattered: lattice turned 20°").contains("preset aao, seed 5")
                    .contains("one SREF each").contains(org.jjmask.design.Numbers.count(r.holes()) + " holes");
        }
    }
}
