package org.jjmask.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WriteFieldsTest {

    static final HolePattern ARRAY = HolePattern.of(AbsorbedEnergyTest.rectangle(30, 25, 100, 70));

    /**
     * EBEAM.md: 100 µm holds 577.35 periods of a√3 for a = 100 nm: warned, and the field shrunk to
     * whole written periods (578 × 173 nm = 99.994 µm). Horizontal boundaries then run in the
     * 16.6 nm bands between the rows' projections, clear of every hole. Vertical ones cannot: the
     * columns of a triangular lattice are a/2 = 50 nm apart, less than the 70 nm hole, so the plan
     * says so and cuts the fewest holes (one row in two: the boundary sits midway between columns).
     */
    @Test
    void triangularLatticeBoundaries() {
        WriteFields.Plan plan = WriteFields.plan(ARRAY, 10_000, 5, true);
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).contains("57.74").contains("not a whole number"));
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w).contains("no straight field boundary along y"));
        assertThat(plan.warnings()).noneSatisfy(w -> assertThat(w).contains("along x"));
        assertThat(plan.fieldXNm()).isEqualTo(10_000);
        assertThat(plan.fieldYNm()).isEqualTo(57 * 173);
        // horizontal boundaries cut nothing: every adjacent hole is one a vertical boundary reaches
        WriteFields.Plan onlyY = WriteFields.check(ARRAY, 1e9, plan.fieldYNm(), -5e8, plan.originYNm(), 5);
        assertThat(onlyY.adjacent()).isZero();
        assertThat(plan.crossing()).isPositive();
        WriteFields.Plan big = WriteFields.plan(ARRAY, 100_000, 5, true);
        assertThat(big.warnings().get(0)).contains("577.35");
        assertThat(big.fieldYNm()).isEqualTo(578 * 173);
    }

    /** A square lattice at 100 nm with 70 nm holes leaves 30 nm film bands both ways: no hole within 5 nm of a boundary. */
    @Test
    void squareLatticeBoundariesRunInTheFilm() {
        var layout = org.jjmask.layout.Layout.of(AbsorbedEnergyTest.rectangle(30, 25, 100, 70).device(),
                org.jjmask.layout.GridLattice.of(org.jjmask.layout.LatticeType.SQUARE, 100, 1),
                org.jjmask.layout.HoleShape.regular(70, 64, 1), 20, 1);
        WriteFields.Plan plan = WriteFields.plan(HolePattern.of(layout), 10_000, 5, true);
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.crossing()).isZero();
        assertThat(plan.adjacent()).isZero();
        assertThat(plan.violations()).isEmpty();
    }

    /** The rule fires on a constructed case: boundaries through a column of hole centres. */
    @Test
    void boundaryThroughHolesIsReported() {
        double x0 = ARRAY.xNm(0);
        WriteFields.Plan bad = WriteFields.check(ARRAY, 10_000, 57 * 173, x0, -1e6 + 0.5, 5);
        assertThat(bad.crossing()).isGreaterThan(0);
        assertThat(bad.violations()).isNotEmpty().allSatisfy(v -> {
            assertThat(v.rule().specName()).isEqualTo("field_boundary");
            assertThat(v.measuredNm()).isLessThan(5);
        });
        assertThat(bad.violations().get(0).measuredNm()).isCloseTo(-ARRAY.diameterNm(0) / 2, within(1.0));
    }
}
