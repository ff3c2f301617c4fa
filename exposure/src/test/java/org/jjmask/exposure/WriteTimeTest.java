package org.jjmask.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WriteTimeTest {

    /** EBEAM.md: a 70 nm hole at 300 µC/cm² is 11.5 fC, 115 µs at 100 pA (charge = dose × area = current × time). */
    @Test
    void seventyNanometreHole() {
        double area = Math.PI * 35 * 35;
        WriteTime w = WriteTime.area(300, 100, 5);
        assertThat(w.chargeFc(area, 1)).isCloseTo(11.545, within(0.001));
        assertThat(w.perHoleUs(area, 1)).isCloseTo(115.45, within(0.01));
        // the shots share the dwell: 154 shots at 5 nm, each 0.75 µs
        assertThat(w.shots(area)).isEqualTo(154);
        assertThat(w.dwellPerShotUs(area, 1) * w.shots(area)).isCloseTo(115.45, within(0.01));
    }

    /** EBEAM.md: NTNU's own example, 5 nA and 12.5 ns per 10 nm dot, is 62.5 µC/cm², not 250. */
    @Test
    void ntnuExampleCrossCheck() {
        // 5 nA × 12.5 ns = 62.5 fC over (10 nm)²: 62.5e-15 C / 1e-16 m² = 0.625 C/m² = 62.5 µC/cm²
        double doseUCcm2 = 5e-9 * 12.5e-9 / (10e-9 * 10e-9) / 1e-2;
        assertThat(doseUCcm2).isCloseTo(62.5, within(1e-9));
        WriteTime w = WriteTime.area(doseUCcm2, 5000, 10);
        assertThat(w.perHoleUs(100, 1)).isCloseTo(0.0125, within(1e-9));
    }

    /** Dot exposure: one shot of the dot charge; settling adds per shot and per hole. */
    @Test
    void dotExposureAndSettling() {
        WriteTime dot = new WriteTime(0, 100, ExposureKind.DOT, 1, 11.5, 100, 1);
        assertThat(dot.shots(3848)).isEqualTo(1);
        assertThat(dot.perHoleUs(3848, 1)).isCloseTo(115 + 0.1 + 1, within(1e-9));
        assertThat(dot.perHoleUs(3848, 2)).isCloseTo(230 + 0.1 + 1, within(1e-9));
    }
}
