package org.jjmask.design;

import static org.assertj.core.api.Assertions.assertThat;
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
        assertThat(r.drc()).extracting(DrcViolation::rule).containsExactly("off_grid");
        assertThat(r.drc().get(0).message()).contains("5 nm manufacturing grid").contains("the worst of");
        assertThat(Designer.run(spec("  grid_nm: 1\n")).drc()).isEmpty();
    }

    @Test
    void theReportMeasuresTheCleanRulesToo() throws Exception {
        Spec s = spec("  min_feature_nm: 20\n");
        DesignResult r = Designer.run(s);
        DrcReport report = DesignRules.report(s, r.layout());
        assertThat(report.clean()).isTrue();
        assertThat(report.worst(DrcReport.MIN_NECK)).isEqualTo(r.facts().neckWidthNm());
        assertThat(report.worst(DrcReport.HOLE_MARGIN)).isGreaterThanOrEqualTo(s.lattice().edgeMarginNm());
    }

    @Test
    void aTenNanometreNeckIsOneViolationAtItsPlace() throws Exception {
        Spec s = SpecReader.parse(SpecReaderTest.GOOD.replace("hole_diameter_nm: 70", "hole_diameter_nm: 90"), "t.yaml");
        DesignResult r = Designer.run(s);
        assertThat(r.drc()).extracting(DrcViolation::rule).containsExactly("min_neck");
        DrcViolation v = r.drc().get(0);
        assertThat(v.measuredNm()).isEqualTo(r.facts().neckWidthNm()).isLessThan(11);
        assertThat(r.layout().outlineNm().contains(new org.locationtech.jts.geom.GeometryFactory()
                .createPoint(new org.locationtech.jts.geom.Coordinate(v.xNm(), v.yNm())))).isTrue();
        assertThat(v.message()).contains("between the holes at").contains("the worst of");
    }
}
