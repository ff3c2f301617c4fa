package org.jjmask.design.chip;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jjmask.design.Spec;
import org.jjmask.design.SpecReader;
import org.jjmask.design.spec.Key;
import org.jjmask.design.spec.KeyLines;
import org.jjmask.design.spec.Kind;
import org.jjmask.design.spec.Mapping;
import org.jjmask.design.spec.Section;
import org.jjmask.design.spec.SpecException;
import org.jjmask.design.spec.Structure;
import org.jjmask.layout.StrokeFont;

/**
 * Reads a chip file with the design spec's strictness: YAML (duplicate keys refused), the
 * structural pass over {@link ChipSection#ROOT}, then the die, the base spec and every device. A
 * device is its base spec's YAML tree with its overrides set at their dotted paths, read back
 * through {@link SpecReader}, so it is validated exactly as a design spec; a refusal names the
 * device ({@code vary} combination or {@code devices[i]}) and the key, at its line in the file
 * that wrote it (the chip file for a varied or inline key, the base file otherwise).
 */
public final class ChipReader {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern NAME = Pattern.compile(ChipSection.NAME_PATTERN);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");
    /** The most devices one chip may hold: a 64 × 64 matrix. */
    static final int MAX_DEVICES = 4096;

    private ChipReader() {}

    /** The declarations, for {@code jjmask schema --chip}. */
    public static Section declarations() {
        return ChipSection.ROOT;
    }

    public static ChipSpec read(Path file) throws SpecException {
        String text = readText(file, file.toString());
        Path dir = file.toAbsolutePath().getParent();
        return parse(text, file.getFileName().toString(), dir == null ? Path.of("") : dir);
    }

    /** Parses chip text; {@code source} names it in messages, a relative {@code base:} resolves in {@code baseDir}. */
    public static ChipSpec parse(String yaml, String source, Path baseDir) throws SpecException {
        if (yaml.isBlank()) {
            throw new SpecException("", source + ": the chip file is empty (needs name, chip, base and vary or devices)");
        }
        KeyLines lines = KeyLines.of(yaml);
        JsonNode doc;
        try {
            doc = MAPPER.readTree(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNr() : 0;
            throw new SpecException("", source + (line > 0 ? " (line " + line + ")" : "") + ": not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (doc == null || doc.isNull() || doc.isMissingNode()) {
            throw new SpecException("", source + ": the chip file is empty (needs name, chip, base and vary or devices)");
        }
        Mapping.Context context = new Mapping.Context(source, lines, baseDir);
        Structure.check(doc, ChipSection.ROOT, context);
        return read(new Mapping(doc, "", context), doc, sha256(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static ChipSpec read(Mapping doc, JsonNode tree, String sha256) throws SpecException {
        String name = doc.text(ChipSection.NAME);
        if (!NAME.matcher(name).matches()) {
            throw doc.fault(ChipSection.NAME, "'" + name + "' is not a plain file stem (letters, digits, _ and -, at "
                    + "most 56)");
        }
        if (!doc.has(ChipSection.CHIP_KEY)) {
            throw doc.missing(ChipSection.CHIP_KEY);
        }
        Mapping chip = doc.section(ChipSection.CHIP_KEY);
        double[] size = pair(chip, ChipSection.SIZE);
        double[] cell = pair(chip, ChipSection.CELL);
        double lane = chip.number(ChipSection.LANE);
        if (2 * lane >= Math.min(size[0], size[1])) {
            throw chip.fault(ChipSection.LANE, Mapping.fmt(lane) + " leaves nothing of a " + Mapping.fmt(size[0]) + " × "
                    + Mapping.fmt(size[1]) + " µm die");
        }
        ChipSpec.Origin origin = chip.choice(ChipSection.ORIGIN, n -> switch (n) {
            case "center" -> Optional.of(ChipSpec.Origin.CENTER);
            case "lower_left" -> Optional.of(ChipSpec.Origin.LOWER_LEFT);
            default -> Optional.empty();
        });
        ChipSpec.Die die = new ChipSpec.Die(size[0], size[1], lane, cell[0], cell[1], origin,
                chip.number(ChipSection.CLEARANCE));
        Optional<ChipSpec.Marks> marks = marks(chip.section(ChipSection.MARKS_KEY), die);
        Optional<String> labelTemplate = chip.optionalText(ChipSection.LABEL).filter(t -> !t.isBlank());
        double labelHeight = chip.number(ChipSection.LABEL_HEIGHT);
        Optional<String> title = chip.optionalText(ChipSection.TITLE).filter(t -> !t.isBlank());
        if (title.isPresent()) {
            checkText(chip, ChipSection.TITLE, title.get().toUpperCase(Locale.ROOT), title.get());
        }
        double titleHeight = chip.number(ChipSection.TITLE_HEIGHT);

        Base base = base(doc, tree);
        boolean hasVary = doc.has(ChipSection.VARY);
        boolean hasDevices = doc.has(ChipSection.DEVICES);
        if (hasVary == hasDevices) {
            throw hasVary ? doc.fault(ChipSection.DEVICES, "give vary: or devices:, not both")
                    : doc.fault("vary", "give vary: (a matrix) or devices: (a list), one of them");
        }
        List<String> varied = new ArrayList<>();
        List<Variant> variants = hasVary ? matrix(doc, varied) : list(doc, varied);
        int columns = hasVary ? (variants.isEmpty() ? 1 : variants.get(variants.size() - 1).column)
                : columnsFor(variants.size(), die);
        int rows = (variants.size() + columns - 1) / columns;

        List<ChipDevice> devices = new ArrayList<>();
        for (Variant v : variants) {
            int row = hasVary ? v.row : v.index / columns + 1;
            int col = hasVary ? v.column : v.index % columns + 1;
            String id = ChipDevice.rowLetters(row) + col;
            ObjectNode t = base.tree.deepCopy();
            t.put("name", name + "-" + id);
            for (ChipDevice.Override o : v.overrides) {
                set(doc, t, o, v.where + "." + o.key());
            }
            Spec spec = device(doc, base, t, v, id);
            List<ChipDevice.Override> values = new ArrayList<>();
            for (String k : varied) {
                values.add(v.overrides.stream().filter(o -> o.key().equals(k)).findFirst()
                        .orElse(new ChipDevice.Override(k, written(base.tree, k))));
            }
            String label = labelTemplate.isEmpty() ? ""
                    : label(chip, labelTemplate.get(), t, ChipDevice.rowLetters(row), col, id, v.origin);
            devices.add(new ChipDevice(v.index, row, col, id, v.origin, values, label, spec));
        }
        return new ChipSpec(name, die, marks, labelTemplate, labelHeight, title, titleHeight, varied, rows, columns,
                devices, sha256);
    }

    /** The base spec: its YAML tree, where it was written, and its lines. */
    private record Base(ObjectNode tree, Optional<Path> file, KeyLines lines, Path dir) {}

    private static Base base(Mapping doc, JsonNode tree) throws SpecException {
        JsonNode b = doc.raw(ChipSection.BASE).orElseThrow(() -> doc.missing(ChipSection.BASE));
        Path chipDir = doc.context().baseDir();
        if (b.isTextual()) {
            Path file = chipDir.resolve(b.asText());
            if (!Files.exists(file) && !Path.of(b.asText()).isAbsolute() && Files.exists(Path.of(b.asText()))) {
                // a path written from where jjmask runs (the repository root) rather than from the chip file
                file = Path.of(b.asText());
            }
            String text;
            try {
                text = readText(file, b.asText());
            } catch (SpecException e) {
                throw doc.fault(ChipSection.BASE, e.getMessage());
            }
            // the base is a design spec of its own: its faults are reported as they would be by design
            Path dir = file.toAbsolutePath().getParent();
            SpecReader.parse(text, file.getFileName().toString(), dir);
            try {
                JsonNode t = MAPPER.readTree(text);
                return new Base((ObjectNode) t, Optional.of(file), KeyLines.of(text), dir);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the spec reader read it already", e);
            }
        }
        if (!b.isObject()) {
            throw doc.fault(ChipSection.BASE, "expected a design spec file or the spec inline; got "
                    + (b.isArray() ? "a list" : "'" + b.asText() + "'"));
        }
        ObjectNode t = ((ObjectNode) b).deepCopy();
        if (!t.has("name")) {
            t.put("name", "base");
        }
        Variant none = new Variant(0, 0, 0, "base", "base", List.of());
        Base inline = new Base(t, Optional.empty(), doc.context().lines(), chipDir);
        device(doc, inline, t, none, "base");
        return inline;
    }

    /** One device before it is placed: its number in the file, matrix place (vary) and overrides. */
    private record Variant(int index, int row, int column, String origin, String where,
            List<ChipDevice.Override> overrides) {}

    /** {@code vary:}: the Cartesian product; the first key's values are the rows, the rest the columns. */
    private static List<Variant> matrix(Mapping doc, List<String> varied) throws SpecException {
        JsonNode vary = doc.raw(ChipSection.VARY).orElseThrow();
        if (!vary.isObject()) {
            throw doc.fault(ChipSection.VARY, "expected a section of dotted spec key: [values]");
        }
        List<List<JsonNode>> values = new ArrayList<>();
        for (var it = vary.fields(); it.hasNext();) {
            var e = it.next();
            String where = "vary." + e.getKey();
            checkKey(doc, e.getKey(), where);
            if (!e.getValue().isArray()) {
                throw doc.fault(where, "expected a list of values");
            }
            if (e.getValue().isEmpty()) {
                throw doc.fault(where, "give at least one value");
            }
            List<JsonNode> vs = new ArrayList<>();
            for (int i = 0; i < e.getValue().size(); i++) {
                vs.add(scalar(doc, e.getValue().get(i), where + "[" + i + "]"));
            }
            varied.add(e.getKey());
            values.add(vs);
        }
        if (values.isEmpty()) {
            throw doc.fault(ChipSection.VARY, "give at least one key to vary");
        }
        long count = 1;
        for (List<JsonNode> vs : values) {
            count *= vs.size();
            if (count > MAX_DEVICES) {
                throw doc.fault(ChipSection.VARY, "more than " + MAX_DEVICES + " devices");
            }
        }
        int columns = (int) (count / values.get(0).size());
        List<Variant> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            List<ChipDevice.Override> overrides = new ArrayList<>();
            StringBuilder origin = new StringBuilder("vary combination ");
            long rest = n;
            int[] pick = new int[values.size()];
            for (int k = values.size() - 1; k >= 0; k--) {
                pick[k] = (int) (rest % values.get(k).size());
                rest /= values.get(k).size();
            }
            for (int k = 0; k < values.size(); k++) {
                JsonNode v = values.get(k).get(pick[k]);
                overrides.add(new ChipDevice.Override(varied.get(k), javaValue(v)));
                origin.append(k == 0 ? "" : ", ").append(varied.get(k)).append('=').append(text(v));
            }
            out.add(new Variant(n, n / columns + 1, n % columns + 1, origin.toString(), "vary", overrides));
        }
        return out;
    }

    /** {@code devices:}: one device per entry, each with its own overrides. */
    private static List<Variant> list(Mapping doc, List<String> varied) throws SpecException {
        JsonNode list = doc.raw(ChipSection.DEVICES).orElseThrow();
        if (!list.isArray()) {
            throw doc.fault(ChipSection.DEVICES, "expected a list of {dotted spec key: value}");
        }
        if (list.isEmpty()) {
            throw doc.fault(ChipSection.DEVICES, "give at least one device");
        }
        if (list.size() > MAX_DEVICES) {
            throw doc.fault(ChipSection.DEVICES, "more than " + MAX_DEVICES + " devices");
        }
        List<Variant> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String where = "devices[" + i + "]";
            List<ChipDevice.Override> overrides = new ArrayList<>();
            if (entry != null && !entry.isNull()) {
                if (!entry.isObject()) {
                    throw doc.fault(where, "expected {dotted spec key: value}");
                }
                for (var it = entry.fields(); it.hasNext();) {
                    var e = it.next();
                    checkKey(doc, e.getKey(), where + "." + e.getKey());
                    JsonNode v = scalar(doc, e.getValue(), where + "." + e.getKey());
                    overrides.add(new ChipDevice.Override(e.getKey(), javaValue(v)));
                    if (!varied.contains(e.getKey())) {
                        varied.add(e.getKey());
                    }
                }
            }
            out.add(new Variant(i, 0, 0, where, where, overrides));
        }
        return out;
    }

    /** A list of devices fills as many columns as the die's usable width holds cells (at least one). */
    private static int columnsFor(int n, ChipSpec.Die die) {
        int fit = (int) Math.floor((die.widthUm() - 2 * die.laneUm()) / die.cellXUm());
        return Math.max(1, Math.min(n, fit));
    }

    /** The key must be a spec key that holds a value (not a section, not inside a list); {@code name} is the chip's. */
    private static void checkKey(Mapping doc, String dotted, String where) throws SpecException {
        if (dotted.equals("name")) {
            throw doc.fault(where, "each device's name is the chip's name and its place (" + "NAME-A1); it cannot vary");
        }
        Section s = SpecReader.declarations();
        String[] parts = dotted.split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            Optional<Key> k = s.key(parts[i]);
            String sofar = String.join(".", java.util.Arrays.copyOf(parts, i + 1));
            if (k.isEmpty()) {
                throw doc.fault(where, "'" + dotted + "' is not a design spec key: " + (i == 0 ? "" : parts[i - 1] + " has no ")
                        + "'" + parts[i] + "'" + Mapping.didYouMean(parts[i], s.keyNames().stream().sorted().toList()));
            }
            boolean last = i == parts.length - 1;
            if (k.get().kind() == Kind.SECTION && !last) {
                s = k.get().section().orElseThrow();
            } else if (!last) {
                throw doc.fault(where, "'" + dotted + "': " + sofar + " holds a value, not keys");
            } else if (k.get().kind() == Kind.SECTION || k.get().kind() == Kind.SECTION_LIST) {
                throw doc.fault(where, "'" + dotted + "' is a section; vary one of its keys ("
                        + String.join(", ", k.get().section().orElseThrow().keyNames()) + ")");
            }
        }
    }

    private static JsonNode scalar(Mapping doc, JsonNode v, String where) throws SpecException {
        if (v == null || v.isNull() || !v.isValueNode()) {
            throw doc.fault(where, "expected a number, text or true/false");
        }
        return v;
    }

    /** Sets the override at its dotted path of the spec tree, making the sections it needs. */
    private static void set(Mapping doc, ObjectNode tree, ChipDevice.Override o, String where) throws SpecException {
        String[] parts = o.key().split("\\.");
        ObjectNode at = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = at.get(parts[i]);
            if (next == null || next.isNull()) {
                next = at.putObject(parts[i]);
            }
            if (!next.isObject()) {
                throw doc.fault(where, "the base spec's " + parts[i] + " is not a section");
            }
            at = (ObjectNode) next;
        }
        at.set(parts[parts.length - 1], MAPPER.valueToTree(o.value()));
    }

    private static final Pattern AT_LINE = Pattern.compile(" \\((?:section at )?line \\d+\\)");

    /**
     * Reads one device's tree as a design spec. A refusal is re-addressed: the device, then the key
     * at its line in the file that wrote it (the chip file for an override, else the base).
     */
    private static Spec device(Mapping doc, Base base, ObjectNode tree, Variant v, String id) throws SpecException {
        String yaml;
        try {
            yaml = MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a YAML tree always serialises", e);
        }
        String marker = "\u0000device";
        try {
            return SpecReader.parse(yaml, marker, base.dir);
        } catch (SpecException e) {
            String key = e.key();
            String inner = e.getMessage();
            if (inner.startsWith(marker + ": ")) {
                inner = inner.substring(marker.length() + 2);
            }
            if (!key.isEmpty() && inner.startsWith(key)) {
                String rest = inner.substring(key.length());
                Matcher m = AT_LINE.matcher(rest);
                if (m.lookingAt()) {
                    rest = rest.substring(m.end());
                }
                inner = key + where(doc, base, v, key) + rest;
            }
            String who = v.origin.equals("base") ? "base spec" : v.origin + " (device " + id + ")";
            throw new SpecException(key, doc.context().source() + ": " + who + ": " + inner);
        }
    }

    /** " (line N)" in the chip file for an override or an inline base key, " (BASE line N)" for a base file's key. */
    private static String where(Mapping doc, Base base, Variant v, String key) {
        for (ChipDevice.Override o : v.overrides) {
            if (key.equals(o.key()) || key.startsWith(o.key() + ".") || key.startsWith(o.key() + "[")) {
                return doc.context().lines().line(v.where + "." + o.key()).map(l -> " (line " + l + ")").orElse("");
            }
        }
        if (base.file.isEmpty()) {
            return doc.context().lines().line("base." + key).map(l -> " (line " + l + ")").orElse("");
        }
        String file = base.file.get().getFileName().toString();
        return base.lines.line(key).map(l -> " (" + file + " line " + l + ")").orElse(" (in " + file + ")");
    }

    /** The label of one device: placeholders replaced, in capitals, in the label font. */
    private static String label(Mapping chip, String template, ObjectNode tree, String row, int col, String id,
            String origin) throws SpecException {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String p = m.group(1).strip();
            String value = switch (p) {
                case "row" -> row;
                case "col", "column" -> Integer.toString(col);
                case "id" -> id;
                default -> {
                    JsonNode at = tree;
                    for (String part : p.split("\\.")) {
                        at = at == null ? null : at.get(part);
                    }
                    if (at == null || at.isNull() || !at.isValueNode()) {
                        throw chip.fault(ChipSection.LABEL, "{" + p + "} is neither row, col, id nor a value written in "
                                + "the base spec or varied (" + origin + ")");
                    }
                    yield text(at);
                }
            };
            m.appendReplacement(b, Matcher.quoteReplacement(value));
        }
        m.appendTail(b);
        String text = b.toString().toUpperCase(Locale.ROOT);
        checkText(chip, ChipSection.LABEL, text, template);
        return text;
    }

    private static void checkText(Mapping chip, Key key, String text, String written) throws SpecException {
        if (text.length() > 64) {
            throw chip.fault(key, "'" + text + "' is longer than 64 characters");
        }
        int bad = StrokeFont.firstUnsupported(text);
        if (bad >= 0) {
            throw chip.fault(key, "character '" + text.charAt(bad) + "' of '" + written + "' is not in the label font "
                    + "(A-Z, 0-9, '-', '_', '.' and space)");
        }
    }

    private static Optional<ChipSpec.Marks> marks(Mapping m, ChipSpec.Die die) throws SpecException {
        if (!m.present()) {
            return Optional.empty();
        }
        String type = m.choice(ChipSection.MARK_TYPE, n -> n.equals("cross") || n.equals("square") ? Optional.of(n)
                : Optional.empty());
        double size = m.number(ChipSection.MARK_SIZE);
        double width = 0;
        if (type.equals("cross")) {
            width = m.number(ChipSection.MARK_WIDTH.within(ChipSection.MARK_WIDTH.min(), size), size / 5);
            if (width >= size) {
                throw m.fault(ChipSection.MARK_WIDTH, Mapping.fmt(width) + " must be smaller than size_um ("
                        + Mapping.fmt(size) + ")");
            }
        } else if (m.has(ChipSection.MARK_WIDTH)) {
            throw m.fault(ChipSection.MARK_WIDTH, "applies only to type cross");
        }
        List<ChipSpec.MarkAt> at = new ArrayList<>();
        if (m.flag(ChipSection.MARK_CORNERS)) {
            double margin = m.number(ChipSection.MARK_MARGIN.within(0, Math.min(die.widthUm(), die.heightUm()) / 2));
            at.add(new ChipSpec.MarkAt("LL", die.minXUm() + margin, die.minYUm() + margin));
            at.add(new ChipSpec.MarkAt("LR", die.maxXUm() - margin, die.minYUm() + margin));
            at.add(new ChipSpec.MarkAt("UR", die.maxXUm() - margin, die.maxYUm() - margin));
            at.add(new ChipSpec.MarkAt("UL", die.minXUm() + margin, die.maxYUm() - margin));
        } else if (m.has(ChipSection.MARK_MARGIN)) {
            throw m.fault(ChipSection.MARK_MARGIN, "applies only with corners: true");
        }
        JsonNode list = m.raw(ChipSection.MARK_POSITIONS).orElse(MAPPER.createArrayNode());
        for (int i = 0; i < list.size(); i++) {
            String key = m.keyPath(ChipSection.MARK_POSITIONS) + "[" + i + "]";
            JsonNode xy = list.get(i);
            if (xy == null || xy.isNull() || xy.size() != 2 || xy.get(0).isNull() || xy.get(1).isNull()) {
                throw m.fault(key, "expected two numbers [x, y] in µm");
            }
            at.add(new ChipSpec.MarkAt("M" + (i + 1), m.bounded(key, ChipSection.MARK_POSITIONS, xy.get(0).asDouble()),
                    m.bounded(key, ChipSection.MARK_POSITIONS, xy.get(1).asDouble())));
        }
        if (at.isEmpty()) {
            throw m.fault("chip.marks", "give corners: true or positions_um");
        }
        return Optional.of(new ChipSpec.Marks(type, size, width, at));
    }

    private static double[] pair(Mapping m, Key k) throws SpecException {
        JsonNode v = m.raw(k).orElseThrow(() -> m.missing(k));
        if (v.size() != 2 || v.get(0).isNull() || v.get(1).isNull()) {
            throw m.fault(k, "expected two numbers [x, y] in µm");
        }
        return new double[] {m.bounded(m.keyPath(k) + "[0]", k, v.get(0).asDouble()),
            m.bounded(m.keyPath(k) + "[1]", k, v.get(1).asDouble())};
    }

    /** A value as a label and a message print it: whole numbers without a decimal point. */
    static String text(JsonNode v) {
        return v.isNumber() ? Mapping.fmt(v.asDouble()) : v.asText();
    }

    /** The base spec's value of a dotted key as written there, "" when the base leaves it at its default. */
    private static Object written(ObjectNode tree, String key) {
        JsonNode at = tree;
        for (String part : key.split("\\.")) {
            at = at == null ? null : at.get(part);
        }
        return at == null || at.isNull() || !at.isValueNode() ? "" : javaValue(at);
    }

    private static Object javaValue(JsonNode v) {
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        return v.asText();
    }

    private static String readText(Path file, String shown) throws SpecException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SpecException("", shown + ": no such file");
        } catch (IOException e) {
            throw new SpecException("", shown + ": cannot read: " + e.getMessage());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
