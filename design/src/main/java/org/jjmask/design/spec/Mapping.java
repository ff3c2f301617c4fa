package org.jjmask.design.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * One section of the spec as written, read key by key through its declarations. The document has
 * passed {@link Structure} first, so every value here has its key's kind; what is left to check is
 * presence, bounds, names and the rules between keys, each refused as one line naming the key and
 * its line. An absent section reads as empty, so every key takes its default.
 */
public final class Mapping {

    /** Where the document came from: its name in messages, its key lines, and the folder relative paths resolve in. */
    public record Context(String source, KeyLines lines, Path baseDir) {}

    private final JsonNode node;
    private final String path;
    private final Context context;

    public Mapping(JsonNode node, String path, Context context) {
        this.node = node == null || node.isNull() || node.isMissingNode() ? null : node;
        this.path = path;
        this.context = context;
    }

    /** Whether the section was written at all. */
    public boolean present() {
        return node != null;
    }

    /** The dotted path of a key of this section. */
    public String keyPath(Key k) {
        return keyPath(k.name());
    }

    public String keyPath(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public Context context() {
        return context;
    }

    /** The value as written, or empty when absent (or written as {@code ~}). */
    public Optional<JsonNode> raw(Key k) {
        return raw(k.name());
    }

    private Optional<JsonNode> raw(String name) {
        if (node == null) {
            return Optional.empty();
        }
        JsonNode v = node.get(name);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    public boolean has(Key k) {
        return raw(k).isPresent();
    }

    /** The names written in this section, in document order. */
    public List<String> writtenKeys() {
        List<String> out = new ArrayList<>();
        if (node != null) {
            node.fieldNames().forEachRemaining(out::add);
        }
        return out;
    }

    // --- numbers ---

    /** The keys of a {@link Kind#NUMBER_OR_RANGE} written as a section. */
    public static final String VALUE = "value";
    public static final String RANGE = "range";

    /** The number of a key as written: itself, or the {@code value} of {@code {value, range}} (empty when left out). */
    private Optional<JsonNode> numberNode(Key k) {
        Optional<JsonNode> v = raw(k);
        if (v.isPresent() && v.get().isObject()) {
            JsonNode x = v.get().get(VALUE);
            return x == null || x.isNull() ? Optional.empty() : Optional.of(x);
        }
        return v;
    }

    /**
     * The range a {@link Kind#NUMBER_OR_RANGE} key was given ({@code {value, range: [low, high]}}),
     * {low, high}, each within the key's bounds, low ≤ high, and holding {@code value} (the number
     * the key resolved to).
     */
    public Optional<double[]> range(Key k, double value) throws SpecException {
        Optional<JsonNode> v = raw(k);
        if (v.isEmpty() || !v.get().isObject() || v.get().get(RANGE) == null || v.get().get(RANGE).isNull()) {
            return Optional.empty();
        }
        JsonNode r = v.get().get(RANGE);
        String where = keyPath(k) + "." + RANGE;
        if (r.get(0).isNull() || r.get(1).isNull()) {
            throw fault(where, "expected two numbers [low, high]");
        }
        double lo = bounded(where + "[0]", k, r.get(0).asDouble());
        double hi = bounded(where + "[1]", k, r.get(1).asDouble());
        if (lo > hi) {
            throw fault(where, "low " + plain(lo) + " is above high " + plain(hi));
        }
        if (value < lo || value > hi) {
            throw fault(where, "[" + plain(lo) + ", " + plain(hi) + "] does not hold the value " + plain(value));
        }
        return Optional.of(new double[] {lo, hi});
    }

    /** A number: as written (in bounds), else the key's constant default, else missing. */
    public double number(Key k) throws SpecException {
        Optional<JsonNode> v = numberNode(k);
        if (v.isEmpty()) {
            if (k.defaultValue().isEmpty()) {
                throw missing(k);
            }
            return k.defaultNumber();
        }
        return bounded(k, v.get().asDouble());
    }

    /** A number whose default follows from other keys or a preset ({@code fallback}); empty fallback: missing. */
    public double number(Key k, OptionalDouble fallback) throws SpecException {
        Optional<JsonNode> v = numberNode(k);
        if (v.isEmpty()) {
            if (fallback.isEmpty()) {
                throw missing(k);
            }
            return fallback.getAsDouble();
        }
        return bounded(k, v.get().asDouble());
    }

    public double number(Key k, double fallback) throws SpecException {
        return number(k, OptionalDouble.of(fallback));
    }

    /** A number if written. */
    public OptionalDouble optionalNumber(Key k) throws SpecException {
        Optional<JsonNode> v = numberNode(k);
        return v.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(bounded(k, v.get().asDouble()));
    }

    /** {@code value} checked against the key's bounds, refused under its path. */
    public double bounded(Key k, double value) throws SpecException {
        return bounded(keyPath(k), k, value);
    }

    /** {@code value} checked against the key's bounds, refused under {@code where} (e.g. a list entry). */
    public double bounded(String where, Key k, double value) throws SpecException {
        if (!Double.isFinite(value)) {
            throw fault(where, value + " is not a finite number");
        }
        boolean low = k.minExclusive() ? value <= k.min() : value < k.min();
        if (low || value > k.max()) {
            throw fault(where, plain(value) + " is out of range " + (k.minExclusive() ? "(" : "[") + plain(k.min()) + ", "
                    + plain(k.max()) + "]");
        }
        return value;
    }

    /** A whole number: as written, else the key's constant default. */
    public int whole(Key k) throws SpecException {
        Optional<JsonNode> v = raw(k);
        if (v.isEmpty() && k.defaultValue().isEmpty()) {
            throw missing(k);
        }
        long n = v.isPresent() ? v.get().asLong() : ((Number) k.defaultValue().get()).longValue();
        return (int) wholeBounded(k, n);
    }

    /** A whole number that may exceed an int (a seed). */
    public long wholeLong(Key k) throws SpecException {
        Optional<JsonNode> v = raw(k);
        if (v.isEmpty() && k.defaultValue().isEmpty()) {
            throw missing(k);
        }
        return wholeBounded(k, v.isPresent() ? v.get().asLong() : ((Number) k.defaultValue().get()).longValue());
    }

    private long wholeBounded(Key k, long n) throws SpecException {
        if (n < k.min() || n > k.max()) {
            throw fault(keyPath(k), n + " is out of range [" + plain(k.min()) + ", " + plain(k.max()) + "]");
        }
        return n;
    }

    // --- other kinds ---

    public boolean flag(Key k) {
        return raw(k).map(JsonNode::asBoolean).orElseGet(() -> (Boolean) k.defaultValue().orElse(Boolean.FALSE));
    }

    /** Text: as written (not blank), else the key's default, else missing. */
    public String text(Key k) throws SpecException {
        Optional<JsonNode> v = raw(k);
        if (v.isPresent() && !v.get().asText().isBlank()) {
            return v.get().asText();
        }
        if (v.isEmpty() && k.defaultValue().isPresent()) {
            return (String) k.defaultValue().get();
        }
        throw missing(k);
    }

    public Optional<String> optionalText(Key k) {
        return raw(k).map(JsonNode::asText);
    }

    /**
     * One of a closed family: the written name (else the key's default) mapped through
     * {@code byName}; an unknown name is refused naming the known ones, or the one meant when only
     * the case differs.
     */
    public <E> E choice(Key k, Function<String, Optional<E>> byName) throws SpecException {
        // a name written empty is an unknown name, not a missing one: the message lists the known
        String name = raw(k).isPresent() ? raw(k).get().asText() : text(k);
        return byName.apply(name).orElseThrow(() -> fault(keyPath(k), "unknown " + k.noun() + " '" + name + "'"
                + didYouMean(name, k.choices())));
    }

    /** A nested section (empty when absent). */
    public Mapping section(Key k) {
        return new Mapping(raw(k).orElse(null), keyPath(k), context);
    }

    /** The entries of a list of sections, each under {@code key[i]}; a {@code ~} entry reads as an empty section. */
    public List<Mapping> sections(Key k) {
        List<Mapping> out = new ArrayList<>();
        Optional<JsonNode> v = raw(k);
        if (v.isPresent()) {
            for (int i = 0; i < v.get().size(); i++) {
                out.add(new Mapping(v.get().get(i), keyPath(k) + "[" + i + "]", context));
            }
        }
        return out;
    }

    // --- refusals ---

    public SpecException missing(Key k) {
        return missing(keyPath(k));
    }

    /** "KEY (section at line N): missing (required)". */
    public SpecException missing(String key) {
        int dot = key.lastIndexOf('.');
        String where = dot < 0 ? "" : context.lines().line(key.substring(0, dot))
                .map(l -> " (section at line " + l + ")").orElse("");
        return new SpecException(key, context.source() + ": " + key + where + ": missing (required)");
    }

    public SpecException fault(Key k, String message) {
        return fault(keyPath(k), message);
    }

    /** "KEY (line N): message" for any dotted key. */
    public SpecException fault(String key, String message) {
        String line = context.lines().line(key).map(l -> " (line " + l + ")").orElse("");
        return new SpecException(key, context.source() + ": " + key + line + ": " + message);
    }

    /** "; did you mean 'X'?" for a case slip, else the list of what is known. */
    public static String didYouMean(String given, List<String> known) {
        return known.stream().filter(k -> k.equalsIgnoreCase(given)).findFirst()
                .map(k -> "; did you mean '" + k + "'?")
                .orElse("; known: " + String.join(", ", known));
    }

    /** A bound in a range message as a user writes it: 0.0001, not 1.0E-4 (whole numbers as {@link #fmt}). */
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A bound or value in a message: whole numbers without a decimal point. */
    public static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
