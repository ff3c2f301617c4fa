package org.jjmask.physics;

/**
 * The shunt that damps a junction's charge fluctuations, stated physically (issue 13): not R_N
 * below T_c, but the quasiparticle conductance at the frequency of the charge fluctuation
 * being damped, plus an optional environment.
 *
 * <p>A Cooper pair moved onto an island costs 4E_C, so the charge fluctuations that the shunt must
 * damp sit at ħω = 4E_C [derived]. The junction's real conductance there is the neck's
 * Mattis–Bardeen σ₁(ω)/σ_n (Mattis &amp; Bardeen, Phys. Rev. 111, 412 (1958), T = 0:
 * σ₁/σ_n = (1 + 1/y)E(k) − (2/y)K(k), y = ħω/2Δ, k = (y − 1)/(y + 1), zero for y ≤ 1), plus the
 * thermally excited quasiparticles, weight 2f(Δ/k_BT) of the normal conductance (Fermi function;
 * Tinkham, Introduction to Superconductivity §3.9: the quasiparticle density freezes out as
 * e^{−Δ/k_BT}) [derived combination]. At and above T_c (Δ = 0) the shunt is R_N itself, so nothing
 * jumps at the transition; on cold SrTiO₃ (E_C ≈ 20 mK ≪ Δ) it vanishes, on sapphire-borne a-Bi
 * islands (4E_C ≫ 2Δ) it is nearly R_N, which is why those arrays turn insulating near R_N ≈ R_Q
 * (Hollen et al., PRB 84, 064528 (2011)).
 *
 * <p>The dissipation strength is α = R_th/R_S with R_S that shunt (R_th = R_Q by default: Chakravarty
 * et al., PRB 37, 3283 (1988); Schmid, PRL 51, 1506 (1983): Ohmic shunts below R_Q keep the phase
 * ordered). It weakens charging as κ(1 − α)E_C in the coherence criterion and in the phase-slip
 * action, one E_C throughout.
 */
public final class Dissipation {
    private Dissipation() {
    }

    /** Mattis–Bardeen σ₁(ω)/σ_n at T = 0 for y = ħω/2Δ: 0 below the gap edge, → 1 for y → ∞. */
    public static double mattisBardeenT0(double y) {
        if (!(y > 1)) {
            return 0.0;
        }
        if (Double.isInfinite(y)) {
            return 1.0;
        }
        double k = (y - 1) / (y + 1);
        double[] ke = ellipticKE(k);
        return Math.max(0.0, Math.min(1.0, (1 + 1 / y) * ke[1] - (2 / y) * ke[0]));
    }

    /**
     * σ₁(ω, T)/σ_n: the T = 0 Mattis–Bardeen part plus the thermal quasiparticles' 2f(Δ/k_BT) of
     * what remains; 1 at Δ = 0.
     *
     * @param hbarOmegaJ ħω, J
     * @param gapJ Δ(T), J (0 in the normal state)
     * @param temperatureK T, K (may be 0)
     */
    public static double shuntFraction(double hbarOmegaJ, double gapJ, double temperatureK) {
        if (!(gapJ > 0)) {
            return 1.0;
        }
        double s0 = mattisBardeenT0(hbarOmegaJ / (2 * gapJ));
        double thermal = temperatureK > 0 ? 2.0 / (Math.exp(gapJ / (Constants.KB * temperatureK)) + 1.0) : 0.0;
        return s0 + (1 - s0) * thermal;
    }

    /**
     * α = R_th/R_S, R_S = R_N/s in parallel with the environment R_env: α = s R_th/R_N + R_th/R_env.
     *
     * @param environmentOhm R_env (+∞: no environment shunt)
     */
    public static double alpha(double shuntFraction, double rnOhm, double thresholdOhm, double environmentOhm) {
        return shuntFraction * thresholdOhm / rnOhm + (Double.isInfinite(environmentOhm) ? 0.0 : thresholdOhm
                / environmentOhm);
    }

    /** K(k) and E(k) by the arithmetic–geometric mean (Abramowitz &amp; Stegun 17.6.1–17.6.4), 0 ≤ k &lt; 1. */
    static double[] ellipticKE(double k) {
        double a = 1.0;
        double b = Math.sqrt((1 - k) * (1 + k));
        double c = k;
        double sum = 0.5 * c * c;
        double pow = 0.5;
        for (int i = 0; i < 60 && Math.abs(c) > 1e-16; i++) {
            double an = 0.5 * (a + b);
            c = 0.5 * (a - b);
            b = Math.sqrt(a * b);
            a = an;
            pow *= 2;
            sum += pow * c * c;
        }
        double kk = Math.PI / (2 * a);
        return new double[] {kk, kk * (1 - sum)};
    }
}
