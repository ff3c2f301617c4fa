package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.jjmask.physics.gl.EdgeCondition;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's continuous phase model: one E_C with a physically stated shunt, two anomalous-metal
 * mechanisms, and the published cross-checks each cites.
 */
class PhaseModelTest {

    private static final Material ABI = Presets.material("a-Bi").orElseThrow();
    private static final Material NSNO = Presets.material("Nd0.8Sr0.2NiO2").orElseThrow();
    private static final Material YBCO = Presets.material("YBCO").orElseThrow();
    private static final Material NB = Presets.material("Nb").orElseThrow();
    private static final Substrate SAPPHIRE = Presets.substrate("sapphire").orElseThrow();
    private static final Substrate STO = Presets.substrate("SrTiO3").orElseThrow();
    /** Hollen et al. 2011 / Stewart et al. 2007: 27 nm pores 100 nm apart, triangular; the film a honeycomb. */
    private static final ArrayGeometry NANOHONEYCOMB = ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 27);

    @Test
    void mattisBardeenClosedFormAgreesWithItsIntegral() {
        // σ1/σn = (1/ħω) ∫_{Δ−ħω}^{−Δ} (E² + Δ² + ħωE) / (√(E² − Δ²) √((E + ħω)² − Δ²)) dE at T = 0 (Mattis & Bardeen 1958),
        // integrated numerically after E = −Δ cosh u substitutions' worth of care: the endpoints are integrable singularities
        for (double y : new double[] {1.2, 2, 4, 10}) {
            double delta = 1;
            double w = 2 * y * delta;
            // E = −Δ − s², s ∈ [0, √(ħω − 2Δ)]: removes the square-root singularity at E = −Δ; the other end likewise
            double mid = -w / 2;
            IterativeLegendreGaussIntegrator in = new IterativeLegendreGaussIntegrator(24, 1e-12, 1e-12);
            double upper = Math.sqrt(-delta - mid);
            double a = in.integrate(100000, s -> {
                double e = -delta - s * s;
                return 2 * s * kernel(e, w, delta);
            }, 0, upper);
            double lower = Math.sqrt(mid - (delta - w));
            double b = in.integrate(100000, s -> {
                double e = delta - w + s * s;
                return 2 * s * kernel(e, w, delta);
            }, 0, lower);
            // the numerator E² + Δ² + ħωE is negative over the whole interval: σ1 is the integral's magnitude
            assertThat(Dissipation.mattisBardeenT0(y)).as("y = %s", y).isCloseTo(-(a + b) / w, within(1e-6));
        }
        assertThat(Dissipation.mattisBardeenT0(1.0)).isZero();
        assertThat(Dissipation.mattisBardeenT0(1e6)).isCloseTo(1.0, within(1e-4));
        // above T_c the shunt is the normal resistance: nothing jumps at the transition
        assertThat(Dissipation.shuntFraction(1e-23, 0.0, 10)).isEqualTo(1.0);
    }

    private static double kernel(double e, double w, double delta) {
        double d1 = e * e - delta * delta;
        double d2 = (e + w) * (e + w) - delta * delta;
        if (d1 <= 0 || d2 <= 0) {
            return 0;
        }
        return (e * e + delta * delta + w * e) / (Math.sqrt(d1) * Math.sqrt(d2));
    }

    /**
     * Hollen et al., PRB 84, 064528 (2011): in nine series of a-Bi nanohoneycomb films the
     * thickness-tuned IST occurs where the link resistance approaches R_Q. Thinner a-Bi, larger R_□:
     * the predicted superconductor → insulator boundary lies at R_N within a factor 2 of R_Q.
     */
    @Test
    void hollenNanohoneycombTurnsInsulatingNearRQ() {
        double lastSuperconducting = Double.NaN;
        double firstInsulating = Double.NaN;
        for (double r = 2000; r < 60000; r *= 1.05) {
            Prediction p = Predictor.predict(NANOHONEYCOMB, ABI.withSheetResistanceOhm(r), SAPPHIRE,
                    new Conditions(0.1, 0.0), ModelOptions.DEFAULT.withoutFieldCurves());
            if (p.phase() == Phase.SUPERCONDUCTOR) {
                assertThat(firstInsulating).as("no re-entrant superconductor").isNaN();
                lastSuperconducting = p.rnOhm();
            } else if (p.phase() == Phase.INSULATOR && Double.isNaN(firstInsulating)) {
                firstInsulating = p.rnOhm();
            }
        }
        // between them at most a narrow anomalous metal (phase slips where (1 - alpha) E_C nears E_J)
        assertThat(lastSuperconducting / Constants.RQ).isBetween(0.5, 2.0);
        assertThat(firstInsulating / Constants.RQ).isBetween(0.5, 2.0);
        assertThat(firstInsulating / lastSuperconducting).isLessThan(1.3);
    }

    /**
     * Yang et al., Science 366, 1505 (2019): YBCO films patterned with nanohole arrays; longer reactive-ion
     * etching (more damaged, pair-breaking walls, narrower necks) takes them from superconductor to
     * anomalous metal to insulator. Edge damage swept on a disordered triangular array with
     * pair-breaking walls: the three phases appear in that order only, for either mechanism.
     */
    @Test
    void yangEtchingSequenceSuperconductorAnomalousMetalInsulator() {
        ArrayGeometry g = ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 65).withNeckWidthStdNm(4);
        for (AnomalousMetal mech : List.of(new AnomalousMetal.DissipativePhaseSlips(1),
                new AnomalousMetal.WeakLinkPercolation())) {
            List<Phase> seen = new ArrayList<>();
            for (double damage = 0; damage <= 20; damage += 0.5) {
                Prediction p = Predictor.predict(g, YBCO, STO, new Conditions(2.0, damage, 0.5),
                        ModelOptions.DEFAULT.withoutFieldCurves().withAnomalousMetal(mech));
                if (seen.isEmpty() || seen.get(seen.size() - 1) != p.phase()) {
                    seen.add(p.phase());
                }
            }
            assertThat(seen).as(mech.specName()).containsExactly(Phase.SUPERCONDUCTOR, Phase.ANOMALOUS_METAL,
                    Phase.INSULATOR);
        }
    }

    /** The R_N = R_Q crossing: T_BKT, R_sat, E_C and its shunted part move smoothly except where the phase changes. */
    @Test
    void sheetResistanceSweepHasNoJumpOutsideDeclaredTransitions() {
        List<Prediction> ps = new ArrayList<>();
        for (double r = 500; r < 40000; r *= 1.02) {
            ps.add(Predictor.predict(NANOHONEYCOMB, ABI.withSheetResistanceOhm(r), SAPPHIRE, new Conditions(0.1, 0.0),
                    ModelOptions.DEFAULT.withoutFieldCurves()));
        }
        assertThat(ps.get(0).rnOhm()).isLessThan(Constants.RQ);
        assertThat(ps.get(ps.size() - 1).rnOhm()).isGreaterThan(Constants.RQ);
        for (ToDoubleFunction<Prediction> q : List.<ToDoubleFunction<Prediction>>of(Prediction::tbktK,
                Prediction::ecK, Prediction::ejK, p -> p.phaseModel().chargingK(), p -> p.phaseModel().alpha(),
                Prediction::tcOnsetK, Prediction::hc2PerpT)) {
            assertSmooth(ps, q);
        }
    }

    /** Edge damage swept finely on the seed with pair-breaking walls: smooth but where the phase changes. */
    @Test
    void edgeDamageSweepHasNoJumpOutsideDeclaredTransitions() {
        ArrayGeometry seed = ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 70).withNeckWidthStdNm(7);
        List<Prediction> ps = new ArrayList<>();
        for (double d = 0; d <= 12; d += 0.25) {
            ps.add(Predictor.predict(seed, NSNO, STO, new Conditions(0.05, d, 2.0),
                    ModelOptions.DEFAULT.withoutFieldCurves()));
        }
        for (ToDoubleFunction<Prediction> q : List.<ToDoubleFunction<Prediction>>of(Prediction::tbktK,
                Prediction::rnOhm, Prediction::ejK, Prediction::tcOnsetK, Prediction::tcNeckK,
                p -> Math.log10(Math.max(p.rSatOhm(), 1e-3)), Prediction::hc2PerpT, Prediction::hc2ParT)) {
            assertSmooth(ps, q);
        }
    }

    /** A step more than 3× both neighbouring steps (plus a floor) is a jump, unless the phase changes there. */
    private static void assertSmooth(List<Prediction> ps, ToDoubleFunction<Prediction> q) {
        double scale = ps.stream().mapToDouble(q).map(Math::abs).max().orElse(1) + 1e-12;
        for (int i = 2; i + 1 < ps.size(); i++) {
            if (ps.get(i).phase() != ps.get(i - 1).phase() || ps.get(i - 1).phase() != ps.get(i - 2).phase()
                    || ps.get(i + 1).phase() != ps.get(i).phase()) {
                continue;
            }
            double before = Math.abs(q.applyAsDouble(ps.get(i - 1)) - q.applyAsDouble(ps.get(i - 2)));
            double step = Math.abs(q.applyAsDouble(ps.get(i)) - q.applyAsDouble(ps.get(i - 1)));
            double after = Math.abs(q.applyAsDouble(ps.get(i + 1)) - q.applyAsDouble(ps.get(i)));
            assertThat(step).as("step %d of %s", i, ps.get(i).phaseCriterion())
                    .isLessThanOrEqualTo(3 * Math.max(before, after) + 1e-3 * scale);
        }
    }

    /** The seed with the milled process: an anomalous metal at 0.05 K, its R_sat stated by the weakest necks. */
    @Test
    void seedWithTheMilledProcessIsAnAnomalousMetal() {
        FabricationPreset aao = FabricationPreset.AAO_MILLED;
        double sigmaD = aao.holeDiameterSpreadRel() * 70;
        double sigmaPos = aao.positionSpreadRel() * 100;
        ArrayGeometry seed = ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 70)
                .withNeckWidthStdNm(Math.sqrt(2 * sigmaPos * sigmaPos + sigmaD * sigmaD / 2));
        Prediction p = Predictor.predict(seed, NSNO, STO, aao.conditions(0.05));
        assertThat(p.phase()).isEqualTo(Phase.ANOMALOUS_METAL);
        assertThat(p.rSatOhm()).isGreaterThan(1e-3 * p.sheetResistanceEffOhm());
        assertThat(p.phaseModel().saturation().mechanism()).isEqualTo("dissipative_phase_slips");
        assertThat(p.phaseModel().saturation().boundaryDistance()).isPositive();
        assertThat(p.tbktK()).isLessThan(0.85 * p.tcOnsetK());
        assertThat(p.hc2ParT()).isLessThan(p.hc2PerpT());
        assertThat(p.periodMT()).isCloseTo(238.8, within(0.1));
        // the plain film with the same preset's numbers keeps gamma > 1: no reversal without the necks
        assertThat(p.filmFields().parT()).isGreaterThan(p.filmFields().perpT());
        // and a Nb array through the same process still superconducts, without reversal
        ArrayGeometry nb = ArrayGeometry.periodic(IslandNetwork.SQUARE, 400, 240).withNeckWidthStdNm(12);
        Prediction n = Predictor.predict(nb, NB, SAPPHIRE, aao.conditions(0.3));
        assertThat(n.phase()).isEqualTo(Phase.SUPERCONDUCTOR);
        assertThat(n.hc2ParT()).isGreaterThan(n.hc2PerpT());
    }

    /** Clean Nb arrays and an unpatterned-like film: superconductors, no reversal, whichever mechanism. */
    @Test
    void niobiumArraysAndPlainFilmsSuperconductWithoutReversal() {
        for (AnomalousMetal mech : List.of(new AnomalousMetal.DissipativePhaseSlips(1),
                new AnomalousMetal.WeakLinkPercolation())) {
            ModelOptions o = ModelOptions.DEFAULT.withAnomalousMetal(mech);
            Prediction nb = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.SQUARE, 200, 120), NB, SAPPHIRE,
                    new Conditions(0.3, 0.0), o);
            assertThat(nb.phase()).isEqualTo(Phase.SUPERCONDUCTOR);
            assertThat(nb.hc2Anisotropy()).isGreaterThan(1.0);
            Prediction film = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 5), NSNO, STO,
                    Conditions.defaults(), o);
            assertThat(film.phase()).isEqualTo(Phase.SUPERCONDUCTOR);
            // the unpatterned film itself; the 5 nm holes are not a plain film for H_c2 perp any more: each clean
            // hole wall is a nucleation centre in the GL cell in field (CellInField), which lifts H_c2 perp
            assertThat(film.filmFields().anisotropy()).isGreaterThan(1.0);
        }
    }

    /** Percolation: the effective medium's R_sat falls continuously to 0 at p_s = 2/z, and is R_□,eff with no superconducting neck. */
    @Test
    void percolationResistanceVanishesAtTheMediumsThreshold() {
        AnomalousMetal m = new AnomalousMetal.WeakLinkPercolation();
        double pc = 2.0 / 3;
        double[] ps = {0.0, 0.3, 0.6, pc - 1e-6, pc, 0.9};
        double prev = Double.POSITIVE_INFINITY;
        for (double p : ps) {
            WeakLinks l = new WeakLinks(10, 1, 5, 0, 1 - p, p, 0, 1);
            double r = m.saturate(new AnomalousMetal.Inputs(1000, l, Double.POSITIVE_INFINITY, 3, 10)).rSatOhm();
            assertThat(r).isLessThanOrEqualTo(prev);
            prev = r;
            if (p == 0.0) {
                assertThat(r).isEqualTo(1000.0);
            }
            if (p >= pc) {
                assertThat(r).isCloseTo(0.0, within(1e-9));
            }
        }
        assertThat(m.saturate(new AnomalousMetal.Inputs(1000, new WeakLinks(10, 1, 5, 0, 1 - (pc - 1e-6), pc - 1e-6,
                0, 1), Double.POSITIVE_INFINITY, 3, 10)).rSatOhm()).isLessThan(0.01);
    }

    /** An infinite action in the stated parameters says why (the mean neck is cut; charging screened), never a bare "inf". */
    @Test
    void infiniteActionsAreExplainedNotPrintedAsInf() {
        WeakLinks cut = WeakLinks.of(-0.7, 0, 25, 0, EdgeCondition.CLEAN, 0.01, 12.9, 1);
        assertThat(cut.meanVortexAction()).isInfinite();
        String text = new AnomalousMetal.DissipativePhaseSlips(1)
                .saturate(new AnomalousMetal.Inputs(1000, cut, Double.POSITIVE_INFINITY, 3, 12.9)).parameters();
        assertThat(text).doesNotContain("= inf ").doesNotContain("= inf;")
                .contains("S_V = none: the mean neck does not pair").contains("S_Q = inf: charging is fully screened");
        WeakLinks wide = WeakLinks.of(20, 0, 25, 0, EdgeCondition.CLEAN, 0.01, 12.9, 1);
        assertThat(new AnomalousMetal.DissipativePhaseSlips(1)
                .saturate(new AnomalousMetal.Inputs(1000, wide, 3.0, 3, 12.9)).parameters())
                .contains("S_Q = 3.000").doesNotContain("none").doesNotContain("inf");
    }
}
