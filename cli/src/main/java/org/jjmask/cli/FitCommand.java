package org.jjmask.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jjmask.design.Numbers;
import org.jjmask.design.Spec;
import org.jjmask.design.SpecReader;
import org.jjmask.design.fit.Calibration;
import org.jjmask.design.fit.FieldBackground;
import org.jjmask.design.fit.FieldOscillation;
import org.jjmask.design.fit.FitException;
import org.jjmask.design.fit.FitJson;
import org.jjmask.design.fit.FitKey;
import org.jjmask.design.fit.FitResult;
import org.jjmask.design.fit.FittedParameter;
import org.jjmask.design.fit.MeasuredCsv;
import org.jjmask.design.fit.MeasuredCurve;
import org.jjmask.design.fit.Squares;
import org.jjmask.report.FitReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Calibrate the model from a measured R(T): fit spec keys (the film's R_sq and T_c0, the edge "
                + "damage, the anomalous-metal scale by default) by weighted least squares (Levenberg-Marquardt, in ln R "
                + "when R spans a decade) through the design pass, with standard errors, correlations, chi2/dof and the "
                + "keys the data do not determine. Writes NAME.fit.json, NAME.fit.pdf (data, model, residuals, the table) and NAME.fitted.yaml, the spec with the "
                + "calibrated values to design the next chip from.",
            "The CSV names each column with its unit: T_K or T_mK, and R_ohm (divided by the device's squares between "
                + "its voltage contacts, or --squares N) or Rsq_ohm; # comments; any column order."})
final class FitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPEC", description = "The design as fabricated (the file design took, "
            + "or its .optimized.yaml).")
    Path specFile;

    @Option(names = "--rt", required = true, paramLabel = "FILE.csv", description = "Measured R(T).")
    Path rtFile;

    @Option(names = "--rb", paramLabel = "FILE.csv", description = "Measured R(B) (B_T or B_mT, R_ohm or Rsq_ohm): "
            + "its h/2e oscillation gives the effective plaquette area and its spread, against the written lattice's; "
            + "with --rt, its zero-field value and amplitude (the anomalous metal's R_sat(B), taken at the spec's base "
            + "temperature) join the R(T) fit and constrain the mechanism's scale.")
    Path rbFile;

    @Option(names = "--vary", split = ",", paramLabel = "KEY", description = "Dotted spec keys to fit (default: "
            + "${DEFAULT-VALUE}); any numeric key, within its declared bounds.")
    List<String> vary = FitKey.DEFAULT_VARY;

    @Option(names = "--squares", paramLabel = "N", description = "Squares between the voltage contacts, for an "
            + "R_ohm column (default: from the device: a Hall bar's channel between its outer voltage arms).")
    Double squares;

    @Option(names = "--noise-pct", paramLabel = "P", description = "Relative uncertainty of each point, % "
            + "(default: ${DEFAULT-VALUE}); errors are inflated by sqrt(chi2/dof) when that exceeds 1.")
    double noisePct = 2.0;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: the current one).")
    Path outDir = Path.of(".");

    @Option(names = "--json", description = "Print NAME.fit.json on stdout too, instead of the table.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No table.")
    boolean quiet;

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        Spec spec = SpecReader.read(specFile);
        String specText = Files.readString(specFile, StandardCharsets.UTF_8);
        if (squares != null && !(squares > 0 && Double.isFinite(squares))) {
            throw new UserError("--squares: " + squares + " is not a positive number of squares");
        }
        if (!(noisePct > 0 && noisePct < 100)) {
            throw new UserError("--noise-pct: " + noisePct + " is not a percentage between 0 and 100");
        }
        Optional<Squares> sq = squares != null ? Optional.of(Squares.given(squares)) : Squares.of(spec.device());
        FitResult fit;
        Optional<MeasuredCurve> rb = Optional.empty();
        Optional<FieldOscillation.Result> field = Optional.empty();
        Optional<FieldBackground> join = Optional.empty();
        try {
            if (rbFile != null) {
                MeasuredCurve b = MeasuredCsv.read(text(rbFile), rbFile.getFileName().toString(),
                        MeasuredCurve.Variable.FIELD, sq);
                rb = Optional.of(b);
                field = Optional.of(FieldOscillation.fit(b, noisePct / 100));
            }
            MeasuredCurve rt = MeasuredCsv.read(text(rtFile), rtFile.getFileName().toString(),
                    MeasuredCurve.Variable.TEMPERATURE, sq);
            Path dir = specFile.toAbsolutePath().getParent();
            // with R(B) beside R(T), the R(B)'s zero-field value and amplitude are the anomalous metal's
            // R_sat(B) and join the least squares (issue 15 item 2)
            join = field.isPresent() ? Optional.of(new FieldBackground(field.get().background(),
                    networkOf(spec))) : Optional.empty();
            fit = Calibration.fit(specText, specFile.getFileName().toString(), dir == null ? Path.of("") : dir, rt,
                    new Calibration.Options(vary, noisePct / 100, join));
        } catch (FitException e) {
            throw new UserError(e.getMessage());
        }
        String squaresFrom = fit.data().squares() == 1.0 && sq.isEmpty() ? "the file gives R_sq"
                : sq.map(Squares::which).orElse("the file gives R_sq");
        String fittedName = spec.name() + ".fitted.yaml";
        var tree = FitJson.tree(fit, spec.name(), specFile.getFileName().toString(), fittedName, squaresFrom);
        if (field.isPresent()) {
            FitJson.addField(tree, field.get(), rb.orElseThrow(), fit.prediction().periodMT());
        }
        if (join.isPresent()) {
            FitJson.addJoined(tree, fit, join.get(), spec.conditions().baseTemperatureK());
        }
        String jsonText = FitJson.text(tree);
        String yaml = FitJson.fittedYaml(fit, specFile.getFileName().toString());
        List<Path> written;
        try (AtomicFiles files = new AtomicFiles()) {
            files.stage(outDir.resolve(spec.name() + ".fit.json"), f -> Files.writeString(f, jsonText,
                    StandardCharsets.UTF_8));
            files.stage(outDir.resolve(fittedName), f -> Files.writeString(f, yaml, StandardCharsets.UTF_8));
            // the page is drawn from the JSON's own reading, the one design --calibration makes of the file
            byte[] pdf;
            try {
                pdf = FitReport.render(org.jjmask.design.fit.CalibrationFile.of(tree, spec.name() + ".fit.json"),
                        spec.name());
            } catch (FitException e) {
                throw new IllegalStateException("the fit's own JSON does not read back: " + e.getMessage(), e);
            }
            files.stage(outDir.resolve(spec.name() + ".fit.pdf"), f -> Files.write(f, pdf));
            written = files.commit();
        }
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.print(jsonText);
        } else if (!quiet) {
            out.print(table(fit));
            field.ifPresent(f -> out.printf("R(B): h/2e period %s +- %s mT (the written lattice's: %s mT), effective "
                    + "plaquette %s +- %s nm2, spread %s +- %s nm2%n", Numbers.format(f.periodMT()),
                    Numbers.format(f.periodStderrMT()), Numbers.format(fit.prediction().periodMT()),
                    Numbers.format(f.plaquetteAreaNm2()), Numbers.format(f.areaStderrNm2()),
                    Numbers.format(f.areaSpreadNm2()), Numbers.format(f.spreadStderrNm2())));
            for (Path p : written) {
                out.println("wrote " + p);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The written lattice's island network (its ρ½); the honeycomb network of a triangular hole lattice when the spec has no array. */
    private static org.jjmask.physics.IslandNetwork networkOf(Spec spec) {
        return org.jjmask.design.Designer.cell(spec).geometry().map(org.jjmask.physics.ArrayGeometry::network)
                .orElse(org.jjmask.physics.IslandNetwork.HONEYCOMB);
    }

    private static String text(Path file) throws UserError, IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UserError(file + ": not a text file (UTF-8)");
        }
    }

    static String table(FitResult fit) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-32s %14s %12s  %s%n", "key", "value", "stderr", "determined"));
        for (FittedParameter p : fit.parameters()) {
            b.append(String.format("%-32s %14s %12s  %s%n", p.key(), Numbers.format(p.value()),
                    p.determined() ? Numbers.format(p.stderr().orElseThrow()) : "-",
                    p.determined() ? "yes" : "no: " + p.reason() + "; kept at the spec's value"));
        }
        b.append("chi2/dof ").append(Numbers.format(fit.chi2PerDof())).append(" over ").append(fit.dof())
                .append(" degrees of freedom, residuals in ").append(fit.logScale() ? "ln R" : "R").append(", ")
                .append(fit.evaluations()).append(" design passes\n");
        return b.toString();
    }
}
