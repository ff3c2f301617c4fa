package org.jjmask.design;

import org.jjmask.layout.drc.Violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jjmask.physics.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The design loop: targets met on the written grid, limits never broken, misses reported with the closest design. */
class OptimizerTest {

    static String spec(String lattice, String target) {
        return """
                name: opt
                material: {preset: Nd0.8Sr0.2NiO2}
                substrate: {preset: SrTiO3}
                device: {type: bridge, length_um: 4, width_um: 2, taper_length_um: 2, pad_size_um: 10}
                lattice: {type: %s, pitch_nm: 120, hole_diameter_nm: 60}
                fabrication: {min_feature_nm: 20}
                target:
                %s
                """.formatted(lattice, target.indent(2).stripTrailing());
    }

    /** A target that lies in the search space: the numbers of another design there. */
    private static Prediction predictionOf(String lattice, double pitch, double hole) throws Exception {
        Spec s = SpecReader.parse(spec(lattice, "tbkt_K: 1"), "t.yaml").withLattice(org.jjmask.layout.LatticeType.fromSpecName(lattice).orElseThrow(), pitch, hole);
        return Designer.cell(s).prediction().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"triangular", "square", "honeycomb"})
    void aReachableTargetIsMetOnEveryLattice(String lattice) throws Exception {
        Prediction aim = predictionOf(lattice, 170, 120);
        double rn = aim.rnOhm();
        double period = aim.periodMT();
        Spec s = SpecReader.parse(spec(lattice, "rn_ohm: " + rn + "\nperiod_mT: " + period), "t.yaml");
        OptimizationResult r = Optimizer.optimize(s);
        assertThat(r.met()).as(r.best().toString()).isTrue();
        Prediction got = r.bestCell().orElseThrow().prediction().orElseThrow();
        assertThat(got.rnOhm()).isCloseTo(rn, org.assertj.core.data.Offset.offset(0.02 * rn));
        assertThat(got.periodMT()).isCloseTo(period, org.assertj.core.data.Offset.offset(0.02 * period));
        assertThat(r.bestSpec().orElseThrow().lattice().type().specName()).isEqualTo(lattice);
        // written on the 1 nm grid, clean under the unit cell's rules, and reproduced by the full pass
        Spec best = r.bestSpec().orElseThrow();
        assertThat(best.lattice().pitchNm()).isEqualTo(Math.rint(best.lattice().pitchNm()));
        assertThat(best.lattice().holeDiameterNm()).isEqualTo(Math.rint(best.lattice().holeDiameterNm()));
        DesignResult full = Designer.run(best);
        assertThat(full.prediction().rnOhm()).isEqualTo(got.rnOhm());
        assertThat(full.prediction().tbktK()).isEqualTo(got.tbktK());
    }

    @Test
    void aTbktTargetIsMet() throws Exception {
        Spec s = SpecReader.parse(spec("triangular", "tbkt_K: {value: 13.9, tolerance: 0.05}"), "t.yaml");
        OptimizationResult r = Optimizer.optimize(s);
        assertThat(r.met()).isTrue();
        assertThat(r.bestCell().orElseThrow().prediction().orElseThrow().tbktK()).isBetween(13.85, 13.95);
    }

    @Test
    void theLatticeIsChosenAmongTheAllowed() throws Exception {
        Prediction aim = predictionOf("square", 150, 100);
        Spec s = SpecReader.parse(spec("triangular", "period_mT: " + aim.periodMT() + "\nrn_ohm: " + aim.rnOhm()
                + "\nvary: {lattice: [triangular, square], pitch_nm: [60, 240], hole_diameter_nm: [20, 220]}"), "t.yaml");
        OptimizationResult r = Optimizer.optimize(s);
        assertThat(r.met()).isTrue();
        assertThat(r.trace()).extracting(Evaluation::lattice).contains(org.jjmask.layout.LatticeType.TRIANGULAR, org.jjmask.layout.LatticeType.SQUARE);
    }

    @Test
    void anUnreachableTargetReturnsTheClosestDesignThatCanBeMade() throws Exception {
        // the film's own T_c0 is 15 K: no lattice of it reaches 40 K
        Spec s = SpecReader.parse(spec("triangular", "tbkt_K: 40"), "t.yaml");
        OptimizationResult r = Optimizer.optimize(s);
        assertThat(r.met()).isFalse();
        Evaluation best = r.best().orElseThrow();
        assertThat(best.feasible()).isTrue();
        double closest = r.trace().stream().filter(Evaluation::feasible).filter(e -> e.stage().equals("grid"))
                .mapToDouble(Evaluation::objective).min().orElseThrow();
        assertThat(best.objective()).isEqualTo(closest);
        assertThat(best.values().get("tbkt_K")).isGreaterThan(10);
    }

    static Stream<Arguments> randomTargets() {
        SplittableRandom rng = new SplittableRandom(7);
        return Stream.generate(() -> Arguments.of(new String[] {"triangular", "square", "honeycomb", "kagome"}[rng.nextInt(4)],
                5 + rng.nextDouble(10), 10 + rng.nextInt(40), rng.nextBoolean() ? 60 + rng.nextInt(100) : 0,
                rng.nextBoolean() ? 5 : 1)).limit(12);
    }

    @ParameterizedTest
    @MethodSource("randomTargets")
    void theReturnedDesignNeverBreaksAFabricationLimit(String lattice, double tbkt, int minFeature, int maxHole, int grid)
            throws Exception {
        String yaml = spec(lattice, "tbkt_K: " + tbkt + "\nrn_ohm: {value: 300, weight: 0.2}")
                .replace("min_feature_nm: 20", "min_feature_nm: " + minFeature + ", grid_nm: " + grid
                        + (maxHole > 0 ? ", max_hole_nm: " + Math.max(maxHole, minFeature) : ""));
        Spec s = SpecReader.parse(yaml, "t.yaml");
        OptimizationResult r = Optimizer.optimize(s);
        if (r.bestSpec().isEmpty()) {
            assertThat(r.trace().stream().filter(e -> e.stage().equals("grid")).noneMatch(Evaluation::feasible)).isTrue();
            return;
        }
        Spec best = r.bestSpec().get();
        DesignResult full = Designer.run(best);
        assertThat(full.drc()).extracting(v -> v.rule().specName()).doesNotContain("min_neck", "min_hole", "overlap",
                "max_hole", "neck_destroyed");
        assertThat(full.facts().neckWidthNm()).isGreaterThanOrEqualTo(minFeature);
        if (maxHole > 0) {
            assertThat(2 * full.layout().hole().circumradius()).isLessThanOrEqualTo(Math.max(maxHole, minFeature));
        }
        assertThat(Math.floorMod((long) best.lattice().pitchNm(), grid)).isZero();
        assertThat(Math.floorMod((long) best.lattice().holeDiameterNm(), grid)).isZero();
        assertThat(r.target().pitchRangeNm().contains(best.lattice().pitchNm())).isTrue();
    }

    @Test
    void theSameSpecGivesTheSameTrace() throws Exception {
        Spec s = SpecReader.parse(spec("square", "tbkt_K: 12"), "t.yaml");
        assertThat(Optimizer.optimize(s).trace()).isEqualTo(Optimizer.optimize(s).trace());
    }

    @Test
    void targetKeysAreCheckedWithTheirLines() {
        assertThatThrownBy(() -> SpecReader.parse(spec("square", "tbkt_K: {value: 3, tolerence: 1}"), "t.yaml"))
                .hasMessageContaining("target.tbkt_K.tolerence").hasMessageContaining("line 8")
                .hasMessageContaining("unknown key");
        assertThatThrownBy(() -> SpecReader.parse(spec("square", "tbkt_K: 3\nvary: {pitch_nm: [200, 100]}"), "t.yaml"))
                .hasMessageContaining("target.vary.pitch_nm").hasMessageContaining("above max");
        assertThatThrownBy(() -> SpecReader.parse(spec("square", "tbkt_K: 3\nvary: {spacing: [1, 2]}"), "t.yaml"))
                .hasMessageContaining("target.vary.spacing");
        assertThatThrownBy(() -> SpecReader.parse(spec("square", "vary: [pitch_nm]"), "t.yaml"))
                .hasMessageContaining("target").hasMessageContaining("no quantity");
        assertThatThrownBy(() -> SpecReader.parse(spec("square", "phase: {value: liquid}"), "t.yaml"))
                .hasMessageContaining("target.phase.value").hasMessageContaining("liquid");
    }

    @Test
    void goalsCarryToleranceAndWeight() throws Exception {
        Spec s = SpecReader.parse(spec("square", "tbkt_K: {value: 5, tolerance: 0.3, weight: 2}\nrn_ohm: 200\n"
                + "tolerance: 0.1\nphase: superconductor"), "t.yaml");
        assertThat(s.target().orElseThrow().goals()).containsExactly(new Goal.Quantity(Quantity.TBKT, 5, 0.3, 2),
                new Goal.Quantity(Quantity.RN, 200, 20, 1), new Goal.PhaseIs(org.jjmask.physics.Phase.SUPERCONDUCTOR, 1));
    }

    @Test
    void theYieldOfAnUndrawnProcessIsTheDesignsOwnVerdict() throws Exception {
        Spec s = SpecReader.parse(spec("triangular", "tbkt_K: 1"), "t.yaml");
        Prediction p = Designer.cell(s).prediction().orElseThrow();
        var goals = java.util.List.<Goal>of(new Goal.Quantity(Quantity.RN, p.rnOhm(), 1e-6 * p.rnOhm(), 1));
        YieldAnalysis.Result y = YieldAnalysis.run(s, goals, 10, false);
        assertThat(y.yieldFraction()).isEqualTo(1.0);
        assertThat(y.rnOhm().mean()).isEqualTo(p.rnOhm(), org.assertj.core.data.Offset.offset(1e-9 * p.rnOhm()));
    }

    @Test
    void theYieldIsSeededAndFallsWithTheSpread() throws Exception {
        // the process spread alone (false): the input ranges would swamp a 5 % R_N goal (UncertaintyTest)
        String base = spec("triangular", "tbkt_K: 1");
        Spec narrow = SpecReader.parse(base.replace("min_feature_nm: 20", "min_feature_nm: 20, diameter_sigma_nm: 1"),
                "t.yaml");
        Spec wide = SpecReader.parse(base.replace("min_feature_nm: 20", "min_feature_nm: 20, diameter_sigma_nm: 8, "
                + "position_sigma_nm: 4, edge_damage_sigma_nm: 1"), "t.yaml");
        Prediction p = Designer.cell(narrow).prediction().orElseThrow();
        var goals = java.util.List.<Goal>of(new Goal.Quantity(Quantity.RN, p.rnOhm(), 0.05 * p.rnOhm(), 1));
        YieldAnalysis.Result a = YieldAnalysis.run(narrow, goals, 60, false);
        YieldAnalysis.Result b = YieldAnalysis.run(wide, goals, 60, false);
        assertThat(YieldAnalysis.run(wide, goals, 60, false)).usingRecursiveComparison().isEqualTo(b);
        assertThat(a.yieldFraction()).isGreaterThan(b.yieldFraction());
        assertThat(b.rnOhm().std()).isGreaterThan(a.rnOhm().std());
        assertThat(b.rnOhm().counts()).hasSize(YieldAnalysis.BINS);
    }
}
