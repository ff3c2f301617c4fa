package org.jjmask.design;

/**
 * An optimisation carried to the end: the search, the full design pass of the returned design
 * (through its optimised spec, {@code optimizedSpecName}), and its yield. The goals are judged on
 * the full pass's numbers, which are what {@code jjmask design} of the optimised spec gives.
 */
public record OptimizationOutcome(OptimizationResult search, DesignResult design, YieldAnalysis.Result yield,
        String optimizedSpecName) {

    /** Every goal met by the full pass's prediction. */
    public boolean met() {
        return OptimizationSummary.goalsMet(search.target(), design.prediction());
    }
}
