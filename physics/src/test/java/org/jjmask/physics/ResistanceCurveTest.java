package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** MODEL.md §5. */
class ResistanceCurveTest {

    private static final ResistanceCurve.Parameters SC = new ResistanceCurve.Parameters(15, 9, 800, 300, 0);
    private static final ResistanceCurve.Parameters AM = new ResistanceCurve.Parameters(15, 4, 800, 300, 12);

    static void assertContinuousAndMonotonic(List<RtPoint> c, double rn) {
        for (int i = 1; i < c.size(); i++) {
            RtPoint lo = c.get(i - 1);
            RtPoint hi = c.get(i);
            assertThat(hi.temperatureK()).isGreaterThan(lo.temperatureK());
            // non-increasing as T falls
            assertThat(lo.sheetResistanceOhm()).isLessThanOrEqualTo(hi.sheetResistanceOhm());
            double jump = hi.sheetResistanceOhm() - lo.sheetResistanceOhm();
            assertThat(jump / rn).as("jump at %s K", hi.temperatureK()).isLessThanOrEqualTo(0.02);
            if (lo.sheetResistanceOhm() > 0.1 * rn) {
                assertThat(jump / hi.sheetResistanceOhm()).as("relative jump at %s K", hi.temperatureK())
                        .isLessThanOrEqualTo(0.02);
            }
        }
    }

    @Test
    void finiteAtExactlyTc0() {
        assertThat(ResistanceCurve.sheetResistanceOhm(SC, 15.0)).isCloseTo(400, within(1e-9));
        assertThat(ResistanceCurve.sheetResistanceOhm(SC, Math.nextUp(15.0))).isCloseTo(400, within(1e-6));
        assertThat(ResistanceCurve.sheetResistanceOhm(SC, Math.nextDown(15.0))).isCloseTo(400, within(1e-3));
    }

    @Test
    void aslamazovLarkinFarAboveTc0() {
        double t = 22.5;
        double gAl = 300 / ResistanceCurve.R0_OHM * 15 / 7.5;
        assertThat(ResistanceCurve.sheetResistanceOhm(SC, t)).isCloseTo(800 / (1 + gAl), within(0.01));
        assertThat(ResistanceCurve.R0_OHM).isCloseTo(65_732, within(1.0));
    }

    @Test
    void halperinNelsonBetweenTbktAndTc0() {
        double t = 12;
        double x = 2 * Math.sqrt(ResistanceCurve.HN_B * (15 - t) / (t - 9));
        assertThat(ResistanceCurve.sheetResistanceOhm(SC, t)).isCloseTo(800 / (1 + Math.exp(x)), within(1e-9));
        assertThat(ResistanceCurve.sheetResistanceOhm(SC, 9.0001)).isLessThan(1e-100);
        assertThat(ResistanceCurve.sheetResistanceOhm(SC, 8)).isZero();
        assertThat(ResistanceCurve.sheetResistanceOhm(AM, 3)).isEqualTo(12);
        assertThat(ResistanceCurve.sheetResistanceOhm(AM, 4.0001)).isEqualTo(12);
    }

    @Test
    void sampledCurveIsDenseContinuousAndMonotonic() {
        for (ResistanceCurve.Parameters p : List.of(SC, AM,
                new ResistanceCurve.Parameters(1.3, 1.2999, 2.7, 2.0, 0), // Al: tiny Ginzburg width
                new ResistanceCurve.Parameters(5, 0, 5000, 2000, 900))) { // no coherence
            List<RtPoint> c = ResistanceCurve.curve(p, 0.05);
            assertThat(c.size()).isGreaterThanOrEqualTo(200);
            assertThat(c.get(0).temperatureK()).isEqualTo(0.05);
            assertThat(c.get(c.size() - 1).temperatureK()).isCloseTo(1.5 * p.tc0K(), within(1e-9));
            assertContinuousAndMonotonic(c, p.normalOhm());
        }
    }

    @Test
    void logSpacedNearTheBase() {
        List<RtPoint> c = ResistanceCurve.curve(SC, 0.05);
        List<RtPoint> low = c.stream().filter(p -> p.temperatureK() < 2.0).toList();
        assertThat(low.size()).isGreaterThan(40);
        double r1 = low.get(1).temperatureK() / low.get(0).temperatureK();
        double r2 = low.get(20).temperatureK() / low.get(19).temperatureK();
        assertThat(r2).isCloseTo(r1, within(1e-9));
    }

    @Test
    void baseAboveTc0StillGivesACurve() {
        List<RtPoint> c = ResistanceCurve.curve(SC, 20);
        assertThat(c.size()).isGreaterThanOrEqualTo(200);
        assertContinuousAndMonotonic(c, 800);
    }
}
