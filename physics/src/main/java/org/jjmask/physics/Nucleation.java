package org.jjmask.physics;

/**
 * Where the patterned film pairs (MODEL.md §9, "necks with their own T_c"): the onset, from the
 * lowest linearised-GL mode of the whole unit cell (islands and necks together,
 * {@link org.jjmask.physics.gl.GlCell}), and the necks' own transition, from the transverse mode of
 * a strip of the neck's width ({@link org.jjmask.physics.gl.NeckStrip}), each turned into a
 * temperature by {@link org.jjmask.physics.gl.PairBreaking} (Abrikosov–Gor'kov/WHH form, exact in
 * the small-suppression GL limit 1 − T_c/T_c0 = ξ(0)²λ). E_J(T) uses the neck's gap, Δ_neck(T) the
 * BCS gap of T_c,neck [pheno: a pair-broken neck has a smaller, partly gapless spectrum; the BCS
 * shape at its own T_c keeps Δ(0)/k_BT_c fixed].
 *
 * @param filmTc0K the unpatterned film's T_c0
 * @param onsetK the patterned film's nucleation temperature (T_c onset), ≤ filmTc0K
 * @param neckTcK the necks' own T_c, ≤ onsetK; 0 when the necks do not pair
 * @param cellPairBreaking x_cell = ξ(0)²λ_cell of the unit cell's lowest mode
 * @param neckPairBreaking x_neck = ξ(0)²λ_neck of the neck strip
 * @param extrapolationLengthNm de Gennes' b at the hole walls (+∞ for clean walls)
 */
public record Nucleation(double filmTc0K, double onsetK, double neckTcK, double cellPairBreaking,
        double neckPairBreaking, double extrapolationLengthNm) {

    /** Validates: temperatures finite, 0 ≤ neck ≤ onset ≤ film; pair breaking ≥ 0. */
    public Nucleation {
        Checks.positive("filmTc0K", filmTc0K);
        Checks.nonNegative("onsetK", onsetK);
        Checks.nonNegative("neckTcK", neckTcK);
        Checks.nonNegative("cellPairBreaking", cellPairBreaking);
        Checks.nonNegative("neckPairBreaking", neckPairBreaking);
        if (!(extrapolationLengthNm >= 0)) {
            throw new IllegalArgumentException("extrapolation length must be >= 0");
        }
        if (onsetK > filmTc0K * (1 + 1e-12) || neckTcK > onsetK * (1 + 1e-12)) {
            throw new IllegalArgumentException("need neck T_c <= onset <= film T_c0");
        }
    }

    /** Clean walls: everything pairs at the film's T_c0. */
    public static Nucleation clean(double filmTc0K) {
        return new Nucleation(filmTc0K, filmTc0K, filmTc0K, 0, 0, Double.POSITIVE_INFINITY);
    }

    /** Whether the walls suppress anything. */
    public boolean suppressed() {
        return onsetK < filmTc0K || neckTcK < onsetK;
    }
}
