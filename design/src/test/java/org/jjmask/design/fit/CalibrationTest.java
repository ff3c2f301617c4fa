package org.jjmask.design.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jjmask.design.Designer;
import org.jjmask.design.SpecReader;
import org.jjmask.physics.Prediction;
import org.junit.jupiter.api.Test;

/**
 * The fit against data the model generated at known keys with 2 % log-normal noise: the truth is
 * then known exactly, and so is the noise, so the errors the covariance claims can be held against
 * the scatter of fits over independent noise (the frequentist meaning of a standard error).
 */
class CalibrationTest {

    static final Map<String, Double> TRUTH = Map.of("material.sheet_resistance_ohm", 1500.0, "material.tc0_K", 15.0,
            "fabrication.edge_damage_nm", 6.0, "model.phase_slip_scale", 0.01);
    static final String TRUE_SPEC = FitFixtures.spec(1500, 15, 6, 0.01);
    /** Where the fit starts: every key 10–200 % off. */
    static final String START_SPEC = FitFixtures.spec(1200, 13, 4, 0.03);
    static final double[] T = FitFixtures.temperatures(200, 0.5, 25);

    @Test
    void recoversTheKeysWithin3SigmaAndItsErrorsMatchTheScatterOver20Seeds() throws Exception {
        double[] r = FitFixtures.model(TRUE_SPEC, T);
        Map<String, List<Double>> values = new java.util.LinkedHashMap<>();
        Map<String, List<Double>> errors = new java.util.LinkedHashMap<>();
        List<Double> chi2 = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) {
            FitResult fit = FitFixtures.fit(START_SPEC, FitFixtures.curve(T, FitFixtures.noisy(r, 0.02, seed)),
                    FitKey.DEFAULT_VARY);
            chi2.add(fit.chi2PerDof());
            for (FittedParameter p : fit.parameters()) {
                assertThat(p.determined()).as("%s, seed %d: %s", p.key(), seed, p.reason()).isTrue();
                double err = p.stderr().orElseThrow();
                // 3σ: a fit outside it by chance is 0.27 % per key, ~0.2 of the 80 checks here
                assertThat(Math.abs(p.value() - TRUTH.get(p.key()))).as("%s, seed %d: %s ± %s", p.key(), seed,
                        p.value(), err).isLessThan(3 * err);
                values.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p.value());
                errors.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(err);
            }
            assertThat(fit.logScale()).isTrue();
        }
        for (String key : TRUTH.keySet()) {
            double sd = sd(values.get(key));
            double err = errors.get(key).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            // 20 seeds estimate the scatter to ±16 % (1/√(2·19)): a factor 1.5 is a 2.5σ margin on it
            assertThat(err / sd).as("%s: mean stderr %s over the seeds' scatter %s", key, err, sd).isBetween(1 / 1.5, 1.5);
        }
        // χ² of the right model with the right σ: 1 ± √(2/196) per seed
        assertThat(chi2.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).isBetween(0.9, 1.1);
    }

    @Test
    void fitsAHeldOutTruthItHasNotSeen() throws Exception {
        String truth = FitFixtures.spec(2300, 11.5, 5, 0.004);
        double[] t = FitFixtures.temperatures(150, 0.3, 20);
        FitResult fit = FitFixtures.fit(START_SPEC, FitFixtures.curve(t, FitFixtures.noisy(FitFixtures.model(truth, t),
                0.02, 99)), FitKey.DEFAULT_VARY);
        double[] want = {2300, 11.5, 5, 0.004};
        for (int k = 0; k < want.length; k++) {
            FittedParameter p = fit.parameters().get(k);
            assertThat(p.determined()).as(p.key() + ": " + p.reason()).isTrue();
            assertThat(Math.abs(p.value() - want[k])).as(p.key()).isLessThan(3 * p.stderr().orElseThrow());
        }
    }

    @Test
    void aFlatCurveLeavesTheMechanismAndTheDamageUndetermined() throws Exception {
        // a metal: 5 kΩ at every temperature, no transition in sight
        double[] t = FitFixtures.temperatures(100, 2, 30);
        double[] flat = new double[t.length];
        Arrays.fill(flat, 5000);
        FitResult fit = FitFixtures.fit(START_SPEC, FitFixtures.curve(t, FitFixtures.noisy(flat, 0.02, 3)),
                FitKey.DEFAULT_VARY);
        FittedParameter damage = parameter(fit, "fabrication.edge_damage_nm");
        FittedParameter scale = parameter(fit, "model.phase_slip_scale");
        assertThat(damage.determined() && scale.determined()).as(fit.parameters().toString()).isFalse();
        for (FittedParameter p : fit.parameters()) {
            if (!p.determined()) {
                assertThat(p.stderr()).isEmpty();
                assertThat(p.reason()).isNotEmpty();
                assertThat(p.value()).as("held at the spec's value").isEqualTo(p.start());
            }
        }
    }

    @Test
    void noLowTemperatureDataLeavesTheMechanismUndetermined() throws Exception {
        // only above T_c0 = 15 K: the saturation R_sat, the mechanism's mark, is never reached
        double[] t = FitFixtures.temperatures(120, 16, 30);
        FitResult fit = FitFixtures.fit(START_SPEC, FitFixtures.curve(t, FitFixtures.noisy(FitFixtures.model(TRUE_SPEC, t),
                0.02, 5)), FitKey.DEFAULT_VARY);
        FittedParameter scale = parameter(fit, "model.phase_slip_scale");
        assertThat(scale.determined()).as(scale.toString()).isFalse();
        assertThat(scale.stderr()).isEmpty();
        assertThat(fit.determined()).doesNotContain("model.phase_slip_scale");
    }

    @Test
    void designOfTheFittedSpecReproducesTheFittedCurve() throws Exception {
        double[] r = FitFixtures.noisy(FitFixtures.model(TRUE_SPEC, T), 0.02, 11);
        FitResult fit = FitFixtures.fit(START_SPEC, FitFixtures.curve(T, r), FitKey.DEFAULT_VARY);
        // the full pass (fill, network, DRC), as `jjmask design NAME.fitted.yaml` runs it
        Prediction full = Designer.run(SpecReader.parse(fit.fittedYaml(), "fit-fixture.fitted.yaml")).prediction();
        double[] again = RtModel.at(full.rOfT(), T, 1e-30);
        double[] fitted = fit.modelRsqOhm();
        for (int i = 0; i < T.length; i++) {
            // same numbers through the same physics: only the YAML's shortest-repr doubles in between
            assertThat(again[i]).as("T = %s K", T[i]).isCloseTo(fitted[i], org.assertj.core.data.Percentage.withPercentage(1e-6));
        }
    }

    @Test
    void refusesFewerPointsThanParametersAndUnknownKeys() {
        double[] t = {5, 10, 15, 20};
        double[] r = {100, 200, 300, 400};
        assertThatThrownBy(() -> FitFixtures.fit(START_SPEC, FitFixtures.curve(t, r), FitKey.DEFAULT_VARY))
                .isInstanceOf(FitException.class)
                .hasMessage("synthetic.csv: 4 data points for 4 parameters: a fit needs more points than parameters "
                        + "(last row: line 5)");
        assertThatThrownBy(() -> FitFixtures.fit(START_SPEC, FitFixtures.curve(t, r), List.of("material.tc0")))
                .isInstanceOf(FitException.class).hasMessageStartingWith("--vary: 'material.tc0': material has no key 'tc0'");
        assertThatThrownBy(() -> FitFixtures.fit(START_SPEC, FitFixtures.curve(t, r), List.of("lattice.type")))
                .isInstanceOf(FitException.class).hasMessage("--vary: 'lattice.type' is text, not a number the fit can vary");
    }

    private static FittedParameter parameter(FitResult fit, String key) {
        return fit.parameters().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    private static double sd(List<Double> v) {
        double m = v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return Math.sqrt(v.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (v.size() - 1));
    }
}
