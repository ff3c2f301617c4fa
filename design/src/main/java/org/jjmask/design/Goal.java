package org.jjmask.design;

import java.util.List;
import org.jjmask.physics.Prediction;

/**
 * One quantity the optimiser aims at: a number within a tolerance, or the phase at the base
 * temperature. Each carries a weight in the objective (a weighted sum of squared misses, each
 * measured in tolerances, so that quantities of different units add up).
 */
public sealed interface Goal permits Goal.Quantity, Goal.PhaseIs {

    /** The numeric quantities a target may name, in the order the summary lists them; then {@code phase}. */
    List<String> QUANTITIES = List.of("tbkt_K", "tc_onset_K", "rn_ohm", "ej_over_ec", "period_mT");

    /** The JSON key of the quantity, as in the summary. */
    String key();

    double weight();

    /** Whether the prediction meets this goal. */
    boolean met(Prediction p);

    /** The goal's share of the objective: weight × (miss in tolerances)² for a number, weight × a fixed penalty for a wrong phase. */
    double cost(Prediction p);

    /** The predicted value of a numeric quantity, by its JSON key. */
    static double actual(String key, Prediction p) {
        return switch (key) {
            case "tbkt_K" -> p.tbktK();
            case "tc_onset_K" -> p.tcOnsetK();
            case "rn_ohm" -> p.rnOhm();
            case "ej_over_ec" -> p.ejOverEc();
            case "period_mT" -> p.periodMT();
            default -> throw new IllegalArgumentException("not a target quantity: " + key);
        };
    }

    /** A number: met when |predicted − value| ≤ tolerance. */
    record Quantity(String key, double value, double tolerance, double weight) implements Goal {
        public Quantity {
            if (!QUANTITIES.contains(key)) {
                throw new IllegalArgumentException("not a target quantity: " + key);
            }
            if (!(tolerance > 0) || !(weight > 0)) {
                throw new IllegalArgumentException("tolerance and weight must be > 0: " + tolerance + ", " + weight);
            }
        }

        /** Signed miss in tolerances. */
        public double miss(Prediction p) {
            return (actual(key, p) - value) / tolerance;
        }

        @Override
        public boolean met(Prediction p) {
            return Math.abs(actual(key, p) - value) <= tolerance;
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
    record PhaseIs(String phase, double weight) implements Goal {
        public static final double MISS_PENALTY_TOLERANCES = 3;

        @Override
        public String key() {
            return "phase";
        }

        @Override
        public boolean met(Prediction p) {
            return p.phase().jsonName().equals(phase);
        }

        @Override
        public double cost(Prediction p) {
            return met(p) ? 0 : weight * MISS_PENALTY_TOLERANCES * MISS_PENALTY_TOLERANCES;
        }
    }
}
