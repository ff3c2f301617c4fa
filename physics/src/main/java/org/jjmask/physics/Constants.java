package org.jjmask.physics;

/**
 * Physical constants, SI 2019 (exact unless noted) — MODEL.md §0.
 *
 * <p>CODATA 2018 / SI 2019 redefinition: e, h and k_B are exact; μ_B and ε0 are measured
 * (CODATA 2018 recommended values).
 */
public final class Constants {
    private Constants() {
    }

    /** Elementary charge, C (SI 2019, exact). */
    public static final double E = 1.602176634e-19;
    /** Planck constant, J s (SI 2019, exact). */
    public static final double H = 6.62607015e-34;
    /** Reduced Planck constant ħ = h/2π, J s. */
    public static final double HBAR = H / (2.0 * Math.PI);
    /** Boltzmann constant, J/K (SI 2019, exact). */
    public static final double KB = 1.380649e-23;
    /** Superconducting flux quantum Φ0 = h/2e, Wb (= 2.067833848e-15). */
    public static final double PHI0 = H / (2.0 * E);
    /** Pair resistance quantum R_Q = h/4e², Ω (= 6453.20). */
    public static final double RQ = H / (4.0 * E * E);
    /** Bohr magneton, J/T (CODATA 2018, measured). */
    public static final double MU_B = 9.2740100783e-24;
    /** Vacuum permittivity, F/m (CODATA 2018, measured). */
    public static final double EPS0 = 8.8541878128e-12;
    /** Euler–Mascheroni constant γ. */
    public static final double EULER_GAMMA = 0.5772156649015329;
    /** BCS weak-coupling gap ratio 2Δ(0)/k_BT_c = 2π e^{−γ} = 3.5278 (Bardeen–Cooper–Schrieffer, Phys. Rev. 108, 1175 (1957)). */
    public static final double BCS_GAP_RATIO = 2.0 * Math.PI * Math.exp(-EULER_GAMMA);
    /** Metres per nanometre. */
    public static final double NM = 1e-9;
}
