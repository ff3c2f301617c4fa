package org.jjmask.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Designer;
import org.jjmask.layout.drc.Violation;
import org.jjmask.design.OptimizationOutcome;
import org.jjmask.design.OptimizationSummary;
import org.jjmask.design.OutputFile;
import org.jjmask.design.Spec;
import org.jjmask.design.Summary;
import org.jjmask.design.fit.CalibrationFile;
import org.jjmask.design.fit.FittedParameter;
import org.jjmask.gds.GdsWriter;
import org.jjmask.gds.GdsWriterOptions;
import org.jjmask.layout.LayerProperties;
import org.jjmask.layout.LayoutGds;
import org.jjmask.layout.SvgPreview;
import org.jjmask.report.DesignReport;
import org.jjmask.report.ReportInputs;

/** One design pass written to disk: GDS first (the report and JSON cite its hash), then PDF, then JSON. */
final class DesignRun {

    private DesignRun() {}

    /** Designs {@code spec} and writes the files {@code output} asks for; returns the exit code. */
    static int run(Spec spec, OutputOptions output, picocli.CommandLine commandLine) throws IOException, UserError {
        return run(spec, output, commandLine, Optional.empty());
    }

    /** As {@link #run(Spec, OutputOptions, picocli.CommandLine)}, with the calibration's page in the report. */
    static int run(Spec spec, OutputOptions output, picocli.CommandLine commandLine, Optional<CalibrationFile> calibration)
            throws IOException, UserError {
        Set<Format> formats = output.formatSet();
        try (Progress progress = Progress.of("design", Designer.STEPS.size() + formats.size(), output.quiet)) {
            progress.message(Designer.STEPS.get(0));
            DesignResult result = Designer.run(spec, done -> progress.step(next(done, "writing")));
            return write(result, output.outDir, formats, BuildTime.from(System.getenv()), output.quiet, output.json,
                    commandLine.getOut(), commandLine.getErr(), Optional.empty(), calibration, progress);
        }
    }

    /** The step of {@link Designer#STEPS} after {@code done}, or {@code last}, for the bar: what runs now. */
    static String next(String done, String last) {
        int i = Designer.STEPS.indexOf(done);
        return i + 1 < Designer.STEPS.size() ? Designer.STEPS.get(i + 1) : last;
    }

    static int run(Spec spec, Path outDir, Set<Format> formats, Instant created, boolean quiet, boolean printJson,
            PrintWriter out, PrintWriter err) throws IOException {
        return write(Designer.run(spec), outDir, formats, created, quiet, printJson, out, err, Optional.empty());
    }

    /**
     * Writes a design pass's files; with an optimisation also its report section, its JSON keys and
     * NAME.optimized.yaml ({@code optimizedSpec}), and exit 3 when a goal is missed.
     */
    static int write(DesignResult result, Path outDir, Set<Format> formats, Instant created, boolean quiet,
            boolean printJson, PrintWriter out, PrintWriter err, Optional<Optimized> optimization) throws IOException {
        return write(result, outDir, formats, created, quiet, printJson, out, err, optimization, Optional.empty(),
                Progress.none());
    }

    /**
     * {@link #write}, with the calibration's page in the report and its keys in the JSON, stepping
     * {@code progress} once per file kind written (GDS, PDF, JSON).
     */
    static int write(DesignResult result, Path outDir, Set<Format> formats, Instant created, boolean quiet,
            boolean printJson, PrintWriter out, PrintWriter err, Optional<Optimized> optimization,
            Optional<CalibrationFile> calibration, Progress progress) throws IOException {
        Spec spec = result.spec();
        List<OutputFile> outputs = new ArrayList<>();
        // the files beside the GDS go into the JSON's list, not the report's (which cites the mask)
        List<OutputFile> beside = new ArrayList<>();
        List<Path> written;
        String json;
        try (AtomicFiles files = new AtomicFiles()) {
            if (formats.contains(Format.GDS)) {
                Path target = outDir.resolve(spec.name() + ".gds");
                Path tmp = files.stage(target, f -> writeGds(result, created, f));
                outputs.add(describe("gds", target, tmp));
                beside.addAll(stageBesideGds(result, outDir, files));
                progress.step(formats.contains(Format.PDF) ? "pdf" : "json");
            }
            if (formats.contains(Format.PDF)) {
                Path target = outDir.resolve(spec.name() + ".pdf");
                byte[] pdf = DesignReport.render(result, new ReportInputs(List.copyOf(outputs), created,
                        optimization.map(Optimized::outcome), calibration));
                Path tmp = files.stage(target, f -> Files.write(f, pdf));
                outputs.add(describe("pdf", target, tmp));
                progress.step("json");
            }
            outputs.addAll(beside);
            if (optimization.isPresent()) {
                Optimized o = optimization.get();
                stageText(files, outDir.resolve(o.outcome().optimizedSpecName()), "yaml", o.specYaml(), outputs);
            }
            var node = Summary.of(result, outputs);
            optimization.ifPresent(o -> OptimizationSummary.add(node, o.outcome().search(), result, o.outcome().yield(),
                    o.outcome().optimizedSpecName()));
            calibration.ifPresent(c -> calibration(node, c));
            json = Summary.toJson(node);
            if (formats.contains(Format.JSON)) {
                Path target = outDir.resolve(spec.name() + ".json");
                files.stage(target, f -> Files.writeString(f, json, StandardCharsets.UTF_8));
                progress.step("done");
            }
            written = files.commit();
        }
        progress.close();  // the bar ends before the table is printed
        if (printJson) {
            out.print(json);
            out.flush();
        } else if (!quiet) {
            SummaryTable.print(result, out);
            optimization.ifPresent(o -> OptimizeCommand.printGoals(o.outcome(), out));
            for (Path p : written) {
                out.printf("wrote %s (%,d bytes)%n", p, Files.size(p));
            }
            out.flush();
        }
        if (!quiet) {
            WorkGuard.warnWriteTime(result.writeTimeS(), spec, err);
        }
        boolean missed = optimization.isPresent() && !optimization.get().outcome().met();
        if (missed) {
            OptimizeCommand.reportMiss(optimization.get().outcome(), err);
        }
        if (!result.drc().isEmpty()) {
            for (Violation v : result.drc()) {
                err.printf("design rule %s: %s%n", v.rule(), v.message());
            }
        }
        err.flush();
        return missed || !result.drc().isEmpty() ? ExitCodes.VIOLATION : ExitCodes.OK;
    }

    /** An optimisation's outcome and the text of its optimised spec, written beside the design. */
    record Optimized(OptimizationOutcome outcome, String specYaml) {}

    /**
     * The files that go with the GDS: NAME.lyp (KLayout layer properties of exactly the layers the
     * GDS uses), NAME.svg (the whole device) and NAME.cell.svg (one unit cell's written holes),
     * and NAME.marks.csv when the spec has alignment marks.
     */
    static List<OutputFile> stageBesideGds(DesignResult result, Path outDir, AtomicFiles files) throws IOException {
        String name = result.spec().name();
        List<OutputFile> staged = new ArrayList<>();
        stageText(files, outDir.resolve(name + ".lyp"), "lyp",
                LayerProperties.lyp(result.layout().layers(), Summary.writtenLayers(result)), staged);
        stageText(files, outDir.resolve(name + ".svg"), "svg",
                SvgPreview.device(result.layout(), result.annotations(), name), staged);
        stageText(files, outDir.resolve(name + ".cell.svg"), "svg", SvgPreview.unitCell(result.layout(), name), staged);
        if (!result.annotations().marks().isEmpty()) {
            stageText(files, outDir.resolve(name + ".marks.csv"), "csv", result.annotations().marksCsv(), staged);
        }
        if (result.ebeam().isPresent() && result.spec().ebeam().classed()) {
            for (var sidecar : DoseSidecars.of(name, result.spec().ebeam(), result.ebeam().get())) {
                stageText(files, outDir.resolve(sidecar.fileName()), sidecar.kind(), sidecar.text(), staged);
            }
        }
        return staged;
    }

    private static void stageText(AtomicFiles files, Path target, String kind, String text, List<OutputFile> staged)
            throws IOException {
        Path tmp = files.stage(target, f -> Files.writeString(f, text, StandardCharsets.UTF_8));
        staged.add(describe(kind, target, tmp));
    }

    static void writeGds(DesignResult result, Instant created, Path file) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                GdsWriter w = GdsWriter.open(os, GdsWriterOptions.defaults())) {
            LayoutGds.write(result.layout(), result.film(), result.annotations(), result.holeClasses(),
                    result.spec().name(), LocalDateTime.ofInstant(created, ZoneOffset.UTC), w);
        }
    }

    private static OutputFile describe(String kind, Path target, Path staged) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (var in = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            Files.copy(staged, in);
        }
        return new OutputFile(kind, target.getFileName().toString(), Files.size(staged), HexFormat.of().formatHex(sha.digest()));
    }

    /** {@code calibration}: the fit the report's calibration page shows, its keys as NAME.fit.json has them. */
    private static void calibration(com.fasterxml.jackson.databind.node.ObjectNode node, CalibrationFile c) {
        var o = node.putObject("calibration");
        o.put("file", c.file());
        o.put("data", c.data());
        o.put("chi2_per_dof", c.chi2PerDof());
        var ps = o.putObject("parameters");
        for (FittedParameter p : c.parameters()) {
            var q = ps.putObject(p.key());
            if (p.determined()) {
                q.put("value", p.value());
                q.put("stderr", p.stderr().orElseThrow());
            } else {
                q.putNull("value");
                q.putNull("stderr");
            }
            q.put("determined", p.determined());
        }
    }
}
