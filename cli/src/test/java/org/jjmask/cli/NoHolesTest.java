package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jjmask.layout.drc.DesignRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A design in which no hole fits predicts the plain film only: the array's quantities null, the
 * {@code no_holes} flag, the film's own T_c, T_BKT and H_c2, "no array" on the terminal and in the
 * report, exit 3; and the README lists every design rule there is.
 */
class NoHolesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The demo's bar with a margin no hole can keep (15 µm on a 20 µm wide bar). */
    static String noHoles() throws Exception {
        String demo = Files.readString(CheckTest.DEMO);
        assertThat(demo).contains("edge_margin_nm:");
        return demo.replace("name: nickelate-hallbar", "name: no-holes")
                .replaceFirst("edge_margin_nm: *[0-9.]+", "edge_margin_nm: 15000");
    }

    @Test
    void aDesignWithoutHolesPredictsThePlainFilm(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("no-holes.yaml"), noHoles());
        CliTest.Run run = CliTest.run("design", spec.toString(), "-o", dir.toString(), "--formats", "json,pdf");
        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("no_holes");
        JsonNode j = JSON.readTree(dir.resolve("no-holes.json").toFile());
        assertThat(j.get("holes").asLong()).isZero();
        assertThat(j.get("no_holes").asBoolean()).isTrue();
        assertThat(j.get("drc").get(0).get("rule").asText()).isEqualTo("no_holes");
        for (String k : new String[] {"rn_ohm", "ej_K", "ec_K", "ej_over_ec", "capacitance_fF", "rsat_ohm", "period_mT",
                "period_h_over_e_mT", "neck_width_nm", "plaquette_area_nm2", "porosity", "network", "field"}) {
            assertThat(j.get(k)).as(k).isNotNull();
            assertThat(j.get(k).isNull()).as(k + " is null").isTrue();
        }
        assertThat(j.has("uncertainty")).isFalse();
        // the unpatterned film's BKT, Beasley–Mooij–Orlando: T_c0 (1 − 0.173 R_□ e²/ħ), here from CODATA constants
        double e = 1.602176634e-19;
        double hbar = 1.054571817e-34;
        double tc0 = j.get("tc_onset_K").asDouble();
        double rs = j.get("sheet_resistance_ohm").asDouble();
        assertThat(tc0).isEqualTo(15.0);
        double bmo = tc0 * (1 - 0.173 * rs * e * e / hbar);
        assertThat(j.get("tbkt_K").asDouble()).isCloseTo(bmo, within(1e-4)).isEqualTo(j.get("tbkt_film_K").asDouble());
        // H_c2 ⊥ of the film: positive and at most the orbital Φ0/(2πξ²) (the Pauli limit only lowers it)
        double xi = 5.4e-9;
        double orbital = 2.067833848e-15 / (2 * Math.PI * xi * xi);
        assertThat(j.get("hc2_perp_T").asDouble()).isPositive().isLessThanOrEqualTo(orbital);
        assertThat(j.get("hc2_par_T").asDouble()).isPositive();
        assertThat(j.get("phase").asText()).isEqualTo("superconductor");
        assertThat(j.get("phase_criterion").asText()).contains("plain film");
        assertThat(j.get("validity").get(0).get("code").asText()).isEqualTo("no_holes");
        // the terminal says so, and shows the JSON's numbers
        assertThat(run.out()).contains("no array").contains("T_BKT (film)")
                .contains(org.jjmask.design.Numbers.format(j.get("tbkt_K").asDouble()));
        assertThat(run.out()).doesNotContain("T_BKT (array)").doesNotContain("239.056");
        // the report too, read back by poppler when it is there
        Path pdf = dir.resolve("no-holes.pdf");
        assertThat(pdf).isRegularFile();
        var pdftotext = org.jjmask.gds.testing.ExternalTool.require("pdftotext", "apt-get install -y poppler-utils");
        var text = org.jjmask.gds.testing.ExternalTool.run(java.time.Duration.ofMinutes(1), pdftotext.toString(),
                pdf.toString(), "-");
        assertThat(text.stdout()).contains("no array").contains("No array: the plain")  // poppler writes the "fi" ligature
                .doesNotContain("TBKT array");
    }

    @Test
    void predictOfADesignWithoutHolesIsThePlainFilmToo(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("no-holes.yaml"), noHoles());
        CliTest.Run run = CliTest.run("predict", spec.toString(), "--json");
        JsonNode j = JSON.readTree(run.out());
        assertThat(j.get("no_holes").asBoolean()).isTrue();
        assertThat(j.get("rn_ohm").isNull()).isTrue();
        assertThat(j.get("tbkt_K").asDouble()).isEqualTo(j.get("tbkt_film_K").asDouble());
    }

    @Test
    void theReadmeListsEveryDesignRule() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher m = Pattern.compile("(?s)<!-- design rules: one line per DesignRule -->(.*?)<!-- end of design rules -->")
                .matcher(readme);
        assertThat(m.find()).as("the README's design-rule list").isTrue();
        Set<String> listed = new LinkedHashSet<>();
        Matcher line = Pattern.compile("(?m)^- `([a-z_]+)` — ").matcher(m.group(1));
        while (line.find()) {
            listed.add(line.group(1));
        }
        assertThat(listed).containsExactlyElementsOf(Arrays.stream(DesignRule.values()).map(DesignRule::specName).toList());
    }
}
