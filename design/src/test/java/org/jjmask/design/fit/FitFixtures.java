package org.jjmask.design.fit;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jjmask.design.Designer;
import org.jjmask.design.SpecReader;
import org.jjmask.physics.Prediction;

/** Specs and model-generated measurements the fit tests share. */
final class FitFixtures {

    private FitFixtures() {}

    /**
     * A nickelate Hall bar on sapphire with large holes (D/a = 0.85) and a damaged rim: an array
     * past its insulating threshold whose R(T) falls from R_n through the transition and saturates
     * at R_sat, so every one of the four default keys leaves a mark on R(T).
     */
    static String spec(double sheetOhm, double tc0K, double edgeNm, double scale) {
        return String.format(Locale.ROOT, """
                name: fit-fixture
                material:
                  preset: Nd0.8Sr0.2NiO2
                  sheet_resistance_ohm: %s
                  tc0_K: %s
                substrate:
                  preset: sapphire
                device:
                  type: hallbar
                  length_um: 60
                  width_um: 10
                  arm_pairs: 2
                  arm_width_um: 2
                  arm_length_um: 5
                lattice:
                  type: triangular
                  pitch_nm: 100
                  hole_diameter_nm: 85
                fabrication:
                  min_feature_nm: 5
                  edge_damage_nm: %s
                model:
                  phase_slip_scale: %s
                conditions:
                  base_temperature_K: 0.05
                """, sheetOhm, tc0K, edgeNm, scale);
    }

    /** The spec's predicted R_□ at each temperature (the fit's own model: the cheap pass's curve). */
    static double[] model(String yaml, double[] temperaturesK) throws Exception {
        var spec = SpecReader.parse(yaml, "truth");
        Prediction p = Designer.cell(spec).prediction().orElseThrow();
        return RtModel.at(p.rOfT(), temperaturesK, 1e-30);
    }

    /** {@code n} temperatures evenly from {@code from} to {@code to} K. */
    static double[] temperatures(int n, double from, double to) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = from + (to - from) * i / (n - 1);
        }
        return t;
    }

    /** R·exp(σ·N(0,1)) at each point: log-normal noise of relative width σ, seeded. */
    static double[] noisy(double[] r, double sigma, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] out = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = r[i] * Math.exp(sigma * rng.nextGaussian());
        }
        return out;
    }

    /** A measured curve of sheet resistances (as a file with an Rsq_ohm column gives). */
    static MeasuredCurve curve(double[] t, double[] r) {
        int[] lines = new int[t.length];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = i + 2;
        }
        return new MeasuredCurve("synthetic.csv", MeasuredCurve.Variable.TEMPERATURE, t, r, lines, 1.0);
    }

    static FitResult fit(String yaml, MeasuredCurve data, List<String> vary) throws Exception {
        return Calibration.fit(yaml, "fit-fixture.yaml", Path.of(""), data, new Calibration.Options(vary, 0.02));
    }
}
