package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** MODEL.md §6, §8 cases 6–7. */
class CriticalFieldsTest {

    @Test
    void perpendicularFilm() {
        assertThat(CriticalFields.perpFilmT(5.4e-9)).isCloseTo(11.29, within(0.01));
    }

    @Test
    void parallelThinFilm() {
        assertThat(CriticalFields.thinSlabT(5.4e-9, 10e-9)).isCloseTo(21.1, within(0.05));
        assertThat(CriticalFields.thinSlabT(5.4e-9, 10e-9) / CriticalFields.perpFilmT(5.4e-9))
                .isCloseTo(1.87, within(0.01));
    }

    @Test
    void pauliLimit() {
        assertThat(CriticalFields.pauliT(BcsGap.gap0J(15, Constants.BCS_GAP_RATIO))).isCloseTo(27.9, within(0.05));
        assertThat(CriticalFields.pauliT(BcsGap.gap0J(1, Constants.BCS_GAP_RATIO))).isCloseTo(1.86, within(0.01));
    }

    @Test
    void quadratureCombinationLimits() {
        assertThat(CriticalFields.combineT(1.0, 1e9)).isCloseTo(1.0, within(1e-9));
        assertThat(CriticalFields.combineT(1e9, 2.0)).isCloseTo(2.0, within(1e-9));
        assertThat(CriticalFields.combineT(3.0, 4.0)).isCloseTo(12.0 / 5.0, within(1e-12));
    }

    @Test
    void atZeroTemperatureReproducesTheCases() {
        CriticalFields.Result r = CriticalFields.at(0, 15, 5.4, 10, 100, BcsGap.gap0J(15, Constants.BCS_GAP_RATIO));
        assertThat(r.perpOrbitalT()).isCloseTo(11.29, within(0.01));
        assertThat(r.parOrbitalT()).isCloseTo(21.1, within(0.05));
        assertThat(r.pauliT()).isCloseTo(27.9, within(0.05));
        assertThat(r.perpT()).isCloseTo(1 / Math.sqrt(1 / (11.29 * 11.29) + 1 / (27.85 * 27.85)), within(0.02));
        assertThat(r.neckStripDecides()).isFalse();
    }

    @Test
    void narrowNeckRaisesThePerpendicularField() {
        double gap = BcsGap.gap0J(15, Constants.BCS_GAP_RATIO);
        CriticalFields.Result wide = CriticalFields.at(0, 15, 5.4, 10, 30, gap);
        CriticalFields.Result narrow = CriticalFields.at(0, 15, 5.4, 10, 10, gap);
        assertThat(wide.neckStripDecides()).isFalse();
        assertThat(narrow.neckStripDecides()).isTrue();
        assertThat(narrow.perpOrbitalT()).isCloseTo(21.1, within(0.05));
        // continuous where the two formulas cross, w = √12 ξ
        CriticalFields.Result cross = CriticalFields.at(0, 15, 5.4, 10, Math.sqrt(12) * 5.4, gap);
        assertThat(cross.perpOrbitalT()).isCloseTo(11.29, within(0.01));
    }

    @Test
    void temperatureDependenceAndAboveTc() {
        double gap = BcsGap.gap0J(10, Constants.BCS_GAP_RATIO);
        CriticalFields.Result half = CriticalFields.at(5, 10, 5.4, 10, 100, gap);
        assertThat(half.perpOrbitalT()).isCloseTo(11.29 / 2, within(0.01));
        CriticalFields.Result above = CriticalFields.at(10, 10, 5.4, 10, 100, gap);
        assertThat(above.perpT()).isZero();
        assertThat(above.parT()).isZero();
        assertThat(above.anisotropy()).isZero();
    }
}
