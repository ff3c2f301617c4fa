package org.jjmask.physics.gl;

/**
 * De Gennes' boundary condition at a hole wall, ∂ψ/∂n = −ψ/b (de Gennes, Superconductivity of Metals
 * and Alloys (1966) §7-3; Rev. Mod. Phys. 36, 225 (1964)): b → ∞ an insulating, clean wall (no pair
 * breaking, ∂ψ/∂n = 0, the GL condition for vacuum); b → 0 a normal metal in good contact or a
 * strongly pair-breaking (e.g. magnetic, damaged) rim, ψ = 0 at the wall.
 *
 * @param extrapolationLength b ≥ 0, in the grid's length unit; {@link Double#POSITIVE_INFINITY} for a clean wall
 */
public record EdgeCondition(double extrapolationLength) {

    /** The clean, insulating wall: b = ∞. */
    public static final EdgeCondition CLEAN = new EdgeCondition(Double.POSITIVE_INFINITY);

    /** The normal-metal wall: b = 0, ψ = 0. */
    public static final EdgeCondition NORMAL = new EdgeCondition(0.0);

    /** Validates: b ≥ 0, not NaN. */
    public EdgeCondition {
        if (!(extrapolationLength >= 0)) {
            throw new IllegalArgumentException("extrapolation length must be >= 0, was " + extrapolationLength);
        }
    }

    /** Whether the wall breaks no pairs (b = ∞). */
    public boolean clean() {
        return extrapolationLength == Double.POSITIVE_INFINITY;
    }

    /** This condition with b measured in another unit: b × factor. */
    public EdgeCondition scaled(double factor) {
        return clean() ? this : new EdgeCondition(extrapolationLength * factor);
    }
}
