package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PredictorTest {

    private static final Material NSNO = Presets.material("Nd0.8Sr0.2NiO2").orElseThrow();
    private static final Substrate STO = Presets.substrate("SrTiO3").orElseThrow();
    private static final Substrate SIO2 = Presets.substrate("SiO2").orElseThrow();

    /** Every number finite and non-negative, the curve sampled, and the phase the case expects. */
    static void assertAllFinite(Prediction p, Phase expected) {
        assertAllFinite(p);
        assertThat(p.phase()).as(p.phaseCriterion()).isEqualTo(expected);
    }

    /** Every number finite and non-negative, the curve sampled; the phase is the caller's to check. */
    static void assertAllFinite(Prediction p) {
        double[] all = {p.sheetResistanceEffOhm(), p.rnOhm(), p.gap0MeV(), p.ejK(), p.ecK(), p.ejOverEc(),
            p.capacitanceF(), p.tcOnsetK(), p.tbktFilmK(), p.tbktK(), p.rSatOhm(), p.periodMT(), p.periodHOverEMT(),
            p.hc2PerpT(), p.hc2ParT()};
        for (double v : all) {
            assertThat(v).isFinite().isGreaterThanOrEqualTo(0);
        }
        assertThat(p.phaseCriterion()).isNotBlank();
        assertThat(p.rOfT().size()).isGreaterThanOrEqualTo(200);
        for (RtPoint r : p.rOfT()) {
            assertThat(r.temperatureK()).isFinite();
            assertThat(r.sheetResistanceOhm()).isFinite();
        }
        assertThat(p.tbktK()).isLessThanOrEqualTo(p.tcOnsetK());
        assertThat(p.citations()).isNotEmpty();
    }

    /**
     * What each phase implies for the numbers reported with it (MODEL.md §4): a superconductor has
     * T_BKT above the base and no saturated resistance, an insulator no coherence (T_BKT = 0), an
     * anomalous metal either a saturated resistance or T_BKT at or below the base; each criterion
     * names its phase first.
     */
    static void assertPhaseAgreesWithItsNumbers(Prediction p, Conditions c) {
        String why = p.phaseCriterion();
        switch (p.phase()) {
            case SUPERCONDUCTOR -> {
                assertThat(p.tbktK()).as(why).isGreaterThan(c.baseTemperatureK());
                assertThat(p.rSatOhm()).as(why).isZero();
                assertThat(why).startsWith("superconductor");
            }
            case INSULATOR -> {
                assertThat(p.tbktK()).as(why).isZero();
                assertThat(why).startsWith("insulator");
            }
            case ANOMALOUS_METAL -> {
                assertThat(p.rSatOhm() > 0 || p.tbktK() <= c.baseTemperatureK()).as(why).isTrue();
                assertThat(why).matches("(anomalous|normal) metal.*");
            }
            default -> throw new AssertionError(p.phase());
        }
    }

    @Test
    void seedDeviceOnSrTiO3IsASuperconductor() {
        Prediction p = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 70), NSNO, STO,
                Conditions.defaults());
        assertAllFinite(p, Phase.SUPERCONDUCTOR);
        assertThat(p.phase().jsonName()).isEqualTo("superconductor");
        assertThat(p.rSatOhm()).isZero();
        assertThat(p.tbktK()).isBetween(0.5 * p.tcOnsetK(), p.tbktFilmK());
        assertThat(p.gap0MeV()).isCloseTo(1.7639 * 15 * 0.0861733, within(1e-3));
        assertThat(p.ejOverEc()).isGreaterThan(100); // cold SrTiO3: charging cannot make it fluctuate
        assertThat(p.ejOverEc()).isCloseTo(p.ejK() / p.ecK(), within(1e-9));
        assertThat(p.periodMT()).isCloseTo(238.8, within(0.3));
        // the written cell in field (clean walls): nucleation along the hole walls lifts H_c2 perp above the plain
        // film's WHH/Maki 9.79 T (11.29 T orbital), below the straight wall's 1.695 x 11.29 T
        assertThat(p.hc2PerpT()).isGreaterThan(9.79).isLessThan(CriticalFields.SURFACE_FACTOR * 11.29);
        assertThat(p.phaseCriterion()).contains("T_BKT");
        assertThat(p.rOfT().get(p.rOfT().size() - 1).sheetResistanceOhm())
                .isCloseTo(p.sheetResistanceEffOhm(), within(0.02 * p.sheetResistanceEffOhm()));
        assertThat(p.rOfT().get(0).sheetResistanceOhm()).isZero();
        ResistanceCurveTest.assertContinuousAndMonotonic(p.rOfT(), p.sheetResistanceEffOhm());
    }

    @Test
    void tbktSolvesItsOwnEquationInsideThePrediction() {
        Prediction p = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.SQUARE, 100, 80), NSNO, STO,
                Conditions.defaults());
        // one E_C everywhere: on cold SrTiO3 the necks' shunt is frozen out (alpha ~ 0), so the bare E_C enters
        assertThat(p.phaseModel().alpha()).isLessThan(1e-6);
        assertThat(p.phaseModel().chargingK()).isEqualTo(p.ecK(), org.assertj.core.api.Assertions.within(1e-9));
        double rhs = 0.8929 * (JosephsonCoupling.ejK(p.rnOhm(), 15, NSNO.gapRatio(), p.tbktK()) - p.ecK());
        assertThat(Math.abs(p.tbktK() - rhs) / p.tbktK()).isLessThan(1e-6);
    }

    @Test
    void hugeJunctionResistanceGivesNoCoherenceAndAFlag() {
        Material dirty = NSNO.withSheetResistanceOhm(1e6);
        Prediction p = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 90), dirty, SIO2,
                Conditions.defaults());
        assertAllFinite(p, Phase.INSULATOR);
        assertThat(p.tbktK()).isZero();
        assertThat(p.hasFlag(ValidityFlag.NO_COHERENCE)).isTrue();
        assertThat(p.phaseCriterion()).startsWith("insulator");
    }

    @Test
    void dissipativeInsulatorOnALowPermittivitySubstrate() {
        Material abi = Presets.material("a-Bi").orElseThrow();
        Prediction low = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 60), abi, SIO2,
                Conditions.defaults());
        Prediction high = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 92), abi, SIO2,
                Conditions.defaults());
        assertThat(low.rnOhm()).isLessThan(Constants.RQ);
        assertThat(low.phase()).isEqualTo(Phase.SUPERCONDUCTOR);
        assertThat(low.hasFlag(ValidityFlag.CHARGING_SCREENED)).isTrue();
        assertThat(high.rnOhm()).isGreaterThan(Constants.RQ);
        assertThat(high.ejK()).isLessThan(high.ecK());
        assertThat(high.phase()).isEqualTo(Phase.INSULATOR);
        assertThat(high.tbktK()).isZero();
    }

    @Test
    void anomalousMetalWhenPhaseSlipsSurviveBelowTbkt() {
        // R_N just above R_Q with E_J a few E_C: coherent, but the slip action is small
        Material m = new Material("test", 15, 5000, 5, 2, Constants.BCS_GAP_RATIO, "test");
        Prediction p = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.SQUARE, 300, 225), m,
                Presets.substrate("LaAlO3").orElseThrow(), Conditions.defaults());
        assertAllFinite(p, Phase.ANOMALOUS_METAL);
        assertThat(p.rnOhm()).isGreaterThan(Constants.RQ);
        assertThat(p.ejK()).isGreaterThan(p.ecK());
        assertThat(p.rSatOhm()).isPositive();
        assertThat(p.tbktK()).isPositive();
        assertThat(p.hasFlag(ValidityFlag.QUANTUM_CORRECTION)).isTrue();
        assertThat(p.rOfT().get(0).sheetResistanceOhm()).isCloseTo(p.rSatOhm(), within(1e-9));
    }

    @Test
    void destroyedNecksAreAnInsulatorWithFiniteNumbers() {
        Prediction p = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 80), NSNO, STO,
                new Conditions(0.05, 12));
        assertAllFinite(p, Phase.INSULATOR);
        assertThat(p.hasFlag(ValidityFlag.NECKS_DESTROYED)).isTrue();
    }

    @Test
    void baseAboveTcIsFlaggedNormal() {
        Prediction p = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 70), NSNO, STO,
                new Conditions(20, 0));
        assertAllFinite(p, Phase.ANOMALOUS_METAL);
        assertThat(p.hasFlag(ValidityFlag.NORMAL_STATE)).isTrue();
        assertThat(p.hc2PerpT()).isZero();
    }

    @Test
    void diceIsNoLongerFlaggedAsAnEstimateOnceMeasured() {
        // issue 17 measured the dice constant by Monte Carlo (McConstants): no estimate flag any more
        Prediction p = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.DICE, 100, 60), NSNO, STO,
                Conditions.defaults());
        assertThat(p.hasFlag(ValidityFlag.DICE_XY_ESTIMATE)).isFalse();
        assertThat(Predictor.predict(ArrayGeometry.periodic(IslandNetwork.SQUARE, 100, 60), NSNO, STO,
                Conditions.defaults()).hasFlag(ValidityFlag.DICE_XY_ESTIMATE)).isFalse();
    }

    @Test
    void edgeDamageRaisesRnAndLowersTbkt() {
        ArrayGeometry g = ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 70);
        Prediction clean = Predictor.predict(g, NSNO, STO, Conditions.defaults());
        Prediction damaged = Predictor.predict(g, NSNO, STO, Conditions.defaults().withEdgeDamageNm(5));
        assertThat(damaged.rnOhm()).isGreaterThan(clean.rnOhm());
        assertThat(damaged.tbktK()).isLessThan(clean.tbktK());
        assertThat(damaged.hasFlag(ValidityFlag.EDGE_DAMAGE)).isTrue();
    }

    @Test
    void theFieldSectionsCriticalFieldsAreTheSummarysOnEveryLatticeAndWall() {
        // every hole lattice has its cell in field tabulated for every wall, so no design falls back to the
        // neck-strip formula, and the field section starts from the same T_c (the onset) as the summary
        for (IslandNetwork net : IslandNetwork.values()) {
            for (Conditions c : List.of(Conditions.defaults(),
                    Conditions.defaults().withEdgeDamageNm(3).withEdgeExtrapolationNm(2))) {
                Prediction p = Predictor.predict(ArrayGeometry.periodic(net, 100, 60), NSNO, STO, c);
                String why = net + " " + c;
                assertThat(p.citations()).as(why).contains(Citations.HOLE_ARRAY_NUCLEATION);
                assertThat(p.hasFlag(ValidityFlag.HC2_NECK_STRIP)).as(why).isFalse();
                assertThat(p.field().hc2PerpBaseT()).as(why).isEqualTo(p.hc2PerpT());
                assertThat(p.field().hc2ParBaseT()).as(why).isEqualTo(p.hc2ParT());
                if (!p.field().hc2().points().isEmpty()) {
                    Hc2Curve.Point first = p.field().hc2().points().get(0);
                    assertThat(first.perpT()).as(why).isCloseTo(p.hc2PerpT(), within(0.01 * p.hc2PerpT()));
                }
            }
        }
    }

    @Test
    void listsAreImmutable() {
        Prediction p = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.SQUARE, 200, 100), NSNO, STO,
                Conditions.defaults());
        assertThat(p.rOfT()).isUnmodifiable();
        assertThat(p.flags()).isUnmodifiable();
        assertThat(p.citations()).isUnmodifiable();
    }

    @Test
    void randomValidInputsGiveFiniteContinuousMonotonicPredictions() {
        Random rnd = new Random(20260101L);
        List<Substrate> subs = Presets.substrates();
        IslandNetwork[] nets = IslandNetwork.values();
        int insulators = 0, metals = 0, supers = 0;
        for (int i = 0; i < 300; i++) {
            IslandNetwork net = nets[rnd.nextInt(nets.length)];
            double a = 30 + 470 * rnd.nextDouble();
            double d = a * (0.05 + 0.93 * rnd.nextDouble());
            Material m = new Material("random", 0.3 + 100 * rnd.nextDouble(), Math.exp(Math.log(1) + Math.log(3e4) * rnd.nextDouble()),
                    1 + 150 * rnd.nextDouble(), 0.5 + 50 * rnd.nextDouble(), 3 + 3 * rnd.nextDouble(), "random");
            Conditions c = new Conditions(Math.exp(Math.log(0.005) + Math.log(4e4) * rnd.nextDouble()),
                    rnd.nextDouble() < 0.3 ? 0 : 0.6 * (a - d) * rnd.nextDouble());
            Substrate s = subs.get(rnd.nextInt(subs.size()));
            Prediction p = Predictor.predict(ArrayGeometry.periodic(net, a, d), m, s, c);
            assertAllFinite(p);
            assertPhaseAgreesWithItsNumbers(p, c);
            ResistanceCurveTest.assertContinuousAndMonotonic(p.rOfT(), p.sheetResistanceEffOhm());
            switch (p.phase()) {
                case INSULATOR -> insulators++;
                case ANOMALOUS_METAL -> metals++;
                case SUPERCONDUCTOR -> supers++;
                default -> throw new AssertionError();
            }
        }
        assertThat(insulators).isPositive();
        assertThat(metals).isPositive();
        assertThat(supers).isPositive();
    }

    /** A network half as stiff as its mean junction couples like junctions of twice the R_N. */
    @Test
    void aSofterDisorderedNetworkLowersEjAndTbkt() {
        ArrayGeometry g = ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 70);
        Material m = Presets.material("Nd0.8Sr0.2NiO2").orElseThrow();
        Substrate sto = Presets.substrate("SrTiO3").orElseThrow();
        Conditions c = new Conditions(0.05, 0);
        Prediction regular = Predictor.predict(g, m, sto, c);
        Prediction soft = Predictor.predict(g.withStiffnessFactor(0.5), m, sto, c);
        assertThat(soft.rnOhm()).isEqualTo(regular.rnOhm());
        assertThat(soft.ejK()).isCloseTo(regular.ejK() / 2, org.assertj.core.data.Percentage.withPercentage(1e-9));
        assertThat(soft.tbktK()).isLessThan(regular.tbktK());
        assertThat(soft.flags()).extracting(ValidityFlag::code).contains(ValidityFlag.DISORDERED_NETWORK);
        assertThat(regular.flags()).extracting(ValidityFlag::code).doesNotContain(ValidityFlag.DISORDERED_NETWORK);
    }

    /** Issue 5's validity flags, each raised where its model is stretched and not elsewhere. */
    @Test
    void validityFlagsMarkWhereTheModelsAreStretched() {
        Substrate sto = Presets.substrate("SrTiO3").orElseThrow();
        Conditions c = new Conditions(0.05, 0);
        Material nsno = Presets.material("Nd0.8Sr0.2NiO2").orElseThrow();
        // the seed device: necks 30 nm = 5.6 xi, T_BKT 5 % below T_c0, R_N << R_Q: nothing stretched
        Prediction seed = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 70), nsno, sto, c);
        assertThat(seed.flags()).extracting(ValidityFlag::code).doesNotContain(ValidityFlag.FILM_LIKE_NECKS,
                ValidityFlag.NECK_BELOW_XI, ValidityFlag.NO_SECOND_STAGE, ValidityFlag.EXTRAPOLATED,
                ValidityFlag.EC_COMPARABLE_EJ);
        // small holes far apart: 170 nm necks = 31 xi
        Prediction sparse = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 200, 30), nsno, sto, c);
        assertThat(sparse.flags()).extracting(ValidityFlag::code).contains(ValidityFlag.FILM_LIKE_NECKS);
        // a 5 ohm Nb film: T_BKT within 1 % of T_c0
        Prediction nb = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.SQUARE, 200, 120),
                Presets.material("Nb").orElseThrow(), Presets.substrate("Si").orElseThrow(), c);
        assertThat(nb.flags()).extracting(ValidityFlag::code).contains(ValidityFlag.NO_SECOND_STAGE);
        // a 3 nm neck
        Prediction narrow = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 97), nsno, sto, c);
        assertThat(narrow.flags()).extracting(ValidityFlag::code).contains(ValidityFlag.NECK_BELOW_XI);
        // a 5 kOhm film: R_N beyond 3 R_Q; on SiO2 charging is no longer small
        Material dirty = new Material("dirty", 5, 5000, 5, 2, Constants.BCS_GAP_RATIO, "test");
        Prediction far = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 90), dirty,
                Presets.substrate("SiO2").orElseThrow(), c);
        assertThat(far.flags()).extracting(ValidityFlag::code).contains(ValidityFlag.EXTRAPOLATED,
                ValidityFlag.EC_COMPARABLE_EJ);
    }
}
