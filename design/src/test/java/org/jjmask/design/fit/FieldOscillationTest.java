package org.jjmask.design.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.jjmask.physics.Constants;
import org.jjmask.physics.FluxPeriod;
import org.junit.jupiter.api.Test;

class FieldOscillationTest {

    /** The seed lattice's plaquette (pitch 100 nm triangular as written: 8650 nm², JSON of the demo). */
    static final double AREA_NM2 = 8650;
    static final double SPREAD_NM2 = 300;

    static MeasuredCurve rb(long seed, double noise, double amplitude) {
        int n = 301;
        double[] b = new double[n];
        double[] r = new double[n];
        int[] lines = new int[n];
        SplittableRandom rng = new SplittableRandom(seed);
        double k = 2 * Math.PI * AREA_NM2 * 1e-18 / Constants.PHI0;
        double s = 2 * Math.PI * SPREAD_NM2 * 1e-18 / Constants.PHI0;
        for (int i = 0; i < n; i++) {
            b[i] = -1.5 + 3.0 * i / (n - 1);
            double lnR = Math.log(300) + 0.05 * b[i] * b[i] + amplitude * Math.exp(-0.5 * s * s * b[i] * b[i])
                    * Math.cos(k * b[i]);
            r[i] = Math.exp(lnR + noise * rng.nextGaussian());
            lines[i] = i + 2;
        }
        return new MeasuredCurve("rb.csv", MeasuredCurve.Variable.FIELD, b, r, lines, 1);
    }

    @Test
    void recoversThePlaquetteAreaAndItsSpreadWithin3Sigma() throws Exception {
        for (long seed = 1; seed <= 10; seed++) {
            FieldOscillation.Result f = FieldOscillation.fit(rb(seed, 0.01, -0.3), 0.01);
            assertThat(Math.abs(f.plaquetteAreaNm2() - AREA_NM2)).as("seed %d: %s ± %s", seed, f.plaquetteAreaNm2(),
                    f.areaStderrNm2()).isLessThan(3 * f.areaStderrNm2());
            assertThat(Math.abs(f.areaSpreadNm2() - SPREAD_NM2)).as("seed %d: %s ± %s", seed, f.areaSpreadNm2(),
                    f.spreadStderrNm2()).isLessThan(3 * f.spreadStderrNm2());
            // h/2e: Φ0/S, the same number the prediction's period_mT is (FluxPeriod)
            assertThat(f.periodMT()).isCloseTo(FluxPeriod.periodMT(f.plaquetteAreaNm2()),
                    org.assertj.core.data.Percentage.withPercentage(1e-9));
            assertThat(f.chi2PerDof()).isBetween(0.7, 1.3);
        }
    }

    @Test
    void noOscillationIsRefusedRatherThanGivenAPeriod() {
        assertThatThrownBy(() -> FieldOscillation.fit(rb(3, 0.01, 0), 0.01)).isInstanceOf(FitException.class)
                .hasMessageStartingWith("rb.csv: no oscillation");
    }
}
