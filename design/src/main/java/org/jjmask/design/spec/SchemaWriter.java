package org.jjmask.design.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of a spec, generated from its declarations: types, enums,
 * bounds, defaults, descriptions, {@code additionalProperties: false}, and a family of sections
 * as {@code oneOf} on its discriminator — what an editor needs to complete and check a spec as it
 * is typed. What the schema cannot say (bounds that depend on other keys, the rules between keys)
 * the spec reader still checks.
 */
public final class SchemaWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaWriter() {}

    /** The schema of a document whose root is {@code root}. */
    public static ObjectNode schema(Section root, String title) {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.put("title", title);
        s.put("description", root.doc());
        object(s, root);
        return s;
    }

    /** Pretty-printed, two-space indents, final newline: stable bytes. */
    public static String toJson(ObjectNode schema) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(pp).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void object(ObjectNode s, Section section) {
        s.put("type", "object");
        ObjectNode props = s.putObject("properties");
        ArrayNode required = MAPPER.createArrayNode();
        for (Key k : section.keys()) {
            props.set(k.name(), property(k));
            if (k.required()) {
                required.add(k.name());
            }
        }
        if (!required.isEmpty()) {
            s.set("required", required);
        }
        s.put("additionalProperties", false);
    }

    private static ObjectNode property(Key k) {
        ObjectNode p = MAPPER.createObjectNode();
        switch (k.kind()) {
            case NUMBER, WHOLE -> number(p, k);
            case NUMBER_OR_RANGE -> numberOrRange(p, k);
            case BOOLEAN -> p.put("type", "boolean");
            case TEXT -> p.put("type", "string");
            case CHOICE -> {
                ArrayNode e = p.putArray("enum");
                k.choices().forEach(e::add);
                k.aliases().forEach(e::add);
            }
            case PAIR -> pair(p, k);
            case PAIR_LIST -> {
                p.put("type", "array");
                pair(p.putObject("items"), k);
            }
            case SECTION -> section(p, k.section().orElseThrow());
            case SECTION_LIST -> {
                p.put("type", "array");
                section(p.putObject("items"), k.section().orElseThrow());
            }
            case ANY -> {
                try {
                    p.setAll((ObjectNode) MAPPER.readTree(k.schema().orElseThrow()));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("the schema fragment of " + k.name() + " is not JSON", e);
                }
            }
        }
        if (k.kind() != Kind.ANY && k.schema().isPresent()) {
            try {
                p.setAll((ObjectNode) MAPPER.readTree(k.schema().get()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the schema fragment of " + k.name() + " is not JSON", e);
            }
        }
        if (!k.required()) {
            nullable(p);
        }
        p.put("description", description(k));
        k.defaultValue().ifPresent(d -> p.set("default", value(d)));
        return p;
    }

    /** An optional key may be written empty ({@code key:} or {@code ~}): the reader takes it as absent. */
    private static void nullable(ObjectNode p) {
        if (p.has("type")) {
            ArrayNode types = MAPPER.createArrayNode().add(p.get("type").asText()).add("null");
            p.set("type", types);
        }
        if (p.has("enum")) {
            ((ArrayNode) p.get("enum")).addNull();
        }
        if (p.has("oneOf")) {
            ((ArrayNode) p.get("oneOf")).addObject().put("type", "null");
        }
    }

    private static void section(ObjectNode p, Section s) {
        if (!s.isFamily()) {
            object(p, s);
            return;
        }
        p.put("type", "object");
        ArrayNode one = p.putArray("oneOf");
        for (Section member : s.family()) {
            ObjectNode m = one.addObject();
            m.put("title", s.discriminator() + ": " + member.name());
            m.put("description", member.doc());
            object(m, member);
            ((ObjectNode) m.get("properties")).putObject(s.discriminator()).put("const", member.name())
                    .put("description", member.doc());
        }
    }

    private static void number(ObjectNode p, Key k) {
        p.put("type", k.kind() == Kind.WHOLE ? "integer" : "number");
        p.set(k.minExclusive() ? "exclusiveMinimum" : "minimum", value(k.min()));
        p.set("maximum", value(k.max()));
    }

    /** A number, or {@code {value, range: [low, high]}} with the same bounds. */
    private static void numberOrRange(ObjectNode p, Key k) {
        ArrayNode one = p.putArray("oneOf");
        ObjectNode plain = one.addObject();
        number(plain, k);
        ObjectNode ranged = one.addObject();
        ranged.put("type", "object");
        ObjectNode props = ranged.putObject("properties");
        ObjectNode value = props.putObject(Mapping.VALUE);
        number(value, k);
        value.put("description", "the value used; default: as without a range");
        ObjectNode range = props.putObject(Mapping.RANGE);
        pair(range, k);
        range.put("description", "[low, high]: the range the value may take (uncertainty propagation); holds the value");
        ranged.putArray("required").add(Mapping.RANGE);
        ranged.put("additionalProperties", false);
    }

    private static void pair(ObjectNode p, Key k) {
        p.put("type", "array");
        p.put("minItems", 2);
        p.put("maxItems", 2);
        ObjectNode items = p.putObject("items");
        items.put("type", "number");
        items.set("minimum", value(k.min()));
        items.set("maximum", value(k.max()));
    }

    /** The key's line of help for an editor: what it is, its unit, and where its default comes from when that is not a constant. */
    static String description(Key k) {
        StringBuilder b = new StringBuilder(k.doc());
        if (!k.unit().isEmpty()) {
            b.append(" [").append(k.unit()).append("]");
        }
        if (!k.defaultNote().isEmpty()) {
            b.append("; default: ").append(k.defaultNote());
        }
        return b.toString();
    }

    /** A number as JSON: whole numbers without a fraction. */
    static JsonNode value(Object v) {
        if (v instanceof Boolean b) {
            return MAPPER.getNodeFactory().booleanNode(b);
        }
        if (v instanceof String t) {
            return MAPPER.getNodeFactory().textNode(t);
        }
        double d = ((Number) v).doubleValue();
        if (d == Math.rint(d) && Math.abs(d) <= Long.MAX_VALUE) {
            return MAPPER.getNodeFactory().numberNode((long) d);
        }
        return MAPPER.getNodeFactory().numberNode(d);
    }
}
