package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** MODEL.md §1 table: plaquette areas and porosities of the periodic lattices. */
class ArrayGeometryTest {

    @Test
    void periodicLatticesFollowTheTable() {
        double a = 100;
        double d = 60;
        ArrayGeometry tri = ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, a, d);
        assertThat(tri.plaquetteAreaNm2()).isCloseTo(Math.sqrt(3) / 2 * a * a, within(1e-9));
        assertThat(tri.porosity()).isCloseTo(Math.PI * d * d / (2 * Math.sqrt(3) * a * a), within(1e-12));
        assertThat(tri.islandAreaNm2()).isCloseTo((tri.plaquetteAreaNm2() - tri.holeAreaNm2()) / 2, within(1e-9));
        ArrayGeometry sq = ArrayGeometry.periodic(IslandNetwork.SQUARE, a, d);
        assertThat(sq.porosity()).isCloseTo(Math.PI * d * d / (4 * a * a), within(1e-12));
        ArrayGeometry hc = ArrayGeometry.periodic(IslandNetwork.TRIANGULAR, a, d);
        assertThat(hc.plaquetteAreaNm2()).isCloseTo(3 * Math.sqrt(3) / 4 * a * a, within(1e-9));
        assertThat(hc.porosity()).isCloseTo(Math.PI * d * d / (3 * Math.sqrt(3) * a * a), within(1e-12));
        assertThat(hc.unitCellAreaNm2()).isCloseTo(2 * hc.plaquetteAreaNm2(), within(1e-9));
        ArrayGeometry kg = ArrayGeometry.periodic(IslandNetwork.DICE, a, d);
        assertThat(kg.plaquetteAreaNm2()).isCloseTo(2 / Math.sqrt(3) * a * a, within(1e-9));
        assertThat(kg.porosity()).isCloseTo(Math.sqrt(3) * Math.PI * d * d / (8 * a * a), within(1e-12));
        assertThat(kg.neckWidthNm()).isEqualTo(40);
    }

    @Test
    void rejectsTouchingHolesAndNonFiniteNumbers() {
        assertThatThrownBy(() -> ArrayGeometry.periodic(IslandNetwork.SQUARE, 100, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArrayGeometry.periodic(IslandNetwork.SQUARE, Double.NaN, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Conditions(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Substrate("x", 0.5, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
