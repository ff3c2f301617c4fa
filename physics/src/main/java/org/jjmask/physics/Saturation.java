package org.jjmask.physics;

/**
 * The anomalous metal's saturated resistance as one mechanism gives it.
 *
 * @param mechanism the mechanism's spec name ({@link AnomalousMetal#specName()})
 * @param rSatOhm R_sat, Ω (0 ≤ R_sat ≤ R_□,eff)
 * @param boundaryDistance how far the design is from the mechanism's superconducting boundary, in
 *     the mechanism's own measure: &gt; 0 on the metallic side
 * @param boundaryMeasure what {@code boundaryDistance} measures, e.g. {@code p_s - 2/z}
 * @param parameters the mechanism's parameters and their values, in words
 */
public record Saturation(String mechanism, double rSatOhm, double boundaryDistance, String boundaryMeasure,
        String parameters) {

    /** Validates: finite numbers. */
    public Saturation {
        Checks.text("mechanism", mechanism);
        Checks.finite("rSatOhm", rSatOhm);
        Checks.finite("boundaryDistance", boundaryDistance);
    }

    /** Nothing saturates (clean superconductor, or the normal state where R_sat is not defined). */
    public static Saturation none(String mechanism, String why) {
        return new Saturation(mechanism, 0.0, -1e3, "none", why);
    }
}
