package org.jjmask.design;

import org.jjmask.layout.drc.Violation;
import org.jjmask.layout.drc.DesignRule;
import org.jjmask.design.spec.SpecException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jjmask.layout.drc.DrcReport;
import org.junit.jupiter.api.Test;

/** The design pass's rules on the real layout, and the manufacturing grid key. */
class DesignRulesTest {

    static Spec spec(String fabrication) throws SpecException {
        return SpecReader.parse(SpecReaderTest.GOOD + "fabrication:\n" + fabrication, "t.yaml");
    }

    @Test
    void gridDefaultsToTheDatabaseUnitAndIsValidated() throws Exception {
        assertThat(SpecReader.parse(SpecReaderTest.GOOD, "t.yaml").fabrication().gridNm()).isEqualTo(1.0);
        assertThat(spec("  grid_nm: 5\n").fabrication().gridNm()).isEqualTo(5.0);
        assertThatThrownBy(() -> spec("  grid_nm: 2.5\n")).isInstanceOf(SpecException.class)
                .hasMessageContaining("fabrication.grid_nm").hasMessageContaining("whole");
        assertThatThrownBy(() -> spec("  grid_nm: 0\n")).isInstanceOf(SpecException.class)
                .hasMessageContaining("fabrication.grid_nm").hasMessageContaining("range");
        assertThatThrownBy(() -> spec("  grid_nm: 5000\n")).isInstanceOf(SpecException.class)
                .hasMessageContaining("fabrication.grid_nm");
    }

    @Test
    void aCoarseGridPutsTheTriangularRowsOffGrid() throws Exception {
        // a = 100 nm: rows 87/173 nm apart, not on a 5 nm grid
        DesignResult r = Designer.run(spec("  grid_nm: 5\n"));
        assertThat(r.drc()).extracting(v -> v.rule().specName()).containsExactly("off_grid");
        assertThat(r.drc().get(0).message()).contains("5 nm manufacturing grid").contains("the worst of");
        assertThat(Designer.run(spec("  grid_nm: 1\n")).drc()).isEmpty();
    }

    @Test
    void theReportMeasuresTheCleanRulesToo() throws Exception {
        Spec s = spec("  min_feature_nm: 20\n");
        DesignResult r = Designer.run(s);
        DrcReport report = DesignRules.report(s, r.layout());
        assertThat(report.clean()).isTrue();
        // measurements are kept to 1e-6 nm (DrcReport), so that the file's check prints the same value
        assertThat(report.worst(DesignRule.MIN_NECK)).isCloseTo(r.facts().neckWidthNm(), within(1e-6));
        assertThat(r.necks().minNm()).isEqualTo(report.worst(DesignRule.MIN_NECK));
        assertThat(report.worst(DesignRule.HOLE_MARGIN)).isGreaterThanOrEqualTo(s.lattice().edgeMarginNm());
    }

    @Test
    void aTenNanometreNeckIsOneViolationAtItsPlace() throws Exception {
        Spec s = SpecReader.parse(SpecReaderTest.GOOD.replace("hole_diameter_nm: 70", "hole_diameter_nm: 90"), "t.yaml");
        DesignResult r = Designer.run(s);
        assertThat(r.drc()).extracting(v -> v.rule().specName()).containsExactly("min_neck");
        Violation v = r.drc().get(0);
        assertThat(v.measuredNm()).isCloseTo(r.facts().neckWidthNm(), within(1e-6)).isLessThan(11);
        assertThat(r.layout().outlineNm().contains(new org.locationtech.jts.geom.GeometryFactory()
                .createPoint(new org.locationtech.jts.geom.Coordinate(v.xNm(), v.yNm())))).isTrue();
        assertThat(v.message()).contains("between the holes at").contains("the worst of");
    }

    static final String MARKED = SpecReaderTest.GOOD + """
            labels:
              - {text: "A", x_um: -4.5, y_um: -0.5, height_um: 1}
            marks: {type: square, size_um: 1, positions_um: [[2, 0], [20, 0]]}
            """;

    @Test
    void aMarkOrALabelOnTheArrayIsAValidSpecThatBreaksARuleAtItsPlace() throws Exception {
        // the Hall bar is 10 × 2 µm (x ±5, y ±1) with arms to y ±3; the lattice fills it all
        Spec s = SpecReader.parse(MARKED, "t.yaml");
        assertThat(s.marks().orElseThrow().clearanceUm()).isEqualTo(5.0);
        DesignResult r = Designer.run(s);
        assertThat(r.drc()).extracting(v -> v.rule().specName()).containsExactly("annotation_overlap", "label_on_array");
        Violation mark = r.drc().get(0);
        assertThat(mark.xNm()).isEqualTo(2000);
        assertThat(mark.yNm()).isEqualTo(0);
        assertThat(mark.limitNm()).isEqualTo(5000);
        assertThat(mark.message()).startsWith("mark M1 at (2, 0) µm overlaps the hole-array area");
        Violation label = r.drc().get(1);
        assertThat(r.layout().fillAreaNm().contains(new org.locationtech.jts.geom.GeometryFactory()
                .createPoint(new org.locationtech.jts.geom.Coordinate(label.xNm(), label.yNm())))).isTrue();
        assertThat(label.message()).startsWith("label 'A' at (-4.5, -0.5) µm overlaps the hole-array area");

        // M2 sits 14.5 µm beyond the bar's end: clean at the default clearance, too close at 16 µm
        String m2 = "marks: {type: square, size_um: 1, positions_um: [[20, 0]]";
        String moved = SpecReaderTest.GOOD + m2 + "}\n";
        assertThat(Designer.run(SpecReader.parse(moved, "t.yaml")).drc()).isEmpty();
        DesignResult wide = Designer.run(SpecReader.parse(moved.replace("]]}", "]], clearance_um: 16}"), "t.yaml"));
        assertThat(wide.drc()).singleElement().satisfies(v -> assertThat(v.message())
                .startsWith("mark M1 at (20, 0) µm is 14.5 µm from the hole-array area; a mark needs 16 µm clear"));
        assertThatThrownBy(() -> SpecReader.parse(moved.replace("]]}", "]], clearance_um: -1}"), "t.yaml"))
                .isInstanceOf(SpecException.class).hasMessageContaining("marks.clearance_um");
    }

    @Test
    void theFullReportListsTheAnnotationRulesOnlyWhenThereAreAnnotations() throws Exception {
        Spec plain = SpecReader.parse(SpecReaderTest.GOOD, "t.yaml");
        assertThat(DesignRules.report(plain, Designer.run(plain).layout()).rules()).extracting(DrcReport.RuleSummary::rule)
                .doesNotContain(DesignRule.ANNOTATION_OVERLAP, DesignRule.LABEL_ON_ARRAY, DesignRule.LABEL_OVERLAP);
        Spec marked = SpecReader.parse(MARKED, "t.yaml");
        DrcReport report = DesignRules.report(marked, Designer.run(marked).layout());
        assertThat(report.count(DesignRule.ANNOTATION_OVERLAP)).isEqualTo(1);
        assertThat(report.count(DesignRule.LABEL_ON_ARRAY)).isEqualTo(1);
        assertThat(report.rules()).extracting(DrcReport.RuleSummary::rule).doesNotContain(DesignRule.LABEL_OVERLAP);
    }
}
