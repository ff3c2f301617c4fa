package org.jjmask.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.jjmask.physics.FieldResponse;
import org.junit.jupiter.api.Test;

/** The T_c(B) caption says what the sampled curve does, not what a wire network would do. */
class TcOfBCaptionTest {

    private static List<FieldResponse.TcPoint> sampled(DoubleUnaryOperator tcOfFlux) {
        List<FieldResponse.TcPoint> pts = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            double f = i / 4.0;
            pts.add(new FieldResponse.TcPoint(239.0 * f, f, tcOfFlux.applyAsDouble(f)));
        }
        return pts;
    }

    @Test
    void namesTheMaximaAtWholeQuanta() {
        // a wire-network oscillation on a falling envelope: maxima at f = 1 and 2
        String s = FieldPage.maxima(sampled(f -> 15 - 0.05 * f - 0.1 * Math.sin(Math.PI * f) * Math.sin(Math.PI * f)), 4);
        assertThat(s).isEqualTo("It peaks at 239, 478 mT: whole flux quanta per hole cell.");
    }

    @Test
    void aMonotonicCurveHasNoMaximumAndSaysSo() {
        // the honeycomb hole lattice's large islands: T_c(B) falls through every whole quantum
        String s = FieldPage.maxima(sampled(f -> 15 - 0.3 * f), 4);
        assertThat(s).startsWith("Sampled at quarter quanta it has no maximum").doesNotContain("peaks");
    }

    @Test
    void aMaximumOffTheWholeQuantaIsNotCalledOne() {
        String s = FieldPage.maxima(sampled(f -> 15 - Math.abs(f - 1.5)), 4);
        assertThat(s).isEqualTo("It peaks at 358.5 mT.");
    }
}
