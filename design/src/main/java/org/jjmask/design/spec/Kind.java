package org.jjmask.design.spec;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a spec key holds, as YAML. The structural pass ({@link Structure}) checks a value's kind
 * before any section reader sees it, and the JSON Schema ({@link SchemaWriter}) states it.
 */
public enum Kind {
    /** A finite number (an integer is a number too). */
    NUMBER("a number"),
    /**
     * A number, or a section {@code {value: x, range: [low, high]}} giving the range the number may
     * take for the uncertainty propagation ({@code value} may be left out: the default is taken).
     */
    NUMBER_OR_RANGE("a number or {value, range: [low, high]}"),
    /** A whole number. */
    WHOLE("a whole number"),
    BOOLEAN("true or false"),
    TEXT("text"),
    /** A name from a closed list ({@link Key#choices()}); which names is the section reader's check, for its "did you mean". */
    CHOICE("text"),
    /** Two numbers [x, y]; how many, and empty entries, are the section reader's check. */
    PAIR("a list"),
    /** A list of [x, y] pairs. */
    PAIR_LIST("a list"),
    /** A nested section ({@link Key#section()}). */
    SECTION("a section (key: value lines)"),
    /** A list of sections, each as {@link Key#section()}. */
    SECTION_LIST("a list"),
    /** Any shape: the section reader checks it (a target goal is a number or a section); the schema is {@link Key#schema()}. */
    ANY("a value");

    private final String expected;

    Kind(String expected) {
        this.expected = expected;
    }

    /** "a number", "true or false", ...: what an error message says was expected. */
    public String expected() {
        return expected;
    }

    /** Whether a (non-null) YAML value has this kind's shape. */
    public boolean accepts(JsonNode n) {
        return switch (this) {
            case NUMBER -> n.isNumber();
            case NUMBER_OR_RANGE -> n.isNumber() || n.isObject();
            case WHOLE -> n.isIntegralNumber() && n.canConvertToLong();
            case BOOLEAN -> n.isBoolean();
            case TEXT, CHOICE -> n.isTextual();
            case PAIR, PAIR_LIST, SECTION_LIST -> n.isArray();
            case SECTION -> n.isObject();
            case ANY -> true;
        };
    }
}
