package org.jjmask.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.jjmask.design.Spec;
import org.jjmask.design.fit.CalibrationFile;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/** A command that runs one design pass on a spec and writes its files: {@code design} and {@code demo}. */
abstract class DesignPassCommand implements Callable<Integer> {

    @Mixin
    OutputOptions output;

    @Mixin
    ForceOption force;

    @picocli.CommandLine.Spec
    CommandSpec command;

    /** The spec to design, read where the command says. */
    abstract Spec spec() throws Exception;

    /** The calibration whose page goes into the report ({@code design --calibration}); none by default. */
    Optional<CalibrationFile> calibration() throws Exception {
        return Optional.empty();
    }

    @Override
    public Integer call() throws Exception {
        // the calibration is read (and refused) before the design pass, so bad input costs nothing
        Optional<CalibrationFile> calibration = calibration();
        Spec spec = spec();
        WorkGuard.require(WorkGuard.design(command.name(), spec), force.force);
        spec = TbktCache.resolve(spec, command.commandLine().getErr(), output.quiet);
        return DesignRun.run(spec, output, command.commandLine(), calibration);
    }
}
