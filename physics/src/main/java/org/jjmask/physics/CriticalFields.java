package org.jjmask.physics;

/**
 * Upper critical fields (MODEL.md §6), all in tesla (μ0H).
 *
 * <ul>
 *   <li>GL coherence length ξ(T) = ξ(0)/√(1 − T/T_c) (Tinkham, Introduction to Superconductivity,
 *       2nd ed. (1996), ch. 4).</li>
 *   <li>Perpendicular, film: H_c2 = Φ0/(2πξ²) (Tinkham ch. 4). Necks act like strips of width w:
 *       H = √12 Φ0/(2πξw) (Tinkham ch. 4, thin strip/film). MODEL.md says "when w &lt; ~4.4ξ"; the
 *       two formulas cross at w = √12·ξ ≈ 3.46ξ, so the perpendicular orbital limit is taken as
 *       max(film, strip): continuous, and the strip decides exactly when it is the higher one
 *       (flag {@code hc2_neck_strip}).</li>
 *   <li>Parallel: thin film H = √12 Φ0/(2πξd) (Tinkham ch. 4), valid for d ≲ 1.8ξ; for thicker films it
 *       is bounded below by surface nucleation H_c3 = 1.695 H_c2 (Saint-James &amp; de Gennes, Phys.
 *       Lett. 7, 306 (1963)): max of the two (flag {@code hc2_thick_film} when the latter decides).</li>
 *   <li>Pauli (Clogston–Chandrasekhar) limit μ0H_P = Δ0/(√2 μ_B) (Clogston, PRL 9, 266 (1962);
 *       Chandrasekhar, APL 1, 7 (1962)); ≈ 1.86 T/K × T_c for BCS.</li>
 *   <li>Combination: {@code 1/H² = 1/H_orb² + 1/H_P²} — a quadrature interpolation that is exact in
 *       the orbital-only and spin-only limits (the simple alternative to WHH with Maki α named in
 *       MODEL.md §6; cf. Maki, Phys. Rev. 148, 362 (1966)). Applied to both directions.</li>
 * </ul>
 */
public final class CriticalFields {
    private CriticalFields() {
    }

    /** Saint-James–de Gennes surface nucleation factor H_c3/H_c2. */
    public static final double SURFACE_FACTOR = 1.695;

    /**
     * Fields at one temperature.
     *
     * @param perpOrbitalT perpendicular orbital limit (max of film and neck strip)
     * @param parOrbitalT parallel orbital limit
     * @param pauliT Pauli limit
     * @param perpT perpendicular, orbital ⊕ Pauli
     * @param parT parallel, orbital ⊕ Pauli
     * @param neckStripDecides the neck-strip formula set the perpendicular orbital limit
     * @param surfaceBoundDecides the 1.695·H_c2 bound set the parallel orbital limit
     */
    public record Result(double perpOrbitalT, double parOrbitalT, double pauliT, double perpT, double parT,
            boolean neckStripDecides, boolean surfaceBoundDecides) {
        /** γ = H∥/H⊥ (0 when H⊥ is 0). */
        public double anisotropy() {
            return perpT > 0 ? parT / perpT : 0.0;
        }
    }

    /** GL ξ(T) = ξ(0)/√(1 − T/T_c), metres; +∞ at or above T_c. */
    public static double xiM(double xi0Nm, double temperatureK, double tcK) {
        Checks.positive("xi0Nm", xi0Nm);
        double t = temperatureK / tcK;
        if (t >= 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        return xi0Nm * Constants.NM / Math.sqrt(1.0 - t);
    }

    /** Tinkham, ch. 4: H_c2⊥ = Φ0/(2πξ²), ξ in metres. */
    public static double perpFilmT(double xiM) {
        return Constants.PHI0 / (2.0 * Math.PI * xiM * xiM);
    }

    /** Tinkham, ch. 4, thin strip / thin film: H = √12 Φ0/(2πξw), ξ and width in metres. */
    public static double thinSlabT(double xiM, double widthM) {
        return Math.sqrt(12.0) * Constants.PHI0 / (2.0 * Math.PI * xiM * widthM);
    }

    /** Clogston–Chandrasekhar: μ0H_P = Δ0/(√2 μ_B), Δ0 in joules. */
    public static double pauliT(double gap0J) {
        Checks.positive("gap0J", gap0J);
        return gap0J / (Math.sqrt(2.0) * Constants.MU_B);
    }

    /** 1/H² = 1/H_orb² + 1/H_P² (quadrature interpolation); 0 if either is 0. */
    public static double combineT(double orbitalT, double pauliT) {
        if (orbitalT <= 0 || pauliT <= 0) {
            return 0.0;
        }
        double x = orbitalT / pauliT;
        return orbitalT / Math.sqrt(1.0 + x * x);
    }

    /**
     * All fields at temperature T.
     *
     * @param neckWidthNm effective (superconducting) neck width; ≤ 0 or non-finite skips the strip
     */
    public static Result at(double temperatureK, double tcK, double xi0Nm, double thicknessNm, double neckWidthNm,
            double gap0J) {
        Checks.nonNegative("temperatureK", temperatureK);
        Checks.positive("tcK", tcK);
        Checks.positive("thicknessNm", thicknessNm);
        double pauli = pauliT(gap0J);
        double xi = xiM(xi0Nm, temperatureK, tcK);
        if (!Double.isFinite(xi)) {
            return new Result(0, 0, pauli, 0, 0, false, false);
        }
        double film = perpFilmT(xi);
        double strip = neckWidthNm > 0 ? thinSlabT(xi, neckWidthNm * Constants.NM) : 0.0;
        double perpOrb = Math.max(film, strip);
        double thin = thinSlabT(xi, thicknessNm * Constants.NM);
        double surface = SURFACE_FACTOR * film;
        double parOrb = Math.max(thin, surface);
        return new Result(perpOrb, parOrb, pauli, combineT(perpOrb, pauli), combineT(parOrb, pauli),
                strip > film, surface > thin);
    }
}
