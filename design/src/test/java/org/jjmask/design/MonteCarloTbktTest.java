package org.jjmask.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jjmask.design.spec.SpecException;
import org.junit.jupiter.api.Test;

/**
 * {@code model.tbkt: monte_carlo}'s key and measurement: the key follows the network and the run's
 * options and nothing else; the cache entry round-trips to the same numbers; the measured constant
 * reaches the prediction.
 */
class MonteCarloTbktTest {

    static final String SQUARE = """
            name: sq
            material: {preset: Nd0.8Sr0.2NiO2}
            substrate: {preset: SrTiO3}
            device: {type: hallbar, length_um: 8, width_um: 2, arm_pairs: 1, arm_width_um: 1, arm_length_um: 1}
            lattice: {type: square, pitch_nm: 200, hole_diameter_nm: 120}
            """;

    private static Spec spec(String model) throws SpecException {
        return SpecReader.parse(SQUARE + model, "sq.yaml");
    }

    @Test
    void theKeyFollowsTheNetworkAndTheOptionsOnly() throws Exception {
        String base = MonteCarloTbkt.key(spec("model: {tbkt: monte_carlo, mc_largest_size: 8}\n"));
        // the name, the film and the other model keys do not change the XY network
        assertThat(MonteCarloTbkt.key(SpecReader.parse(SQUARE.replace("name: sq", "name: other")
                .replace("Nd0.8Sr0.2NiO2}", "Nd0.8Sr0.2NiO2, tc0_K: 11}") + "model: {tbkt: monte_carlo, "
                + "mc_largest_size: 8, critical_ej_over_ec: 0.5}\n", "o.yaml"))).isEqualTo(base);
        assertThat(MonteCarloTbkt.key(spec("model: {tbkt: monte_carlo, mc_largest_size: 8, mc_seed: 2}\n")))
                .isNotEqualTo(base);
        assertThat(MonteCarloTbkt.key(spec("model: {tbkt: monte_carlo, mc_largest_size: 16}\n"))).isNotEqualTo(base);
        assertThat(MonteCarloTbkt.key(spec("model: {tbkt: monte_carlo, mc_largest_size: 8, mc_sweeps: 400}\n")))
                .isNotEqualTo(base);
        assertThat(MonteCarloTbkt.key(SpecReader.parse(SQUARE.replace("type: square", "type: triangular")
                + "model: {tbkt: monte_carlo, mc_largest_size: 8}\n", "t.yaml"))).isNotEqualTo(base);
    }

    @Test
    void sizesHalveDownToFour() {
        assertThat(new Spec.MonteCarloSpec(32, 3000, 1).sizes()).containsExactly(8, 16, 32);
        assertThat(new Spec.MonteCarloSpec(16, 3000, 1).sizes()).containsExactly(4, 8, 16);
        assertThat(new Spec.MonteCarloSpec(8, 3000, 1).sizes()).containsExactly(4, 8);
        assertThat(new Spec.MonteCarloSpec(12, 3000, 1).sizes()).containsExactly(6, 12);
    }

    @Test
    void theMeasurementRoundTripsAndReachesThePrediction() throws Exception {
        Spec s = spec("model: {tbkt: monte_carlo, mc_largest_size: 8, mc_sweeps: 200, mc_seed: 3}\n");
        TbktMeasurement m = MonteCarloTbkt.measure(s, 2, k -> { });
        TbktMeasurement back = TbktMeasurement.fromJson(m.toJson());
        assertThat(back.tbktOverEj()).isEqualTo(m.tbktOverEj());
        assertThat(back.helicity()).isDeepEqualTo(m.helicity());
        assertThat(back).isEqualTo(m);
        // the same seed on one thread: the same numbers
        assertThat(MonteCarloTbkt.measure(s, 1, k -> { }).toJson()).isEqualTo(m.toJson());

        Spec measured = s.withModel(s.model().withMeasured(m));
        var flagged = Designer.cell(measured).prediction().orElseThrow();
        var tabulated = Designer.cell(s).prediction().orElseThrow();
        assertThat(flagged.flags()).anyMatch(f -> f.code().equals("monte_carlo_xy"));
        // k_B T = c·E_J(T) with E_J falling in T: a larger constant, a higher T_BKT, and the other way round
        assertThat(Math.signum(flagged.tbktK() - tabulated.tbktK())).isEqualTo(Math.signum(m.tbktOverEj() - 0.8929));
        assertThat(flagged.ejK()).isEqualTo(tabulated.ejK());
        // a library caller that asked for monte_carlo but gave no measurement is told so
        assertThat(Designer.run(s).flags()).anyMatch(f -> f.code().equals("monte_carlo_not_run"));
    }

    @Test
    void badKeysAreRefused() {
        assertThatThrownBy(() -> spec("model: {tbkt: monte}\n")).isInstanceOf(SpecException.class)
                .hasMessageContaining("model.tbkt");
        assertThatThrownBy(() -> spec("model: {mc_largest_size: 4}\n")).isInstanceOf(SpecException.class)
                .hasMessageContaining("model.mc_largest_size");
        assertThatThrownBy(() -> TbktMeasurement.fromJson("{\"format\": \"other\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
