package org.jjmask.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jjmask.design.SpecReader;
import org.jjmask.design.chip.ChipReader;
import org.jjmask.design.spec.KeyTable;
import org.jjmask.design.spec.SchemaWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "The JSON Schema (draft 2020-12) of the design spec, from the declarations the reader uses: "
                + "point an editor at it (examples/jjmask.schema.json) to complete and check a spec as it is typed.")
final class SchemaCommand implements Callable<Integer> {

    @Option(names = "--keys", description = "Print every key as a Markdown table instead (the README's key table).")
    boolean keys;

    @Option(names = "--chip", description = "The chip file's schema instead (examples/jjmask-chip.schema.json).")
    boolean chip;

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        if (chip) {
            out.print(keys ? KeyTable.markdown(ChipReader.declarations()) : chipSchema());
        } else {
            out.print(keys ? KeyTable.markdown(SpecReader.declarations()) : schema());
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The chip file's schema as {@code examples/jjmask-chip.schema.json} holds it. */
    static String chipSchema() {
        return SchemaWriter.toJson(SchemaWriter.schema(ChipReader.declarations(), "jjmask chip file"));
    }

    /** The schema as {@code examples/jjmask.schema.json} holds it. */
    static String schema() {
        return SchemaWriter.toJson(SchemaWriter.schema(SpecReader.declarations(), "jjmask design spec"));
    }
}
