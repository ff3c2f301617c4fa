package org.jjmask.design.fit;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A calibration as {@code NAME.fit.json} holds it ({@link FitJson}): what the calibration page of
 * NAME.fit.pdf and of a design report ({@code design --calibration}) draw. Both pages are drawn from
 * this one reading of the file, so they show the file's numbers and no others.
 *
 * @param file the file's name, for the page and the messages
 * @param spec the spec file the fit started from
 * @param data the R(T) data file's name
 * @param parameters the varied keys, in the file's order
 * @param chi2PerDof χ²/dof
 * @param dof degrees of freedom
 * @param logScale whether the fit was in ln R
 * @param noiseRelative σ_R/R per point
 * @param squares the squares R was divided by
 * @param evaluations design passes
 * @param t the data's temperatures, K
 * @param rSqOhm the measured R_□
 * @param modelRsqOhm the model's R_□ at each temperature
 * @param residuals (model − data)/σ
 * @param field the R(B) part, when the fit had one
 */
public record CalibrationFile(String file, String spec, String data, List<FittedParameter> parameters,
        double chi2PerDof, int dof, boolean logScale, double noiseRelative, double squares, int evaluations, double[] t,
        double[] rSqOhm, double[] modelRsqOhm, double[] residuals, Optional<Field> field) {

    /** The R(B) part ({@code rb}). */
    public record Field(String data, double periodMT, double periodStderrMT, double writtenPeriodMT,
            double plaquetteAreaNm2, double areaStderrNm2, double areaSpreadNm2, double spreadStderrNm2,
            double backgroundC2PerT2, double[] bT, double[] rSqOhm, double[] modelRsqOhm) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** The same calibration under another file name (the page names the file, not the path it was read from). */
    public CalibrationFile withFile(String name) {
        return new CalibrationFile(name, spec, data, parameters, chi2PerDof, dof, logScale, noiseRelative, squares,
                evaluations, t, rSqOhm, modelRsqOhm, residuals, field);
    }

    /** The file's text as a calibration, via the same tree {@link FitJson#tree} writes. */
    public static CalibrationFile of(JsonNode root, String file) throws FitException {
        return new Reader(root, file).read();
    }

    /**
     * Reads NAME.fit.json.
     *
     * @throws FitException naming the file, and the line and column or the key, when the text is not
     *     JSON, not a jjmask fit result, or a number in it is missing, not finite or out of place
     */
    public static CalibrationFile parse(String text, String file) throws FitException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonParseException e) {
            var loc = e.getLocation();
            // Jackson's message without its source and marker locations: the line and column say where
            String why = e.getOriginalMessage().lines().findFirst().orElse("").replaceAll(" ?\\(start marker at .*$", "")
                    .replaceAll(" ?at \\[Source.*$", "");
            throw new FitException(file + ": line " + loc.getLineNr() + ", column " + loc.getColumnNr()
                    + ": not JSON (" + why + ")");
        } catch (IOException e) {
            throw new FitException(file + ": not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !root.isObject()) {
            throw new FitException(file + ": not a jjmask fit result (expected a JSON object with 'parameters')");
        }
        return of(root, file);
    }

    /** One pass over the tree, each missing or malformed key named in one line. */
    private static final class Reader {
        private final JsonNode root;
        private final String file;

        Reader(JsonNode root, String file) {
            this.root = root;
            this.file = file;
        }

        CalibrationFile read() throws FitException {
            JsonNode params = member(root, "parameters", "");
            if (!params.isObject() || params.isEmpty()) {
                throw bad("parameters", "expected an object of fitted keys (is this a jjmask fit result?)");
            }
            List<FittedParameter> ps = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = params.fields();
            while (it.hasNext()) {
                var e = it.next();
                String where = "parameters." + e.getKey();
                JsonNode p = e.getValue();
                if (!p.isObject()) {
                    throw bad(where, "expected {value, stderr, determined}");
                }
                JsonNode det = member(p, "determined", where + ".");
                if (!det.isBoolean()) {
                    throw bad(where + ".determined", "expected true or false");
                }
                double start = number(p, "start", where + ".");
                if (det.asBoolean()) {
                    ps.add(new FittedParameter(e.getKey(), number(p, "value", where + "."),
                            OptionalDouble.of(number(p, "stderr", where + ".")), true, start, ""));
                } else {
                    ps.add(new FittedParameter(e.getKey(), number(p, "held_at", where + "."), OptionalDouble.empty(),
                            false, start, p.path("reason").asText("not determined")));
                }
            }
            double[][] measured = pairs(root, "measured", "");
            double[][] model = pairs(root, "model", "");
            double[] residuals = vector(root, "residuals", "");
            int n = measured[0].length;
            if (model[0].length != n || residuals.length != n) {
                throw bad("model", "measured, model and residuals differ in length (" + n + ", " + model[0].length
                        + ", " + residuals.length + ")");
            }
            Optional<Field> field = Optional.empty();
            if (root.has("rb") && !root.get("rb").isNull()) {
                JsonNode rb = root.get("rb");
                double[][] bm = pairs(rb, "measured", "rb.");
                double[][] bmodel = pairs(rb, "model", "rb.");
                if (bmodel[0].length != bm[0].length) {
                    throw bad("rb.model", "differs in length from rb.measured");
                }
                field = Optional.of(new Field(text(rb, "data", "rb."), number(rb, "period_mT", "rb."),
                        number(rb, "period_stderr_mT", "rb."), number(rb, "written_period_mT", "rb."),
                        number(rb, "plaquette_area_nm2", "rb."), number(rb, "plaquette_area_stderr_nm2", "rb."),
                        number(rb, "plaquette_area_spread_nm2", "rb."),
                        number(rb, "plaquette_area_spread_stderr_nm2", "rb."), number(rb, "background_c2_per_T2", "rb."),
                        bm[0], bm[1], bmodel[1]));
            }
            String scale = text(root, "scale", "");
            return new CalibrationFile(file, text(root, "spec", ""), text(root, "data", ""), List.copyOf(ps),
                    number(root, "chi2_per_dof", ""), (int) number(root, "dof", ""), scale.equals("ln R"),
                    number(root, "noise_relative", ""), number(root, "squares", ""), (int) number(root, "evaluations", ""),
                    measured[0], measured[1], model[1], residuals, field);
        }

        private JsonNode member(JsonNode o, String key, String prefix) throws FitException {
            JsonNode v = o.get(key);
            if (v == null || v.isNull()) {
                throw bad(prefix + key, "missing (is this a jjmask fit result?)");
            }
            return v;
        }

        private double number(JsonNode o, String key, String prefix) throws FitException {
            JsonNode v = member(o, key, prefix);
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                throw bad(prefix + key, "expected a finite number, found " + v);
            }
            return v.asDouble();
        }

        private String text(JsonNode o, String key, String prefix) throws FitException {
            JsonNode v = member(o, key, prefix);
            if (!v.isTextual()) {
                throw bad(prefix + key, "expected text, found " + v);
            }
            return v.asText();
        }

        private double[] vector(JsonNode o, String key, String prefix) throws FitException {
            JsonNode v = member(o, key, prefix);
            if (!v.isArray()) {
                throw bad(prefix + key, "expected a list of numbers");
            }
            double[] out = new double[v.size()];
            for (int i = 0; i < out.length; i++) {
                JsonNode x = v.get(i);
                if (!x.isNumber() || !Double.isFinite(x.asDouble())) {
                    throw bad(prefix + key + "[" + i + "]", "expected a finite number, found " + x);
                }
                out[i] = x.asDouble();
            }
            return out;
        }

        private double[][] pairs(JsonNode o, String key, String prefix) throws FitException {
            JsonNode v = member(o, key, prefix);
            if (!v.isArray() || v.isEmpty()) {
                throw bad(prefix + key, "expected a non-empty list of [x, R] pairs");
            }
            double[][] out = new double[2][v.size()];
            for (int i = 0; i < v.size(); i++) {
                JsonNode p = v.get(i);
                if (!p.isArray() || p.size() != 2 || !p.get(0).isNumber() || !p.get(1).isNumber()
                        || !Double.isFinite(p.get(0).asDouble()) || !Double.isFinite(p.get(1).asDouble())) {
                    throw bad(prefix + key + "[" + i + "]", "expected a pair of finite numbers, found " + p);
                }
                out[0][i] = p.get(0).asDouble();
                out[1][i] = p.get(1).asDouble();
            }
            return out;
        }

        private FitException bad(String key, String what) {
            return new FitException(file + ": " + key + ": " + what);
        }
    }
}
