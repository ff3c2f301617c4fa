package org.jjmask.design;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a design spec: YAML through Jackson into {@link RawSpec}, strictly (unknown keys, wrong
 * types, duplicate keys and strings where numbers belong are refused), then {@link SpecValidator}
 * resolves presets and defaults and checks ranges. Every refusal is one line naming the key.
 */
public final class SpecReader {

    private static final YAMLMapper MAPPER = strictMapper();

    private SpecReader() {}

    public static Spec read(Path file) throws SpecException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SpecException("", file + ": no such file");
        } catch (IOException e) {
            throw new SpecException("", file + ": cannot read: " + e.getMessage());
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(new String(bytes, StandardCharsets.UTF_8), file.getFileName().toString(), sha256(bytes),
                dir == null ? Path.of("") : dir);
    }

    /** Parses spec text; {@code source} names it in messages. */
    public static Spec parse(String yaml, String source) throws SpecException {
        return parse(yaml, source, sha256(yaml.getBytes(StandardCharsets.UTF_8)), Path.of(""));
    }

    /** Parses spec text; relative paths in it (device.gds.file) resolve against {@code baseDir}. */
    private static Spec parse(String yaml, String source, String sha256, Path baseDir) throws SpecException {
        if (yaml.isBlank()) {
            throw new SpecException("", source + ": the spec is empty (needs name, material, device, lattice)");
        }
        KeyLines lines = KeyLines.of(yaml);
        RawSpec raw;
        try {
            raw = MAPPER.readValue(yaml, RawSpec.class);
        } catch (UnrecognizedPropertyException e) {
            String key = path(e);
            throw new SpecException(key, source + ": " + key + at(lines, key, e.getLocation())
                    + ": unknown key; expected one of " + e.getKnownPropertyIds().stream().map(Object::toString)
                    .sorted().collect(Collectors.joining(", ")));
        } catch (MismatchedInputException e) {
            String key = path(e);
            String what = e.getTargetType() == null ? "a value of another type" : describe(e.getTargetType());
            throw new SpecException(key, source + ": " + (key.isEmpty() ? "document" : key)
                    + at(lines, key, e.getLocation()) + ": expected " + what + got(e.getOriginalMessage()));
        } catch (JsonMappingException e) {
            String key = path(e);
            throw new SpecException(key, source + ": " + (key.isEmpty() ? "document" : key)
                    + at(lines, key, e.getLocation()) + ": " + plain(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new SpecException("", source + at(lines, "", e.getLocation()) + ": not valid YAML: "
                    + plain(e.getOriginalMessage()));
        }
        if (raw == null) {
            throw new SpecException("", source + ": the spec is empty (needs name, material, device, lattice)");
        }
        return new SpecValidator(source, lines, sha256, baseDir).validate(raw);
    }

    private static YAMLMapper strictMapper() {
        YAMLMapper m = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        for (LogicalType t : new LogicalType[] {LogicalType.Float, LogicalType.Integer, LogicalType.Textual}) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, t == LogicalType.Textual ? CoercionAction.Fail : CoercionAction.TryConvert)
                    .setCoercion(CoercionInputShape.Float, t == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        return m;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** The key's own line when the document has it (the parser's location may lie past the key). */
    private static String at(KeyLines lines, String key, JsonLocation loc) {
        Optional<Integer> line = key.isEmpty() ? Optional.empty() : lines.line(key);
        if (line.isEmpty() && loc != null && loc.getLineNr() > 0) {
            line = Optional.of(loc.getLineNr());
        }
        return line.map(l -> " (line " + l + ")").orElse("");
    }

    private static String describe(Class<?> type) {
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a section (key: value lines)";
    }

    private static final Pattern GOT = Pattern.compile(
            "(?:from|coerce) (String|Integer|Floating-point|Boolean|Array|Object) value(?: \\(['\"]?(.*?)['\"]?\\))?");

    /** What the user wrote instead, in YAML terms: Jackson's message names Java types. */
    private static String got(String message) {
        Matcher m = GOT.matcher(message == null ? "" : message);
        if (m.find() && m.group(2) != null && m.group(2).startsWith("token ")) {
            // Jackson names the token, not the value: say what kind of value it was
            return switch (m.group(1)) {
                case "Integer", "Floating-point" -> "; got a number";
                case "Boolean" -> "; got true/false";
                case "String" -> "; got text";
                case "Array" -> "; got a list";
                default -> "; got a section";
            };
        }
        m.reset();
        if (!m.find()) {
            return message != null && message.contains("START_ARRAY") ? "; got a list"
                    : message != null && message.contains("START_OBJECT") ? "; got a section" : "";
        }
        return switch (m.group(1)) {
            case "Array" -> "; got a list";
            case "Object" -> "; got a section";
            case "Boolean" -> "; got " + (m.group(2) == null ? "true/false" : m.group(2));
            case "String" -> "; got '" + m.group(2) + "'";
            default -> "; got " + m.group(2);
        };
    }

    /**
     * The parser's complaint on one line: SnakeYAML puts context and problem on separate lines
     * followed by a snippet and a caret, which a one-line message drops.
     */
    private static String plain(String message) {
        String line = message == null ? "" : message.lines()
                .map(String::strip)
                .takeWhile(l -> !l.startsWith("in 'reader'") && !l.startsWith("at [Source"))
                .filter(l -> !l.isEmpty())
                .collect(Collectors.joining(": "));
        Matcher nan = Pattern.compile("Malformed numeric value '(.*?)'").matcher(line);
        if (nan.find()) {
            return "'" + nan.group(1) + "' is not a finite number";
        }
        return line;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
