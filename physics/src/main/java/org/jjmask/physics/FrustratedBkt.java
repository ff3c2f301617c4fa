package org.jjmask.physics;

/**
 * The array's coherence temperature in a perpendicular field: the uniformly frustrated XY model, f flux
 * quanta per plaquette (Teitel &amp; Jayaprakash, PRB 27, 598 (1983)). The XY constant c(f) = k_BT_BKT/E_J
 * is written as c(0)·ρ(f) with
 *
 * <pre>  ρ(f) = 1 − (1 − ρ½)·sin²(πf)</pre>
 *
 * <p>[pheno] The lowest Fourier harmonic of an even function of period 1, anchored at the two values
 * known from Monte Carlo: ρ(0) = 1 and ρ(½) = c(½)/c(0). Periodic with period 1 and symmetric about ½
 * by construction (gauge invariance: f → f + 1 and f → −f leave the model unchanged). It misses the
 * cusps at other rational f (square lattice: lower T_c at f = 1/3, 1/4, ... — Teitel &amp; Jayaprakash
 * 1983) and treats an irrational f as smoothly as a rational one; read values away from 0 and ½ as
 * an interpolation, not a prediction.
 *
 * <p>c(½) by network:
 * <ul>
 *   <li>square: 0.446 (Olsson, PRL 75, 2758 (1995), KT transition of the fully frustrated square XY
 *       model; Ising at 0.452), ρ½ = 0.446/0.8929 [lit].</li>
 *   <li>triangular (honeycomb holes): 0.510, the antiferromagnetic triangular XY model, which is the
 *       fully frustrated one (Loison, arXiv:cond-mat/0001122: Ising at 0.5122, KT 0.0020 below) [lit].</li>
 *   <li>honeycomb (triangular holes): 0 — zero-energy domain walls leave no phase-coherence transition
 *       at finite temperature (Granato, arXiv:1303.6006 (2013): the resistive transition of f = ½
 *       honeycomb arrays is consistent with T_c = 0; Korshunov, arXiv:1112.3723 (2012)) [lit].</li>
 *   <li>dice (kagome holes): no number known; Korshunov (arXiv:cond-mat/0410705 (2005)) estimates vortex
 *       ordering at extremely low temperature, while measured dice arrays at f = ½ order at
 *       "considerably high" temperatures (arXiv:0811.4675). ρ½ = {@value #DICE_HALF_GUESS} is a guess.</li>
 * </ul>
 *
 * <p><b>Disorder</b> [derived]: with plaquette areas spread by σ_S about S, the frustration at mean f̄
 * is spread by σ_f = f̄·σ_S/S; averaging ρ over a Gaussian spread of f damps its oscillating part,
 * {@code ⟨cos 2πf⟩ = cos(2πf̄)·exp(−(2πσ_f)²/2)}, so the h/2e oscillations at the n-th period keep
 * the fraction exp(−(2πnσ_S/S)²/2) of their amplitude.
 */
public final class FrustratedBkt {
    private FrustratedBkt() {
    }

    /** ρ½ for the dice network: a guess (no published value). */
    public static final double DICE_HALF_GUESS = 0.1;

    /** c(½)/c(0) of a network (see the class comment for sources). */
    public static double halfRatio(IslandNetwork network) {
        return switch (network) {
            case SQUARE -> 0.446 / 0.8929;
            case TRIANGULAR -> 0.510 / McConstants.TRIANGULAR;
            case HONEYCOMB -> 0.0;
            case DICE -> DICE_HALF_GUESS;
        };
    }

    /** True when {@link #halfRatio} is a guess rather than a published value. */
    public static boolean halfRatioIsGuess(IslandNetwork network) {
        return network == IslandNetwork.DICE;
    }

    /** ρ(f) = c(f)/c(0) of the ideal array: periodic in f with period 1, symmetric about ½. */
    public static double ratio(IslandNetwork network, double f) {
        return dampedRatio(network, f, 0.0);
    }

    /**
     * ρ averaged over plaquettes whose frustration is Gaussian about f̄ with standard deviation σ_f
     * [derived]: 1 − A/2 + (A/2)·cos(2πf̄)·exp(−(2πσ_f)²/2), A = 1 − ρ½.
     */
    public static double dampedRatio(IslandNetwork network, double fMean, double sigmaF) {
        Checks.finite("f", fMean);
        Checks.nonNegative("sigmaF", sigmaF);
        double a = 1.0 - halfRatio(network);
        // cos(2πf) of the fractional part: exact periodicity whatever the size of f
        double frac = fMean - Math.floor(fMean);
        return 1.0 - a / 2 + a / 2 * Math.cos(2 * Math.PI * frac) * damping(sigmaF);
    }

    /** exp(−(2πσ_f)²/2): the fraction of the oscillation left when f is spread by σ_f [derived]. */
    public static double damping(double sigmaF) {
        double x = 2 * Math.PI * sigmaF;
        return Math.exp(-x * x / 2);
    }

    /**
     * Self-consistent T_BKT (K) at frustration ratio ρ: k_BT = c(0)ρ·(E_J(T) − κE_C,eff)
     * ({@link BktTransition#arrayK}), capped by the unpatterned film's BKT; 0 when ρ·c(0) vanishes or
     * charging wins.
     */
    public static double tbktK(IslandNetwork network, double rho, double rnStiffOhm, double tcK, double gapRatio,
            double filmSheetOhm, double ecEffK, double kappa) {
        double c = network.xyConstant() * rho;
        if (!(c > 1e-9) || !(tcK > 0)) {
            return 0.0;
        }
        double t = BktTransition.arrayK(c, rnStiffOhm, tcK, gapRatio, ecEffK, kappa).tbktK();
        return Math.min(t, BktTransition.filmK(tcK, filmSheetOhm, gapRatio));
    }
}
