package org.jjmask.design;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;

/**
 * The spec of an optimised design: the user's spec with the lattice the optimiser chose, so that
 * {@code jjmask design NAME.optimized.yaml} reproduces the design. Everything else, the target
 * included, is kept as written (comments are not: the file is written anew); a relative
 * {@code device.gds.file} is made absolute, since the new file lives elsewhere.
 */
public final class OptimizedSpec {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build();

    private OptimizedSpec() {}

    /**
     * @param original the spec's text as the user wrote it
     * @param best the optimised spec (its lattice type, pitch and hole diameter are written)
     * @param specDir the directory of the original spec, for a relative GDS outline
     * @param header a comment put on top (without the {@code #})
     */
    public static String yaml(String original, Spec best, Path specDir, String header) {
        ObjectNode root;
        try {
            root = (ObjectNode) YAML.readTree(original);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("the spec was read once already; it must parse again", e);
        }
        ObjectNode lattice = (ObjectNode) root.get("lattice");
        lattice.put("type", best.lattice().type().specName());
        number(lattice, "pitch_nm", best.lattice().pitchNm());
        number(lattice, "hole_diameter_nm", best.lattice().holeDiameterNm());
        JsonNode gds = root.path("device").path("gds");
        if (gds.isObject() && gds.has("file")) {
            Path file = Path.of(gds.get("file").asText());
            if (!file.isAbsolute()) {
                ((ObjectNode) gds).put("file", specDir.resolve(file).toAbsolutePath().normalize().toString());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : header.split("\n", -1)) {
            out.append("# ").append(line).append('\n');
        }
        try {
            return out.append(YAML.writeValueAsString(root)).toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a YAML tree always serialises", e);
        }
    }

    /** Whole numbers as integers, so that the file reads as a person would write it. */
    private static void number(ObjectNode node, String key, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            node.put(key, (long) v);
        } else {
            node.put(key, v);
        }
    }
}
