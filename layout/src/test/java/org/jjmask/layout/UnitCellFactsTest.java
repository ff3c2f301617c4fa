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

    @Test
    void necksOfTheOtherShapesAreMeasuredOnTheirPolygons() {
        // square of side 60 on a square lattice: flats face both bonds
        UnitCellFacts sq = UnitCellFacts.of(GridLattice.of(LatticeType.SQUARE, 100, 1.0), new IdealHole.Square(60).written(1.0), 1.0);
        assertThat(sq.neckWidthNm()).isEqualTo(40.0);
        assertThat(sq.holeAreaNm2()).isEqualTo(3600.0);
        assertThat(sq.holeDiameterNm()).isEqualTo(60.0);
        assertThat(sq.holeEquivalentDiameterNm()).isCloseTo(2 * 60 / Math.sqrt(Math.PI), within(1e-9));
        // hexagon 70 flat to flat on a triangular lattice: every bond meets a flat, neck = a − D
        UnitCellFacts hex = UnitCellFacts.of(GridLattice.of(LatticeType.TRIANGULAR, 100, 1.0), new IdealHole.Hexagon(70).written(1.0), 1.0);
        assertThat(hex.neckWidthNm()).isCloseTo(30.0, within(0.5));
        assertThat(hex.holeEquivalentDiameterNm()).isCloseTo(70 * Math.sqrt(2 * Math.sqrt(3) / Math.PI), within(1e-9));
        // the same hexagon on a square lattice meets the y bond with a corner: a − 2D/√3
        UnitCellFacts hexSq = UnitCellFacts.of(GridLattice.of(LatticeType.SQUARE, 100, 1.0), new IdealHole.Hexagon(70).written(1.0), 1.0);
        assertThat(hexSq.neckWidthNm()).isCloseTo(100 - 80.0, within(0.5));
        // ellipse 50 × 80 on a square lattice: the y bond is the narrow one
        UnitCellFacts el = UnitCellFacts.of(GridLattice.of(LatticeType.SQUARE, 100, 1.0),
                new IdealHole.Ellipse(50, 1.6, 64, false).written(1.0), 1.0);
        assertThat(el.neckWidthNm()).isCloseTo(100 - 80 * Math.cos(Math.PI / 64), within(1.0));
        // a circle's equivalent diameter is its nominal one: what the physics always took
        UnitCellFacts c = UnitCellFacts.of(GridLattice.of(LatticeType.TRIANGULAR, 100, 1.0), HoleShape.regular(70, 32, 1.0), 1.0);
        assertThat(c.holeEquivalentDiameterNm()).isEqualTo(70.0);
    }

    @Test
    void anOriginChangesNoFact() {
        for (LatticeType t : LatticeType.values()) {
            GridLattice g = GridLattice.of(t, 120, 1.0);
            HoleShape h = new IdealHole.Ellipse(60, 1.3, 20, true).written(1.0);
            assertThat(UnitCellFacts.of(g.withOriginNm(-71, 33, 1.0), h, 1.0)).isEqualTo(UnitCellFacts.of(g, h, 1.0));
        }
    }
}
