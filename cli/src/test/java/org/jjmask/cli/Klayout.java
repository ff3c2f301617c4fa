package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jjmask.gds.testing.ExternalTool;

/**
 * KLayout batch scripts for the cli tests: a shared prelude that reads {@code infile} and counts
 * shapes per layer through the hierarchy, a runner, and a reader of the "key value" lines the
 * scripts print. Skips (or fails in CI) where KLayout is absent, through ExternalTool.
 */
final class Klayout {

    /** Reads {@code infile}; {@code count(layer, datatype)} counts shapes reached from the top cell. */
    static final String COUNT_PRELUDE = """
            import pya
            ly = pya.Layout()
            ly.read(infile)
            def count(layer, datatype):
                li = ly.find_layer(layer, datatype)
                if li is None:
                    return 0
                n = 0
                it = ly.top_cell().begin_shapes_rec(li)
                while not it.at_end():
                    n += 1
                    it.next()
                return n
            """;

    private Klayout() {}

    /** Runs {@code body} after the prelude with {@code -rd name=value} defines; asserts exit 0, returns stdout. */
    static String run(Path dir, String body, String... defines) throws IOException {
        Path klayout = ExternalTool.require("klayout", "apt-get install -y klayout");
        Path script = Files.writeString(Files.createTempFile(dir, "klayout", ".py"), COUNT_PRELUDE + body);
        List<String> cmd = new ArrayList<>(List.of(klayout.toString(), "-b", "-r", script.toString()));
        for (String d : defines) {
            cmd.add("-rd");
            cmd.add(d);
        }
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(2), cmd);
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        return r.stdout();
    }

    /** The number after {@code key} on the line that starts with it. */
    static long value(String out, String key) {
        return out.lines().filter(l -> l.startsWith(key + " ")).map(l -> Long.parseLong(l.split(" ")[1])).findFirst()
                .orElseThrow(() -> new AssertionError(key + " missing in " + out));
    }
}
