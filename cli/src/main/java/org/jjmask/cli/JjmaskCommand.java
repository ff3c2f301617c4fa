package org.jjmask.cli;

import org.jjmask.design.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: subcommands only. */
@Command(name = "jjmask", mixinStandardHelpOptions = true, versionProvider = JjmaskCommand.VersionProvider.class,
        description = "Nano-hole Josephson-junction-array masks: layout, GDSII, physics prediction, design report.",
        subcommands = {DemoCommand.class, DesignCommand.class, PredictCommand.class, OptimizeCommand.class, SweepCommand.class,
            CheckCommand.class, InspectCommand.class, SchemaCommand.class, ChipCommand.class, FitCommand.class,
            McCommand.class, MergeCommand.class, DosetestCommand.class, picocli.AutoComplete.GenerateCompletion.class,
            CommandLine.HelpCommand.class})
final class JjmaskCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (demo, design, predict, "
                + "optimize, sweep, check, inspect, schema, chip, mc, merge, dosetest, generate-completion)");
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"jjmask " + Version.VERSION};
        }
    }
}
