package org.jjmask.physics;

/**
 * Charging energy of an island: E_C = e²/2C with C = C_g + z·C_J (MODEL.md §3).
 *
 * <p><b>Ground capacitance</b>: thin disk of equivalent radius r = √(A_island/π) on a dielectric
 * half-space, {@code C_g = 8ε0 r (ε_s + 1)/2} [lit: isolated disk 8ε0r, Jackson §3.12; half-space
 * average permittivity].
 *
 * <p><b>Junction (mutual) capacitance</b> — a documented estimate, flagged
 * {@code junction_capacitance_estimate}: the necks are metallic, so there is no tunnel-barrier
 * capacitance; what couples neighbouring islands is the capacitance across the hole that separates
 * them. It is modelled as two coplanar strips of width W = r_island, gap g = D (the hole) and facing
 * length ℓ = D, on the substrate half-space: {@code C_J = ε0 (ε_s+1)/2 · ℓ · K(k')/K(k)},
 * k = g/(g + 2W) (coplanar-strip line, Wen, IEEE Trans. MTT 17, 1087 (1969)). K is the complete
 * elliptic integral of the first kind, computed by the arithmetic–geometric mean
 * (Abramowitz &amp; Stegun 17.6). This is an order-of-magnitude estimate (a factor ~2); with no holes
 * (D = 0) it is 0.
 */
public final class ChargingEnergy {
    private ChargingEnergy() {
    }

    /** Equivalent island radius r = √(A/π), in metres, from an area in m². */
    public static double islandRadiusM(double islandAreaM2) {
        Checks.positive("islandAreaM2", islandAreaM2);
        return Math.sqrt(islandAreaM2 / Math.PI);
    }

    /** Thin disk on a half-space: C_g = 8 ε0 r (ε_s + 1)/2 (MODEL.md §3; Jackson §3.12). */
    public static double groundCapacitanceF(double islandRadiusM, double epsilonSubstrate) {
        Checks.positive("islandRadiusM", islandRadiusM);
        Checks.positive("epsilonSubstrate", epsilonSubstrate);
        return 8.0 * Constants.EPS0 * islandRadiusM * (epsilonSubstrate + 1.0) / 2.0;
    }

    /**
     * Coplanar-strip estimate of the mutual capacitance between neighbouring islands across a hole
     * (Wen 1969): ε0 (ε_s+1)/2 · D · K(k')/K(k), k = D/(D + 2r_island). 0 without holes.
     */
    public static double junctionCapacitanceF(double holeDiameterM, double islandRadiusM, double epsilonSubstrate) {
        Checks.nonNegative("holeDiameterM", holeDiameterM);
        Checks.positive("islandRadiusM", islandRadiusM);
        Checks.positive("epsilonSubstrate", epsilonSubstrate);
        if (holeDiameterM == 0.0) {
            return 0.0;
        }
        double k = holeDiameterM / (holeDiameterM + 2.0 * islandRadiusM);
        double kp = Math.sqrt((1.0 - k) * (1.0 + k));
        return Constants.EPS0 * (epsilonSubstrate + 1.0) / 2.0 * holeDiameterM * ellipticK(kp) / ellipticK(k);
    }

    /** Complete elliptic integral of the first kind K(k) = π / (2·AGM(1, √(1−k²))) (Abramowitz &amp; Stegun 17.6), 0 ≤ k &lt; 1. */
    static double ellipticK(double k) {
        if (!(k >= 0 && k < 1)) {
            throw new IllegalArgumentException("modulus must be in [0,1), was " + k);
        }
        double a = 1.0;
        double b = Math.sqrt((1.0 - k) * (1.0 + k));
        for (int i = 0; i < 60 && Math.abs(a - b) > 1e-15 * a; i++) {
            double an = 0.5 * (a + b);
            b = Math.sqrt(a * b);
            a = an;
        }
        return Math.PI / (2.0 * a);
    }

    /** Island capacitance C = C_g + z·C_J. */
    public static double totalCapacitanceF(double groundF, int coordination, double junctionF) {
        return groundF + coordination * junctionF;
    }

    /** Single-electron charging energy E_C = e²/2C, joules (MODEL.md §3; Cooper-pair charging is 4E_C). */
    public static double chargingEnergyJ(double capacitanceF) {
        Checks.positive("capacitanceF", capacitanceF);
        return Constants.E * Constants.E / (2.0 * capacitanceF);
    }
}
