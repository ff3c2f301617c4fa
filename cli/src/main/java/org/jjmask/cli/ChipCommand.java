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
import java.util.concurrent.Callable;
import org.jjmask.design.DesignResult;
import org.jjmask.design.OutputFile;
import org.jjmask.design.chip.ChipDesigner;
import org.jjmask.design.chip.ChipDoses;
import org.jjmask.design.chip.ChipGds;
import org.jjmask.design.chip.ChipReader;
import org.jjmask.design.chip.ChipResult;
import org.jjmask.design.chip.ChipSpec;
import org.jjmask.design.chip.ChipSummary;
import org.jjmask.design.chip.ChipViolation;
import org.jjmask.design.chip.Placement;
import org.jjmask.exposure.vendor.DoseTable;
import org.jjmask.gds.GdsWriter;
import org.jjmask.gds.GdsWriterOptions;
import org.jjmask.layout.ChipSvg;
import org.jjmask.layout.LayerProperties;
import org.jjmask.layout.drc.Violation;
import org.jjmask.report.ChipReport;
import org.jjmask.report.ReportInputs;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "chip", mixinStandardHelpOptions = true,
        description = "A die of device variants: every device of the chip file (a vary: matrix or a devices: list) "
                + "designed and predicted, placed in its cell with its label, the die's title and corner marks, "
                + "written as one hierarchical mask NAME.gds with NAME.pdf (the chip map, the device table and each "
                + "device's summary page), NAME.json, NAME.csv (one row per device), NAME.lyp, NAME.svg and NAME.marks.csv. Exit 3 when a device or the die breaks a design rule "
                + "(the files are written all the same).")
final class ChipCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CHIP", description = "The chip file (YAML); see jjmask schema --chip.")
    Path chipFile;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "Directory for the files (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--json", description = "Print the chip's JSON on stdout instead of the table.")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", description = "Design passes at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new UserError("--threads must be at least 1");
        }
        ChipSpec spec = ChipReader.read(chipFile);
        ChipResult chip = ChipDesigner.run(spec, threads);
        return write(chip, outDir, BuildTime.from(System.getenv()), quiet, json, command.commandLine().getOut(),
                command.commandLine().getErr());
    }

    static int write(ChipResult designed, Path outDir, Instant created, boolean quiet, boolean printJson,
            PrintWriter out, PrintWriter err) throws IOException, UserError {
        String name = designed.spec().name();
        ChipResult chip;
        Optional<DoseTable> doses;
        try {
            // refused before any file is staged; the devices' classes renumbered into the chip's one
            // dose table, which the GDS, the sidecars, the report and the JSON then all use
            chip = ChipDoses.share(designed);
            doses = ChipDoses.of(chip);
        } catch (ChipDoses.Conflict c) {
            throw new UserError(c.getMessage());
        }
        List<OutputFile> outputs = new ArrayList<>();
        List<Path> written;
        String jsonText;
        try (AtomicFiles files = new AtomicFiles()) {
            ChipGds.Written[] gds = new ChipGds.Written[1];
            Path gdsTarget = outDir.resolve(name + ".gds");
            Path tmp = files.stage(gdsTarget, f -> gds[0] = writeGds(chip, created, f));
            outputs.add(describe("gds", gdsTarget, tmp));
            // the report cites the mask, as a design's does; the JSON lists every file. The report
            // (a page per device) is made on a thread of its own while the JSON is built here
            List<OutputFile> cited = List.copyOf(outputs);
            java.util.concurrent.ExecutorService pdfThread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "jjmask-chip-pdf");
                t.setDaemon(true);
                return t;
            });
            java.util.concurrent.Future<byte[]> pdfBytes = pdfThread.submit(
                    () -> ChipReport.render(chip, new ReportInputs(cited, created)));
            pdfThread.shutdown();
            stage(files, outDir.resolve(name + ".lyp"), "lyp",
                    LayerProperties.lyp(chip.devices().get(0).layout().layers(), ChipGds.usedLayers(chip)), outputs);
            stage(files, outDir.resolve(name + ".svg"), "svg", svg(chip), outputs);
            if (!chip.annotations().marks().isEmpty()) {
                stage(files, outDir.resolve(name + ".marks.csv"), "csv", chip.annotations().marksCsv(), outputs);
            }
            if (doses.isPresent()) {
                for (DoseSidecars.Sidecar sidecar : DoseSidecars.of(name, doses.get())) {
                    stage(files, outDir.resolve(sidecar.fileName()), sidecar.kind(), sidecar.text(), outputs);
                }
            }
            // the CSV is the JSON's table: made from it, listed in it as the GDS and its companions are
            var node = ChipSummary.of(chip, gds[0], outputs);
            String csv = ChipSummary.csv(node);
            stage(files, outDir.resolve(name + ".csv"), "csv", csv, outputs);
            byte[] pdf = join(pdfBytes);
            Path pdfTarget = outDir.resolve(name + ".pdf");
            outputs.add(1, describe("pdf", pdfTarget, files.stage(pdfTarget, f -> Files.write(f, pdf))));
            ChipSummary.files(node, outputs);  // "files" is the last key: the same JSON as building it anew
            jsonText = ChipSummary.toJson(node);
            String text = jsonText;
            files.stage(outDir.resolve(name + ".json"), f -> Files.writeString(f, text, StandardCharsets.UTF_8));
            written = files.commit();
        }
        if (printJson) {
            out.print(jsonText);
        } else if (!quiet) {
            table(chip, out);
            for (Path p : written) {
                out.printf("wrote %s (%,d bytes)%n", p, Files.size(p));
            }
        }
        out.flush();
        for (int i = 0; i < chip.devices().size(); i++) {
            for (Violation v : chip.devices().get(i).drc()) {
                err.printf("device %s: design rule %s: %s%n", chip.spec().devices().get(i).id(), v.rule(), v.message());
            }
        }
        for (ChipViolation v : chip.violations()) {
            err.printf("chip rule %s: %s%n", v.rule(), v.message());
        }
        err.flush();
        return chip.clean() ? ExitCodes.OK : ExitCodes.VIOLATION;
    }

    /** The report's bytes, or what went wrong making them as it was thrown. */
    private static byte[] join(java.util.concurrent.Future<byte[]> pdf) throws IOException {
        try {
            return pdf.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the chip report", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One line per device: its place, what varies, holes, T_BKT and phase. */
    private static void table(ChipResult chip, PrintWriter out) {
        ChipSpec s = chip.spec();
        out.printf("chip %s: %d × %d, %d devices, %,d holes, write time %.1f s%n", s.name(), s.rows(), s.columns(),
                s.devices().size(), chip.holes(), chip.writeTimeS());
        for (int i = 0; i < s.devices().size(); i++) {
            var d = s.devices().get(i);
            DesignResult r = chip.devices().get(i);
            StringBuilder v = new StringBuilder();
            for (var o : d.values()) {
                if (!"".equals(o.value())) { // a key the base leaves at its default: nothing to show
                    v.append(' ').append(o.key()).append('=').append(o.value());
                }
            }
            out.printf("  %-5s%s  holes %,d  T_BKT %s K  %s%n", d.id(), v, r.holes(), ChipReport.tbkt(r),
                    r.prediction().phase().jsonName());
        }
    }

    static ChipGds.Written writeGds(ChipResult chip, Instant created, Path file) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                GdsWriter w = GdsWriter.open(os, GdsWriterOptions.defaults())) {
            return ChipGds.write(chip, LocalDateTime.ofInstant(created, ZoneOffset.UTC), w);
        }
    }

    static String svg(ChipResult chip) {
        ChipSpec.Die die = chip.spec().die();
        Envelope dieNm = new Envelope(die.minXUm() * 1000, die.maxXUm() * 1000, die.minYUm() * 1000, die.maxYUm() * 1000);
        List<Polygon> outlines = new ArrayList<>();
        List<Polygon> pads = new ArrayList<>();
        for (int i = 0; i < chip.devices().size(); i++) {
            Placement p = chip.placements().get(i);
            AffineTransformation t = AffineTransformation.translationInstance(p.offsetXNm(), p.offsetYNm());
            DesignResult r = chip.devices().get(i);
            outlines.add((Polygon) t.transform(r.layout().outlineNm()));
            for (Polygon pad : r.layout().padsNm()) {
                pads.add((Polygon) t.transform(pad));
            }
        }
        return ChipSvg.chip(dieNm, die.laneUm() * 1000, outlines, pads, chip.annotations(), chip.spec().name());
    }

    private static void stage(AtomicFiles files, Path target, String kind, String text, List<OutputFile> outputs)
            throws IOException {
        Path tmp = files.stage(target, f -> Files.writeString(f, text, StandardCharsets.UTF_8));
        outputs.add(describe(kind, target, tmp));
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
        return new OutputFile(kind, target.getFileName().toString(), Files.size(staged),
                HexFormat.of().formatHex(sha.digest()));
    }
}
