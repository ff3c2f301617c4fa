package org.jjmask.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs an external program for interop tests. A missing program skips the test with a message
 * on stdout, unless {@code -Djjmask.interop.required=true} (CI), where it fails instead.
 */
final class Tool {

    record Result(int exit, String out, String err) {}

    private Tool() {}

    /** Skips (or fails, when interop is required) unless {@code program} is on the PATH. */
    static void require(String program) {
        if (onPath(program)) {
            return;
        }
        String msg = program + " not found on PATH: poppler-utils interop check not run";
        if (Boolean.parseBoolean(System.getProperty("jjmask.interop.required", "false"))) {
            fail(msg + " (jjmask.interop.required=true)");
        }
        System.out.println("SKIPPED: " + msg);
        Assumptions.abort(msg);
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    static Result run(String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("jjmask-tool", ".out");
        Path err = Files.createTempFile("jjmask-tool", ".err");
        try {
            Process p = new ProcessBuilder(new ArrayList<>(List.of(command)))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in 60 s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
