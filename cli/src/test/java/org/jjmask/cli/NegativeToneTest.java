package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A negative-tone mask as KLayout sees it: film and holes tile the outline, nothing overlaps. */
class NegativeToneTest {

    static final String SPEC = """
            name: neg
            material: {preset: Nb}
            substrate: {preset: Si}
            device: {type: hallbar, length_um: 12, width_um: 3, arm_pairs: 1, arm_width_um: 1.5, arm_length_um: 2}
            lattice: {type: triangular, pitch_nm: 200, hole_diameter_nm: 120, edge_margin_nm: 300}
            fabrication: {tone: negative}
            """;

    @Test
    void klayoutSeesFilmAndHolesTileTheOutline(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("neg.yaml"), SPEC);
        CliTest.Run run = CliTest.run("design", spec.toString(), "-o", dir.toString(), "-q");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(dir.resolve("neg.json").toFile());
        assertThat(json.get("tone").asText()).isEqualTo("negative");

        String out = Klayout.run(dir, """
                top = ly.top_cell()
                def region(l, d):
                    return pya.Region(top.begin_shapes_rec(ly.find_layer(l, d)))
                holes = region(1, 0)
                outline = region(2, 0)
                film = region(3, 0)
                print("holes %d" % holes.count())
                print("film_area %d" % film.area())
                print("hole_area %d" % holes.area())
                print("outline_area %d" % outline.area())
                print("overlap %d" % (film & holes).area())
                print("uncovered %d" % (outline - (film + holes)).area())
                print("outside %d" % ((film + holes) - outline).area())
                """, "infile=" + dir.resolve("neg.gds"));
        long holes = Klayout.value(out, "holes");
        assertThat(holes).isEqualTo(json.get("holes").asLong());
        // cut points snap to the 1 nm grid: at most a square nanometre or so per hole of slack
        assertThat(Klayout.value(out, "overlap")).isLessThan(holes);
        assertThat(Klayout.value(out, "uncovered")).isLessThan(holes);
        assertThat(Klayout.value(out, "outside")).isLessThan(holes);
        assertThat(Klayout.value(out, "film_area") + Klayout.value(out, "hole_area"))
                .isCloseTo(Klayout.value(out, "outline_area"), org.assertj.core.data.Percentage.withPercentage(0.01));
        assertThat(json.get("exposed_area_um2").asDouble() * 1e6)
                .isCloseTo(Klayout.value(out, "film_area"), org.assertj.core.data.Percentage.withPercentage(0.01));
    }


    @Test
    void unknownToneIsRefused(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("neg.yaml"), SPEC.replace("negative", "sideways"));
        CliTest.Run run = CliTest.run("design", spec.toString(), "-o", dir.resolve("o").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("fabrication.tone").contains("sideways");
        assertThat(List.of(dir.resolve("o").toFile().exists())).containsExactly(false);
    }
}
