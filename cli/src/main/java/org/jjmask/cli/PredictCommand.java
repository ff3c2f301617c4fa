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

    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC", description = "The design file (YAML).")
    Path specFile;

    @Option(names = "--list-presets", description = "List the material, substrate and fabrication presets with "
            + "their numbers and sources (no SPEC needed).")
    boolean listPresets;

    @Option(names = "--json", description = "Print the JSON summary instead of the table.")
    boolean json;

    @Option(names = "--field", description = "Also print the field response: h/2e and h/e periods, their "
            + "damping, and Hc2 perpendicular / parallel and their anisotropy at a few temperatures.")
    boolean field;

    @picocli.CommandLine.Mixin
    ForceOption force;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = command.commandLine().getOut();
        if (listPresets) {
            if (json) {
                out.print(PresetList.json());
            } else {
                PresetList.print(out);
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (specFile == null) {
            throw new UserError("predict needs a SPEC file (or --list-presets)");
        }
        org.jjmask.design.Spec spec = SpecReader.read(specFile);
        WorkGuard.require(WorkGuard.design("predict", spec), force.force);
        DesignResult r = Designer.run(TbktCache.resolve(spec, command.commandLine().getErr(), json));
        if (json) {
            out.print(Summary.toJson(Summary.of(r, List.of())));
        } else {
            SummaryTable.print(r, out);
            if (field) {
                FieldTable.print(r, out);
            }
            out.println("  phase decided by: " + r.prediction().phaseCriterion());
            for (ValidityFlag f : r.flags()) {
                out.println("  note [" + f.code() + "]: " + f.message());
            }
        }
        out.flush();
        WorkGuard.warnWriteTime(r.writeTimeS(), spec, command.commandLine().getErr());
        return ExitCodes.OK;
    }
}
