package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jjmask.design.chip.ChipReader;
import org.jjmask.design.spec.SpecException;
import org.jjmask.gds.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chip file's JSON Schema ({@code jjmask schema --chip}), checked as the design spec's is by
 * Python's {@code jsonschema} (Draft 2020-12): a valid schema, the example passes, and the faults
 * an editor can see fail it, as the chip reader refuses them too.
 */
class ChipSchemaTest {

    static final Path SCHEMA = SchemaTest.EXAMPLES.resolve("jjmask-chip.schema.json");
    static final Path EXAMPLE = SchemaTest.EXAMPLES.resolve("nickelate-chip.yaml");

    static Map<String, String> faults() throws Exception {
        String good = Files.readString(EXAMPLE);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("unknown key", good.replace("  dicing_lane_um: 100", "  dicing_lane: 100"));
        m.put("unknown section", good + "colour: red\n");
        m.put("die size as text", good.replace("size_um: [5000, 5000]", "size_um: \"5000\""));
        m.put("die of one number", good.replace("size_um: [5000, 5000]", "size_um: [5000]"));
        m.put("negative lane", good.replace("dicing_lane_um: 100", "dicing_lane_um: -1"));
        m.put("unknown origin", good.replace("origin: center", "origin: middle"));
        m.put("unknown mark key", good.replace("corners: true", "corner: true"));
        m.put("empty vary list", good.replace("[50, 60, 70]", "[]"));
        m.put("vary value a list", good.replace("[50, 60, 70]", "[[50]]"));
        m.put("missing chip", good.replaceAll("(?s)\nchip:.*?\nbase:", "\nbase:"));
        m.put("bad name", good.replace("name: nsno-chip-1", "name: nsno chip"));
        return m;
    }

    @Test
    void theBundledSchemaIsTheGeneratedOne() throws Exception {
        assertThat(Files.readString(SCHEMA)).isEqualTo(SchemaCommand.chipSchema());
        CliTest.Run r = CliTest.run("schema", "--chip");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(SchemaCommand.chipSchema());
        assertThat(Files.readAllLines(EXAMPLE).get(0)).isEqualTo("# yaml-language-server: $schema=jjmask-chip.schema.json");
    }

    @Test
    void anIndependentValidatorAcceptsTheExampleAndRefusesTheFaults(@TempDir Path dir) throws Exception {
        Path python = ExternalTool.requirePythonModule("jsonschema", "apt-get install python3-jsonschema");
        List<String> files = new ArrayList<>(List.of(asJson(Files.readString(EXAMPLE), dir.resolve("good.json")).toString()));
        List<Boolean> expected = new ArrayList<>(List.of(true));
        for (Map.Entry<String, String> e : faults().entrySet()) {
            assertThatThrownBy(() -> ChipReader.parse(e.getValue(), "c.yaml", EXAMPLE.getParent())).as(e.getKey())
                    .isInstanceOf(SpecException.class);
            files.add(asJson(e.getValue(), dir.resolve(e.getKey().replace(' ', '_') + ".json")).toString());
            expected.add(false);
        }
        String script = String.join("\n",
                "import json, sys",
                "from jsonschema import Draft202012Validator",
                "schema = json.load(open(sys.argv[1]))",
                "Draft202012Validator.check_schema(schema)",
                "v = Draft202012Validator(schema)",
                "for f in sys.argv[2:]:",
                "    errors = list(v.iter_errors(json.load(open(f))))",
                "    print('OK' if not errors else 'REFUSED ' + errors[0].message.replace('\\n', ' ')[:200])");
        List<String> cmd = new ArrayList<>(List.of(python.toString(), "-c", script, SCHEMA.toAbsolutePath().toString()));
        cmd.addAll(files);
        ExternalTool.Result r = ExternalTool.run(Duration.ofSeconds(120), cmd);
        assertThat(r.ok()).as(r.describe()).isTrue();
        List<String> verdicts = r.stdout().lines().toList();
        assertThat(verdicts).hasSize(files.size());
        for (int i = 0; i < files.size(); i++) {
            assertThat(verdicts.get(i).equals("OK")).as(files.get(i) + ": " + verdicts.get(i)).isEqualTo(expected.get(i));
        }
    }

    private static Path asJson(String yaml, Path out) throws Exception {
        Object tree = new YAMLMapper().readTree(yaml);
        Files.writeString(out, new ObjectMapper().writeValueAsString(tree), StandardCharsets.UTF_8);
        return out;
    }
}
