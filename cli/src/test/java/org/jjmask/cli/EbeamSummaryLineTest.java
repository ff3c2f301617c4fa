package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jjmask.design.Numbers;
import org.jjmask.gds.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal's e-beam line (issue 14) shows the JSON's numbers as the JSON writes them: the
 * classes, the residual, the uncorrected mid-edge and corner energy and the classes' write time,
 * which is {@code ebeam.class_write_time_s}, not the top-level {@code write_time_s} (base dose).
 */
class EbeamSummaryLineTest {

    @Test
    void theEbeamLineCarriesTheJsonsNumbers(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("spec.yaml"), EbeamCliTest.SPEC);
        CliTest.Run run = CliTest.run("design", spec.toString(), "-o", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(dir.resolve("pec.json").toFile());
        JsonNode e = json.get("ebeam");
        List<String> lines = run.out().lines().filter(l -> l.strip().startsWith("e-beam ")).toList();
        assertThat(lines).hasSize(1);
        String expected = e.get("dose_classes").size() + " dose classes, residual "
                + Numbers.format(e.get("residual_pct").asDouble()) + " %, E/E_bulk edge "
                + Numbers.format(e.at("/absorbed_relative/edge/value").asDouble()) + " corner "
                + Numbers.format(e.at("/absorbed_relative/corner/value").asDouble()) + " uncorrected, write "
                + Numbers.format(e.get("class_write_time_s").asDouble()) + " s";
        assertThat(lines.get(0)).endsWith(expected);
        // the two write times are different quantities under different names
        assertThat(e.has("write_time_s")).isFalse();
        assertThat(json.get("write_time_s").asDouble()).isNotEqualTo(e.get("class_write_time_s").asDouble());

        // and the report's exposure page prints the same residual and write time
        Path tool = ExternalTool.require("pdftotext", "apt-get install -y poppler-utils");
        ExternalTool.Result pdf = ExternalTool.run(Duration.ofMinutes(1), tool.toString(), "-enc", "UTF-8",
                dir.resolve("pec.pdf").toString(), "-");
        assertThat(pdf.exitCode()).as(pdf.stderr()).isZero();
        String text = pdf.stdout().replaceAll("\\s+", " ");
        assertThat(text).contains("within " + Numbers.format(e.get("residual_pct").asDouble()) + " % of the bulk's")
                .contains(Numbers.format(e.get("class_write_time_s").asDouble()) + " s with settling");

        // a spec without ebeam fields gets no e-beam line
        Path plain = Files.writeString(dir.resolve("plain.yaml"),
                EbeamCliTest.SPEC.replace("name: pec", "name: plain").lines().filter(l -> !l.startsWith("ebeam:"))
                        .reduce("", (a, b) -> a + b + "\n"));
        CliTest.Run p = CliTest.run("design", plain.toString(), "-o", dir.toString(), "--formats", "json");
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(p.out()).doesNotContain("e-beam");
    }
}
