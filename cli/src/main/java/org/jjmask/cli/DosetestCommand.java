package org.jjmask.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.jjmask.design.DoseTest;
import org.jjmask.design.Spec;
import org.jjmask.design.SpecReader;
import org.jjmask.exposure.DoseLadder;
import org.jjmask.gds.GdsWriter;
import org.jjmask.gds.GdsWriterOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "dosetest", mixinStandardHelpOptions = true,
        description = "A dose test matrix: small square arrays of the spec's lattice, one column per dose of the "
                + "geometric ladder FROM:TO:N (µC/cm², ratio (TO/FROM)^(1/(N-1))) and one row per hole diameter, each "
                + "labelled 'D<dose> H<diameter>' in polygons on layer 5. Doses are written as the spec's ebeam.vendor "
                + "reads them. With ebeam.correction dose, every dose is the base dose of its own top cell "
                + "(DOSE_00, DOSE_01, ...) and each array in it is proximity-corrected. Writes NAME.dosetest.gds and "
                + "NAME.dosetest.csv (top cell, layer, datatype, dose factor, dose, holes).")
final class DosetestCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPEC", description = "The design file (YAML).")
    Path specFile;

    @Option(names = "--doses", required = true, paramLabel = "FROM:TO:N",
            description = "Geometric dose ladder, µC/cm²: N doses from FROM to TO.")
    String doses;

    @Option(names = "--diameters", split = ",", paramLabel = "NM,...",
            description = "Hole diameters, nm (default: the spec's lattice.hole_diameter_nm).")
    List<Double> diameters;

    @Option(names = "--field-um", paramLabel = "UM", defaultValue = "10",
            description = "Side of each square array, µm (default: ${DEFAULT-VALUE}).")
    double fieldUm;

    @Option(names = "--gap-um", paramLabel = "UM", defaultValue = "20",
            description = "Film between arrays, µm: several β, so that they do not expose each other (default: "
                    + "${DEFAULT-VALUE}).")
    double gapUm;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "Directory for the files (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        Spec spec = SpecReader.read(specFile);
        DoseLadder ladder = ladder(doses);
        double[] d = diameters == null || diameters.isEmpty() ? new double[] {spec.lattice().holeDiameterNm()}
                : diameters.stream().mapToDouble(Double::doubleValue).toArray();
        for (double x : d) {
            if (!(x >= 2) || !(x < spec.lattice().pitchNm())) {
                throw new UserError("--diameters: " + x + " nm must be at least 2 nm and below lattice.pitch_nm ("
                        + spec.lattice().pitchNm() + " nm)");
            }
        }
        if (!(fieldUm >= 0.5 && fieldUm <= 1000) || !(gapUm >= 0 && gapUm <= 10_000)) {
            throw new UserError("--field-um must be in [0.5, 1000] and --gap-um in [0, 10000]");
        }
        if (spec.ebeam().correction() == org.jjmask.exposure.CorrectionMode.SIZE) {
            throw new UserError(specFile + ": ebeam.correction: size has no dose test; use dose or none");
        }
        DoseTest test = DoseTest.of(spec, ladder, d, fieldUm, gapUm);
        if (test.holes() == 0) {
            throw new UserError("--field-um " + fieldUm + ": no hole fits an array of that size with lattice.edge_margin_nm");
        }
        String name = spec.name() + ".dosetest";
        List<Path> written;
        LocalDateTime when = LocalDateTime.ofInstant(BuildTime.from(System.getenv()), ZoneOffset.UTC);
        try (AtomicFiles files = new AtomicFiles()) {
            files.stage(outDir.resolve(name + ".gds"), f -> {
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16);
                        GdsWriter w = GdsWriter.open(os, GdsWriterOptions.defaults())) {
                    test.write(when, w);
                }
            });
            String csv = test.csv();
            files.stage(outDir.resolve(name + ".csv"), f -> Files.writeString(f, csv, StandardCharsets.UTF_8));
            written = files.commit();
        }
        PrintWriter out = command.commandLine().getOut();
        if (!quiet) {
            out.printf("dose test %s: %d doses %s µC/cm² (ratio %.4f) × %d diameter%s, %d top cell%s, %,d holes%n",
                    spec.name(), ladder.steps(), doses, ladder.ratio(), d.length, d.length == 1 ? "" : "s",
                    test.exposures().size(),
                    test.exposures().size() == 1 ? "" : "s", test.holes());
            for (Path p : written) {
                out.printf("wrote %s (%,d bytes)%n", p, Files.size(p));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    static DoseLadder ladder(String text) throws UserError {
        String[] p = text.split(":");
        if (p.length != 3) {
            throw new UserError("--doses: expected FROM:TO:N (µC/cm², N doses), got '" + text + "'");
        }
        try {
            double from = Double.parseDouble(p[0]);
            double to = Double.parseDouble(p[1]);
            int n = Integer.parseInt(p[2]);
            if (!(from > 0) || !(to > from) || n < 2 || n > 100 || !Double.isFinite(to)) {
                throw new UserError("--doses: need 0 < FROM < TO and 2 <= N <= 100, got '" + text + "'");
            }
            return new DoseLadder(from, to, n);
        } catch (NumberFormatException e) {
            throw new UserError("--doses: '" + text + "' is not FROM:TO:N with numbers");
        }
    }
}
