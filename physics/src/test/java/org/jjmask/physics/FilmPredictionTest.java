package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The plain film of a design without holes: its own T_c, BKT transition, H_c2 and phase. */
class FilmPredictionTest {

    static final Material NSNO = Presets.material("Nd0.8Sr0.2NiO2").orElseThrow();

    @Test
    void aLowResistanceFilmOrdersAtTheBeasleyMooijOrlandoTemperature() {
        FilmPrediction f = FilmPrediction.of(NSNO, new Conditions(0.05, 0), ModelOptions.DEFAULT);
        // BMO 1979 from CODATA 2018 e and ħ, not from the code's constants
        double bmo = NSNO.tc0K() * (1 - 0.173 * NSNO.sheetResistanceOhm() * Math.pow(1.602176634e-19, 2) / 1.054571817e-34);
        assertThat(f.tcK()).isEqualTo(NSNO.tc0K());
        assertThat(f.tbktK()).isCloseTo(bmo, within(1e-9));
        assertThat(f.phase()).isEqualTo(Phase.SUPERCONDUCTOR);
        // no neck strip: at most the thin film's orbital limit Φ0/(2πξ²), lowered by Pauli
        double xi = NSNO.coherenceLengthNm() * 1e-9;
        assertThat(f.hc2PerpT()).isPositive().isLessThanOrEqualTo(2.067833848e-15 / (2 * Math.PI * xi * xi));
        assertThat(f.hc2ParT()).isPositive();
        assertThat(f.rOfT()).isNotEmpty();
        assertThat(f.rOfT().get(0).sheetResistanceOhm()).isZero();
        assertThat(f.citations()).contains(Citations.BEASLEY_MOOIJ_ORLANDO, Citations.HALPERIN_NELSON);
    }

    @Test
    void aFilmAboveItsBktAtBaseTemperatureIsNotASuperconductor() {
        FilmPrediction warm = FilmPrediction.of(NSNO, new Conditions(14.9, 0), ModelOptions.DEFAULT);
        assertThat(warm.tbktK()).isLessThan(14.9);
        assertThat(warm.phase()).isEqualTo(Phase.ANOMALOUS_METAL);
        Material dirty = new Material("dirty", 2, 8000, 5, 2, Constants.BCS_GAP_RATIO, "test");
        FilmPrediction insulating = FilmPrediction.of(dirty, new Conditions(1.9, 0), ModelOptions.DEFAULT);
        assertThat(insulating.phase()).isEqualTo(Phase.INSULATOR);
        assertThat(insulating.phaseCriterion()).contains("R_Q");
    }
}
