package org.jjmask.physics;

/**
 * A substrate, for the charging energy of the islands.
 *
 * @param name canonical name, e.g. {@code SrTiO3}
 * @param epsilonLowT relative permittivity at the working (low) temperature, ≥ 1
 * @param source where the number comes from
 */
public record Substrate(String name, double epsilonLowT, String source) {

    /** Validates: text not null, ε finite and ≥ 1. */
    public Substrate {
        Checks.text("name", name);
        Checks.finite("epsilonLowT", epsilonLowT);
        if (epsilonLowT < 1) {
            throw new IllegalArgumentException("epsilonLowT must be >= 1, was " + epsilonLowT);
        }
        Checks.text("source", source);
    }
}
