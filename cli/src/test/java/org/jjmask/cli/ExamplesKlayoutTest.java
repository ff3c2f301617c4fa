package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example designed in process and its GDS read by KLayout: the holes KLayout counts on
 * layer 1/0 (arrays expanded) are the JSON's {@code holes}, and a template with pads has them on
 * 4/0.
 */
class ExamplesKlayoutTest {

    static Stream<Path> examples() throws Exception {
        Path dir = Path.of(System.getProperty("jjmask.examples.dir", "../examples"));
        try (Stream<Path> specs = Files.list(dir)) {
            return specs.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith("-chip.yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void klayoutCountsTheHolesTheJsonReports(Path spec, @TempDir Path dir) throws Exception {
        CliTest.Run run = CliTest.run("design", spec.toString(), "-o", dir.toString(), "-q");
        assertThat(run.code()).as(run.err()).isZero();
        String stem = spec.getFileName().toString().replaceFirst("\\.yaml$", "");
        JsonNode json = new ObjectMapper().readTree(dir.resolve(stem + ".json").toFile());

        String out = Klayout.run(dir, """
                print("holes %d" % count(1, 0))
                print("outline %d" % count(2, 0))
                print("pads %d" % count(4, 0))
                for li in ly.layer_indexes():
                    info = ly.get_info(li)
                    print("ld_%d_%d %d" % (info.layer, info.datatype, count(info.layer, info.datatype)))
                """, "infile=" + dir.resolve(stem + ".gds"));
        if (json.has("ebeam") && json.get("ebeam").get("dose_classes").get(0).get("datatype").asInt() != 0) {
            // a classed mask (e-beam correction): the holes are on their classes' layer/datatypes
            long sum = 0;
            for (JsonNode c : json.get("ebeam").get("dose_classes")) {
                long n = Klayout.value(out, "ld_" + c.get("layer").asInt() + "_" + c.get("datatype").asInt());
                assertThat(n).isEqualTo(c.get("holes").asLong());
                sum += n;
            }
            assertThat(sum).isEqualTo(json.get("holes").asLong());
        } else {
            assertThat(out).contains("holes " + json.get("holes").asLong() + "\n");
        }
        assertThat(json.get("holes").asLong()).isPositive();
        assertThat(Klayout.value(out, "outline")).isPositive();
        long pads = json.get("device").has("pads") ? json.get("device").get("pads").asLong() : 0;
        if (pads == 0) {
            assertThat(out).contains("pads 0\n");
        } else {
            // hole-free pieces: a ring contact is written as several boundaries
            assertThat(Klayout.value(out, "pads")).isGreaterThanOrEqualTo(pads);
        }
    }

}
