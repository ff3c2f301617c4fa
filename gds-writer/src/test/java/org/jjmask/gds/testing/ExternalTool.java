package org.jjmask.gds.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds and runs the independent tools interop tests compare against (KLayout, gdspy,
 * GDSIIConvert, poppler, ...). A missing tool skips the test visibly (a JUnit assumption plus a
 * line on stderr) unless the system property {@value #REQUIRED_PROPERTY} is "true" (CI), in
 * which case the test fails. Shipped in this module's test-jar for the other modules.
 */
public final class ExternalTool {

    public static final String REQUIRED_PROPERTY = "jjmask.interop.required";

    /** Exit code and both output streams of a finished process. */
    public record Result(int exitCode, String stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }

        /** Exit code, stdout and stderr, for assertion messages. */
        public String describe() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    private ExternalTool() {
    }

    /** Whether missing tools fail instead of skip. */
    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty(REQUIRED_PROPERTY, "false"));
    }

    /** The executable on PATH (or the absolute path given), if it exists. */
    public static Optional<Path> find(String binary) {
        if (binary.contains(File.separator)) {
            Path p = Path.of(binary);
            return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, binary);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The executable, or skip (fail when required) naming what to install. */
    public static Path require(String binary, String installHint) {
        Optional<Path> found = find(binary);
        if (found.isEmpty()) {
            unavailable(binary + " not installed (" + installHint + ")");
        }
        return found.orElseThrow();
    }

    public static Path require(String binary) {
        return require(binary, "not on PATH");
    }

    /**
     * A Python 3 interpreter that can import {@code module}: python3 on PATH first, then the
     * system one (/usr/bin/python3), since Debian's python3-* packages live there while a
     * pyenv or venv python3 may shadow it.
     */
    public static Path requirePythonModule(String module, String installHint) {
        List<Path> candidates = new ArrayList<>();
        find("python3").ifPresent(candidates::add);
        Path system = Path.of("/usr/bin/python3");
        if (Files.isExecutable(system)) {
            candidates.add(system);
        }
        for (Path python : candidates) {
            try {
                Result r = run(Duration.ofSeconds(60), List.of(python.toString(), "-c", "import " + module));
                if (r.ok()) {
                    return python;
                }
            } catch (IOException e) {
                // try the next interpreter
            }
        }
        unavailable("Python module " + module + " not importable by " + candidates + " (" + installHint + ")");
        throw new IllegalStateException("unreachable");
    }

    /** Skips the calling test (prints why on stderr) or, when required, fails it. */
    public static void unavailable(String why) {
        if (required()) {
            Assertions.fail(why + "; -D" + REQUIRED_PROPERTY + "=true makes this a failure");
        }
        System.err.println("SKIPPED interop check: " + why);
        Assumptions.assumeTrue(false, why);
    }

    /**
     * Runs {@code command} with no stdin, capturing stdout and stderr (through temporary files,
     * so a chatty tool cannot block on a full pipe). Kills it and fails the test after {@code timeout}.
     */
    public static Result run(Duration timeout, List<String> command) throws IOException {
        Path out = Files.createTempFile("jjmask-tool", ".out");
        Path err = Files.createTempFile("jjmask-tool", ".err");
        try {
            Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IOException("interrupted while running " + command, e);
            }
            if (!finished) {
                process.destroyForcibly();
                Assertions.fail(command + " did not finish within " + timeout + "\n--- stderr\n"
                    + text(err));
            }
            return new Result(process.exitValue(), text(out), text(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Tool output decoded leniently: a stray non-UTF-8 byte must not fail the test. */
    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    public static Result run(Duration timeout, String... command) throws IOException {
        return run(timeout, List.of(command));
    }
}
