package org.jjmask.design;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jjmask.design.spec.KeyLines;
import org.jjmask.design.spec.Mapping;
import org.jjmask.design.spec.Section;
import org.jjmask.design.spec.SpecException;
import org.jjmask.design.spec.Structure;

/**
 * Reads a design spec: YAML into a tree (duplicate keys refused by the parser), then the structural
 * pass (unknown keys and values of the wrong kind, in document order), then each section's reader
 * (presets, defaults, ranges and the rules between keys). Every refusal is one line naming the key.
 */
public final class SpecReader {

    private static final Pattern NAME = Pattern.compile(SpecSections.NAME_PATTERN);
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final String NOT_FINITE = " is not a finite number";

    private SpecReader() {}

    /** The declarations of every key, for the JSON Schema and the README's tables. */
    public static Section declarations() {
        return SpecSections.ROOT;
    }

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
    public static Spec parse(String yaml, String source, Path baseDir) throws SpecException {
        return parse(yaml, source, sha256(yaml.getBytes(StandardCharsets.UTF_8)), baseDir);
    }

    private static Spec parse(String yaml, String source, String sha256, Path baseDir) throws SpecException {
        if (yaml.isBlank()) {
            throw new SpecException("", source + ": the spec is empty (needs name, material, device, lattice)");
        }
        KeyLines lines = KeyLines.of(yaml);
        JsonNode doc;
        try {
            doc = MAPPER.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw notYaml(e, lines, source);
        }
        if (doc == null || doc.isNull() || doc.isMissingNode()) {
            throw new SpecException("", source + ": the spec is empty (needs name, material, device, lattice)");
        }
        Mapping.Context context = new Mapping.Context(source, lines, baseDir);
        Structure.check(doc, SpecSections.ROOT, context);
        return read(new Mapping(doc, "", context), sha256);
    }

    /** The parser's refusal; a number it cannot read (.nan, .inf) or a key written twice is laid at its key. */
    private static SpecException notYaml(JsonProcessingException e, KeyLines lines, String source) {
        int line = e.getLocation() != null ? e.getLocation().getLineNr() : 0;
        int column = e.getLocation() != null ? e.getLocation().getColumnNr() : 0;
        String what = plain(e.getOriginalMessage());
        Matcher dup = DUPLICATE.matcher(what);
        boolean atKey = what.endsWith(NOT_FINITE) || dup.find();
        Optional<String> key = line > 0 && atKey ? lines.keyAt(line, column) : Optional.empty();
        if (key.isPresent()) {
            String message = dup.find(0) ? "duplicate key: '" + dup.group(1) + "' is written twice" : what;
            return new SpecException(key.get(), source + ": " + key.get() + " (line " + line + "): " + message);
        }
        return new SpecException("", source + (line > 0 ? " (line " + line + ")" : "") + ": not valid YAML: " + what);
    }

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*?)'");

    private static Spec read(Mapping doc, String sha256) throws SpecException {
        String name = doc.text(SpecSections.NAME);
        if (!NAME.matcher(name).matches()) {
            throw doc.fault(SpecSections.NAME, "'" + name + "' is not a plain file stem (letters, digits, _ and -, at "
                    + "most 64)");
        }
        for (var required : List.of(SpecSections.MATERIAL, SpecSections.DEVICE, SpecSections.LATTICE)) {
            if (!doc.has(required)) {
                throw doc.missing(required);
            }
        }
        Spec.MaterialSpec material = MaterialSection.read(doc.section(SpecSections.MATERIAL));
        Spec.DeviceSpec device = DeviceSection.read(doc.section(SpecSections.DEVICE));
        Spec.LatticeSpec lattice = LatticeSection.read(doc.section(SpecSections.LATTICE));
        Spec.FabricationSpec fabrication = FabricationSection.read(doc.section(SpecSections.FABRICATION), lattice);
        List<Spec.LabelSpec> labels = LabelsSection.read(doc.sections(SpecSections.LABELS));
        Mapping marksSection = doc.section(SpecSections.MARKS);
        // corner marks go around the outline's bounding box
        Optional<Spec.MarksSpec> marks = MarksSection.read(marksSection,
                marksSection.present() ? device.layout().outline() : null);
        Spec.SubstrateSpec substrate = SubstrateSection.read(doc.section(SpecSections.SUBSTRATE), material);
        Spec.ConditionsSpec conditions = ConditionsSection.read(doc.section(SpecSections.CONDITIONS));
        Optional<Spec.TargetSpec> target = TargetSection.read(doc.section(SpecSections.TARGET), lattice, fabrication);
        Spec.ModelSpec model = ModelSection.read(doc.section(SpecSections.MODEL), material);
        Spec.EbeamSpec ebeam = EbeamSection.read(doc.section(SpecSections.EBEAM), lattice, fabrication);
        return new Spec(name, material, substrate, device, lattice, fabrication, conditions, target, sha256, labels,
                marks, model, ebeam);
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
            return "'" + nan.group(1) + "'" + NOT_FINITE;
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
