package org.jjmask.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jjmask.design.OptimizationOutcome;
import org.jjmask.design.OutputFile;
import org.jjmask.design.fit.CalibrationFile;

/**
 * What the report needs besides the design pass: the files written before it (cited by name, size
 * and SHA-256, e.g. the GDS), the moment the run was made, and the optimisation that chose the
 * design when there was one (it adds the "Optimisation" section), and the calibration of the film
 * ({@code design --calibration NAME.fit.json}: the "Calibration" page). The time is passed in rather
 * than read from the clock so that the same inputs always give the same PDF bytes.
 */
public record ReportInputs(List<OutputFile> outputs, Instant created, Optional<OptimizationOutcome> optimization,
        Optional<CalibrationFile> calibration) {

    public ReportInputs {
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(optimization, "optimization");
        Objects.requireNonNull(calibration, "calibration");
    }

    /** Without a calibration page. */
    public ReportInputs(List<OutputFile> outputs, Instant created, Optional<OptimizationOutcome> optimization) {
        this(outputs, created, optimization, Optional.empty());
    }

    /** A design pass without an optimisation. */
    public ReportInputs(List<OutputFile> outputs, Instant created) {
        this(outputs, created, Optional.empty());
    }
}
