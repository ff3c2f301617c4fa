package org.jjmask.design;

import org.jjmask.design.spec.SpecException;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jjmask.gds.GdsFormatException;
import org.jjmask.gds.GdsInspector;
import org.jjmask.gds.GdsReader;
import org.jjmask.gds.GdsWriter;
import org.jjmask.gds.GdsWriterOptions;
import org.jjmask.gds.Inspection;
import org.jjmask.layout.LayoutGds;
import org.junit.jupiter.api.Test;

/**
 * Seeded random specs within the documented ranges, across lattices, hole shapes, templates and
 * tones: every one either designs (finite JSON, no NaN, a mask that reads back with its exact hole
 * count) or is refused as a SpecException, never an exception from inside. More of them:
 * {@code mvn -pl design test -Dtest=RandomSpecTest -DargLine="-Dseed=7 -Dn=250"}.
 */
class RandomSpecTest {

    static final List<String> LATTICES = List.of("triangular", "square", "honeycomb", "kagome");
    static final List<String> SHAPES = List.of("circle", "hexagon", "square", "ellipse");
    static final List<String> MATERIALS = List.of("Nd0.8Sr0.2NiO2", "La0.8Sr0.2NiO2", "YBCO", "Nb", "NbN", "MoGe", "a-Bi", "Al");

    static String spec(SplittableRandom r) {
        double pitch = 40 + r.nextDouble() * 400;
        double d = pitch * (0.2 + r.nextDouble() * 0.75);
        String shape = SHAPES.get(r.nextInt(SHAPES.size()));
        String device = switch (r.nextInt(5)) {
            case 0 -> String.format(Locale.ROOT, "{type: hallbar, length_um: %.2f, width_um: %.2f, arm_pairs: %d}",
                    3 + r.nextDouble() * 10, 1 + r.nextDouble() * 3, r.nextInt(3));
            case 1 -> String.format(Locale.ROOT, "{type: bridge, length_um: %.2f, width_um: %.2f, taper_length_um: %.2f}",
                    2 + r.nextDouble() * 6, 0.5 + r.nextDouble() * 2, r.nextDouble() * 3);
            case 2 -> String.format(Locale.ROOT, "{type: cross, width_um: %.2f}", 1 + r.nextDouble() * 4);
            case 3 -> String.format(Locale.ROOT, "{type: corbino, inner_radius_um: %.2f, outer_radius_um: %.2f}",
                    1 + r.nextDouble() * 2, 3.5 + r.nextDouble() * 3);
            default -> String.format(Locale.ROOT, "{type: polygon, wkt: \"POLYGON((0 0, %.2f 0, %.2f %.2f, 0 %.2f, 0 0))\"}",
                    2 + r.nextDouble() * 6, 4 + r.nextDouble() * 4, 2 + r.nextDouble() * 5, 2 + r.nextDouble() * 5);
        };
        boolean negative = r.nextInt(4) == 0;
        // rotated and disordered lattices (scattered holes) only in positive tone, which they need
        String rotation = !negative && r.nextInt(4) == 0
                ? String.format(Locale.ROOT, ", rotation_deg: %.2f", r.nextDouble() * 360 - 180) : "";
        String disorder = negative ? "" : switch (r.nextInt(4)) {
            case 0 -> ", preset: aao, seed: " + r.nextInt(100);
            case 1 -> String.format(Locale.ROOT, ", diameter_sigma_nm: %.2f, position_sigma_nm: %.2f", d * 0.1 * r.nextDouble(),
                    pitch * 0.1 * r.nextDouble());
            default -> "";
        };
        return String.format(Locale.ROOT, """
                name: r%d
                material: {preset: %s}
                device: %s
                lattice: {type: %s, pitch_nm: %.3f, hole_diameter_nm: %.3f, hole_shape: %s, edge_margin_nm: %.1f%s%s}
                fabrication: {tone: %s, edge_damage_nm: %.2f, min_feature_nm: %.1f%s}
                conditions: {base_temperature_K: %.4f}
                """, r.nextInt(1000), MATERIALS.get(r.nextInt(MATERIALS.size())), device,
                LATTICES.get(r.nextInt(LATTICES.size())), pitch, d, shape, r.nextDouble() * 400,
                shape.equals("ellipse") ? String.format(Locale.ROOT, ", hole_aspect: %.2f", 0.5 + r.nextDouble()) : "",
                rotation, negative ? "negative" : "positive", r.nextDouble() * 8, r.nextDouble() * 30, disorder,
                0.01 + r.nextDouble() * 10);
    }

    @Test
    void randomSpecsDesignOrAreRefusedCleanly() {
        SplittableRandom r = new SplittableRandom(Long.getLong("seed", 20261125));
        int designed = 0;
        for (int k = 0; k < Integer.getInteger("n", 80); k++) {
            String yaml = spec(r);
            Spec spec;
            try {
                spec = SpecReader.parse(yaml, "r.yaml");
            } catch (SpecException refused) {
                assertThat(refused.getMessage()).as(yaml).doesNotContain("\n");
                continue;
            }
            DesignResult result;
            try {
                result = Designer.run(spec);
            } catch (RuntimeException e) {
                throw new AssertionError("design pass failed on\n" + yaml, e);
            }
            String json = Summary.toJson(Summary.of(result, List.of()));
            assertThat(json).as(yaml).doesNotContain("NaN").doesNotContain("Infinity");
            // the mask as written reads back with exactly the holes the design counted
            try {
                java.io.ByteArrayOutputStream gds = new java.io.ByteArrayOutputStream();
                try (GdsWriter w = GdsWriter.open(gds, GdsWriterOptions.defaults())) {
                    LayoutGds.write(result.layout(), result.film(), spec.name(), LocalDateTime.of(2026, 1, 1, 0, 0), w);
                }
                Inspection in = GdsInspector.inspect(GdsReader.read(gds.toByteArray()));
                assertThat(in.layerCount(1, 0).polygons()).as(yaml).isEqualTo(result.holes());
            } catch (java.io.IOException | GdsFormatException e) {
                throw new AssertionError("writing the mask failed on\n" + yaml, e);
            }
            designed++;
        }
        assertThat(designed).as("most random specs are valid").isGreaterThan(40);
    }
}
