package org.jjmask.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jjmask.physics.Prediction;

/**
 * One design the optimiser evaluated: where ({@code stage}: {@code scan}, {@code local} on the
 * smooth model, {@code grid} on the written grid), which lattice, pitch and hole, the objective
 * (0 on every target; {@link Optimizer#INFEASIBLE} and above when a fabrication limit is broken),
 * the rules broken, and the predicted quantities a target may name (empty when holes touch).
 */
public record Evaluation(int index, String stage, org.jjmask.layout.LatticeType lattice, double pitchNm, double holeDiameterNm,
        double objective, boolean feasible, List<String> violations, Map<String, Double> values, String phase) {

    public Evaluation {
        violations = List.copyOf(violations);
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The numbers a target may name, by their JSON keys. */
    static Map<String, Double> values(Prediction p) {
        Map<String, Double> v = new LinkedHashMap<>();
        for (Quantity q : Quantity.targets()) {
            v.put(q.key(), q.of(p));
        }
        return v;
    }
}
