package org.jjmask.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.jjmask.design.Spec;
import org.jjmask.design.SpecReader;
import org.jjmask.design.fit.CalibrationFile;
import org.jjmask.design.fit.FitException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "design", mixinStandardHelpOptions = true,
        description = "One design pass: lay out the hole array, check the design rules, predict the physics, "
                + "and write NAME.gds, NAME.pdf and NAME.json. Exit 3 when a design rule is violated.")
final class DesignCommand extends DesignPassCommand {

    @Parameters(index = "0", paramLabel = "SPEC", description = "The design file (YAML).")
    Path specFile;

    @Option(names = "--calibration", paramLabel = "NAME.fit.json", description = "A 'jjmask fit' result: its "
            + "calibration page (data and model R(T), residuals, R(B), the fitted keys with errors) goes into the "
            + "report and its keys into the JSON's calibration member. Design NAME.fitted.yaml to predict with it.")
    Path calibrationFile;

    @Override
    Spec spec() throws Exception {
        return SpecReader.read(specFile);
    }

    @Override
    Optional<CalibrationFile> calibration() throws Exception {
        if (calibrationFile == null) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(calibrationFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError("--calibration " + calibrationFile + ": no such file");
        } catch (MalformedInputException e) {
            throw new UserError("--calibration " + calibrationFile + ": not a text file (UTF-8)");
        } catch (IOException e) {
            throw new UserError("--calibration " + calibrationFile + ": " + IoErrors.describe(e));
        }
        try {
            return Optional.of(CalibrationFile.parse(text, calibrationFile.toString())
                    .withFile(calibrationFile.getFileName().toString()));
        } catch (FitException e) {
            throw new UserError("--calibration " + e.getMessage());
        }
    }
}
