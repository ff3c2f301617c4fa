package org.jjmask.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jjmask merge PART... -o FILE}: joins the part files of {@code sweep} or {@code mc --shard I/N} runs. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join the part files of 'sweep --shard I/N' or 'mc --shard I/N' runs into the result the "
                + "unsharded run writes (byte for byte).")
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PART", description = "Part files, in any order.")
    List<Path> parts;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The merged result.")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "No summary line.")
    boolean quiet;

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path p : parts) {
            try {
                texts.add(java.nio.file.Files.readString(p, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UserError(p + ": not a readable part file (" + IoErrors.describe(e) + ")");
            }
        }
        if (SweepPart.isPart(texts.get(0))) {
            String csv = SweepPart.join(parts.stream().map(Path::toString).toList(), texts);
            McCommand.write(output, csv);
            PrintWriter out = command.commandLine().getOut();
            if (!quiet) {
                out.printf("wrote %s: %,d grid points from %d part files%n", output, csv.lines().count() - 1,
                        parts.size());
            }
            out.flush();
            return ExitCodes.OK;
        }
        List<JsonNode> nodes = new ArrayList<>();
        for (Path p : parts) {
            try {
                nodes.add(McOutput.JSON.readTree(p.toFile()));
            } catch (IOException e) {
                throw new UserError(p + ": not a readable part file (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
        }
        McOutput.Joined j = McOutput.join(nodes);
        McCommand.write(output, McOutput.text(McOutput.result(j.meta(), j.plan(), j.chains())));
        PrintWriter out = command.commandLine().getOut();
        if (!quiet) {
            out.printf("wrote %s: %d chains from %d part files%n", output, j.chains().length, parts.size());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
