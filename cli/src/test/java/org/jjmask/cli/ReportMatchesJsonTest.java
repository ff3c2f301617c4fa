package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jjmask.gds.testing.ExternalTool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: every number that the JSON summary and the PDF report both show is the same number,
 * on every page of every example's report (and of the optimize report). Each example is designed
 * in-process, the PDF read back by poppler's {@code pdftotext} (with {@code -layout}, and without
 * for text that wraps in a column), and each number the report shows beside one of the labels
 * below is compared with the JSON value under the key the label stands for: it must be that value
 * rounded as displayed (the digits shown, no more), a value with an interval must show the interval
 * rounded alike to two significant digits, and no display of a quantity with an interval may carry
 * more digits than its table row. The labels are written out here, not taken from the report's
 * code, so a label that disappears fails ("shown nowhere") instead of passing unseen.
 *
 * <p>The same text is also searched for ASCII notation ("ohm", "+-", "eps0", "sqrt(") that the
 * report typesets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportMatchesJsonTest {

    private static final String NUM = "([−-]?\\d+(?:\\.\\d+)?(?:e[+-]\\d+)?)";
    private static final String DEV = "\\(([+−]\\d+(?:\\.\\d+)?)/([+−]\\d+(?:\\.\\d+)?)\\)";
    private static final double RQ = 6453.20;  // h/4e², Ω: the report shows R_N/R_Q

    @TempDir
    static Path dir;

    /** One report: its JSON and its text (layout mode and reading order). */
    record Report(String name, JsonNode json, String layout, String raw) {}

    private final List<Report> reports = new ArrayList<>();
    private Path pdftotext;

    @BeforeAll
    void designEveryExample() throws Exception {
        pdftotext = ExternalTool.require("pdftotext", "apt-get install -y poppler-utils");
        List<Path> specs;
        try (Stream<Path> s = Files.list(SchemaTest.EXAMPLES)) {
            specs = s.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith("-chip.yaml")).sorted().toList();
        }
        String only = System.getProperty("jjmask.report.examples", "");
        for (Path spec : specs) {
            String name = spec.getFileName().toString().replace(".yaml", "");
            if (!only.isEmpty() && !List.of(only.split(",")).contains(name)) {
                continue;
            }
            Path out = dir.resolve(name);
            CliTest.Run r = CliTest.run("design", spec.toString(), "-o", out.toString(), "-q");
            assertThat(r.code()).as(name + ": " + r.err()).isIn(0, 3);
            reports.add(read(name, out.resolve(name + ".json"), out.resolve(name + ".pdf")));
        }
        if (only.isEmpty() || List.of(only.split(",")).contains("optimize")) {
            Path spec = SchemaTest.EXAMPLES.resolve("nickelate-tbkt-target.yaml");
            Path out = dir.resolve("optimize");
            CliTest.Run r = CliTest.run("optimize", spec.toString(), "-o", out.toString(), "-q");
            assertThat(r.code()).as("optimize: " + r.err()).isIn(0, 3);
            reports.add(read("optimize nickelate-tbkt-target", out.resolve("nickelate-tbkt-target.json"),
                    out.resolve("nickelate-tbkt-target.pdf")));
        }
        assertThat(reports).isNotEmpty();
    }

    private Report read(String name, Path json, Path pdf) throws Exception {
        ExternalTool.Result layout = ExternalTool.run(Duration.ofMinutes(1), pdftotext.toString(), "-layout", "-enc", "UTF-8",
                pdf.toString(), "-");
        ExternalTool.Result raw = ExternalTool.run(Duration.ofMinutes(1), pdftotext.toString(), "-enc", "UTF-8",
                pdf.toString(), "-");
        assertThat(layout.ok()).as(layout.describe()).isTrue();
        assertThat(raw.ok()).as(raw.describe()).isTrue();
        return new Report(name, new ObjectMapper().readTree(json.toFile()), layout.stdout(), raw.stdout());
    }

    // ---- the mapping: JSON key → the report's label ----------------------------------------------

    /** How a shown number must relate to its JSON value. */
    enum Mode {
        /** the JSON's own six digits, verbatim */
        EXACT,
        /** the JSON value rounded to the digits shown */
        ROUNDED,
        /** the value and its (+up/−down) interval, rounded to two significant digits of the interval */
        INTERVAL
    }

    /**
     * A label, a pattern with one group per number, and for each group the JSON value it shows.
     * {@code required}: the JSON has the value, so the report must show it somewhere.
     */
    record Label(String what, Pattern pattern, Mode mode, List<Function<JsonNode, JsonNode>> values,
            Function<JsonNode, Boolean> required, Function<JsonNode, Boolean> when) {}

    private static final List<Label> LABELS = new ArrayList<>();
    /** The JSON pointers of the labels given as pointers. */
    private static final Map<Label, List<String>> POINTERS = new java.util.IdentityHashMap<>();
    /** The JSON key of each table row (its interval is under the same key in "uncertainty"). */
    private static final Map<String, String> ROW_KEYS = new LinkedHashMap<>();

    private static void label(String what, String regex, Mode mode, String... pointers) {
        label(what, regex, mode, j -> true, pointers);
    }

    private static void label(String what, String regex, Mode mode, Function<JsonNode, Boolean> when, String... pointers) {
        List<Function<JsonNode, JsonNode>> values = new ArrayList<>();
        for (String p : pointers) {
            values.add(j -> j.at(p));
        }
        // a space in a label is any white space: the text wraps in its column
        String table = "(?m)^[ \\t]*";
        String re = regex.startsWith(table) ? regex : regex.replace(" ", "\\s+");
        Label l = new Label(what, Pattern.compile(re), mode, values,
                j -> when.apply(j) && values.stream().allMatch(v -> v.apply(j).isNumber()), when);
        LABELS.add(l);
        POINTERS.put(l, List.of(pointers));
    }

    private static void row(String label, String key) {
        ROW_KEYS.put(label, key);
        LABELS.add(new Label(label, Pattern.compile("(?m)^[ \\t]*" + label + "[ \\t]+" + NUM + "(?: " + DEV + ")?"),
                Mode.INTERVAL, List.of(j -> j.at("/" + key)), j -> j.at("/" + key).isNumber(), j -> true));
    }

    private static Function<JsonNode, JsonNode> input(String key) {
        return j -> {
            for (JsonNode in : j.at("/uncertainty_method/inputs")) {
                if (in.path("key").asText().equals(key)) {
                    return in.path("value");
                }
            }
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        };
    }

    private static Function<JsonNode, Boolean> periodic = j -> !j.has("variation");
    private static Function<JsonNode, Boolean> scattered = j -> j.has("variation");

    static {
        // page 1: the table
        label("holes written", "(?m)^[ \\t]*holes written \\(exact count\\)[ \\t]+" + NUM, Mode.EXACT, "/holes");
        label("pitch, nominal", "(?m)^[ \\t]*pitch a, nominal[ \\t]+" + NUM, Mode.EXACT, "/pitch_nm");
        label("pitch, written", "(?m)^[ \\t]*pitch a, as written on the grid[ \\t]+" + NUM, Mode.EXACT, "/pitch_written_nm");
        label("hole diameter", "(?m)^[ \\t]*hole diameter d[ \\t]+" + NUM, Mode.EXACT, "/hole_diameter_nm");
        label("neck width", "(?m)^[ \\t]*neck width w \\([^)]*\\)[ \\t]+" + NUM, Mode.EXACT, "/neck_width_nm");
        label("plaquette area", "(?m)^[ \\t]*plaquette area Ap \\(area per hole\\)[ \\t]+" + NUM, Mode.EXACT, "/plaquette_area_nm2");
        label("porosity", "(?m)^[ \\t]*porosity \\(hole area / plaquette area\\)[ \\t]+" + NUM, Mode.EXACT, "/porosity");
        label("film R_sq", "(?m)^[ \\t]*film sheet resistance R□[ \\t]+" + NUM, Mode.EXACT, "/sheet_resistance_ohm");
        row("patterned sheet resistance R□,eff", "sheet_resistance_eff_ohm");
        row("junction normal resistance RN", "rn_ohm");
        row("superconducting gap Δ\\(0\\)", "gap0_meV");
        row("Josephson energy EJ \\(T = 0\\)", "ej_K");
        row("charging energy EC", "ec_K");
        row("EJ / EC", "ej_over_ec");
        row("island capacitance C", "capacitance_fF");
        row("onset Tc \\(islands go superconducting\\)", "tc_onset_K");
        row("TBKT of the unpatterned film", "tbkt_film_K");
        row("TBKT of the array \\(R → 0\\)", "tbkt_K");
        row("saturation resistance Rsat \\(metallic phase\\)", "rsat_ohm");
        row("h/2e period, perpendicular field", "period_mT");
        row("h/e period", "period_h_over_e_mT");
        row("upper critical field Hc2,⊥", "hc2_perp_T");
        row("upper critical field Hc2,∥", "hc2_par_T");
        label("base temperature", "phase at Tbase = " + NUM + " K", Mode.EXACT, "/base_temperature_K");
        // the design rules and the material
        label("DRC neck", "Checked on the written holes: narrowest neck " + NUM + " nm", Mode.EXACT, periodic,
                "/neck_width_nm");
        label("edge margin (rules)", "edge_margin_nm " + NUM + " nm", Mode.EXACT, "/lattice/edge_margin_nm");
        LABELS.add(new Label("film T_c0", Pattern.compile("Tc0 = " + NUM + " K, R□"), Mode.ROUNDED,
                List.of(input("material.tc0_K")), j -> input("material.tc0_K").apply(j).isNumber(), j -> true));
        label("film R_sq (material)", "K, R□ = " + NUM + " Ω, ξ", Mode.EXACT, "/sheet_resistance_ohm");
        LABELS.add(new Label("film xi", Pattern.compile("ξ\\(0\\) = " + NUM + " nm, thickness " + NUM + " nm"), Mode.ROUNDED,
                List.of(input("material.coherence_length_nm"), input("material.thickness_nm")), j -> input("material.thickness_nm").apply(j).isNumber(), j -> true));
        LABELS.add(new Label("gap ratio", Pattern.compile("2Δ\\(0\\)/kBTc0 = " + NUM), Mode.ROUNDED,
                List.of(input("material.gap_ratio")), j -> input("material.gap_ratio").apply(j).isNumber(), j -> true));
        LABELS.add(new Label("substrate epsilon", Pattern.compile("εr at low temperature = " + NUM), Mode.ROUNDED,
                List.of(input("substrate.epsilon_r")), j -> input("substrate.epsilon_r").apply(j).isNumber(), j -> true));
        // page 2: the layout and the lattice
        label("pitch as written (lattice)", "centre to centre \\(as written\\): " + NUM + "\\s+nm \\(nominal " + NUM,
                Mode.EXACT, "/pitch_written_nm", "/pitch_nm");
        label("hole diameter (lattice)", "hole diameter: " + NUM + " nm nominal", Mode.EXACT, "/hole_diameter_nm");
        label("equal-area diameter", "the physics takes the ideal shape's,\\s+" + NUM + " nm", Mode.EXACT,
                "/hole_equivalent_diameter_nm");
        label("neck (lattice)", "w neck, narrowest film between two holes:\\s+" + NUM, Mode.EXACT, periodic,
                "/neck_width_nm");
        label("necks of the network", "necks in the bulk window the network is\\s+extracted\\s+from\\s+" + NUM + " ± " + NUM + " nm,\\s+narrowest\\s+" + NUM,
                Mode.EXACT, scattered, "/network/bulk_neck_width_mean_nm", "/network/bulk_neck_width_std_nm",
                "/network/bulk_neck_width_min_nm");
        label("super-cell", "super-cell " + NUM + " × " + NUM + " nm holding " + NUM, Mode.EXACT, periodic,
                "/lattice/supercell_x_nm", "/lattice/supercell_y_nm", "/lattice/holes_per_supercell");
        label("areas", "plaquette area " + NUM + " nm², hole area " + NUM + " nm², porosity " + NUM, Mode.EXACT, periodic,
                "/plaquette_area_nm2", "/hole_area_nm2", "/porosity");
        label("network porosity", "the extracted network's porosity " + NUM, Mode.EXACT, scattered, "/porosity");
        label("edge margin (lattice)", "edge margin " + NUM + " nm: only whole holes", Mode.EXACT, "/lattice/edge_margin_nm");
        label("array blocks", "hole-filled region: " + NUM + " array blocks, " + NUM + " holes", Mode.EXACT, periodic,
                "/hole_arrays", "/holes");
        label("exposure", "Exposed area " + NUM + " µm², " + NUM + " % of the outline", Mode.EXACT, "/exposed_area_um2",
                "/exposed_percent");
        label("beam time", "≈ " + NUM + " s\\s+at " + NUM + " µC/cm², " + NUM + " nA", Mode.ROUNDED, "/write_time_s",
                "/dose_uC_cm2", "/beam_current_nA");
        // page 3: R(T), around the design, the models
        label("onset T_c legend", "onset Tc " + NUM + " K", Mode.ROUNDED, "/tc_onset_K");
        label("T_BKT legend", "TBKT array " + NUM + " K", Mode.ROUNDED, "/tbkt_K");
        label("T_BKT film legend", "TBKT film " + NUM + " K", Mode.ROUNDED, "/tbkt_film_K");
        label("R(T) points", NUM + " points from " + NUM + " K to " + NUM + " K", Mode.EXACT, "/r_of_t_points",
                "/r_of_t/0/0", "/r_of_t_last");
        label("the design point", "this design \\(pitch " + NUM + " nm, TBKT " + NUM + " K, RN/RQ " + NUM + ", EJ/EC "
                + NUM + "\\)", Mode.ROUNDED, "/pitch_written_nm", "/tbkt_K", "/rn_over_rq", "/ej_over_ec");
        label("kappa (phase diagram)", "\\(solid grey, κ = " + NUM + "\\)", Mode.EXACT, "/model/critical_ej_over_ec");
        label("kappa (phase diagram)", "\\(solid grey, κ = " + NUM + "\\)", Mode.EXACT, "/model/critical_ej_over_ec");
        label("kappa (models)", "κ = " + NUM + "; capped", Mode.EXACT, "/model/critical_ej_over_ec");
        label("R_th (models)", "Rth = " + NUM + " Ω; charging", Mode.EXACT, "/model/dissipative_threshold_ohm");
        label("phase-slip scale", "\\)\\)\\), A = " + NUM, Mode.EXACT, "/model/phase_slip_scale");
        LABELS.add(new Label("gap ratio (models)", Pattern.compile("2Δ0/kBTc = " + NUM), Mode.ROUNDED,
                List.of(input("material.gap_ratio")), j -> input("material.gap_ratio").apply(j).isNumber(), j -> true));
        // page 6: the field response
        label("R(B) temperature", "Magnetoresistance R□\\(B\\) at " + NUM + " K", Mode.ROUNDED, "/field/r_of_b/temperature_K");
        label("period (field)", "ΔB = Φ0/S = " + NUM + " mT from the mean plaquette\\s+area S = " + NUM + " nm²",
                Mode.EXACT, "/period_mT", "/field/plaquette_area_mean_nm2");
        label("h/e period (field)", "would give the h/e period\\s+" + NUM + " mT", Mode.EXACT, "/period_h_over_e_mT");
        label("T_BKT(f = 0)", NUM + " K at f = 0", Mode.ROUNDED, "/field/tbkt_of_f/points/0/1");
        label("T_BKT(f = 1/2)", NUM + " K at f = 1/2", Mode.ROUNDED, "/tbkt_half");
        label("spin exchange", "η∥ = " + NUM + " \\(exchange", Mode.EXACT,
                j -> j.at("/field/spin_exchange_par").asDouble() > 0, "/field/spin_exchange_par");
        label("H_c2 at base", "Hc2⊥ = " + NUM + " T, Hc2∥ = " + NUM + " T, γ = H∥/H⊥ = " + NUM, Mode.ROUNDED,
                "/hc2_perp_T", "/hc2_par_T", "/field/hc2_anisotropy");
        label("plaquette spread", "spread by σS = " + NUM + " nm²", Mode.EXACT,
                j -> j.at("/field/plaquette_area_std_nm2").asDouble() > 0, "/field/plaquette_area_std_nm2");
        label("reversal", "Anisotropy reversed below " + NUM + " K", Mode.EXACT, "/field/hc2_reversal_temperature_K");
        label("reversed draws", "reversed \\(γ < 1\\) in " + NUM + " of " + NUM + " draws", Mode.EXACT,
                j -> j.at("/field/hc2_reversal_probability").isNumber(), "/reversed_draws", "/uncertainty_method/draws");
        label("per-hole period", "oscillates with ΔB ≈ " + NUM + " mT, one flux quantum through a loop of radius " + NUM
                + " nm", Mode.EXACT, j -> j.at("/field/per_hole/period_mT").isNumber(), "/field/per_hole/period_mT",
                "/field/per_hole/loop_radius_nm");
        label("per-hole onset", "above B = " + NUM + " T \\(magnetic length", Mode.EXACT,
                j -> j.at("/field/per_hole").isObject(), "/field/per_hole/valid_from_T");
        // the optimize report: its goals and the yield
        label("yield", "Yield \\(every goal met\\): " + NUM + " %", Mode.ROUNDED, "/yield_percent");
        label("yield draws", NUM + " seeded draws \\(seed " + NUM + "\\) of the process spread", Mode.EXACT,
                "/yield/samples", "/yield/seed");
        label("yield R_N", "RN: mean " + NUM + " Ω, σ " + NUM + " Ω", Mode.EXACT, "/yield/rn_ohm/mean", "/yield/rn_ohm/std");
        label("yield T_BKT", "TBKT: mean " + NUM + " K, σ " + NUM + " K", Mode.EXACT, "/yield/tbkt_K/mean",
                "/yield/tbkt_K/std");
        label("evaluations", "met: " + NUM + " designs evaluated", Mode.EXACT, "/optimization/evaluations");
        // a spec's target: page 1 of any report of it, the goals table of the optimize report
        label("target tbkt_K", "tbkt_K " + NUM + " against", Mode.ROUNDED, j -> j.has("target_shown"), "/tbkt_K");
        label("goal tbkt_K", "tbkt_K [\\d.]+ ± [\\d.]+ \\(weight [\\d.]+\\)\\s+" + NUM, Mode.ROUNDED,
                j -> j.has("optimization"), "/tbkt_K");
    }

    /** Values the report derives from the JSON's by a fixed rule (a percentage, a count, a ratio). */
    private static JsonNode derived(JsonNode json) {
        var o = (com.fasterxml.jackson.databind.node.ObjectNode) json.deepCopy();
        o.put("exposed_percent", json.path("exposed_fraction").asDouble() * 100);
        o.put("r_of_t_points", json.path("r_of_t").size());
        if (json.path("r_of_t").size() > 0) {
            o.put("r_of_t_last", json.path("r_of_t").get(json.path("r_of_t").size() - 1).get(0).asDouble());
        }
        if (json.path("rn_ohm").isNumber()) {
            o.put("rn_over_rq", json.path("rn_ohm").asDouble() / RQ);
        }
        if (json.at("/field/hc2_reversal_probability").isNumber()) {
            o.put("reversed_draws", Math.round(json.at("/field/hc2_reversal_probability").asDouble()
                    * json.at("/uncertainty_method/draws").asDouble()));
        }
        JsonNode tf = json.at("/field/tbkt_of_f/points");
        if (tf.size() > 0) {
            o.put("tbkt_half", tf.get(tf.size() / 2).get(1).asDouble());
        }
        if (json.has("yield_fraction") && json.path("yield_fraction").isNumber()) {
            o.put("yield_percent", json.path("yield_fraction").asDouble() * 100);
        }
        if (json.has("optimization") || json.path("name").asText().endsWith("-target")) {
            o.put("target_shown", true);
        }
        for (JsonNode g : json.at("/optimization/goals")) {
            if (g.path("achieved").isNumber()) {
                o.put("goal_" + g.path("key").asText(), g.path("achieved").asDouble());
            }
        }
        return o;
    }

    /** The JSON keys whose displays are held to their interval's digits, and the keys of the derived values. */
    private static final Map<String, String> INTERVAL_OF = new LinkedHashMap<>();

    static {
        for (String k : List.of("sheet_resistance_eff_ohm", "rn_ohm", "gap0_meV", "ej_K", "ec_K", "ej_over_ec",
                "capacitance_fF", "tc_onset_K", "tbkt_film_K", "tbkt_K", "hc2_perp_T", "hc2_par_T")) {
            INTERVAL_OF.put("/" + k, k);
        }
        INTERVAL_OF.put("/field/tbkt_of_f/points/0/1", "tbkt_K");
        INTERVAL_OF.put("/tbkt_K", "tbkt_K");
    }

    // ---- the tests -----------------------------------------------------------------------------

    @Test
    void everyNumberTheReportSharesWithTheJsonIsTheJsonsNumber() {
        List<String> problems = new ArrayList<>();
        for (Report rep : reports) {
            JsonNode json = derived(rep.json());
            for (Label l : LABELS) {
                int seen = 0;
                for (String text : List.of(rep.layout(), rep.raw())) {
                    if (!l.when().apply(json)) {
                        break;
                    }
                    Matcher m = l.pattern().matcher(text);
                    while (m.find()) {
                        seen++;
                        check(rep.name(), l, m, json, problems);
                    }
                }
                if (seen == 0 && l.required().apply(json)) {
                    problems.add(rep.name() + ": " + l.what() + " (" + pointerOf(l, json) + ") is shown nowhere");
                }
            }
            // the verdict: clean, or the count and each violation's numbers
            int n = rep.json().path("drc").size();
            if (n == 0) {
                expect(problems, rep, rep.layout().contains("✓ clean: no violations"), "the clean verdict");
            } else {
                expect(problems, rep, rep.layout().contains("✗ " + n + (n == 1 ? " violation" : " violations")),
                        "the violation count " + n);
                Matcher m = Pattern.compile("measured " + NUM + " nm, limit " + NUM + " nm").matcher(rep.raw());
                int i = 0;
                while (m.find() && i < n) {
                    JsonNode v = rep.json().path("drc").get(i++);
                    expect(problems, rep, same(m.group(1), v.path("measured_nm").asDouble(), Mode.EXACT)
                            && same(m.group(2), v.path("limit_nm").asDouble(), Mode.EXACT),
                            "violation " + i + ": " + m.group() + " against " + v);
                }
                expect(problems, rep, i == n, "each of the " + n + " violations' numbers (found " + i + ")");
            }
            String phase = rep.json().path("phase").asText();
            expect(problems, rep, Pattern.compile("phase at Tbase = \\S+ K\\s+" + phase + "\\b").matcher(rep.layout()).find(),
                    "the phase " + phase);
            JsonNode pp = rep.json().at("/phase_probability/" + phase);
            if (pp.isNumber()) {
                Matcher m = Pattern.compile(phase + " \\(p = " + NUM + "\\)").matcher(rep.layout());
                expect(problems, rep, m.find() && same(m.group(1), pp.asDouble(), Mode.ROUNDED),
                        "the phase probability " + pp);
            }
        }
        assertThat(problems).as("numbers the report and the JSON disagree on").isEmpty();
    }

    private static String pointerOf(Label l, JsonNode json) {
        return l.values().stream().map(f -> f.apply(json).toString()).toList().toString();
    }

    private static void expect(List<String> problems, Report rep, boolean ok, String what) {
        if (!ok) {
            problems.add(rep.name() + ": " + what);
        }
    }

    private static void check(String report, Label l, Matcher m, JsonNode json, List<String> problems) {
        for (int g = 0; g < l.values().size(); g++) {
            JsonNode v = l.values().get(g).apply(json);
            String shown = m.group(g + 1);
            String where = report + ": " + l.what() + " shows \"" + m.group().replaceAll("\\s+", " ") + "\"";
            if (!v.isNumber()) {
                problems.add(where + " where the JSON has " + v);
                continue;
            }
            double value = v.asDouble();
            if (l.mode() == Mode.INTERVAL) {
                JsonNode iv = json.at("/uncertainty/" + ROW_KEYS.get(l.what()));
                if (!intervalAgrees(shown, m.groupCount() >= 3 ? m.group(2) : null, m.groupCount() >= 3 ? m.group(3) : null,
                        value, iv)) {
                    problems.add(where + " for " + value + " " + iv);
                }
                continue;
            }
            if (!same(shown, value, l.mode())) {
                problems.add(where + " for " + value);
            }
            String pointer = pointerFor(l, g);
            if (pointer != null && INTERVAL_OF.containsKey(pointer)) {
                JsonNode iv = json.at("/uncertainty/" + INTERVAL_OF.get(pointer));
                if (iv.isObject() && decimals(shown) > intervalDecimals(value, iv)) {
                    problems.add(where + ": more digits than the interval " + iv + " allows");
                }
            }
        }
    }

    /** The JSON pointer of a label's g-th value, when it was given as one. */
    private static String pointerFor(Label l, int g) {
        return POINTERS.getOrDefault(l, List.of()).size() > g ? POINTERS.get(l).get(g) : null;
    }


    /** {@code shown} is {@code value} rounded to the digits shown ({@link Mode#ROUNDED}) or its six digits verbatim. */
    static boolean same(String shown, double value, Mode mode) {
        double s = Double.parseDouble(shown.replace('−', '-'));
        if (mode == Mode.EXACT) {
            return s == value || Math.abs(s - value) <= 1e-9 * Math.abs(value);
        }
        return Math.abs(s - value) <= ulp(shown) / 2 * (1 + 1e-9) + 1e-12 * Math.abs(value);
    }

    /** The place of the last digit shown: 0.01 for "14.25", 100 for "8700" (trailing zeros of a whole number count as rounding). */
    static double ulp(String shown) {
        String s = shown.replace("−", "").replace("-", "");
        if (s.contains("e")) {
            BigDecimal d = new BigDecimal(s);
            return Math.pow(10, -d.scale());
        }
        int dot = s.indexOf('.');
        if (dot >= 0) {
            return Math.pow(10, -(s.length() - dot - 1));
        }
        int zeros = 0;
        for (int i = s.length() - 1; i > 0 && s.charAt(i) == '0'; i--) {
            zeros++;
        }
        return Math.pow(10, zeros);
    }

    static int decimals(String shown) {
        return (int) Math.round(-Math.log10(ulp(shown)));
    }

    /** The decimals two significant digits of the interval's larger half give, or a large number for no interval. */
    static int intervalDecimals(double value, JsonNode iv) {
        double w = Math.max(Math.abs(iv.path("high").asDouble() - value), Math.abs(value - iv.path("low").asDouble()));
        if (!(w > 1e-5 * Math.abs(value))) {
            return 99;
        }
        return 1 - (int) Math.floor(Math.log10(w));
    }

    /**
     * A table value with its interval: the value rounded to the interval's two significant digits,
     * the deviations to the interval's ends rounded alike; no interval where the JSON has none (or
     * one below the six digits).
     */
    static boolean intervalAgrees(String shown, String up, String down, double value, JsonNode iv) {
        if (!iv.isObject() || intervalDecimals(value, iv) == 99) {
            return up == null && same(shown, value, Mode.EXACT);
        }
        if (up == null) {
            return false;
        }
        double high = iv.path("high").asDouble();
        double low = iv.path("low").asDouble();
        int places = intervalDecimals(value, iv);
        double half = Math.pow(10, -places) / 2 * (1 + 1e-9);
        double u = Double.parseDouble(up.replace('−', '-'));
        double d = -Double.parseDouble(down.replace('−', '-'));
        // a whole number's trailing zeros may be digits or rounding: "300" is fine at the tens
        return (places <= 0 ? decimals(shown) <= 0 : decimals(shown) == places)
                ? Math.abs(Double.parseDouble(shown.replace('−', '-')) - value) <= half
                        && Math.abs(u - (high - value)) <= half && Math.abs(d - (value - low)) <= half
                : false;
    }

    @Test
    void theReportTypesetsItsNotation() {
        Pattern ascii = Pattern.compile("\\bohms?\\b|\\bOhm\\b|\\+-|\\beps0?\\b|sqrt\\(|\\^2|R_sq|T_BKT|E_J|\\b1e-\\d");
        List<String> problems = new ArrayList<>();
        for (Report rep : reports) {
            Matcher m = ascii.matcher(rep.layout());
            while (m.find()) {
                int from = Math.max(0, m.start() - 40);
                int to = Math.min(rep.layout().length(), m.end() + 40);
                problems.add(rep.name() + ": \"" + m.group() + "\" in \"" + rep.layout().substring(from, to).replaceAll("\\s+",
                        " ") + "\"");
            }
            // a number grouped with ", " reads as two numbers
            Matcher g = Pattern.compile("\\b\\d{1,3}, \\d{3} (?:cells|holes|points)").matcher(rep.layout());
            while (g.find()) {
                problems.add(rep.name() + ": \"" + g.group() + "\" reads as two numbers");
            }
            assertThat(rep.layout()).as(rep.name() + ": ligatures break copied words").doesNotContain("ﬁ", "ﬀ", "ﬂ");
        }
        assertThat(problems).as("ASCII notation in the PDF text").isEmpty();
    }
}
