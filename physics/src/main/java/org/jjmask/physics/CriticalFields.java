package org.jjmask.physics;

import java.util.function.DoubleUnaryOperator;

import org.jjmask.physics.gl.PairBreaking;

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
 *       Chandrasekhar, APL 1, 7 (1962)), reported for reference (at T: Δ(T)/(√2 μ_B)).</li>
 *   <li>Anisotropic spin term [pheno]: an exchange field of magnetic ions (the Nd³⁺ 4f doublet)
 *       enhances the spin splitting for in-plane field by 1 + η∥ (Wang et al., Sci. Adv. 9, eadf6655
 *       (2023), arXiv:2205.15355; {@link Material#spinExchangePar()}).</li>
 *   <li><b>Combination: WHH with Maki's spin terms</b> ({@link PairBreaking}; Werthamer, Helfand &amp;
 *       Hohenberg, Phys. Rev. 147, 295 (1966); Maki, Phys. Rev. 148, 362 (1966)) replaces the earlier
 *       quadrature sum 1/H² = 1/H_orb² + 1/H_P². Each orientation's orbital pair breaking x(B) is the GL
 *       one of the formulas above written as x = 1 − t at the GL line: film ⊥ x = B/H_s,
 *       H_s = Φ0/(2πξ_GL²); strip x = (2πBwξ_GL/Φ0)²/12; wire/thin film ∥ x = (2πBξ_GL/Φ0)²/(12(1/d² + 1/ℓ²));
 *       surface x = B/(1.695 H_s); the smallest x of an orientation decides. The Zeeman term
 *       ζ = μ_B B/(πk_BT_c) × 3.528/(2Δ0/k_BT_c) (strong coupling: scaled with the gap [pheno]),
 *       (1 + η∥)ζ in plane; spin–orbit λ_so ({@link #at(double, double, double, double, double, double,
 *       double, double)}, default 0).</li>
 *   <li><b>Which ξ</b>: {@link Material#coherenceLengthNm()} is ξ(0) as the cited papers quote it,
 *       from μ0H_c2⊥(0) = Φ0/(2πξ(0)²); WHH's orbital H_c2(0) = 0.693·T_c|dH/dT| makes the slope's GL
 *       length ξ_GL(0) = √0.693·ξ(0) ({@link #glXiSquaredNm2}). So the plain film's orbital limit at
 *       T = 0 stays Φ0/(2πξ(0)²) (11.29 T for 5.4 nm) and near T_c H_c2⊥ = Φ0/(2πξ_GL(T)²).</li>
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

    /**
     * 1/H² = 1/H_orb² + 1/H_P², the quadrature interpolation the model used before WHH (kept to compare
     * against; {@link #at} no longer uses it); 0 if either is 0.
     */
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

    /** ξ_GL(0)² = 0.693·ξ(0)² (nm²): the GL slope length of a film whose ξ(0) is quoted from H_c2⊥(0). */
    public static double glXiSquaredNm2(double xi0Nm) {
        return PairBreaking.CRITICAL_X * xi0Nm * xi0Nm;
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

    /** All fields at temperature T, no spin–orbit scattering (λ_so = 0). */
    public static Result at(double temperatureK, double tcK, double xi0Nm, double thicknessNm, double neckWidthNm,
            double gap0J, double spinExchangePar) {
        return at(temperatureK, tcK, xi0Nm, thicknessNm, neckWidthNm, gap0J, spinExchangePar, 0.0);
    }

    /**
     * All fields at temperature T by WHH/Maki.
     *
     * @param neckWidthNm effective (superconducting) neck width; ≤ 0 or non-finite skips the neck terms
     * @param spinExchangePar η∥: the in-plane Zeeman term is (1 + η∥)ζ
     * @param lambdaSo WHH's spin–orbit parameter λ_so = 2ħ/(3πk_BT_cτ_so) ≥ 0
     */
    public static Result at(double temperatureK, double tcK, double xi0Nm, double thicknessNm, double neckWidthNm,
            double gap0J, double spinExchangePar, double lambdaSo) {
        Checks.nonNegative("temperatureK", temperatureK);
        Checks.positive("tcK", tcK);
        Checks.positive("thicknessNm", thicknessNm);
        Checks.nonNegative("spinExchangePar", spinExchangePar);
        Checks.nonNegative("lambdaSo", lambdaSo);
        double t = temperatureK / tcK;
        double pauli = pauliT(gap0J) * BcsGap.reducedGap(Math.min(t, 1.0));
        double pauliPar = pauli / (1.0 + spinExchangePar);
        if (t >= 1.0 || pauli <= 0) {
            return new Result(0, 0, pauli, 0, 0, false, false, pauliPar);
        }
        double tt = Math.max(t, PairBreaking.T_MIN);
        double xiGl2 = glXiSquaredNm2(xi0Nm) * Constants.NM * Constants.NM;
        double slopeT = Constants.PHI0 / (2.0 * Math.PI * xiGl2);
        double q = 2.0 * Math.PI / Constants.PHI0;
        boolean neck = neckWidthNm > 0 && Double.isFinite(neckWidthNm);
        double w = neck ? neckWidthNm * Constants.NM : Double.POSITIVE_INFINITY;
        double d = thicknessNm * Constants.NM;
        DoubleUnaryOperator film = b -> b / slopeT;
        DoubleUnaryOperator strip = b -> neck ? q * q * b * b * w * w * xiGl2 / 12.0 : Double.POSITIVE_INFINITY;
        DoubleUnaryOperator perp = b -> Math.min(film.applyAsDouble(b), strip.applyAsDouble(b));
        DoubleUnaryOperator wire = wire(xiGl2, d, w);
        DoubleUnaryOperator surface = b -> b / (SURFACE_FACTOR * slopeT);
        DoubleUnaryOperator par = b -> Math.min(wire.applyAsDouble(b), surface.applyAsDouble(b));
        double zeta = PairBreaking.zetaPerTesla(tcK) * Constants.BCS_GAP_RATIO / gapRatio(gap0J, tcK);
        double perpOrb = PairBreaking.criticalFieldT(tt, perp, 0, 0);
        double parOrb = PairBreaking.criticalFieldT(tt, par, 0, 0);
        double perpT = PairBreaking.criticalFieldT(tt, perp, zeta, lambdaSo);
        double parT = PairBreaking.criticalFieldT(tt, par, (1.0 + spinExchangePar) * zeta, lambdaSo);
        boolean stripDecides = neck && strip.applyAsDouble(perpT) < film.applyAsDouble(perpT);
        boolean surfaceDecides = surface.applyAsDouble(parT) < wire.applyAsDouble(parT);
        return new Result(perpOrb, parOrb, pauli, perpT, parT, stripDecides, surfaceDecides, pauliPar);
    }

    /** ζ per tesla with the strong-coupling scaling of {@link #at}: μ_B/(πk_BT_c) × 3.528/(2Δ0/k_BT_c) [pheno]. */
    static double zetaPerTesla(double tcK, double gap0J) {
        return PairBreaking.zetaPerTesla(tcK) * Constants.BCS_GAP_RATIO / gapRatio(gap0J, tcK);
    }

    /**
     * All fields at temperature T for a written cell: the perpendicular orbital pair breaking is the
     * cell's GL eigenvalue in field ({@link CellField#pairBreaking}, replacing the film and neck-strip
     * formulas); in plane the cell's zero-field x_cell adds to the thin-film/wire term of {@link #at}
     * (the in-plane field of a film thinner than ξ does not see the lateral pattern beyond the walls'
     * zero-field pair breaking and the necks' width [derived]). The reference of both is the film's
     * own T_c0 and gap, so T_c(B = 0) is the cell's onset.
     *
     * @param neckWidthNm effective neck width for the in-plane wire term; ≤ 0 skips it
     */
    public static Result at(double temperatureK, CellField cell, double xi0Nm, double thicknessNm, double neckWidthNm,
            double spinExchangePar, double lambdaSo) {
        Checks.nonNegative("temperatureK", temperatureK);
        Checks.positive("thicknessNm", thicknessNm);
        double tcK = cell.filmTcK();
        double gap0J = cell.filmGap0J();
        double t = temperatureK / tcK;
        double onsetRatio = PairBreaking.tcRatio(cell.zeroFieldPairBreaking(), 0, 0);
        double pauli = pauliT(gap0J) * BcsGap.reducedGap(Math.min(t, 1.0));
        double pauliPar = pauli / (1.0 + spinExchangePar);
        if (t >= onsetRatio || pauli <= 0) {
            return new Result(0, 0, pauli, 0, 0, false, false, pauliPar);
        }
        double tt = Math.max(t, PairBreaking.T_MIN);
        double xiGl2 = glXiSquaredNm2(xi0Nm) * Constants.NM * Constants.NM;
        double slopeT = Constants.PHI0 / (2.0 * Math.PI * xiGl2);
        boolean neck = neckWidthNm > 0 && Double.isFinite(neckWidthNm);
        double w = neck ? neckWidthNm * Constants.NM : Double.POSITIVE_INFINITY;
        double d = thicknessNm * Constants.NM;
        double x0 = cell.zeroFieldPairBreaking();
        DoubleUnaryOperator perp = cell::pairBreaking;
        DoubleUnaryOperator wire = wire(xiGl2, d, w);
        DoubleUnaryOperator surface = b -> b / (SURFACE_FACTOR * slopeT);
        DoubleUnaryOperator par = b -> x0 + Math.min(wire.applyAsDouble(b), surface.applyAsDouble(b));
        double zeta = zetaPerTesla(tcK, gap0J);
        double perpOrb = PairBreaking.criticalFieldT(tt, perp, 0, 0);
        double parOrb = PairBreaking.criticalFieldT(tt, par, 0, 0);
        double perpT = PairBreaking.criticalFieldT(tt, perp, zeta, lambdaSo);
        double parT = PairBreaking.criticalFieldT(tt, par, (1.0 + spinExchangePar) * zeta, lambdaSo);
        boolean surfaceDecides = surface.applyAsDouble(parT) < wire.applyAsDouble(parT);
        return new Result(perpOrb, parOrb, pauli, perpT, parT, false, surfaceDecides, pauliPar);
    }

    /**
     * The in-plane wire/thin-film pair breaking x(B) = (2πBξ_GL/Φ0)²/(12(1/d² + 1/ℓ²)) (class
     * Javadoc); the neck's width w confines an in-plane field only by how much it is below the strip
     * threshold √12 ξ_GL, 1/ℓ² = max(0, 1/w² − 1/(12ξ_GL²)); w = +∞ without necks. SI units.
     */
    private static DoubleUnaryOperator wire(double xiGl2, double thicknessM, double neckWidthM) {
        double q = 2.0 * Math.PI / Constants.PHI0;
        double invL2 = Double.isFinite(neckWidthM)
                ? Math.max(0.0, 1.0 / (neckWidthM * neckWidthM) - 1.0 / (12.0 * xiGl2)) : 0.0;
        double thick2 = 1.0 / (1.0 / (thicknessM * thicknessM) + invL2);
        return b -> q * q * b * b * xiGl2 * thick2 / 12.0;
    }

    private static double gapRatio(double gap0J, double tcK) {
        return 2.0 * gap0J / (Constants.KB * tcK);
    }
}
