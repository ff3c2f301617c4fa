package org.jjmask.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jjmask.design.spec.Key;
import org.jjmask.design.spec.Mapping;
import org.jjmask.design.spec.Section;
import org.jjmask.design.spec.SpecException;
import org.jjmask.layout.LatticeType;
import org.jjmask.physics.Phase;

/**
 * {@code target:} (for {@code optimize}): each quantity of {@link Quantity#targets()} a number or
 * {@code {value, tolerance, weight}} (tolerance in the quantity's unit; a bare number takes
 * {@code target.tolerance}, a fraction of its value, 2 % when absent); {@code phase} a name or
 * {@code {value, weight}}; {@code vary} a list of names or a section
 * {@code {pitch_nm: [min, max], hole_diameter_nm: [min, max], lattice: [names]}}.
 */
final class TargetSection {

    /** Default tolerance of a target given as a bare number: this fraction of its value. */
    static final double DEFAULT_RELATIVE_TOLERANCE = 0.02;
    private static final List<String> GOAL_KEYS = List.of("tolerance", "value", "weight");
    /** What the optimiser may vary. */
    static final List<String> VARY = List.of("pitch_nm", "hole_diameter_nm", "lattice");
    private static final List<String> PHASES = Arrays.stream(Phase.values()).map(Phase::jsonName).toList();

    static final Key PHASE = Key.any("phase", "", "{\"oneOf\": [{\"enum\": " + names(PHASES) + "}, {\"type\": \"object\", "
            + "\"properties\": {\"value\": {\"enum\": " + names(PHASES) + "}, \"weight\": {\"type\": \"number\", "
            + "\"exclusiveMinimum\": 0}}, \"required\": [\"value\"], \"additionalProperties\": false}]}",
            "the phase at conditions.base_temperature_K, or {value, weight}").optional();
    static final Key TOLERANCE = Key.number("tolerance", "", 1e-6, 10,
            "default tolerance of a bare-number target, a fraction of its value").defaultsTo(DEFAULT_RELATIVE_TOLERANCE);
    static final Key VARY_KEY = Key.any("vary", "", "{\"oneOf\": [{\"type\": \"array\", \"items\": {\"enum\": "
            + names(VARY) + "}}, {\"type\": \"object\", \"properties\": {\"pitch_nm\": " + bounds(4) + ", "
            + "\"hole_diameter_nm\": " + bounds(2) + ", \"lattice\": {\"type\": \"array\", \"minItems\": 1, \"items\": "
            + "{\"enum\": " + names(LatticeSection.LATTICES) + "}}}, \"additionalProperties\": false}]}",
            "what the optimiser may change: a list of names, or a section of bounds").defaultsTo("[pitch_nm, hole_diameter_nm]",
            true);
    static final Key YIELD_SAMPLES = Key.whole("yield_samples", "", 1, 100_000,
            "Monte Carlo draws of the fabrication spread for the yield").defaultsTo(Spec.TargetSpec.DEFAULT_YIELD_SAMPLES);

    /** One key per target quantity, declared from {@link Quantity}. */
    static final Map<Quantity, Key> GOALS = Quantity.targets().stream().collect(Collectors.toMap(q -> q, q -> Key.any(
            q.key(), q.unit(), "{\"oneOf\": [{\"type\": \"number\", \"minimum\": 0, \"maximum\": " + json(q.targetMax())
                    + "}, {\"type\": \"object\", \"properties\": {\"value\": {\"type\": \"number\", \"minimum\": 0, "
                    + "\"maximum\": " + json(q.targetMax()) + "}, \"tolerance\": {\"type\": \"number\", "
                    + "\"exclusiveMinimum\": 0}, \"weight\": {\"type\": \"number\", \"exclusiveMinimum\": 0}}, "
                    + "\"required\": [\"value\"], \"additionalProperties\": false}]}",
            "aim at " + q.key() + ": a number, or {value, tolerance, weight}").optional(), (a, b) -> a,
            java.util.LinkedHashMap::new));

    static final Section SECTION = section();

    private TargetSection() {}

    private static Section section() {
        List<Key> keys = new ArrayList<>(GOALS.values());
        keys.addAll(List.of(PHASE, TOLERANCE, VARY_KEY, YIELD_SAMPLES));
        return new Section("target", "what jjmask optimize aims at, and what it may change", keys, List.of(), "");
    }

    private static String names(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    private static String bounds(double min) {
        return "{\"type\": \"array\", \"minItems\": 2, \"maxItems\": 2, \"items\": {\"type\": \"number\", \"minimum\": "
                + json(min) + ", \"maximum\": 100000}}";
    }

    private static String json(double v) {
        return Mapping.fmt(v);
    }

    static Optional<Spec.TargetSpec> read(Mapping t, Spec.LatticeSpec lattice, Spec.FabricationSpec fab)
            throws SpecException {
        if (!t.present()) {
            return Optional.empty();
        }
        double relative = t.number(TOLERANCE);
        List<Goal> goals = new ArrayList<>();
        for (Map.Entry<Quantity, Key> e : GOALS.entrySet()) {
            quantity(t, e.getKey(), e.getValue(), relative).ifPresent(goals::add);
        }
        phaseGoal(t).ifPresent(goals::add);
        if (goals.isEmpty()) {
            throw t.fault("target", "names no quantity to aim at (" + Quantity.targets().stream().map(Quantity::key)
                    .collect(Collectors.joining(", ")) + ", phase)");
        }
        double pitch = lattice.pitchNm();
        Spec.Range pitchRange = new Spec.Range(Math.max(4, pitch / 2), Math.min(100_000, 2 * pitch));
        Spec.Range holeRange = new Spec.Range(Math.max(2, Math.min(fab.minFeatureNm(), lattice.holeDiameterNm())),
                Math.max(lattice.holeDiameterNm(), Math.min(fab.maxHoleNm().orElse(100_000), 2 * pitch)));
        List<LatticeType> lattices = List.of();
        List<String> vary = new ArrayList<>();
        String varyKey = t.keyPath(VARY_KEY);
        JsonNode v = t.raw(VARY_KEY).orElse(null);
        if (v == null) {
            vary.addAll(List.of("pitch_nm", "hole_diameter_nm"));
        } else if (v.isArray()) {
            for (JsonNode n : v) {
                String name = n.isTextual() ? n.asText() : n.toString();
                if (!VARY.contains(name)) {
                    throw t.fault(varyKey, "cannot vary '" + name + "' (pitch_nm, hole_diameter_nm, lattice)");
                }
                if (!vary.contains(name)) {
                    vary.add(name);
                }
            }
        } else if (v.isObject()) {
            for (var it = v.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String key = varyKey + "." + e.getKey();
                switch (e.getKey()) {
                    case "pitch_nm" -> pitchRange = range(t, key, e.getValue(), 4, 100_000);
                    case "hole_diameter_nm" -> holeRange = range(t, key, e.getValue(), 2, 100_000);
                    case "lattice" -> lattices = latticeChoices(t, key, e.getValue());
                    default -> throw t.fault(key, "unknown key; expected one of hole_diameter_nm, lattice, pitch_nm");
                }
                vary.add(e.getKey());
            }
        } else {
            throw t.fault(varyKey, "expected a list of names or a section of bounds; got " + v);
        }
        if (vary.isEmpty()) {
            throw t.fault(varyKey, "names nothing to vary (pitch_nm, hole_diameter_nm, lattice)");
        }
        if (vary.contains("lattice") && lattices.isEmpty()) {
            lattices = List.of(LatticeType.values());
        }
        if (!vary.contains("lattice")) {
            lattices = List.of(lattice.type());
        }
        int samples = t.whole(YIELD_SAMPLES);
        return Optional.of(new Spec.TargetSpec(goals, vary, pitchRange, holeRange, lattices, samples));
    }

    /** One numeric target: a number, or {@code {value, tolerance, weight}}. */
    private static Optional<Goal> quantity(Mapping t, Quantity q, Key k, double relative) throws SpecException {
        Optional<JsonNode> given = t.raw(k);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        JsonNode n = given.get();
        String key = t.keyPath(k);
        Key bounds = Key.number(k.name(), k.unit(), 0, q.targetMax(), k.doc());
        double value;
        Double tolerance = null;
        double weight = 1;
        if (n.isNumber()) {
            value = t.bounded(key, bounds, n.asDouble());
        } else if (n.isObject()) {
            for (var it = n.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!GOAL_KEYS.contains(f)) {
                    throw t.fault(key + "." + f, "unknown key; expected one of " + String.join(", ", GOAL_KEYS));
                }
            }
            Double raw = numeric(t, key + ".value", n.get("value"));
            if (raw == null) {
                throw t.missing(key + ".value");
            }
            value = t.bounded(key + ".value", bounds, raw);
            if (n.has("tolerance")) {
                Double tol = numeric(t, key + ".tolerance", n.get("tolerance"));
                if (tol == null) {
                    throw t.missing(key + ".tolerance");
                }
                tolerance = t.bounded(key + ".tolerance", Key.number("tolerance", k.unit(), 1e-12, 1e12, ""), tol);
            }
            if (n.has("weight")) {
                Double w = numeric(t, key + ".weight", n.get("weight"));
                if (w == null) {
                    throw t.missing(key + ".weight");
                }
                weight = t.bounded(key + ".weight", Key.number("weight", "", 1e-6, 1e6, ""), w);
            }
        } else {
            throw t.fault(key, "expected a number or a section {value, tolerance, weight}; got " + n);
        }
        double tol = tolerance != null ? tolerance : Math.max(relative * Math.abs(value), 1e-9);
        return Optional.of(new Goal.Quantity(q, value, tol, weight));
    }

    /** The value of a goal's field as a number (null when absent), or a fault naming it. */
    private static Double numeric(Mapping t, String key, JsonNode n) throws SpecException {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isNumber()) {
            throw t.fault(key, "expected a number; got " + n);
        }
        return n.asDouble();
    }

    /** {@code phase}: a name, or {@code {value, weight}}. */
    private static Optional<Goal> phaseGoal(Mapping t) throws SpecException {
        Optional<JsonNode> given = t.raw(PHASE);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        JsonNode n = given.get();
        String phaseKey = t.keyPath(PHASE);
        String phase;
        double weight = 1;
        if (n.isTextual()) {
            phase = n.asText();
        } else if (n.isObject()) {
            for (var it = n.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!f.equals("value") && !f.equals("weight")) {
                    throw t.fault(phaseKey + "." + f, "unknown key; expected one of value, weight");
                }
            }
            if (n.get("value") == null || !n.get("value").isTextual()) {
                throw n.get("value") == null ? t.missing(phaseKey + ".value")
                        : t.fault(phaseKey + ".value", "expected a phase name; got " + n.get("value"));
            }
            phase = n.get("value").asText();
            if (n.has("weight")) {
                Double w = numeric(t, phaseKey + ".weight", n.get("weight"));
                if (w == null) {
                    throw t.missing(phaseKey + ".weight");
                }
                weight = t.bounded(phaseKey + ".weight", Key.number("weight", "", 1e-6, 1e6, ""), w);
            }
        } else {
            throw t.fault(phaseKey, "expected a phase name or a section {value, weight}; got " + n);
        }
        String key = n.isObject() ? phaseKey + ".value" : phaseKey;
        String named = phase;
        Phase p = Arrays.stream(Phase.values()).filter(x -> x.jsonName().equals(named)).findFirst()
                .orElseThrow(() -> t.fault(key, "unknown phase '" + named + "' (" + String.join(", ", PHASES) + ")"));
        return Optional.of(new Goal.PhaseIs(p, weight));
    }

    /** {@code [min, max]}, nm, within the key's own limits. */
    private static Spec.Range range(Mapping t, String key, JsonNode n, double lo, double hi) throws SpecException {
        if (n == null || !n.isArray() || n.size() != 2 || !n.get(0).isNumber() || !n.get(1).isNumber()) {
            throw t.fault(key, "expected two numbers [min, max] in nm; got " + n);
        }
        Key bounds = Key.number(key, "nm", lo, hi, "");
        double min = t.bounded(key, bounds, n.get(0).asDouble());
        double max = t.bounded(key, bounds, n.get(1).asDouble());
        if (min > max) {
            throw t.fault(key, "min " + Mapping.fmt(min) + " is above max " + Mapping.fmt(max));
        }
        return new Spec.Range(min, max);
    }

    private static List<LatticeType> latticeChoices(Mapping t, String key, JsonNode n) throws SpecException {
        if (n == null || !n.isArray() || n.isEmpty()) {
            throw t.fault(key, "expected a list of lattice types, e.g. [triangular, square]; got " + n);
        }
        List<LatticeType> out = new ArrayList<>();
        for (JsonNode e : n) {
            String name = e.asText();
            Optional<LatticeType> type = e.isTextual() ? LatticeType.fromSpecName(name) : Optional.empty();
            if (type.isEmpty()) {
                throw t.fault(key, "unknown lattice '" + name + "'" + Mapping.didYouMean(name, LatticeSection.LATTICES));
            }
            if (!out.contains(type.get())) {
                out.add(type.get());
            }
        }
        return out;
    }
}
