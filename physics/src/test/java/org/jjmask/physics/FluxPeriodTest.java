package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/** MODEL.md §8 case 1. */
class FluxPeriodTest {

    @Test
    void triangularHoles100nm() {
        ArrayGeometry g = ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 70);
        assertThat(FluxPeriod.periodMT(g.plaquetteAreaNm2())).isCloseTo(238.8, withinPercentage(0.1));
        assertThat(FluxPeriod.periodHOverEMT(g.plaquetteAreaNm2())).isCloseTo(2 * 238.8, withinPercentage(0.1));
    }

    @Test
    void squareHoles200nm() {
        ArrayGeometry g = ArrayGeometry.periodic(IslandNetwork.SQUARE, 200, 100);
        assertThat(FluxPeriod.periodMT(g.plaquetteAreaNm2())).isCloseTo(51.70, withinPercentage(0.1));
    }

    @Test
    void predictionCarriesBothPeriods() {
        Prediction p = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 70),
                Presets.material("Nd0.8Sr0.2NiO2").orElseThrow(), Presets.substrate("SrTiO3").orElseThrow(),
                Conditions.defaults());
        assertThat(p.periodMT()).isCloseTo(238.8, withinPercentage(0.1));
        assertThat(p.periodHOverEMT()).isCloseTo(2 * p.periodMT(), withinPercentage(1e-9));
    }

    @Test
    void frustrationIsOneAtOnePeriod() {
        assertThat(FluxPeriod.frustration(FluxPeriod.periodT(1234.0), 1234.0)).isCloseTo(1.0, withinPercentage(1e-9));
    }
}
