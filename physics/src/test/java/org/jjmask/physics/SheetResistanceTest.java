package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/** MODEL.md §2 / §8 case 4. */
class SheetResistanceTest {

    private static final NormalStateModel MODEL = SheetResistance.MAXWELL_GARNETT_NECK;

    @Test
    void maxwellGarnettTendsToOneAndToItsFirstOrderSlope() {
        assertThat(SheetResistance.maxwellGarnettFactor(0)).isEqualTo(1.0);
        for (double phi : new double[] {1e-2, 1e-4, 1e-6}) {
            assertThat((SheetResistance.maxwellGarnettFactor(phi) - 1) / phi).isCloseTo(2.0, within(3 * phi));
        }
    }

    @Test
    void squareLatticeDOverA02() {
        NormalState ns = MODEL.solve(ArrayGeometry.periodic(IslandNetwork.SQUARE, 100, 20), 1.0, 0);
        assertThat(ns.sheetResistanceEffOhm()).isCloseTo(1.0649, withinPercentage(1));
        assertThat(ns.rnOhm()).isEqualTo(ns.sheetResistanceEffOhm());
        assertThat(ns.flags()).isEmpty();
    }

    @Test
    void triangularLatticeAgainstFiniteDifference() {
        // MODEL.md §2: FD at D/a = 0.7 gives R_eff = 2.62 R_sq; this FD: R_N/R_sq 3.93 at 0.9, 6.6 at 0.95
        assertThat(MODEL.solve(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 70), 1.0, 0)
                .sheetResistanceEffOhm()).isCloseTo(2.62, withinPercentage(1));
        assertThat(MODEL.solve(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 90), 1.0, 0).rnOhm())
                .isCloseTo(3.93, withinPercentage(2));
        assertThat(MODEL.solve(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 95), 1.0, 0).rnOhm())
                .isCloseTo(6.6, withinPercentage(3));
    }

    @Test
    void junctionResistanceUsesTheNetworkFactor() {
        for (IslandNetwork n : IslandNetwork.values()) {
            NormalState ns = MODEL.solve(ArrayGeometry.periodic(n, 100, 30), 250, 0);
            assertThat(ns.rnOhm()).isCloseTo(ns.sheetResistanceEffOhm() / n.sheetToJunctionFactor(), within(1e-9));
        }
    }

    /**
     * The closed form against the integral summed independently: numpy's trapezoid rule over
     * 2,000,001 points of 1/(w + 2(r − √(r² − x²))) (w, r, from, to; the sum).
     */
    @Test
    void neckChannelEqualsTheIntegralSummedPointByPoint() {
        double[][] cases = {{30, 35, 35, 35, 1.7145321572454493}, {1, 50, 20, 50, 18.5661476870908},
            {0.1, 100, 100, 100, 96.81217054016733}, {50, 10, 5, 10, 0.2836588197971493}};
        for (double[] c : cases) {
            assertThat(SheetResistance.neckChannelSquares(c[0], c[1], c[2], c[3])).isCloseTo(c[4], within(1e-8 * c[4]));
        }
    }

    @Test
    void neckChannelApproachesTheAsymptoteForVeryNarrowNecks() {
        double d = 100;
        for (double w : new double[] {1e-2, 1e-3}) {
            double asym = Math.PI * Math.sqrt(d / (2 * w));
            double exact = SheetResistance.neckChannelSquares(w, d / 2, 1e9, 1e9);
            assertThat(exact / asym).isCloseTo(1.0, within(0.02));
            assertThat(exact).isLessThan(asym);
        }
    }

    @Test
    void continuousAcrossTheNeckBlend() {
        double prev = 0;
        for (double d = 40; d < 94; d += 0.25) {
            double rn = MODEL.solve(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, d), 1.0, 0).rnOhm();
            assertThat(rn).isGreaterThan(prev);
            if (prev > 0) {
                assertThat(rn / prev - 1).isLessThan(0.03);
            }
            prev = rn;
        }
    }

    @Test
    void edgeDamageWidensHolesElectrically() {
        ArrayGeometry g = ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 60);
        NormalState clean = MODEL.solve(g, 300, 0);
        NormalState damaged = MODEL.solve(g, 300, 5);
        assertThat(damaged.effectiveHoleDiameterNm()).isEqualTo(70);
        assertThat(damaged.effectiveNeckWidthNm()).isCloseTo(30, within(1e-9));
        assertThat(damaged.electricalPorosity()).isCloseTo(g.porosity() * 49 / 36, within(1e-12));
        assertThat(damaged.rnOhm()).isGreaterThan(clean.rnOhm());
        assertThat(damaged.flags()).extracting(ValidityFlag::code).contains(ValidityFlag.EDGE_DAMAGE);
        // same electrical geometry as drawn 70 nm holes
        assertThat(damaged.rnOhm()).isCloseTo(
                MODEL.solve(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 70), 300, 0).rnOhm(), within(1e-6));
    }

    @Test
    void flagsHighPorosityAndNarrowNecks() {
        NormalState ns = MODEL.solve(ArrayGeometry.periodic(IslandNetwork.SQUARE, 100, 85), 100, 0);
        assertThat(ns.flags()).extracting(ValidityFlag::code)
                .contains(ValidityFlag.MG_HIGH_POROSITY, ValidityFlag.NARROW_NECK);
    }

    @Test
    void destroyedNecksStayFinite() {
        NormalState ns = MODEL.solve(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 80), 300, 15);
        assertThat(ns.necksDestroyed()).isTrue();
        assertThat(ns.rnOhm()).isFinite().isPositive();
        assertThat(ns.flags()).extracting(ValidityFlag::code).contains(ValidityFlag.NECKS_DESTROYED);
    }
}
