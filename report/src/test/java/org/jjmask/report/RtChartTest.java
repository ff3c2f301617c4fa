package org.jjmask.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jjmask.physics.RtPoint;
import org.junit.jupiter.api.Test;

/** What the R(T) chart can put on a logarithmic axis. */
class RtChartTest {

    @Test
    void zeroResistanceBelowTbktIsLeftOffTheLogAxisAndCounted() {
        RtChart.Data d = RtChart.data(List.of(new RtPoint(1, 0), new RtPoint(2, 0), new RtPoint(3, 0.5),
                new RtPoint(4, 120), new RtPoint(5, 300)));
        assertThat(d.logarithmic()).isTrue();
        assertThat(d.t()).containsExactly(3, 4, 5);
        assertThat(d.belowAxis()).isEqualTo(2);
        assertThat(d.yMin()).isEqualTo(0.1);
        assertThat(d.yMax()).isEqualTo(1000);
    }

    @Test
    void theAxisSpansAtMostSixDecadesUnderTheNormalState() {
        RtChart.Data d = RtChart.data(List.of(new RtPoint(1, 1e-30), new RtPoint(2, 1e-3), new RtPoint(3, 80)));
        assertThat(d.yMax()).isEqualTo(100);
        assertThat(d.yMin()).isEqualTo(1e-4, org.assertj.core.data.Offset.offset(1e-18));
        assertThat(d.t()).containsExactly(2, 3);
    }

    @Test
    void aCurveWithNothingPositiveFallsBackToALinearAxis() {
        RtChart.Data d = RtChart.data(List.of(new RtPoint(1, 0), new RtPoint(2, 0)));
        assertThat(d.logarithmic()).isFalse();
        assertThat(d.t()).containsExactly(1, 2);
    }
}
