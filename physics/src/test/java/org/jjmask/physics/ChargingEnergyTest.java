package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** MODEL.md §3 charging example. */
class ChargingEnergyTest {

    @Test
    void diskOnModerateDielectric() {
        double c = ChargingEnergy.groundCapacitanceF(50e-9, 300);
        assertThat(c * 1e15).isCloseTo(0.53, within(0.005));
        assertThat(ChargingEnergy.chargingEnergyJ(c) / Constants.KB).isCloseTo(1.74, within(0.01));
    }

    @Test
    void diskOnColdSrTiO3() {
        double c = ChargingEnergy.groundCapacitanceF(50e-9, 2e4);
        assertThat(ChargingEnergy.chargingEnergyJ(c) / Constants.KB * 1e3).isCloseTo(26, within(0.5));
    }

    @Test
    void islandRadiusFromArea() {
        assertThat(ChargingEnergy.islandRadiusM(Math.PI * 2500e-18)).isCloseTo(50e-9, within(1e-15));
    }

    @Test
    void ellipticIntegralReferenceValues() {
        assertThat(ChargingEnergy.ellipticK(0)).isCloseTo(Math.PI / 2, within(1e-14));
        assertThat(ChargingEnergy.ellipticK(Math.sqrt(0.5))).isCloseTo(1.8540746773013719, within(1e-13));
    }

    @Test
    void junctionCapacitanceScalesWithHalfSpacePermittivityAndVanishesWithoutHoles() {
        double a = ChargingEnergy.junctionCapacitanceF(70e-9, 28e-9, 10);
        double b = ChargingEnergy.junctionCapacitanceF(70e-9, 28e-9, 21);
        assertThat(b / a).isCloseTo(2.0, within(1e-12));
        assertThat(a).isPositive();
        // coplanar strips with W ~ g: K(k')/K(k) of order 1, so C_J ~ eps0 (eps+1)/2 D
        assertThat(a / (Constants.EPS0 * 5.5 * 70e-9)).isBetween(0.5, 2.0);
        assertThat(ChargingEnergy.junctionCapacitanceF(0, 28e-9, 10)).isZero();
    }
}
