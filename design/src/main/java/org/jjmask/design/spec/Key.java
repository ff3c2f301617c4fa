package org.jjmask.design.spec;

import java.util.List;
import java.util.Optional;

/**
 * One spec key, declared once: its name within its section, kind, unit, bounds, default and a
 * one-line description. Section readers take their values through it ({@link Mapping}), the
 * structural pass checks kinds with it, and the JSON Schema and the README's key tables are
 * generated from it.
 *
 * @param name         the YAML key within its section
 * @param unit         the unit, "" when none (the name carries it as a suffix too)
 * @param min          lower bound of a number (inclusive unless {@code minExclusive})
 * @param max          upper bound of a number (inclusive)
 * @param required     a missing value is an error
 * @param defaultValue the value taken when the key is absent, if it is a constant
 * @param defaultNote  how the default follows from other keys or a preset, when it is not a constant
 * @param choices      the names of a {@link Kind#CHOICE}
 * @param aliases      other spellings a choice accepts (the schema allows them; messages list only {@code choices})
 * @param noun         what a choice is called in messages ("unknown hole shape 'star'")
 * @param section      the nested section of a {@link Kind#SECTION} or {@link Kind#SECTION_LIST}
 * @param schema       a JSON Schema fragment: the whole schema of a {@link Kind#ANY} key, added to any other's
 */
public record Key(String name, Kind kind, String unit, double min, double max, boolean minExclusive, boolean required,
        Optional<Object> defaultValue, String defaultNote, List<String> choices, List<String> aliases, String noun, String doc,
        Optional<Section> section, Optional<String> schema) {

    public Key {
        choices = List.copyOf(choices);
        aliases = List.copyOf(aliases);
    }

    private static Key of(String name, Kind kind, String unit, double min, double max, String doc) {
        return new Key(name, kind, unit, min, max, false, true, Optional.empty(), "", List.of(), List.of(), "", doc,
                Optional.empty(), Optional.empty());
    }

    /** A number in [min, max], required until a default is given. */
    public static Key number(String name, String unit, double min, double max, String doc) {
        return of(name, Kind.NUMBER, unit, min, max, doc);
    }

    /** A number in [min, max], or {@code {value, range: [low, high]}} with each within [min, max]. */
    public static Key numberOrRange(String name, String unit, double min, double max, String doc) {
        return of(name, Kind.NUMBER_OR_RANGE, unit, min, max, doc);
    }

    /** A whole number in [min, max]. */
    public static Key whole(String name, String unit, double min, double max, String doc) {
        return of(name, Kind.WHOLE, unit, min, max, doc);
    }

    public static Key flag(String name, boolean dflt, String doc) {
        return of(name, Kind.BOOLEAN, "", 0, 0, doc).defaultsTo(dflt);
    }

    public static Key text(String name, String doc) {
        return of(name, Kind.TEXT, "", 0, 0, doc);
    }

    /** One of {@code choices}, called {@code noun} in messages. */
    public static Key choice(String name, String noun, List<String> choices, String doc) {
        return new Key(name, Kind.CHOICE, "", 0, 0, false, true, Optional.empty(), "", choices, List.of(), noun, doc,
                Optional.empty(), Optional.empty());
    }

    /** Two numbers [x, y], each in [min, max]. */
    public static Key pair(String name, String unit, double min, double max, String doc) {
        return of(name, Kind.PAIR, unit, min, max, doc);
    }

    /** A list of [x, y] pairs, each number in [min, max]. */
    public static Key pairs(String name, String unit, double min, double max, String doc) {
        return of(name, Kind.PAIR_LIST, unit, min, max, doc);
    }

    public static Key section(Section s) {
        return new Key(s.name(), Kind.SECTION, "", 0, 0, false, true, Optional.empty(), "", List.of(), List.of(), "", s.doc(),
                Optional.of(s), Optional.empty());
    }

    public static Key sections(Section each) {
        return new Key(each.name(), Kind.SECTION_LIST, "", 0, 0, false, true, Optional.empty(), "", List.of(), List.of(), "",
                each.doc(), Optional.of(each), Optional.empty());
    }

    /** A value of any shape the section reader checks; {@code schemaJson} states it for editors. */
    public static Key any(String name, String unit, String schemaJson, String doc) {
        return new Key(name, Kind.ANY, unit, 0, 0, false, true, Optional.empty(), "", List.of(), List.of(), "", doc,
                Optional.empty(), Optional.of(schemaJson));
    }

    /** With a constant default (the key becomes optional). */
    public Key defaultsTo(Object value) {
        return new Key(name, kind, unit, min, max, minExclusive, false, Optional.of(value), defaultNote, choices, aliases, noun,
                doc, section, schema);
    }

    /** Optional, its default following from other keys or a preset as {@code note} says. */
    public Key defaultsTo(String note, boolean derived) {
        return new Key(name, kind, unit, min, max, minExclusive, false, Optional.empty(), note, choices, aliases, noun, doc,
                section, schema);
    }

    /** Optional with no default: absent means "not asked for". */
    public Key optional() {
        return new Key(name, kind, unit, min, max, minExclusive, false, defaultValue, defaultNote, choices, aliases, noun, doc,
                section, schema);
    }

    /** The lower bound excluded: (min, max]. */
    public Key aboveMin() {
        return new Key(name, kind, unit, min, max, true, required, defaultValue, defaultNote, choices, aliases, noun, doc,
                section, schema);
    }

    /** The same key with bounds that depend on other keys (the schema keeps the declared ones). */
    public Key within(double lo, double hi) {
        return new Key(name, kind, unit, lo, hi, minExclusive, required, defaultValue, defaultNote, choices, aliases, noun, doc,
                section, schema);
    }

    /** With a JSON Schema fragment added to the generated one (e.g. a text's {@code pattern}). */
    public Key withSchema(String fragment) {
        return new Key(name, kind, unit, min, max, minExclusive, required, defaultValue, defaultNote, choices, aliases,
                noun, doc, section, Optional.of(fragment));
    }

    /** With other spellings the choice accepts. */
    public Key withAliases(List<String> spellings) {
        return new Key(name, kind, unit, min, max, minExclusive, required, defaultValue, defaultNote, choices, spellings,
                noun, doc, section, schema);
    }

    /** The constant default as a number. */
    public double defaultNumber() {
        return ((Number) defaultValue.orElseThrow(() -> new IllegalStateException(name + " has no constant default")))
                .doubleValue();
    }
}
