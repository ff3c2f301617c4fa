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
 *       Lett. 7, 306 (1963)): max of the two (flag {@code hc2_thick_film} when the latter decides).
 *       <b>Necks in parallel field</b> [derived]: where the neck strip sets the perpendicular limit,
 *       a neck whose axis lies along the in-plane field is a wire of cross-section w × d threaded by
 *       it; the GL slab argument (Tinkham ch. 4: (2π/Φ0)²⟨A²⟩ = 1/ξ², gauge chosen to minimise
 *       ⟨A²⟩ = B²w²d²/(12(w² + d²))) gives H = √12 Φ0/(2πξ)·√(1/d² + 1/w²). Current percolates
 *       along the necks best aligned with the field (in every network two of the bond directions
 *       lie within 30–45° of any in-plane direction), so these set the array's parallel limit. So
 *       that the formula joins the film one where the strip stops deciding (w = √12ξ), the width
 *       enters by how much it is below that: 1/ℓ² = max(0, 1/w² − 1/(12ξ²)) in place of 1/w².
 *       With it the orbital anisotropy of a thin film (d ≤ √12ξ) is ≥ 1 for every neck: only the
 *       spin term below can reverse it, as the seed experiment's Nd-nickelate does and Nb does not.</li>
 *   <li>Pauli (Clogston–Chandrasekhar) limit μ0H_P = Δ0/(√2 μ_B) (Clogston, PRL 9, 266 (1962);
 *       Chandrasekhar, APL 1, 7 (1962)); ≈ 1.86 T/K × T_c for BCS. At temperature T it is taken as
 *       Δ(T)/(√2 μ_B) [pheno: the spin-only line closes like the gap, ∝ √(1 − T/T_c), near T_c], equal
 *       to the Clogston value wherever T &lt; 0.05 T_c.</li>
 *   <li>Anisotropic spin term [pheno]: an exchange field of magnetic ions (the Nd³⁺ 4f doublet)
 *       enhances the spin splitting for in-plane field by 1 + η∥, so H_P∥ = H_P/(1 + η∥) (Wang et al.,
 *       Sci. Adv. 9, eadf6655 (2023), arXiv:2205.15355; {@link Material#spinExchangePar()}).</li>
 *   <li>Combination: {@code 1/H² = 1/H_orb² + 1/H_P²} — a quadrature interpolation that is exact in
 *       the orbital-only and spin-only limits (the simple alternative to WHH with Maki α named in
 *       MODEL.md §6; cf. Maki, Phys. Rev. 148, 362 (1966)). Applied to both directions, each with its
 *       own Pauli limit.</li>
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
     * @param pauliT Pauli limit Δ(T)/(√2 μ_B), perpendicular field
     * @param perpT perpendicular, orbital ⊕ Pauli
     * @param parT parallel, orbital ⊕ in-plane Pauli
     * @param neckStripDecides the neck-strip formula set the perpendicular orbital limit
     * @param surfaceBoundDecides the 1.695·H_c2 bound set the parallel orbital limit
     * @param pauliParT in-plane Pauli limit H_P/(1 + η∥)
     */
    public record Result(double perpOrbitalT, double parOrbitalT, double pauliT, double perpT, double parT,
            boolean neckStripDecides, boolean surfaceBoundDecides, double pauliParT) {

        /** Without an anisotropic spin term: the in-plane Pauli limit is the perpendicular one. */
        public Result(double perpOrbitalT, double parOrbitalT, double pauliT, double perpT, double parT,
                boolean neckStripDecides, boolean surfaceBoundDecides) {
            this(perpOrbitalT, parOrbitalT, pauliT, perpT, parT, neckStripDecides, surfaceBoundDecides, pauliT);
        }

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

    /** Tinkham's slab argument for a wire of cross-section w × d in axial field: √12 Φ0/(2πξ)·√(1/d² + 1/ℓ²), metres. */
    public static double wireT(double xiM, double thicknessM, double lateralM) {
        double inv = 1.0 / (thicknessM * thicknessM) + (Double.isFinite(lateralM) ? 1.0 / (lateralM * lateralM) : 0.0);
        return Math.sqrt(12.0) * Constants.PHI0 / (2.0 * Math.PI * xiM) * Math.sqrt(inv);
    }

    /**
     * All fields at temperature T, without an anisotropic spin term.
     *
     * @param neckWidthNm effective (superconducting) neck width; ≤ 0 or non-finite skips the strip
     */
    public static Result at(double temperatureK, double tcK, double xi0Nm, double thicknessNm, double neckWidthNm,
            double gap0J) {
        return at(temperatureK, tcK, xi0Nm, thicknessNm, neckWidthNm, gap0J, 0.0);
    }

    /**
     * All fields at temperature T.
     *
     * @param neckWidthNm effective (superconducting) neck width; ≤ 0 or non-finite skips the neck terms
     * @param spinExchangePar η∥: H_P∥ = H_P/(1 + η∥)
     */
    public static Result at(double temperatureK, double tcK, double xi0Nm, double thicknessNm, double neckWidthNm,
            double gap0J, double spinExchangePar) {
        Checks.nonNegative("temperatureK", temperatureK);
        Checks.positive("tcK", tcK);
        Checks.positive("thicknessNm", thicknessNm);
        Checks.nonNegative("spinExchangePar", spinExchangePar);
        double pauli = pauliT(gap0J) * BcsGap.reducedGap(Math.min(temperatureK / tcK, 1.0));
        double pauliPar = pauli / (1.0 + spinExchangePar);
        double xi = xiM(xi0Nm, temperatureK, tcK);
        if (!Double.isFinite(xi) || pauli <= 0) {
            return new Result(0, 0, pauli, 0, 0, false, false, pauliPar);
        }
        double film = perpFilmT(xi);
        boolean neck = neckWidthNm > 0 && Double.isFinite(neckWidthNm);
        double w = neck ? neckWidthNm * Constants.NM : Double.POSITIVE_INFINITY;
        double strip = neck ? thinSlabT(xi, w) : 0.0;
        double perpOrb = Math.max(film, strip);
        // the neck's width confines an in-plane field only by how much it is below the strip threshold √12 ξ
        double invL2 = neck ? Math.max(0.0, 1.0 / (w * w) - 1.0 / (12.0 * xi * xi)) : 0.0;
        double thin = wireT(xi, thicknessNm * Constants.NM, invL2 > 0 ? 1.0 / Math.sqrt(invL2) : Double.POSITIVE_INFINITY);
        double surface = SURFACE_FACTOR * film;
        double parOrb = Math.max(thin, surface);
        return new Result(perpOrb, parOrb, pauli, combineT(perpOrb, pauli), combineT(parOrb, pauliPar),
                strip > film, surface > thin, pauliPar);
    }
}
