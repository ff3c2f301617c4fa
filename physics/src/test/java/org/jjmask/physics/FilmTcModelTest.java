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
        assertThat(given.citations()).noneMatch(c -> c.key().equals("finkelstein-1994"));
        // chosen, on the film T_c0 is quoted for (R_sq = the curve's reference): T_c kept, the curve still said
        Prediction reference = Predictor.predict(g, m.withSheetResistanceOhm(3500), s, Conditions.defaults(),
                ModelOptions.DEFAULT.withFilmTc(new FilmTcModel.Finkelstein(7.0, 3500)).withoutFieldCurves());
        assertThat(reference.tcOnsetK()).isEqualTo(m.tc0K());
        assertThat(reference.hasFlag(ValidityFlag.FILM_TC_DISORDER)).isTrue();
        assertThat(reference.citations()).anyMatch(c -> c.key().equals("finkelstein-1994"));
        assertThat(FilmPrediction.of(m.withSheetResistanceOhm(3500), Conditions.defaults(),
                ModelOptions.DEFAULT.withFilmTc(new FilmTcModel.Finkelstein(7.0, 3500))).citations())
                .anyMatch(c -> c.key().equals("finkelstein-1994"));
    }

    private static final double RQ = Constants.H / (4 * Constants.E * Constants.E);

    @Test
    void theSourcedPresetsStopPairingAtTheirSeriesPublishedCriticalResistance() {
        // Kang et al. (2012), epitaxial NbN: R_c ≈ R_Q/3; Liu et al. (1991), quench-condensed a-Bi: R_c ≈ R_Q
        FinkelsteinFit nbn = Presets.finkelsteinFit("NbN").orElseThrow();
        FinkelsteinFit bi = Presets.finkelsteinFit("a-Bi").orElseThrow();
        assertThat(nbn.sourced()).isTrue();
        assertThat(bi.sourced()).isTrue();
        assertThat(nbn.gamma()).isCloseTo(9.214, within(0.001));
        assertThat(bi.gamma()).isCloseTo(5.569, within(0.001));
        for (FinkelsteinFit f : new FinkelsteinFit[] {nbn, bi}) {
            // the closed form R_c of the model agrees with the number γ was taken from
            assertThat(f.model().criticalSheetResistanceOhm()).isCloseTo(f.criticalSheetResistanceOhm(),
                    within(1e-9 * f.criticalSheetResistanceOhm()));
            double rc = f.criticalSheetResistanceOhm();
            assertThat(f.model().tcK(f.cleanTc0K(), 1.001 * rc)).isZero();
            assertThat(f.model().tcK(f.cleanTc0K(), 0.999 * rc)).isBetween(0.0, 0.05 * f.cleanTc0K());
            assertThat(f.model().tcK(f.cleanTc0K(), 0)).isEqualTo(f.cleanTc0K());
            double last = f.cleanTc0K();
            for (double r = 0; r <= rc; r += rc / 500) {
                double t = f.model().tcK(f.cleanTc0K(), r);
                assertThat(t).isLessThanOrEqualTo(last).isGreaterThanOrEqualTo(0);
                last = t;
            }
        }
        assertThat(nbn.criticalSheetResistanceOhm()).isCloseTo(RQ / 3, within(1.0));
        assertThat(bi.criticalSheetResistanceOhm()).isCloseTo(RQ, within(1.0));
        // a-Bi's clean T_c0 6.4 K (Valles, Dynes & Garno); NbN's 15.87 K (Kamlapure et al.)
        assertThat(bi.cleanTc0K()).isEqualTo(6.4);
        assertThat(nbn.cleanTc0K()).isEqualTo(15.87);
    }

    @Test
    void theMoGeFitIsPhenomenologicalAndRunsThroughThePresetsOwnFilm() {
        FinkelsteinFit f = Presets.finkelsteinFit("MoGe").orElseThrow();
        assertThat(f.sourced()).isFalse();
        assertThat(f.source()).startsWith("[pheno]");
        assertThat(f.model().tcK(7.3, 180)).isCloseTo(6.0, within(1e-6));
        assertThat(f.gamma()).isCloseTo(8.51, within(0.01));
        assertThat(Presets.finkelsteinFit("a-MoGe")).contains(f); // by alias too
    }

    @Test
    void presetsWithoutAFitHaveNone() {
        for (String m : new String[] {"Nb", "YBCO", "Nd0.8Sr0.2NiO2", "La0.8Sr0.2NiO2", "Al", "no such"}) {
            assertThat(Presets.finkelsteinFit(m)).as(m).isEmpty();
        }
    }

    @Test
    void gammaFromTheCriticalResistanceInvertsTheClosedForm() {
        for (double g : new double[] {2.5, 5, 7, 9.2, 20}) {
            double rc = new FilmTcModel.Finkelstein(g).criticalSheetResistanceOhm();
            assertThat(FinkelsteinFit.fromCriticalSheetResistance(rc, 10, "x").gamma()).isCloseTo(g, within(1e-9 * g));
        }
    }

    @Test
    void theCurveThroughAThinFilmsTcKeepsItsCriticalResistanceAndItsCleanTc0() {
        FilmTcModel.Finkelstein clean = new FilmTcModel.Finkelstein(7.0);
        FilmTcModel.Finkelstein through = new FilmTcModel.Finkelstein(7.0, 500);
        // through (500 ohm, 10 K): the film there keeps 10 K, R_c is the curve's, T_c0(clean) = 10 K / F(500)
        assertThat(through.tcK(10, 500)).isCloseTo(10.0, within(1e-12));
        assertThat(through.criticalSheetResistanceOhm()).isEqualTo(clean.criticalSheetResistanceOhm());
        double t0 = through.cleanTc0K(10);
        assertThat(t0).isCloseTo(10 / clean.tcK(1, 500), within(1e-12));
        for (double r : new double[] {0, 100, 300, 1000, 2000, 3800}) {
            assertThat(through.tcK(10, r)).isCloseTo(clean.tcK(t0, r), within(1e-9));
        }
        assertThat(through.tcK(10, 100)).isGreaterThan(10); // a cleaner film pairs higher on the same curve
        assertThat(through.tcK(10, 1.001 * through.criticalSheetResistanceOhm())).isZero();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new FilmTcModel.Finkelstein(7.0, 4000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond R_c");
    }
}
