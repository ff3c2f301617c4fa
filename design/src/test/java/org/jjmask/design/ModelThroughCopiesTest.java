package org.jjmask.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jjmask.physics.Prediction;
import org.junit.jupiter.api.Test;

/**
 * Every path that copies a spec with another lattice (the sweep, the optimiser's search, the
 * yield's draws) keeps its {@code model:} and {@code ebeam:} sections. A copy that reset them to
 * their defaults predicted with the default physics whatever the spec said (issue 11's bug:
 * R_N 442.97 Ω from Laplace where Maxwell–Garnett gives 445.0 Ω).
 */
class ModelThroughCopiesTest {

    static final String SPEC = """
            name: copies
            material: {preset: Nd0.8Sr0.2NiO2}
            substrate: {preset: SrTiO3}
            device: {type: hallbar, length_um: 8, width_um: 2, arm_pairs: 1, arm_width_um: 1, arm_length_um: 1}
            lattice: {type: triangular, pitch_nm: 100, hole_diameter_nm: 70, hole_vertices: 32}
            fabrication: {min_feature_nm: 20}
            model: {normal_state: maxwell_garnett, coupling: kulik_omelyanchuk}
            ebeam: {dose_uC_cm2: 400, current_nA: 0.5}
            """;

    static Spec spec(String extra) throws Exception {
        return SpecReader.parse(SPEC + extra, "copies.yaml");
    }

    @Test
    void aCopyWithAnotherLatticeKeepsEverythingElse() throws Exception {
        Spec s = spec("");
        Spec moved = s.withLattice(org.jjmask.layout.LatticeType.SQUARE, 120, 60);
        assertThat(moved.model()).isEqualTo(s.model());
        assertThat(moved.ebeam()).isEqualTo(s.ebeam());
        assertThat(moved).usingRecursiveComparison().ignoringFields("lattice").isEqualTo(s);
        assertThat(moved.withLattice(s.lattice())).isEqualTo(s);
    }

    @Test
    void theModelChangesThePrediction() throws Exception {
        // otherwise the tests below could not tell a reset model from a kept one
        Prediction chosen = Designer.run(spec("")).prediction();
        Prediction plain = Designer.run(SpecReader.parse(SPEC.replaceAll("(?m)^(model|ebeam):.*\\n", ""), "t.yaml"))
                .prediction();
        assertThat(chosen.rnOhm()).isNotEqualTo(plain.rnOhm());
        assertThat(chosen.ejK()).isGreaterThan(1.5 * plain.ejK());
    }

    @Test
    void aOnePointSweepIsThePrediction() throws Exception {
        Spec s = spec("");
        Prediction full = Designer.run(s).prediction();
        List<Sweep.Row> rows = Sweep.run(s, List.of(new Sweep.Axis("pitch_nm", List.of(100.0))), 1, true, i -> { });
        Prediction row = rows.get(0).cell().prediction().orElseThrow();
        for (Quantity q : Quantity.sweepColumns()) {
            assertThat(q.of(row)).as(q.key()).isEqualTo(q.of(full));
        }
        assertThat(row.phase()).isEqualTo(full.phase());
        assertThat(rows.get(0).spec().ebeam()).isEqualTo(s.ebeam());
    }

    @Test
    void theOptimisersTraceEntryForTheSpecsOwnLatticeIsThePrediction() throws Exception {
        Spec s = spec("target: {tbkt_K: 5, vary: {pitch_nm: [100, 100], hole_diameter_nm: [70, 70]}}\n");
        Prediction full = Designer.run(s).prediction();
        OptimizationResult r = Optimizer.optimize(s);
        Evaluation own = r.trace().stream().filter(e -> e.stage().equals("grid") && e.pitchNm() == 100
                && e.holeDiameterNm() == 70).findFirst().orElseThrow();
        for (Map.Entry<String, Double> v : own.values().entrySet()) {
            assertThat(v.getValue()).as(v.getKey()).isEqualTo(Quantity.byKey(v.getKey()).orElseThrow().of(full));
        }
        assertThat(own.phase()).isEqualTo(full.phase().jsonName());
        assertThat(r.bestSpec().orElseThrow().model()).isEqualTo(s.model());
    }

    @Test
    void theYieldDrawsUseTheSpecsModel() throws Exception {
        Spec s = spec("");
        Prediction p = Designer.cell(s).prediction().orElseThrow();
        var goals = List.<Goal>of(new Goal.Quantity(Quantity.RN, p.rnOhm(), 1e-6 * p.rnOhm(), 1));
        YieldAnalysis.Result y = YieldAnalysis.run(s, goals, 5, false);
        // no spread: every draw is the design itself, predicted with its own model
        assertThat(y.rnOhm().mean()).isEqualTo(p.rnOhm(), org.assertj.core.data.Offset.offset(1e-9 * p.rnOhm()));
        assertThat(y.yieldFraction()).isEqualTo(1.0);
    }
}
