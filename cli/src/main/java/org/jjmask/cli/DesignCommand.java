package org.jjmask.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jjmask.design.SpecReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "design", mixinStandardHelpOptions = true,
        description = "One design pass: lay out the hole array, check the design rules, predict the physics, "
                + "and write NAME.gds, NAME.pdf and NAME.json. Exit 3 when a design rule is violated.")
final class DesignCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPEC", description = "The design file (YAML).")
    Path specFile;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        return DesignRun.run(SpecReader.read(specFile), output, command.commandLine());
    }
}
