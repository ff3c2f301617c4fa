package org.jjmask.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Designer;
import org.jjmask.design.Summary;
import org.jjmask.design.SpecReader;
import org.jjmask.physics.ValidityFlag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict the array's physics from the laid-out geometry; writes no files.")
final class PredictCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPEC", description = "The design file (YAML).")
    Path specFile;

    @Option(names = "--json", description = "Print the JSON summary instead of the table.")
    boolean json;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        DesignResult r = Designer.run(SpecReader.read(specFile));
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.print(Summary.toJson(Summary.of(r, List.of())));
        } else {
            SummaryTable.print(r, out);
            out.println("  phase decided by: " + r.prediction().phaseCriterion());
            for (ValidityFlag f : r.flags()) {
                out.println("  note [" + f.code() + "]: " + f.message());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
