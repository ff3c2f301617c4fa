package org.jjmask.design;

import org.jjmask.physics.Phase;
import org.jjmask.physics.Prediction;

/**
 * One quantity the optimiser aims at: a number within a tolerance, or the phase at the base
 * temperature. Each carries a weight in the objective (a weighted sum of squared misses, each
 * measured in tolerances, so that quantities of different units add up).
 */
public sealed interface Goal permits Goal.Quantity, Goal.PhaseIs {

    /** The JSON key of the quantity, as in the summary. */
    String key();

    double weight();

    /** Whether the prediction meets this goal. */
    boolean met(Prediction p);

    /** The goal's share of the objective: weight × (miss in tolerances)² for a number, weight × a fixed penalty for a wrong phase. */
    double cost(Prediction p);

    /** A number: met when |predicted − value| ≤ tolerance. */
    record Quantity(org.jjmask.design.Quantity quantity, double value, double tolerance, double weight) implements Goal {
        public Quantity {
            if (!quantity.isTarget()) {
                throw new IllegalArgumentException("not a target quantity: " + quantity.key());
            }
            if (!(tolerance > 0) || !(weight > 0)) {
                throw new IllegalArgumentException("tolerance and weight must be > 0: " + tolerance + ", " + weight);
            }
        }

        @Override
        public String key() {
            return quantity.key();
        }

        /** The predicted value. */
        public double actual(Prediction p) {
            return quantity.of(p);
        }

        /** Signed miss in tolerances. */
        public double miss(Prediction p) {
            return (actual(p) - value) / tolerance;
        }

        @Override
        public boolean met(Prediction p) {
            return Math.abs(actual(p) - value) <= tolerance;
        }

        @Override
        public double cost(Prediction p) {
            double m = miss(p);
            return weight * m * m;
        }
    }

    /**
     * The phase at the base temperature ({@code conditions.base_temperature_K}). A wrong phase
     * costs as much as a number {@value #MISS_PENALTY_TOLERANCES} tolerances off, so a design in the
     * right phase near its numbers beats one in the wrong phase on them.
     */
    record PhaseIs(Phase phase, double weight) implements Goal {
        public static final double MISS_PENALTY_TOLERANCES = 3;

        @Override
        public String key() {
            return "phase";
        }

        @Override
        public boolean met(Prediction p) {
            return p.phase() == phase;
        }

        @Override
        public double cost(Prediction p) {
            return met(p) ? 0 : weight * MISS_PENALTY_TOLERANCES * MISS_PENALTY_TOLERANCES;
        }
    }
}
