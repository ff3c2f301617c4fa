package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Finkel'stein's T_c(R_□) against its own limits. */
class FilmTcModelTest {

    private static final double R0 = 2 * Math.PI * Math.PI * Constants.HBAR / (Constants.E * Constants.E);

    @Test
    void cleanFilmsKeepTheirTcAndWeakDisorderLowersItLinearlyInR() {
        FilmTcModel.Finkelstein f = new FilmTcModel.Finkelstein(7.0);
        assertThat(f.tcK(10, 0)).isEqualTo(10.0);
        // expansion of the formula in r: ln(T_c/T_c0) = −(γ³/6 − γ²/4) r + O(r²)
        double r = 1e-6;
        double g = 7.0;
        assertThat(Math.log(f.tcK(10, r * R0) / 10) / (-(g * g * g / 6 - g * g / 4) * r)).isCloseTo(1.0, within(1e-3));
    }

    @Test
    void theFilmStopsPairingAtTheCriticalSheetResistance() {
        FilmTcModel.Finkelstein f = new FilmTcModel.Finkelstein(7.0);
        double rc = f.criticalSheetResistanceOhm();
        // 1/γ + r/4 = √(r/2) at γ = 7: r = 0.0479, R_c = r·2π²ħ/e² = 3.9 kΩ (below R_Q, as NbN's fits find)
        assertThat(rc).isCloseTo(0.04792 * R0, within(0.001 * R0));
        assertThat(f.tcK(10, 0.999 * rc)).isBetween(0.0, 1.0);
        assertThat(f.tcK(10, 1.001 * rc)).isZero();
        double last = 10;
        for (double rs = 0; rs < rc; rs += rc / 200) {
            double t = f.tcK(10, rs);
            assertThat(t).isLessThanOrEqualTo(last);
            last = t;
        }
    }

    @Test
    void thePredictionNoLongerPairsAtTheBulkTcNearThePairQuantum() {
        Material m = Presets.material("MoGe").orElseThrow();
        ModelOptions o = ModelOptions.DEFAULT.withFilmTc(new FilmTcModel.Finkelstein(7.0)).withoutFieldCurves();
        ArrayGeometry g = ArrayGeometry.periodic(IslandNetwork.SQUARE, 200, 100);
        Substrate s = Presets.substrate("SiO2").orElseThrow();
        Prediction low = Predictor.predict(g, m.withSheetResistanceOhm(100), s, Conditions.defaults(), o);
        Prediction high = Predictor.predict(g, m.withSheetResistanceOhm(3500), s, Conditions.defaults(), o);
        Prediction given = Predictor.predict(g, m.withSheetResistanceOhm(3500), s, Conditions.defaults(),
                ModelOptions.DEFAULT.withoutFieldCurves());
        assertThat(low.tcOnsetK()).isCloseTo(m.tc0K(), within(0.1 * m.tc0K())); // 5.5 % at 100 ohm, gamma = 7
        assertThat(high.tcOnsetK()).isLessThan(0.5 * m.tc0K());
        assertThat(high.hasFlag(ValidityFlag.FILM_TC_DISORDER)).isTrue();
        assertThat(given.tcOnsetK()).isEqualTo(m.tc0K());
    }
}
