package org.jjmask.design;

import java.util.List;
import java.util.Optional;

/**
 * What the design loop found: the best design clean under the fabrication limits on the written
 * grid ({@code best}: its trace entry, spec and cheap pass), every evaluation in order, and whether
 * the best meets every goal. Empty when no design within the bounds can be made.
 */
public record OptimizationResult(Spec start, Optional<Evaluation> best, Optional<Spec> bestSpec,
        Optional<CellDesign> bestCell, List<Evaluation> trace, boolean met) {

    public OptimizationResult {
        trace = List.copyOf(trace);
    }

    public Spec.TargetSpec target() {
        return start.target().orElseThrow();
    }
}
