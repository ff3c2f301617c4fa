package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jjmask.design.Numbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code design --calibration NAME.fit.json}: the fit's page in the design report with the file's
 * numbers, its keys in the JSON's {@code calibration}; a file that is not a fit result is refused
 * with one line naming it, exit 2, and nothing written.
 */
class CalibrationPageTest {

    @Test
    void theFitPageGoesIntoTheDesignReportAndItsKeysIntoTheJson(@TempDir Path dir) throws Exception {
        Path fitDir = dir.resolve("fit");
        CliTest.Run f = CliTest.run("fit", FitCliTest.EXAMPLE.toString(), "--rt", FitCliTest.DATA.toString(), "--rb",
                "../examples/fit/nickelate-damaged-hallbar.rb.csv", "-o", fitDir.toString(), "-q");
        assertThat(f.code()).as(f.err()).isZero();
        Path fitJson = fitDir.resolve("nickelate-damaged-hallbar.fit.json");
        Path out = dir.resolve("d");
        CliTest.Run d = CliTest.run("design", fitDir.resolve("nickelate-damaged-hallbar.fitted.yaml").toString(),
                "--calibration", fitJson.toString(), "-o", out.toString(), "-q");
        assertThat(d.code()).as(d.err()).isZero();
        JsonNode fit = FitCliTest.JSON.readTree(fitJson.toFile());
        JsonNode cal = FitCliTest.JSON.readTree(out.resolve("nickelate-damaged-hallbar.json").toFile()).get("calibration");
        assertThat(cal.get("file").asText()).isEqualTo("nickelate-damaged-hallbar.fit.json");
        assertThat(cal.get("chi2_per_dof").asDouble()).isEqualTo(fit.get("chi2_per_dof").asDouble());
        var keys = fit.get("parameters").fieldNames();
        while (keys.hasNext()) {
            String k = keys.next();
            assertThat(cal.get("parameters").get(k).get("value")).as(k).isEqualTo(fit.get("parameters").get(k).get("value"));
            assertThat(cal.get("parameters").get(k).get("stderr")).as(k).isEqualTo(fit.get("parameters").get(k).get("stderr"));
        }
        String report = text(out.resolve("nickelate-damaged-hallbar.pdf"));
        String page = text(fitDir.resolve("nickelate-damaged-hallbar.fit.pdf"));
        assertThat(report).contains("Calibration").contains("R_sq(T): measured (grey), fitted (blue)")
                .contains("h/2e period " + Numbers.format(fit.get("rb").get("period_mT").asDouble()));
        JsonNode tc = fit.get("parameters").get("material.tc0_K");
        String row = Numbers.format(tc.get("value").asDouble()) + " ± " + Numbers.format(tc.get("stderr").asDouble());
        // the same row on both pages: both are drawn from the one reading of NAME.fit.json
        assertThat(report).contains(row);
        assertThat(page).contains(row);

        // the same fit, the same NAME.fit.pdf bytes (its /ID was once PDFBox's, from the clock)
        Path again = dir.resolve("again");
        assertThat(CliTest.run("fit", FitCliTest.EXAMPLE.toString(), "--rt", FitCliTest.DATA.toString(), "--rb",
                "../examples/fit/nickelate-damaged-hallbar.rb.csv", "-o", again.toString(), "-q").code()).isZero();
        for (String file : List.of("nickelate-damaged-hallbar.fit.pdf", "nickelate-damaged-hallbar.fit.json")) {
            assertThat(java.util.Arrays.equals(Files.readAllBytes(again.resolve(file)), Files.readAllBytes(
                    fitDir.resolve(file)))).as(file).isTrue();
        }
    }

    @Test
    void aFileThatIsNotAFitResultIsOneLineExitTwoAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("sq.yaml"), McCommandTest.SQUARE);
        ObjectNode good = (ObjectNode) FitCliTest.JSON.readTree("""
                {"spec": "s.yaml", "data": "d.csv", "parameters": {"material.tc0_K": {"value": 13, "stderr": 0.1,
                 "determined": true, "start": 12}}, "chi2_per_dof": 1, "dof": 1, "scale": "ln R", "noise_relative": 0.02,
                 "squares": 2, "evaluations": 3, "measured": [[5, 100], [6, 200]], "model": [[5, 101], [6, 199]],
                 "residuals": [0.5, -0.5]}""");
        record Bad(String text, String says) {}
        for (Bad b : List.of(new Bad("{\"parameters\": {", "line 1, column"), new Bad("[1, 2]", "not a jjmask fit"),
                new Bad("{\"a\": 1}", "parameters: missing"),
                new Bad(good.deepCopy().put("chi2_per_dof", "x").toString(), "chi2_per_dof: expected a finite number"),
                new Bad(good.toString().replace("[6,199]", "[6]"), "model[1]"),
                new Bad(good.toString().replace("\"residuals\":[0.5,-0.5]", "\"residuals\":[0.5]"), "differ in length"))) {
            assertThat(b.text()).as("the mutation applied").isNotEqualTo(good.toString());
            Path file = Files.writeString(dir.resolve("bad.fit.json"), b.text());
            Path out = dir.resolve("out");
            CliTest.Run r = CliTest.run("design", spec.toString(), "--calibration", file.toString(), "-o", out.toString());
            assertThat(r.code()).as(b.text() + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains("--calibration " + file).contains(b.says()).doesNotContain("Exception");
            assertThat(out).doesNotExist();
        }
        // the minimal good file is taken
        Path file = Files.writeString(dir.resolve("good.fit.json"), good.toString());
        CliTest.Run r = CliTest.run("design", spec.toString(), "--calibration", file.toString(), "-o",
                dir.resolve("ok").toString(), "-q");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(text(dir.resolve("ok/sq.pdf"))).contains("Calibration").contains("13 ± 0.1");
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }
}
