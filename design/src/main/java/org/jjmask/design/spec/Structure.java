package org.jjmask.design.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * The first pass over a spec: every key known to its section and every value of its key's kind,
 * in document order, so that the first fault written is the one reported. Ranges, names and rules
 * between keys are the section readers' (they run after, on a document of the right shape).
 */
public final class Structure {

    private final Mapping.Context context;

    private Structure(Mapping.Context context) {
        this.context = context;
    }

    /** Checks {@code document} against {@code root}; throws the first fault. */
    public static void check(JsonNode document, Section root, Mapping.Context context) throws SpecException {
        Structure s = new Structure(context);
        if (!document.isObject()) {
            throw s.fault("", Kind.SECTION.expected(), document);
        }
        s.section(document, root, "");
    }

    private void section(JsonNode node, Section decl, String path) throws SpecException {
        for (var it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = join(path, e.getKey());
            Optional<Key> k = decl.key(e.getKey());
            if (k.isEmpty()) {
                throw new SpecException(key, context.source() + ": " + key + at(key) + ": unknown key; expected one of "
                        + String.join(", ", decl.keyNames().stream().sorted().toList()));
            }
            value(e.getValue(), k.get(), key);
        }
    }

    private void value(JsonNode v, Key k, String key) throws SpecException {
        if (v == null || v.isNull()) {
            return;
        }
        if (!k.kind().accepts(v)) {
            throw fault(key, k.kind().expected(), v);
        }
        switch (k.kind()) {
            case SECTION -> section(v, k.section().orElseThrow(), key);
            case SECTION_LIST -> {
                for (int i = 0; i < v.size(); i++) {
                    JsonNode entry = v.get(i);
                    String at = key + "[" + i + "]";
                    if (entry.isNull()) {
                        continue;
                    }
                    if (!entry.isObject()) {
                        throw fault(at, Kind.SECTION.expected(), entry);
                    }
                    section(entry, k.section().orElseThrow(), at);
                }
            }
            case PAIR -> numbers(v, key);
            case NUMBER_OR_RANGE -> valueAndRange(v, key);
            case PAIR_LIST -> {
                for (int i = 0; i < v.size(); i++) {
                    JsonNode entry = v.get(i);
                    if (!entry.isNull() && !entry.isArray()) {
                        throw fault(key + "[" + i + "]", "a list", entry);
                    }
                    if (entry.isArray()) {
                        numbers(entry, key + "[" + i + "]");
                    }
                }
            }
            default -> { }
        }
    }

    /** {@code {value: x, range: [low, high]}}: only those keys, a number and a list of two numbers. */
    private void valueAndRange(JsonNode v, String key) throws SpecException {
        if (!v.isObject()) {
            return;
        }
        for (var it = v.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = join(key, e.getKey());
            JsonNode x = e.getValue();
            switch (e.getKey()) {
                case Mapping.VALUE -> {
                    if (!x.isNull() && !x.isNumber()) {
                        throw fault(at, Kind.NUMBER.expected(), x);
                    }
                }
                case Mapping.RANGE -> {
                    if (!x.isArray() || x.size() != 2) {
                        throw new SpecException(at, context.source() + ": " + at + at(at)
                                + ": expected two numbers [low, high]" + got(x));
                    }
                    numbers(x, at);
                }
                default -> throw new SpecException(at, context.source() + ": " + at + at(at)
                        + ": unknown key; expected one of range, value");
            }
        }
    }

    private void numbers(JsonNode list, String key) throws SpecException {
        for (int i = 0; i < list.size(); i++) {
            JsonNode x = list.get(i);
            if (!x.isNull() && !x.isNumber()) {
                throw fault(key + "[" + i + "]", Kind.NUMBER.expected(), x);
            }
        }
    }

    private SpecException fault(String key, String expected, JsonNode got) {
        return new SpecException(key, context.source() + ": " + (key.isEmpty() ? "document" : key) + at(key)
                + ": expected " + expected + (expected.equals(Kind.NUMBER.expected()) || expected.equals(Kind.WHOLE.expected())
                        || expected.equals(Kind.BOOLEAN.expected()) || expected.equals(Kind.TEXT.expected())
                        ? got(got) : gotInstead(expected, got)));
    }

    /** What was written instead of a list or a section: its kind, or a text's value. */
    private static String gotInstead(String expected, JsonNode v) {
        if (expected.equals(Kind.SECTION.expected()) && v.isValueNode()) {
            return got(v);
        }
        if (v.isNumber()) {
            return "; got a number";
        }
        if (v.isBoolean()) {
            return "; got true/false";
        }
        if (v.isTextual()) {
            return "; got text";
        }
        return got(v);
    }

    /** What was written instead, in YAML terms. */
    static String got(JsonNode v) {
        if (v.isTextual()) {
            return "; got '" + v.asText() + "'";
        }
        if (v.isNumber()) {
            return "; got " + Mapping.fmt(v.asDouble());
        }
        if (v.isBoolean()) {
            return "; got " + v.asText();
        }
        if (v.isArray()) {
            return "; got a list";
        }
        if (v.isObject()) {
            return "; got a section";
        }
        return "";
    }

    private String at(String key) {
        return key.isEmpty() ? "" : context.lines().line(key).map(l -> " (line " + l + ")").orElse("");
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
