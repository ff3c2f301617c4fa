package org.jjmask.design.fit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.List;
import org.jjmask.design.Spec;
import org.jjmask.design.SpecReader;
import org.jjmask.design.spec.SpecException;

/**
 * The user's spec with some numeric keys set: edited as a YAML tree and read back through
 * {@link SpecReader#parse}, so a varied spec is validated exactly as a design spec is. As in
 * {@code OptimizedSpec}, comments are not kept and a relative {@code device.gds.file} is made
 * absolute (the edited text is read, and written, away from the original's folder).
 */
final class SpecEdit {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build();

    private final ObjectNode original;
    private final String source;

    SpecEdit(String yaml, String source, Path specDir) {
        try {
            this.original = (ObjectNode) YAML.readTree(yaml);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("the spec was read once already; it must parse again", e);
        }
        this.source = source;
        JsonNode gds = original.path("device").path("gds");
        if (gds.isObject() && gds.has("file")) {
            Path file = Path.of(gds.get("file").asText());
            if (!file.isAbsolute()) {
                ((ObjectNode) gds).put("file", specDir.resolve(file).toAbsolutePath().normalize().toString());
            }
        }
    }

    /** The spec's text with each key set to its value. */
    String yaml(List<FitKey> keys, double[] values) {
        ObjectNode root = original.deepCopy();
        for (int k = 0; k < keys.size(); k++) {
            FitKey key = keys.get(k);
            ObjectNode node = root;
            List<String> path = key.path();
            for (int i = 0; i < path.size() - 1; i++) {
                JsonNode child = node.get(path.get(i));
                node = child instanceof ObjectNode o ? o : node.putObject(path.get(i));
            }
            String leaf = path.get(path.size() - 1);
            if (node.get(leaf) instanceof ObjectNode given && given.has("value")) {
                // written as {value, range}: the fit sets the value and keeps the user's range
                node = given;
                leaf = "value";
            }
            if (key.whole()) {
                node.put(leaf, Math.round(values[k]));
            } else if (values[k] == Math.rint(values[k]) && Math.abs(values[k]) < 1e9) {
                node.put(leaf, (long) values[k]);
            } else {
                node.put(leaf, values[k]);
            }
        }
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a YAML tree always serialises", e);
        }
    }

    /** The spec with each key set, read as {@code design} reads it. */
    Spec spec(List<FitKey> keys, double[] values) throws SpecException {
        return SpecReader.parse(yaml(keys, values), source);
    }

    /** The number a key holds in the spec as written, if it is written there. */
    java.util.OptionalDouble written(FitKey key) {
        JsonNode node = original;
        for (String p : key.path()) {
            node = node.path(p);
        }
        return node.isNumber() ? java.util.OptionalDouble.of(node.doubleValue()) : java.util.OptionalDouble.empty();
    }
}
