package org.jjmask.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jjmask.design.OutputFile;

/**
 * What the report needs besides the design pass: the files written before it (cited by name, size
 * and SHA-256, e.g. the GDS) and the moment the run was made. The time is passed in rather than
 * read from the clock so that the same inputs always give the same PDF bytes.
 */
public record ReportInputs(List<OutputFile> outputs, Instant created) {

    public ReportInputs {
        outputs = List.copyOf(outputs);
        Objects.requireNonNull(created, "created");
    }
}
