package org.jjmask.cli;

import java.io.PrintWriter;
import org.jjmask.design.spec.SpecException;
import org.jjmask.gds.GdsFormatException;
import picocli.CommandLine;

/** Entry point: runs {@link JjmaskCommand} and maps failures to CONTRACT.md's exit codes. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line with the given streams; returns the exit code (for tests and main). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new JjmaskCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof SpecException || ex instanceof UserError || ex instanceof GdsFormatException) {
                err.println("jjmask: " + ex.getMessage());
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof java.io.IOException io) {
                err.println("jjmask: I/O error: " + io);
                err.flush();
                return ExitCodes.FAILED;
            }
            err.println("jjmask: internal error (please report it with the spec that caused it):");
            ex.printStackTrace(err);
            err.flush();
            return ExitCodes.FAILED;
        });
        return cl;
    }
}
