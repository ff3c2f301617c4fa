package org.jjmask.design.fit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.jjmask.design.Numbers;

/**
 * NAME.fit.json (CONTRACT.md, "Fit JSON"): {@code parameters} keyed by the dotted spec key, each
 * {@code {value, stderr, determined}} — {@code value} and {@code stderr} null when the data do not
 * determine it, with {@code held_at} (the spec's value, written into NAME.fitted.yaml) and
 * {@code reason} — then {@code correlation} (determined keys by determined keys), {@code chi2_per_dof},
 * the {@code data}, the {@code model} at the data's temperatures and the {@code residuals}.
 */
public final class FitJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FitJson() {}

    /**
     * @param spec    the spec file's name
     * @param fitted  the fitted spec's file name
     * @param squares how R was turned into R_□
     */
    public static ObjectNode tree(FitResult fit, String name, String spec, String fitted, String squares) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", name);
        root.put("spec", spec);
        root.put("fitted_spec", fitted);
        root.put("data", fit.data().source());
        ObjectNode parameters = root.putObject("parameters");
        for (FittedParameter p : fit.parameters()) {
            ObjectNode o = parameters.putObject(p.key());
            if (p.determined()) {
                o.put("value", p.value());
                o.put("stderr", p.stderr().orElseThrow());
                o.put("determined", true);
            } else {
                o.putNull("value");
                o.putNull("stderr");
                o.put("determined", false);
                o.put("held_at", p.value());
                o.put("reason", p.reason());
            }
            o.put("start", p.start());
        }
        ObjectNode corr = root.putObject("correlation");
        List<String> keys = fit.determined();
        for (int a = 0; a < keys.size(); a++) {
            ObjectNode row = corr.putObject(keys.get(a));
            for (int b = 0; b < keys.size(); b++) {
                row.put(keys.get(b), fit.correlation()[a][b]);
            }
        }
        root.put("chi2_per_dof", fit.chi2PerDof());
        root.put("dof", fit.dof());
        root.put("points", fit.data().size());
        root.put("scale", fit.logScale() ? "ln R" : "R");
        root.put("noise_relative", fit.noiseRelative());
        root.put("squares", fit.data().squares());
        root.put("squares_from", squares);
        root.put("evaluations", fit.evaluations());
        root.put("phase", fit.prediction().phase().name().toLowerCase(Locale.ROOT));
        root.put("tbkt_K", fit.prediction().tbktK());
        root.put("rsat_ohm", fit.prediction().rSatOhm());
        double[] t = fit.data().x();
        double[] r = fit.data().rSqOhm();
        ArrayNode data = root.putArray("measured");
        ArrayNode model = root.putArray("model");
        ArrayNode residuals = root.putArray("residuals");
        for (int i = 0; i < t.length; i++) {
            data.addArray().add(t[i]).add(r[i]);
            model.addArray().add(t[i]).add(fit.modelRsqOhm()[i]);
            residuals.add(fit.residuals()[i]);
        }
        root.put("columns", "[T_K, Rsq_ohm]; residuals are (model - measured)/sigma in the fit's scale");
        return root;
    }

    /**
     * The R(B) part, {@code rb}: the oscillation's period and effective plaquette area with errors,
     * against the written lattice's (the prediction's h/2e period), the area spread and the background.
     */
    public static void addField(ObjectNode root, FieldOscillation.Result f, MeasuredCurve rb, double writtenPeriodMT) {
        ObjectNode o = root.putObject("rb");
        o.put("data", rb.source());
        o.put("period_mT", f.periodMT());
        o.put("period_stderr_mT", f.periodStderrMT());
        o.put("plaquette_area_nm2", f.plaquetteAreaNm2());
        o.put("plaquette_area_stderr_nm2", f.areaStderrNm2());
        o.put("written_period_mT", writtenPeriodMT);
        o.put("period_over_written", f.periodMT() / writtenPeriodMT);
        o.put("plaquette_area_spread_nm2", f.areaSpreadNm2());
        o.put("plaquette_area_spread_stderr_nm2", f.spreadStderrNm2());
        o.put("amplitude_ln_r", f.amplitude());
        o.put("background_c2_per_T2", f.backgroundC2PerT2());
        o.put("chi2_per_dof", f.chi2PerDof());
        double[] b = rb.x();
        double[] r = rb.rSqOhm();
        ArrayNode data = o.putArray("measured");
        ArrayNode model = o.putArray("model");
        for (int i = 0; i < b.length; i++) {
            data.addArray().add(b[i]).add(r[i]);
            model.addArray().add(b[i]).add(f.modelRsqOhm()[i]);
        }
        o.put("columns", "[B_T, Rsq_ohm]");
    }

    /**
     * The R(B) joined to the R(T) ({@link FieldBackground}), {@code rb_joined}: what the R(B) measured
     * of the anomalous metal (zero-field ln R and amplitude with their errors), what the fitted model
     * gives, the whitened residuals, and the mechanism's scale with its joined error. The fit's
     * {@code parameters}, {@code chi2_per_dof} and {@code dof} then count these two rows too.
     */
    public static void addJoined(ObjectNode root, FitResult fit, FieldBackground join, double baseTemperatureK) {
        ObjectNode o = root.putObject("rb_joined");
        var p = fit.prediction();
        double floor = Calibration.floorOhm(fit.data().rSqOhm());
        double[] model = join.model(p, floor);
        double[] res = join.residuals(p, floor);
        var m = join.measured();
        o.put("mechanism", p.phaseModel().saturation().mechanism());
        o.put("assumes_temperature_K", baseTemperatureK);
        o.put("law", "ln R_sat(f) = ln R_sq,eff + rho(f) ln(R_sat(0)/R_sq,eff); amplitude (1 - rho_half)/2 "
                + "ln(R_sat(0)/R_sq,eff)");
        o.put("rho_half", org.jjmask.physics.FrustratedBkt.halfRatio(join.network()));
        o.put("measured_zero_field_ohm", Math.exp(m.zeroFieldLnR()));
        o.put("measured_zero_field_ln_r_stderr", Math.sqrt(m.varZero()));
        o.put("measured_amplitude_ln_r", m.amplitudeLnR());
        o.put("measured_amplitude_ln_r_stderr", Math.sqrt(m.varAmplitude()));
        o.put("model_zero_field_ohm", Math.exp(model[0]));
        o.put("model_amplitude_ln_r", model[1]);
        o.putArray("residuals").add(res[0]).add(res[1]);
        o.put("rows", FieldBackground.ROWS);
        for (FittedParameter q : fit.parameters()) {
            if (q.key().equals("model.phase_slip_scale")) {
                ObjectNode s = o.putObject("phase_slip_scale");
                s.put("value", q.value());
                if (q.determined()) {
                    s.put("stderr", q.stderr().orElseThrow());
                } else {
                    s.putNull("stderr");
                }
                s.put("determined", q.determined());
            }
        }
    }

    public static String text(ObjectNode tree) {
        try {
            return JSON.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** NAME.fitted.yaml: a header saying what was calibrated to what, then the spec with the fitted values. */
    public static String fittedYaml(FitResult fit, String spec) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(spec).append(" calibrated by jjmask fit to ").append(fit.data().source()).append(" (")
                .append(fit.data().size()).append(" points, chi2/dof ").append(Numbers.format(fit.chi2PerDof()))
                .append(")\n");
        for (FittedParameter p : fit.parameters()) {
            b.append("#   ").append(p.key()).append(": ");
            if (p.determined()) {
                b.append(Numbers.format(p.value())).append(" +- ").append(Numbers.format(p.stderr().orElseThrow()));
            } else {
                b.append("not determined by the data, kept at ").append(Numbers.format(p.value())).append(" (")
                        .append(p.reason()).append(')');
            }
            b.append('\n');
        }
        return b.append(fit.fittedYaml()).toString();
    }
}
