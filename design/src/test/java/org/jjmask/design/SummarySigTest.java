package org.jjmask.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Summary.sig's fast path gives BigDecimal's half-up rounding to six digits, bit for bit. */
class SummarySigTest {

    private static double reference(double v) {
        return v == 0 ? 0.0 : new BigDecimal(v).round(new MathContext(6)).doubleValue();
    }

    @Test
    void equalsBigDecimalRoundingOnRandomAndHalfWayValues() {
        SplittableRandom rnd = new SplittableRandom(12);
        for (int n = 0; n < 300_000; n++) {
            double v = (rnd.nextBoolean() ? 1 : -1) * Math.pow(10, -30 + 60 * rnd.nextDouble());
            assertThat(Summary.sig(v)).as("%s", v).isEqualTo(reference(v));
        }
        // decimal half-way points, their neighbours, and the ends of a decade
        for (int e = -25; e <= 25; e++) {
            for (int n = 0; n < 2000; n++) {
                long m = 100_000 + rnd.nextInt(900_000);
                double v = (m + 0.5) * Math.pow(10, e);
                for (double w : new double[] {v, Math.nextUp(v), Math.nextDown(v), m * Math.pow(10, e)}) {
                    assertThat(Summary.sig(w)).as("%s", w).isEqualTo(reference(w));
                }
            }
            for (double w : new double[] {9.999995 * Math.pow(10, e), 9.9999949 * Math.pow(10, e), Math.pow(10, e),
                Math.nextDown(Math.pow(10, e)), Math.nextUp(Math.pow(10, e))}) {
                assertThat(Summary.sig(w)).as("%s", w).isEqualTo(reference(w));
            }
        }
        for (double w : new double[] {1.234565, 2.675, 123456.5, 0.1234565, 1e-310, 4.9e-324, 1e300, Double.MAX_VALUE}) {
            assertThat(Summary.sig(w)).as("%s", w).isEqualTo(reference(w));
            assertThat(Summary.sig(-w)).as("%s", -w).isEqualTo(reference(-w));
        }
        assertThat(Summary.sig(0.0)).isEqualTo(0.0);
        assertThat(Summary.sig(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
