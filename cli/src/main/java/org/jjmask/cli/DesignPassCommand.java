package org.jjmask.cli;

import java.util.concurrent.Callable;
import org.jjmask.design.Spec;
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

    @Override
    public Integer call() throws Exception {
        Spec spec = spec();
        WorkGuard.require(WorkGuard.design(command.name(), spec), force.force);
        return DesignRun.run(spec, output, command.commandLine());
    }
}
