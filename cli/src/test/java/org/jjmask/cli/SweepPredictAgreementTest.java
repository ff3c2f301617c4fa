package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A one-point sweep at the spec's own lattice prints what {@code predict} prints, column for column,
 * whatever the spec's {@code model:} says (issue 11: the sweep used the default model).
 */
class SweepPredictAgreementTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", "model: {normal_state: maxwell_garnett, coupling: kulik_omelyanchuk}\n",
        "model: {critical_ej_over_ec: 0.6, dissipative_threshold_ohm: 3000, phase_slip_scale: 10}\n"
                + "ebeam: {dose_uC_cm2: 300, current_nA: 1}\n"})
    void aOnePointSweepRowEqualsPredict(String model) throws Exception {
        Path spec = dir.resolve("s.yaml");
        Files.writeString(spec, CliTest.SMALL + model);
        CliTest.Run p = CliTest.run("predict", spec.toString(), "--json");
        assertThat(p.code()).as(p.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(p.out());
        CliTest.Run s = CliTest.run("sweep", spec.toString(), "--vary", "pitch_nm=100:100:1", "-q");
        assertThat(s.code()).as(s.err()).isZero();
        List<String> lines = s.out().lines().toList();
        String[] header = lines.get(0).split(",");
        String[] row = lines.get(1).split(",");
        int compared = 0;
        for (int i = 0; i < header.length; i++) {
            String key = header[i].equals("lattice.type") ? "type" : header[i];
            JsonNode v = header[i].equals("lattice.type") ? json.get("lattice").get("type") : json.get(key);
            if (v == null || header[i].equals("holes")) {
                continue;
            }
            if (v.isNumber()) {
                assertThat(Double.parseDouble(row[i])).as(header[i]).isEqualTo(v.asDouble());
            } else {
                assertThat(row[i]).as(header[i]).isEqualTo(v.asText());
            }
            compared++;
        }
        assertThat(compared).as("shared columns").isGreaterThanOrEqualTo(15);
    }
}
