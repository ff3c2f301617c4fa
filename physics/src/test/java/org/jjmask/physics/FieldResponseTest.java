package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 6: the field response (MODEL.md §6, §8 cases 1 and 6). */
class FieldResponseTest {

    static final Material NSNO = Presets.material("Nd0.8Sr0.2NiO2").orElseThrow();
    static final Material NB = Presets.material("Nb").orElseThrow();
    static final Substrate STO = Presets.substrate("SrTiO3").orElseThrow();
    static final Substrate SAPPHIRE = Presets.substrate("sapphire").orElseThrow();

    static Prediction predict(IslandNetwork n, double a, double d, Material m, Substrate s) {
        return Predictor.predict(ArrayGeometry.periodic(n, a, d), m, s, Conditions.defaults(),
                ModelOptions.withNormalState(SheetResistance.MAXWELL_GARNETT_NECK));
    }

    @Test
    void periodsOfTheFourLatticesFromTheVoronoiArea() {
        // S = (√3/2)a², a², (3√3/4)a², (2/√3)a² (MODEL.md §1)
        assertThat(period(IslandNetwork.HONEYCOMB, 100)).isCloseTo(238.8, withinPercentage(0.1));
        assertThat(period(IslandNetwork.SQUARE, 200)).isCloseTo(51.70, withinPercentage(0.1));
        assertThat(period(IslandNetwork.TRIANGULAR, 100)).isCloseTo(159.18, withinPercentage(0.1));
        assertThat(period(IslandNetwork.DICE, 100)).isCloseTo(179.08, withinPercentage(0.1));
        FieldResponse f = predict(IslandNetwork.HONEYCOMB, 100, 70, NSNO, STO).field();
        assertThat(f.periodHOverEMT()).isCloseTo(2 * f.periodMT(), within(1e-9));
    }

    static double period(IslandNetwork n, double a) {
        return FluxPeriod.periodMT(ArrayGeometry.periodic(n, a, 0.3 * a).plaquetteAreaNm2());
    }

    @Test
    void filmLimitForSparseSmallHoles() {
        // necks of 990 nm: the film's own limits, Φ0/(2πξ²) and √12 Φ0/(2πξd)
        CriticalFields.Result r = CriticalFields.at(0, 15, 5.4, 10, 990, BcsGap.gap0J(15, Constants.BCS_GAP_RATIO),
                NSNO.spinExchangePar());
        // to 1e-5: WHH is solved at t ≥ 10⁻³, where the orbital line is 2·10⁻⁶ below its T = 0 value
        assertThat(r.perpOrbitalT()).isCloseTo(Constants.PHI0 / (2 * Math.PI * 5.4e-9 * 5.4e-9), within(1e-4));
        assertThat(r.perpOrbitalT()).isCloseTo(11.29, within(0.01));
        assertThat(r.parOrbitalT()).isCloseTo(Math.sqrt(12) * Constants.PHI0 / (2 * Math.PI * 5.4e-9 * 10e-9),
                within(2e-4));
        assertThat(r.parOrbitalT()).isCloseTo(21.1, within(0.05));
        // through the whole chain, a sparse lattice of small holes is the film: WHH/Maki 9.79 T ⊥; γ = 1.09
        // for the Nd preset (its η∥ = 0.78 was fitted to γ = 1.2 under the old quadrature sum, Xiang 2021)
        // (the film's own fields); the written cell's holes only lift H_c2 perp (each clean wall a nucleation
        // centre), here by < 10 %, its D/a = 0.01 interpolated between the plain film and the 0.05 node
        Prediction p = predict(IslandNetwork.SQUARE, 1000, 10, NSNO, STO);
        assertThat(p.filmFields().perpT()).isCloseTo(9.79, within(0.05));
        assertThat(p.filmFields().anisotropy()).isBetween(1.0, 1.2);
        assertThat(p.field().hc2PerpBaseT()).isBetween(9.79, 1.1 * 9.79);
    }

    @Test
    void reversalForNarrowNecksWithTheNdPresetNotForNb() {
        for (double d : new double[] {85, 88, 90}) { // necks 15, 12, 10 nm
            Prediction nd = predict(IslandNetwork.HONEYCOMB, 100, d, NSNO, STO);
            assertThat(nd.field().reversal()).as("Nd, D = %s", d).isTrue();
            assertThat(nd.hasFlag(ValidityFlag.HC2_REVERSAL)).isTrue();
            if (nd.field().hc2().reversalTemperatureK().isPresent()) {
                double tRev = nd.field().hc2().reversalTemperatureK().getAsDouble();
                assertThat(tRev).isBetween(0.0, NSNO.tc0K());
                for (Hc2Curve.Point pt : nd.field().hc2().points()) {
                    if (pt.temperatureK() < 0.9 * tRev) {
                        assertThat(pt.anisotropy()).isLessThan(1.0);
                    }
                }
            } else {
                assertThat(nd.field().hc2().reversedEverywhere()).as("Nd, D = %s", d).isTrue();
            }
        }
        // Nb (no spin term) with necks at least as wide as its 20 nm film: no reversal. Necks narrower than
        // the film is thick (10-15 nm here) do reverse in the GL cell, orbitally: the perpendicular field is
        // confined by the width, the in-plane one by the thickness (CellInField; docs/PHYSICS-ISSUE13.md)
        for (double d : new double[] {60, 70, 80}) { // necks 40, 30, 20 nm
            Prediction nb = predict(IslandNetwork.HONEYCOMB, 100, d, NB, SAPPHIRE);
            assertThat(nb.field().reversal()).as("Nb, D = %s", d).isFalse();
            assertThat(nb.hasFlag(ValidityFlag.HC2_REVERSAL)).isFalse();
            assertThat(nb.field().hc2().reversalTemperatureK()).isEmpty();
        }
        // the seed's clean walls nucleate along the holes: H_c2 perp above the film's 9.79 T
        assertThat(predict(IslandNetwork.HONEYCOMB, 100, 70, NSNO, STO).field().hc2PerpBaseT()).isGreaterThan(9.79);
    }

    @Test
    void orbitalAnisotropyOfAThinFilmNeverReverses() {
        for (double w = 1; w < 200; w *= 1.3) {
            for (double t = 0; t < 1; t += 0.1) {
                CriticalFields.Result r = CriticalFields.at(t * 9, 9, 12, 20, w, BcsGap.gap0J(9, 3.8));
                assertThat(r.parOrbitalT()).as("w %s t %s", w, t).isGreaterThanOrEqualTo(r.perpOrbitalT() * (1 - 1e-12));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(IslandNetwork.class)
    void tbktOfFrustrationIsPeriodicAndSymmetric(IslandNetwork n) {
        for (double f = -2; f <= 2; f += 0.0371) {
            double r = FrustratedBkt.ratio(n, f);
            assertThat(FrustratedBkt.ratio(n, f + 1)).isCloseTo(r, within(1e-12));
            assertThat(FrustratedBkt.ratio(n, 1 - f)).isCloseTo(r, within(1e-12));
            assertThat(r).isBetween(0.0, 1.0);
        }
        assertThat(FrustratedBkt.ratio(n, 0)).isEqualTo(1.0);
        assertThat(FrustratedBkt.ratio(n, 0.5)).isCloseTo(FrustratedBkt.halfRatio(n), within(1e-12));
        // and so is the curve the prediction carries
        List<FieldResponse.FPoint> pts = predict(n, 100, 60, NSNO, STO).field().tbktOfF();
        for (int i = 0; i < pts.size(); i++) {
            assertThat(pts.get(i).tbktK()).isCloseTo(pts.get(pts.size() - 1 - i).tbktK(), within(1e-9));
        }
    }

    @Test
    void fullyFrustratedSquareIs0446EJ() {
        assertThat(FrustratedBkt.ratio(IslandNetwork.SQUARE, 0.5) * IslandNetwork.SQUARE.xyConstant())
                .isCloseTo(0.446, within(1e-9));
        // classical self-consistent: k_B T = 0.446 E_J(T)
        double t = FrustratedBkt.tbktK(IslandNetwork.SQUARE, FrustratedBkt.ratio(IslandNetwork.SQUARE, 0.5), 3000, 15,
                Constants.BCS_GAP_RATIO, 1.0, 0, 1);
        assertThat(t).isCloseTo(0.446 * JosephsonCoupling.ejK(3000, 15, Constants.BCS_GAP_RATIO, t), within(1e-6));
    }

    @Test
    void zeroFieldTbktAndOscillationsInR() {
        Prediction p = predict(IslandNetwork.SQUARE, 100, 80, NSNO, STO);
        FieldResponse f = p.field();
        assertThat(f.tbktOfF().get(0).tbktK()).isCloseTo(p.tbktK(), within(1e-9));
        assertThat(f.rOfBTemperatureK()).isBetween(0.0, p.tbktK());
        // minima at integer f, maxima at half-integer f, under the Little–Parks envelope
        int per = FieldPredictor.SAMPLES_PER_PERIOD;
        for (int n = 0; n < FieldPredictor.PERIODS_SHOWN; n++) {
            double atN = f.rOfB().get(n * per).sheetResistanceOhm();
            double half = f.rOfB().get(n * per + per / 2).sheetResistanceOhm();
            assertThat(half).isGreaterThan(atN);
            assertThat(f.rOfB().get(n * per).envelopeOhm()).isCloseTo(atN, within(1e-9 * p.sheetResistanceEffOhm()));
        }
        for (FieldResponse.BPoint b : f.rOfB()) {
            assertThat(b.sheetResistanceOhm()).isGreaterThanOrEqualTo(b.envelopeOhm() - 1e-9);
        }
    }

    @Test
    void plaquetteSpreadDampsTheOscillations() {
        ArrayGeometry g = ArrayGeometry.periodic(IslandNetwork.SQUARE, 100, 80);
        Prediction clean = Predictor.predict(g, NSNO, STO, Conditions.defaults());
        Prediction messy = Predictor.predict(g.withPlaquetteAreaStdNm2(0.1 * g.plaquetteAreaNm2()), NSNO, STO,
                Conditions.defaults());
        assertThat(clean.field().dampingFirstPeriod()).isEqualTo(1.0);
        assertThat(clean.field().periodsVisible()).isEmpty();
        // exp(−(2π·0.1)²/2) = 0.821
        assertThat(messy.field().dampingFirstPeriod()).isCloseTo(Math.exp(-Math.pow(2 * Math.PI * 0.1, 2) / 2),
                within(1e-12));
        assertThat(messy.field().periodsVisible().orElseThrow()).isCloseTo(Math.sqrt(2 * Math.log(10)) / (0.2 * Math.PI),
                within(1e-9));
        int per = FieldPredictor.SAMPLES_PER_PERIOD;
        int n = 1;
        double swingClean = clean.field().rOfB().get(n * per + per / 2).sheetResistanceOhm()
                - clean.field().rOfB().get(n * per).sheetResistanceOhm();
        double swingMessy = messy.field().rOfB().get(n * per + per / 2).sheetResistanceOhm()
                - messy.field().rOfB().get(n * per).sheetResistanceOhm();
        assertThat(swingMessy).isLessThan(swingClean);
    }

    @Test
    void hc2CurveEndsAtTcAndMatchesTheBaseTemperature() {
        Prediction p = predict(IslandNetwork.HONEYCOMB, 100, 70, NSNO, STO);
        Hc2Curve c = p.field().hc2();
        assertThat(c.points()).hasSize(Hc2Curve.SAMPLES);
        // the curve starts at 0 K, the base temperature is 0.05 K
        assertThat(c.points().get(0).perpT()).isCloseTo(p.hc2PerpT(), within(0.05));
        assertThat(c.points().get(0).parT()).isCloseTo(p.hc2ParT(), within(0.05));
        assertThat(p.field().hc2PerpBaseT()).isEqualTo(p.hc2PerpT());
        assertThat(c.points().get(c.points().size() - 1).perpT()).isZero();
        for (int i = 1; i < c.points().size(); i++) {
            assertThat(c.points().get(i).perpT()).isLessThanOrEqualTo(c.points().get(i - 1).perpT() + 1e-12);
        }
    }
}
