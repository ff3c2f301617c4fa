package org.jjmask.cli;

import java.nio.file.Path;
import org.jjmask.design.Spec;
import org.jjmask.design.SpecReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "design", mixinStandardHelpOptions = true,
        description = "One design pass: lay out the hole array, check the design rules, predict the physics, "
                + "and write NAME.gds, NAME.pdf and NAME.json. Exit 3 when a design rule is violated.")
final class DesignCommand extends DesignPassCommand {

    @Parameters(index = "0", paramLabel = "SPEC", description = "The design file (YAML).")
    Path specFile;

    @Override
    Spec spec() throws Exception {
        return SpecReader.read(specFile);
    }
}
