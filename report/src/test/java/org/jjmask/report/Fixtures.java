package org.jjmask.report;

import java.time.Instant;
import java.util.List;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Designer;
import org.jjmask.design.OutputFile;
import org.jjmask.design.SpecReader;

/** A small real design (the whole pipeline, no mocks) and its report, made once per test JVM. */
final class Fixtures {

    static final String NAME = "t-hallbar_1";

    static final String SPEC = """
            name: t-hallbar_1
            material:
              preset: Nd0.8Sr0.2NiO2
            substrate:
              preset: SrTiO3
            device:
              type: hallbar
              length_um: 10
              width_um: 2
              arm_pairs: 1
              arm_width_um: 1
              arm_length_um: 2
            lattice:
              type: triangular
              pitch_nm: 100
              hole_diameter_nm: 70
              hole_vertices: 32
              edge_margin_nm: 200
            """;

    /** The same Hall bar (x ±5, y ±3 µm) with a label below it and four corner crosses 5 µm beyond its box. */
    static final String MARKED_SPEC = SPEC.replace("name: t-hallbar_1", "name: t-marked") + """
            labels:
              - {text: "T1", x_um: -4, y_um: -7, height_um: 1.5}
            marks: {type: cross, size_um: 4, width_um: 1, corners: true, margin_um: 5}
            """;

    static final ReportInputs INPUTS = new ReportInputs(
            List.of(new OutputFile("gds", NAME + ".gds", 12345,
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
            Instant.parse("2026-03-04T05:06:07Z"));

    private static DesignResult result;
    private static byte[] pdf;

    private Fixtures() {}

    static synchronized DesignResult result() {
        if (result == null) {
            try {
                result = Designer.run(SpecReader.parse(SPEC, "t.yaml"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return result;
    }

    private static DesignResult marked;

    static synchronized DesignResult marked() {
        if (marked == null) {
            try {
                marked = Designer.run(SpecReader.parse(MARKED_SPEC, "marked.yaml"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return marked;
    }

    static synchronized byte[] pdf() throws java.io.IOException {
        if (pdf == null) {
            pdf = DesignReport.render(result(), INPUTS);
        }
        return pdf.clone();
    }
}
