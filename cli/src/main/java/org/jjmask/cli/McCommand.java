package org.jjmask.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jjmask.design.McNetworks;
import org.jjmask.design.Spec;
import org.jjmask.design.SpecReader;
import org.jjmask.physics.mc.ChainResult;
import org.jjmask.physics.mc.MonteCarloBkt;
import org.jjmask.physics.mc.Scan;
import org.jjmask.physics.mc.ScanPlan;
import org.jjmask.physics.mc.XyNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jjmask mc SPEC}: classical XY Monte Carlo of the spec's own junction network
 * ({@link McNetworks}), T_BKT/E_J by the helicity-modulus jump with the Weber–Minnhagen fit, and
 * T_BKT in kelvin self-consistent with E_J(T).
 */
@Command(name = "mc", mixinStandardHelpOptions = true,
        description = "XY Monte Carlo of the spec's own junction network: T_BKT/E_J from the helicity-modulus jump "
                + "(Weber-Minnhagen fit over the sizes) and T_BKT in kelvin. Runs on every core; a progress bar on a "
                + "terminal. --shard I/N -o PART runs one share of the chains; 'jjmask merge' joins the parts.")
final class McCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPEC", description = "The design file (YAML).")
    Path specFile;

    @Option(names = "--field-fraction", paramLabel = "f", description = "Flux quanta per mean plaquette, B*S/Phi0 "
            + "(default 0); rounded per size to a whole number of quanta through the periodic patch.")
    double fieldFraction;

    @Option(names = "--sizes", split = ",", paramLabel = "L", description = "Patch sizes in unit cells of the written "
            + "lattice (default 8,16,32; at least two, ascending).")
    int[] sizes = {8, 16, 32};

    @Option(names = "--sweeps", paramLabel = "N", description = "Measured Monte Carlo steps per chain (default 3000).")
    int sweeps = 3000;

    @Option(names = "--temperatures", paramLabel = "N", description = "Temperatures per size (default 8).")
    int temperatures = 8;

    @Option(names = "--draws", paramLabel = "N", description = "Disorder draws (windows of a disordered array) per "
            + "size and temperature (default 4; a periodic array has one).")
    int draws = 4;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1): same seed, same numbers.")
    long seed = 1;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: every core); the result "
            + "does not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--shard", paramLabel = "I/N", description = "Run only shard I of N (0-based) and write its part "
            + "file to -o.")
    String shard;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the result (or, with --shard, the "
            + "part) to FILE.")
    Path output;

    @Option(names = "--json", description = "Print the JSON result instead of the summary.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar, no summary line.")
    boolean quiet;

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        int[] sh = shard == null ? new int[] {0, 1} : parseShard(shard);
        if (shard != null && output == null) {
            throw new UserError("--shard needs -o PART (the part file to write)");
        }
        if (threads < 1) {
            throw new UserError("--threads: " + threads + " is not a number of threads (1 or more)");
        }
        if (!Double.isFinite(fieldFraction)) {
            throw new UserError("--field-fraction: " + fieldFraction + " is not a number");
        }
        Spec spec = SpecReader.read(specFile);
        McNetworks.McFamily family;
        MonteCarloBkt mc;
        try {
            mc = new MonteCarloBkt(sizes, sweeps, temperatures, draws, seed);
            family = McNetworks.of(spec, fieldFraction, draws);
            // every window is built (and cached) before any chain runs: a size that does not fit is bad input
            for (int s : sizes) {
                for (int d = 0; d < (family.scattered() ? draws : 1); d++) {
                    family.family().patch(s, d);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        int effectiveDraws = family.scattered() ? draws : 1;
        mc = new MonteCarloBkt(sizes, sweeps, temperatures, effectiveDraws, seed);
        long t0 = System.nanoTime();
        ScanPlan plan;
        try {
            plan = mc.plan(family.family(), threads);
        } catch (IllegalStateException e) {
            throw new UserError(specFile + ": " + e.getMessage());
        }
        ObjectNode meta = meta(spec, family, effectiveDraws);
        List<ScanPlan.Task> tasks = plan.shard(sh[0], sh[1]);
        ChainResult[] chains = run(plan, family, tasks);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long updates = 0;
        for (ChainResult c : chains) {
            updates += c.updates();
        }
        PrintWriter out = command.commandLine().getOut();
        if (shard != null) {
            String text = McOutput.text(McOutput.part(meta, plan, sh[0], sh[1], tasks, chains));
            write(output, text);
            if (!quiet) {
                out.printf("wrote %s: shard %d/%d, %d of %d chains in %.1f s%n", output, sh[0], sh[1], tasks.size(),
                        plan.taskCount(), seconds);
            }
            out.flush();
            return ExitCodes.OK;
        }
        ObjectNode result = McOutput.result(meta, plan, chains);
        if (output != null) {
            write(output, McOutput.text(result));
        }
        ObjectNode shown = result.deepCopy();
        ((ObjectNode) shown.get("mc")).put("updates_per_s", updates / seconds);
        ((ObjectNode) shown.get("mc")).put("seconds", seconds);
        if (json) {
            out.print(McOutput.text(shown));
        } else if (!quiet || output == null) {
            print(out, shown);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private ChainResult[] run(ScanPlan plan, McNetworks.McFamily family, List<ScanPlan.Task> tasks) {
        boolean bar = !quiet && System.console() != null && !"dumb".equals(System.getenv("TERM"));
        if (!bar) {
            IntConsumer none = k -> { };
            return Scan.run(plan, family.family(), tasks, threads, none);
        }
        try (ProgressBar pb = new ProgressBarBuilder().setTaskName("mc").setInitialMax(tasks.size())
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            return Scan.run(plan, family.family(), tasks, threads, k -> pb.step());
        }
    }

    /** What the run stands for, the same in every shard: network, field, the mean junction. */
    private ObjectNode meta(Spec spec, McNetworks.McFamily family, int effectiveDraws) {
        ObjectNode m = McOutput.JSON.createObjectNode();
        m.put("spec", spec.name());
        m.put("network", McNetworks.networkName(spec));
        m.put("scattered", family.scattered());
        m.put("field_fraction", fieldFraction);
        ArrayNode used = m.putArray("field_fraction_used");
        ArrayNode islands = m.putArray("islands");
        for (int s : sizes) {
            XyNetwork n = family.family().patch(s, 0);
            int faces = n.bonds() - n.sites();
            used.add(Math.rint(fieldFraction * faces) / faces);
            islands.add(n.sites());
        }
        McNetworks.Junction0 j = McNetworks.junction(spec);
        ObjectNode jn = m.putObject("junction");
        jn.put("rn_ohm", j.rnOhm());
        jn.put("ej_K", j.ejK());
        jn.put("tc0_K", j.tc0K());
        jn.put("gap_ratio", j.gapRatio());
        return m;
    }

    private static void print(PrintWriter out, ObjectNode shown) {
        var mc = shown.get("mc");
        out.printf("XY Monte Carlo of %s (%s network%s), f = %s%n", mc.get("spec").asText(), mc.get("network").asText(),
                mc.get("scattered").asBoolean() ? ", disordered windows" : "", mc.get("field_fraction").asText());
        out.printf("  T_BKT/E_J = %.4f ± %.4f   (Weber-Minnhagen fit over L = %s, chi2/dof %.2f%s)%n",
                mc.get("tbkt_over_ej").asDouble(), mc.get("tbkt_over_ej_error").asDouble(), mc.get("sizes").toString(),
                mc.get("chi2_per_dof").asDouble(), mc.get("bracketed").asBoolean() ? "" : ", AT THE GRID EDGE");
        out.printf("  T_BKT     = %.3f ± %.3f K   (k_B T = c E_J(T), E_J(0)/k_B = %.2f K)%n", mc.get("tbkt_K").asDouble(),
                mc.get("tbkt_K_error").asDouble(), mc.get("ej_K").asDouble());
        out.printf("  %,d updates in %.1f s (%.1f M/s)%n", mc.get("updates").asLong(), mc.get("seconds").asDouble(),
                mc.get("updates_per_s").asDouble() / 1e6);
    }

    static int[] parseShard(String s) throws UserError {
        String[] p = s.split("/", -1);
        try {
            if (p.length == 2) {
                int i = Integer.parseInt(p[0].strip());
                int n = Integer.parseInt(p[1].strip());
                if (n >= 1 && i >= 0 && i < n) {
                    return new int[] {i, n};
                }
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new UserError("--shard " + s + ": expected I/N with 0 <= I < N");
    }

    static void write(Path file, String text) throws Exception {
        try (AtomicFiles files = new AtomicFiles()) {
            files.stage(file, f -> Files.writeString(f, text, StandardCharsets.UTF_8));
            files.commit();
        }
    }
}
