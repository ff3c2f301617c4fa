package org.jjmask.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UnitCellFactsTest {

    @Test
    void triangularSeedLattice() {
        UnitCellFacts f = UnitCellFacts.of(GridLattice.of(LatticeType.TRIANGULAR, 100, 1.0), HoleShape.regular(70, 32, 1.0), 1.0);
        // a 32-gon inscribed in 70 nm spans 2·35·cos(π/32) = 69.66 nm flat-to-flat; rounding of the
        // vertices and of the 86.5 nm row offset moves this by about a nanometre
        assertThat(f.neckWidthNm()).isBetween(29.0, 31.0);
        assertThat(f.plaquetteAreaNm2()).isEqualTo(100 * 173 / 2.0);
        assertThat(f.porosity()).isCloseTo(Math.PI * 35 * 35 / (Math.sqrt(3) / 2 * 1e4), within(0.01));
        // honeycomb network: two islands per hole
        assertThat(f.islandAreaNm2()).isCloseTo((f.plaquetteAreaNm2() - f.holeAreaNm2()) / 2, within(1e-9));
    }

    @Test
    void squareNeckIsPitchMinusFlatToFlatWidth() {
        // a 16-gon rotated half a step has flats facing ±x: width 2·r·cos(π/16)
        UnitCellFacts f = UnitCellFacts.of(GridLattice.of(LatticeType.SQUARE, 200, 1.0), HoleShape.regular(120, 16, 1.0), 1.0);
        assertThat(f.neckWidthNm()).isCloseTo(200 - 120 * Math.cos(Math.PI / 16), within(1.0));
    }

    @Test
    void overlappingHolesGiveANegativeNeck() {
        // 64-gon of 99 nm: flats at ±49.44 nm snap to ±49, leaving a 2 nm neck
        UnitCellFacts f = UnitCellFacts.of(GridLattice.of(LatticeType.SQUARE, 100, 1.0), HoleShape.regular(99, 64, 1.0), 1.0);
        assertThat(f.neckWidthNm()).isEqualTo(2.0);
        // 104 nm at 100 nm pitch: the flats at ±52 overlap by 4 nm
        UnitCellFacts g = UnitCellFacts.of(GridLattice.of(LatticeType.SQUARE, 100, 1.0), HoleShape.regular(104, 64, 1.0), 1.0);
        assertThat(g.neckWidthNm()).isEqualTo(-4.0);
    }
}
