package org.jjmask.physics;

import java.util.ArrayList;
import java.util.List;

/**
 * R_sat of both anomalous-metal mechanisms in a magnetic field at the base temperature (issue 13,
 * item 3): the saturated resistance each mechanism gives at zero field, carried through a
 * perpendicular field (frustration f = BS/Φ0) and an in-plane field. Built by {@link Predictor}
 * beside the R(B) curve of {@link FieldPredictor}; pure, finite.
 *
 * <ul>
 *   <li>Perpendicular field: Sasmal et al., arXiv:2505.12536 (2025) find the anomalous metal's
 *       signature suppressed by frustration, the saturation tuned toward the ordinary metal. Both
 *       mechanisms' zero-field R_sat come from actions or couplings of the superconducting necks, which
 *       frustration weakens by the array's stiffness ratio ρ(f) = c(f)/c(0) ({@link FrustratedBkt},
 *       periodic in f with period 1, 1 at integer f): R_sat(f) = R_□,eff·(R_sat(0)/R_□,eff)^{ρ(f)},
 *       the slip actions ln(R_□,eff/R_sat) scaled by ρ [pheno: a phase-slip rate e^{−ρS}; the
 *       percolation mechanism takes the same law for want of a published one]. R_sat(f) is then
 *       periodic with period 1 (damped by the plaquette-area spread), lowest at integer f, and
 *       R_sat(0) = 0 stays 0 (a superconductor stays one). The islands' Little–Parks shift of T_c is
 *       left out: over the few periods shown it moves T_c by ≲ 5 %.</li>
 *   <li>In-plane field: Bøttcher et al., Nat. Phys. 14, 1138 (2018) find that an in-plane field
 *       eliminates the metallic regime and restores a direct superconductor–insulator transition.
 *       R_sat(B∥) = R_sat(0)·(1 − (B∥/B_m)²)⁺ with B_m = {@link #IN_PLANE_VANISHING_FRACTION}·H_c2∥(T_base)
 *       [pheno], so R_sat falls monotonically to 0 before H_c2∥ for both mechanisms. Quadratic because
 *       the in-plane pair breaking of a thin film, orbital (B d)² and Zeeman, grows as B². Why B_m is
 *       a fraction of H_c2∥ and why ½: (1) B_m &lt; H_c2∥ is required, since "a direct
 *       superconductor–insulator transition" is restored with the film still paired, and at H_c2∥ the
 *       film is normal; (2) no measured B_m transfers: Bøttcher's array (arXiv:1711.01451, Fig. 6) is
 *       Al islands coupled through an InAs quantum well, where the in-plane field can act on the
 *       proximitised semiconductor (large g-factor) below the Al film's own in-plane critical
 *       field, so its field scale is that of the hybrid's weak links, not of a film patterned with
 *       holes, whose necks and islands are the same film; no measurement of an in-plane field
 *       removing the metal in a hole-patterned film was found (searched: Bøttcher 2018, Sasmal 2025,
 *       Yang 2019, KKS 2019); (3) with the quadratic law, ½ puts the vanishing where the film's
 *       in-plane pair breaking is a quarter of its critical value, the midpoint in field of the only
 *       interval (1) allows. A measured R_sat(B∥) of such a film would replace it ({@code jjmask fit --rb} reads
 *       perpendicular-field data only).
 *       Caveat on the direction: Bøttcher's metal splits into superconducting and insulating
 *       curves; this law sends every metal to R_sat → 0, the superconducting side only.</li>
 * </ul>
 *
 * @param temperatureK the base temperature the curves are at
 * @param primary the chosen mechanism's spec name
 * @param other the other mechanism's spec name
 * @param primaryZeroOhm the chosen mechanism's R_sat at zero field (its {@code estimate_ohm})
 * @param otherZeroOhm the other mechanism's R_sat at zero field
 * @param inPlaneVanishingT B_m: R_sat = 0 at and above this in-plane field (both mechanisms)
 * @param perpendicular R_sat versus perpendicular field
 * @param inPlane R_sat versus in-plane field
 */
public record SaturationInField(double temperatureK, String primary, String other, double primaryZeroOhm,
        double otherZeroOhm, double inPlaneVanishingT, List<PerpPoint> perpendicular, List<ParPoint> inPlane) {

    /** B_m/H_c2∥ at the base temperature [pheno: the reasons for ½ are in the class comment]. */
    public static final double IN_PLANE_VANISHING_FRACTION = 0.5;
    /** Samples of the in-plane curve from 0 to H_c2∥. */
    public static final int IN_PLANE_SAMPLES = 41;

    /**
     * R_sat of both mechanisms at one perpendicular field.
     *
     * @param fieldMT B (mT)
     * @param frustration f = B/ΔB
     * @param stiffnessRatio ρ(f), damped by the plaquette-area spread
     * @param primaryOhm the chosen mechanism's R_sat(f)
     * @param otherOhm the other's
     */
    public record PerpPoint(double fieldMT, double frustration, double stiffnessRatio, double primaryOhm,
            double otherOhm) {
        public PerpPoint {
            Checks.nonNegative("fieldMT", fieldMT);
            Checks.nonNegative("primaryOhm", primaryOhm);
            Checks.nonNegative("otherOhm", otherOhm);
        }
    }

    /**
     * R_sat of both mechanisms at one in-plane field.
     *
     * @param fieldT B∥ (T)
     * @param primaryOhm the chosen mechanism's R_sat(B∥)
     * @param otherOhm the other's
     */
    public record ParPoint(double fieldT, double primaryOhm, double otherOhm) {
        public ParPoint {
            Checks.nonNegative("fieldT", fieldT);
            Checks.nonNegative("primaryOhm", primaryOhm);
            Checks.nonNegative("otherOhm", otherOhm);
        }
    }

    public SaturationInField {
        Checks.nonNegative("temperatureK", temperatureK);
        Checks.text("primary", primary);
        Checks.text("other", other);
        Checks.nonNegative("primaryZeroOhm", primaryZeroOhm);
        Checks.nonNegative("otherZeroOhm", otherZeroOhm);
        Checks.nonNegative("inPlaneVanishingT", inPlaneVanishingT);
        perpendicular = List.copyOf(perpendicular);
        inPlane = List.copyOf(inPlane);
    }

    /** Nothing computed (no curves, or a hand-built prediction). */
    public static SaturationInField none() {
        return new SaturationInField(0, "none", "none", 0, 0, 0, List.of(), List.of());
    }

    /** True when curves were computed. */
    public boolean present() {
        return !perpendicular.isEmpty();
    }

    /**
     * @param primary the chosen mechanism's zero-field saturation
     * @param other the other mechanism's
     * @param sheetResistanceEffOhm R_□,eff
     * @param network the island network (ρ(f))
     * @param spreadPerPeriod σ_S/S̄ (σ_f = f·σ_S/S̄)
     * @param periodMT ΔB
     * @param hc2ParBaseT H_c2∥ at the base temperature
     * @param baseTemperatureK the base temperature
     */
    public static SaturationInField of(Saturation primary, Saturation other, double sheetResistanceEffOhm,
            IslandNetwork network, double spreadPerPeriod, double periodMT, double hc2ParBaseT,
            double baseTemperatureK) {
        double r0p = clamp(primary.rSatOhm(), sheetResistanceEffOhm);
        double r0o = clamp(other.rSatOhm(), sheetResistanceEffOhm);
        List<PerpPoint> perp = new ArrayList<>();
        int n = FieldPredictor.PERIODS_SHOWN * FieldPredictor.SAMPLES_PER_PERIOD;
        for (int i = 0; i <= n; i++) {
            double f = (double) i / FieldPredictor.SAMPLES_PER_PERIOD;
            double rho = FrustratedBkt.dampedRatio(network, f, f * spreadPerPeriod);
            perp.add(new PerpPoint(f * periodMT, f, rho, frustrated(r0p, sheetResistanceEffOhm, rho),
                    frustrated(r0o, sheetResistanceEffOhm, rho)));
        }
        double bm = IN_PLANE_VANISHING_FRACTION * Math.max(0.0, hc2ParBaseT);
        List<ParPoint> par = new ArrayList<>();
        if (hc2ParBaseT > 0) {
            for (int i = 0; i < IN_PLANE_SAMPLES; i++) {
                double b = hc2ParBaseT * i / (IN_PLANE_SAMPLES - 1);
                double k = inPlaneFactor(b, bm);
                par.add(new ParPoint(b, r0p * k, r0o * k));
            }
        }
        return new SaturationInField(baseTemperatureK, primary.mechanism(), other.mechanism(), r0p, r0o, bm, perp, par);
    }

    /**
     * The h/2e oscillation of ln R_sat(f) this law gives on an ideal array: ln R_sat(f) = ln R_□,eff +
     * ρ(f)·ln(R_sat(0)/R_□,eff) with ρ(f) = 1 − A/2 + (A/2)cos 2πf, A = 1 − ρ½ ({@link FrustratedBkt}),
     * so the cosine's coefficient is (A/2)·ln(R_sat(0)/R_□,eff) (≤ 0: the minima at integer f).
     */
    public static double amplitudeLnR(double rSat0Ohm, double rEffOhm, IslandNetwork network) {
        if (!(rSat0Ohm > 0) || !(rEffOhm > 0)) {
            return 0.0;
        }
        double a = 1.0 - FrustratedBkt.halfRatio(network);
        return 0.5 * a * Math.log(Math.min(1.0, rSat0Ohm / rEffOhm));
    }

    /** R_□,eff·(R_sat(0)/R_□,eff)^ρ; 0 stays 0 and R_□,eff stays R_□,eff. */
    static double frustrated(double r0, double rEff, double rho) {
        if (!(r0 > 0) || !(rEff > 0)) {
            return 0.0;
        }
        double ratio = Math.min(1.0, r0 / rEff);
        return rEff * Math.pow(ratio, Math.max(0.0, rho));
    }

    /** (1 − (B/B_m)²)⁺; 0 when B_m = 0. */
    static double inPlaneFactor(double b, double bm) {
        if (!(bm > 0)) {
            return 0.0;
        }
        double u = b / bm;
        return Math.max(0.0, 1.0 - u * u);
    }

    private static double clamp(double r, double rEff) {
        return Double.isFinite(r) ? Math.max(0.0, Math.min(r, Math.max(rEff, 0.0))) : 0.0;
    }
}
