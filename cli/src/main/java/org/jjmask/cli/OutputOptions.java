package org.jjmask.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** Options shared by the commands that write a design: where, which files, how chatty. */
final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "Directory for NAME.gds, NAME.pdf and NAME.json (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT", defaultValue = "gds,pdf,json",
            description = "Files to write, comma separated: gds, pdf, json (default: ${DEFAULT-VALUE}). With gds come NAME.lyp, NAME.svg, NAME.cell.svg and, when the spec has marks, NAME.marks.csv.")
    List<Format> formats;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--json", description = "Print the JSON summary on stdout instead of the table.")
    boolean json;

    Set<Format> formatSet() {
        return formats.isEmpty() ? EnumSet.allOf(Format.class) : EnumSet.copyOf(formats);
    }
}
