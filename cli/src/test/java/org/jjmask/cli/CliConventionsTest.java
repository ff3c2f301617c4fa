package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user of any Unix tool expects: shell completion, and every listing machine-readable. */
class CliConventionsTest {

    @Test
    void completionCoversEveryCommand() {
        CliTest.Run r = CliTest.run("generate-completion");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("complete -F").contains("jjmask");
        for (String c : List.of("demo", "design", "predict", "optimize", "sweep", "check", "inspect", "schema")) {
            assertThat(r.out()).as(c).contains(c);
        }
    }

    @Test
    void sweepJsonHoldsTheCsvsRows(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("s.yaml"), CliTest.SMALL);
        CliTest.Run csv = CliTest.run("sweep", spec.toString(), "--vary", "pitch_nm=100:120:3", "-q");
        CliTest.Run json = CliTest.run("sweep", spec.toString(), "--vary", "pitch_nm=100:120:3", "-q", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(json.out()).get("rows");
        List<String> lines = csv.out().lines().toList();
        assertThat(rows).hasSize(lines.size() - 1);
        String[] header = lines.get(0).split(",");
        for (int i = 0; i < rows.size(); i++) {
            String[] v = lines.get(i + 1).split(",", -1);
            for (int k = 0; k < header.length; k++) {
                JsonNode x = rows.get(i).get(header[k]);
                assertThat(x.isNumber() ? x.decimalValue().toPlainString() : x.asText()).as(header[k]).isEqualTo(v[k]);
            }
        }
        CliTest.Run both = CliTest.run("sweep", spec.toString(), "--vary", "pitch_nm=100:120:3", "--json", "-o",
                dir.resolve("x.csv").toString());
        assertThat(both.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(both.err().strip()).contains("--json").doesNotContain("\n");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }
}
