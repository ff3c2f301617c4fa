package org.jjmask.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Designer;
import org.jjmask.design.Goal;
import org.jjmask.design.Numbers;
import org.jjmask.design.OptimizationOutcome;
import org.jjmask.design.OptimizationResult;
import org.jjmask.design.OptimizedSpec;
import org.jjmask.design.Optimizer;
import org.jjmask.design.Spec;
import org.jjmask.design.SpecReader;
import org.jjmask.design.YieldAnalysis;
import org.jjmask.design.chip.BracketChip;
import org.jjmask.physics.Prediction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = "Optimise the lattice toward the spec's target: under the fabrication limits, vary what "
                + "target.vary names, then write the best design as `design` does (NAME.gds, NAME.pdf with an "
                + "Optimisation section, NAME.json with the trace and the yield) and NAME.optimized.yaml, which "
                + "`jjmask design` turns into the same design; with --chip also a chip file bracketing the optimum. Exit 3 when a target is missed (the closest design "
                + "that can be made is written) or a design rule is broken.")
final class OptimizeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPEC", description = "The design file (YAML) with a target: section.")
    Path specFile;

    @Mixin
    OutputOptions output;

    @picocli.CommandLine.Option(names = "--chip", paramLabel = "CHIP.yaml",
            description = "Also write a chip file bracketing the optimum: pitch and hole diameter 10 % below, at and "
                    + "above it, a 3 × 3 matrix around NAME.optimized.yaml that `jjmask chip CHIP.yaml` lays out.")
    Path chipFile;

    @Mixin
    ForceOption force;

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        // model.tbkt: monte_carlo: the search takes the input network's measured constant; the written design
        // its own (a second cached measurement)
        Spec spec = TbktCache.resolve(SpecReader.read(specFile), command.commandLine().getErr(), output.quiet);
        if (spec.target().isEmpty()) {
            throw new UserError(specFile + ": target: missing (optimize needs a target, e.g. target: {tbkt_K: 5})");
        }
        // the search is on the unit cell; the design it returns fills the spec's device
        WorkGuard.require(WorkGuard.design("optimize", spec), force.force);
        java.time.Instant created = BuildTime.from(System.getenv());
        String original = Files.readString(specFile, StandardCharsets.UTF_8);
        PrintWriter err = command.commandLine().getErr();
        try (Progress progress = Progress.of("optimize", 3 + output.formatSet().size(), output.quiet)) {
            progress.message("search");
            OptimizationResult search = Optimizer.optimize(spec);
            if (search.bestSpec().isEmpty()) {
                progress.close();
                err.println("jjmask: no design within the bounds of target.vary can be made under the fabrication limits "
                        + "(min_feature_nm " + Numbers.format(spec.fabrication().minFeatureNm()) + " nm"
                        + spec.fabrication().maxHoleNm().stream().mapToObj(m -> ", max_hole_nm " + Numbers.format(m))
                                .findFirst().orElse("") + "); nothing written");
                err.flush();
                return ExitCodes.VIOLATION;
            }
            progress.step("design");
            Spec best = search.bestSpec().get();
            String name = spec.name() + ".optimized.yaml";
            Path dir = specFile.toAbsolutePath().getParent();
            String yaml = OptimizedSpec.yaml(original, best, dir == null ? Path.of("") : dir,
                    "optimised by jjmask optimize from " + specFile.getFileName() + ": " + best.lattice().type().specName()
                            + " lattice, pitch " + Numbers.format(best.lattice().pitchNm()) + " nm, holes "
                            + Numbers.format(best.lattice().holeDiameterNm()) + " nm\n`jjmask design " + name
                            + "` reproduces the design");
            // the returned design is this file's design pass, so that `design` of it gives the same numbers
            Spec reread = TbktCache.resolve(SpecReader.parse(yaml, name), err, output.quiet);
            DesignResult design = Designer.run(reread);
            progress.step("yield");
            // with ebeam.predict_printed the draws scatter around the printed hole, not the drawn one
            YieldAnalysis.Result yield = YieldAnalysis.run(Designer.printedSpec(design),
                    reread.target().orElseThrow().goals(), reread.target().orElseThrow().yieldSamples());
            progress.step("writing");
            OptimizationOutcome outcome = new OptimizationOutcome(search, design, yield, name);
            int code = DesignRun.write(design, output.outDir, output.formatSet(), created, output.quiet, output.json,
                    command.commandLine().getOut(), err, Optional.of(new DesignRun.Optimized(outcome, yaml)),
                    Optional.empty(), progress);
            if (chipFile != null) {
                writeChip(design, output.outDir.resolve(name), chipFile, specFile);
                if (!output.quiet && !output.json) {
                    command.commandLine().getOut().printf("wrote %s (3 × 3 around the optimum; jjmask chip %s)%n",
                            chipFile, chipFile);
                    command.commandLine().getOut().flush();
                }
            }
            return code;
        }
    }

    /** The chip file around the optimum, its base the optimised spec (named relative to the chip file). */
    static void writeChip(DesignResult best, Path optimizedSpec, Path chip, Path specFile) throws java.io.IOException {
        Path chipDir = chip.toAbsolutePath().normalize().getParent();
        Path base = optimizedSpec.toAbsolutePath().normalize();
        Path named = chipDir != null && base.getRoot() != null && base.getRoot().equals(chipDir.getRoot())
                ? chipDir.relativize(base) : base;
        String text = BracketChip.yaml(BracketChip.chipName(best.spec().name()), named, best,
                "written by jjmask optimize --chip from " + specFile.getFileName() + ": the optimum (pitch "
                        + Numbers.format(best.spec().lattice().pitchNm()) + " nm, holes "
                        + Numbers.format(best.spec().lattice().holeDiameterNm()) + " nm, device B2) with pitch and "
                        + "hole diameter " + Math.round(BracketChip.STEP * 100) + " % below and above it.\n"
                        + "Corners may break min_neck or max_hole: jjmask chip lays them out and flags them (exit 3).\n"
                        + "Run: jjmask chip " + chip.getFileName());
        try (AtomicFiles files = new AtomicFiles()) {
            files.stage(chip, f -> Files.writeString(f, text, StandardCharsets.UTF_8));
            files.commit();
        }
    }

    /** The goals, what the design achieves and the yield, under the summary table. */
    static void printGoals(OptimizationOutcome o, PrintWriter out) {
        Prediction p = o.design().prediction();
        out.printf("  optimisation: %d designs evaluated, %s%n", o.search().trace().size(),
                o.met() ? "every target met" : "target missed: the closest design that can be made");
        for (Goal g : o.search().target().goals()) {
            String got = g instanceof Goal.Quantity q
                    ? String.format(java.util.Locale.ROOT, "%s (target %s ± %s)", Numbers.format(q.actual(p)),
                            Numbers.format(q.value()), Numbers.format(q.tolerance()))
                    : p.phase().jsonName() + " (target " + ((Goal.PhaseIs) g).phase().jsonName() + ")";
            out.printf("  %-22s %s %s%s%n", g.key(), got, g.met(p) ? "met" : "MISSED", probability(o, g));
        }
        out.printf("  %-22s %s%n", "yield", Numbers.format(o.yield().yieldFraction()) + " of "
                + o.yield().samples() + " draws meet every target"
                + (o.yield().inputsDrawn().isEmpty() ? "" : " (process spread and input ranges drawn together)"));
    }

    /** ", probability 0.42 over the input ranges": how sure the nominal verdict is. */
    static String probability(OptimizationOutcome o, Goal g) {
        var u = o.design().uncertainty();
        return u.present() ? " (probability " + Numbers.format(Math.round(u.probability(g) * 100) / 100.0)
                + " over the input ranges, " + u.draws() + " draws)" : "";
    }

    /** One line per missed goal, on stderr. */
    static void reportMiss(OptimizationOutcome o, PrintWriter err) {
        Prediction p = o.design().prediction();
        for (Goal g : o.search().target().goals()) {
            if (!g.met(p)) {
                String what = g instanceof Goal.Quantity q
                        ? g.key() + " " + Numbers.format(q.actual(p)) + ", target " + Numbers.format(q.value())
                                + " ± " + Numbers.format(q.tolerance())
                        : "phase " + p.phase().jsonName() + ", target " + ((Goal.PhaseIs) g).phase().jsonName();
                err.println("target missed: " + what + " (the closest design that can be made, "
                        + o.design().spec().lattice().type().specName() + " pitch " + Numbers.format(o.design().spec().lattice().pitchNm())
                        + " nm holes " + Numbers.format(o.design().spec().lattice().holeDiameterNm()) + " nm, is written)");
            }
        }
    }
}
