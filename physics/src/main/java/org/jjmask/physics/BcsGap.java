package org.jjmask.physics;

import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The BCS energy gap Δ(T).
 *
 * <p>Bardeen, Cooper &amp; Schrieffer, Phys. Rev. 108, 1175 (1957), gap equation in Matsubara form
 * (no cut-off needed): {@code ln(T_c/T) = 2π k_BT Σ_{n≥0} [1/ω_n − 1/√(ω_n² + Δ²)]},
 * ω_n = πk_BT(2n+1). The sum is carried explicitly until ω_N ≥ 40·max(Δ, k_BT_c) and the rest is the
 * exact integral of the summand from N − ½ to ∞ (midpoint rule for the tail,
 * {@code ln[(W + √(W² + Δ²))/(2W)]/(2πk_BT)}, W = 2πk_BT·N); the neglected midpoint error is below
 * 1e-8 in Δ/Δ0. The root is found with Commons Math's {@link BrentSolver}.
 *
 * <p>Below T = 0.05 T_c, Δ = Δ(0) exactly: the low-temperature correction
 * √(2πΔ0k_BT)·e^{−Δ0/k_BT} (Mühlschlegel, Z. Phys. 155, 313 (1959)) is below 1e-14 Δ0 there.
 * Strong coupling: Δ scales by (2Δ0/k_BT_c)/3.528 at every temperature (MODEL.md §3).
 *
 * <p>{@link #reducedGap} is called hundreds of thousands of times by a chip's uncertainty draws (every
 * E_J(T) of every R(T) point), so the gap equation is solved once on {@value #TABLE_NODES} nodes of
 * t ∈ [0, 1] (Δ = Δ0 up to 0.05, so the spline's natural end condition errs only where it is not used) and interpolated by a cubic spline in g(t) = Δ/(Δ0√(1 − t)), which is smooth up to
 * t = 1, where it is √(8/(7ζ(3)))·e^γ = 1.7366 (Tinkham, Introduction to Superconductivity (1996), §3.6: Δ(T)/Δ(0) ≈ 1.74(1 − t)^½). The interpolation
 * error is below 10⁻⁸ in Δ/Δ0, the equation's own accuracy ({@code BcsGapTest} compares it with the solved equation).
 */
public final class BcsGap {
    private BcsGap() {
    }

    /** Δ(0)/(k_B T_c) = π e^{−γ} = 1.7639 (weak-coupling BCS). */
    public static final double DELTA0_OVER_KTC = Math.PI * Math.exp(-Constants.EULER_GAMMA);

    private static final double LOW_T_LIMIT = 0.05;

    /** Interpolation nodes of the gap table on [0, 1]. */
    static final int TABLE_NODES = 512;

    /** lim_{t→1} Δ/(Δ0√(1 − t)) = √(8/(7ζ(3)))·e^γ (Tinkham, Introduction to Superconductivity (1996), §3.6). */
    static final double GL_LIMIT = Math.sqrt(8.0 / (7.0 * 1.2020569031595942)) * Math.exp(Constants.EULER_GAMMA);

    /** Δ(T)/Δ(0) in weak-coupling BCS for a reduced temperature t = T/T_c; 0 for t ≥ 1. */
    public static double reducedGap(double t) {
        return deltaOverKTc(t) / DELTA0_OVER_KTC;
    }

    /** Δ(T)/(k_B T_c) in weak-coupling BCS for t = T/T_c; 0 for t ≥ 1, Δ(0) for t ≤ 0.05 (interpolated). */
    public static double deltaOverKTc(double t) {
        Checks.nonNegative("t", t);
        if (t >= 1.0) {
            return 0.0;
        }
        if (t <= LOW_T_LIMIT) {
            return DELTA0_OVER_KTC;
        }
        return DELTA0_OVER_KTC * Math.sqrt(1.0 - t) * Table.SPLINE.value(t);
    }

    /** The gap table, built on first use (about 10 ms). */
    private static final class Table {
        static final PolynomialSplineFunction SPLINE;

        static {
            double[] t = new double[TABLE_NODES];
            double[] g = new double[TABLE_NODES];
            for (int i = 0; i < TABLE_NODES; i++) {
                t[i] = (double) i / (TABLE_NODES - 1);
                double delta = t[i] <= LOW_T_LIMIT ? DELTA0_OVER_KTC : solvedDeltaOverKTc(t[i]);
                g[i] = i == TABLE_NODES - 1 ? GL_LIMIT : delta / (DELTA0_OVER_KTC * Math.sqrt(1.0 - t[i]));
            }
            SPLINE = new SplineInterpolator().interpolate(t, g);
        }
    }

    /** Δ(T)/(k_B T_c) from the gap equation itself (Brent on the Matsubara sum), 0.05 &lt; t &lt; 1. */
    static double solvedDeltaOverKTc(double t) {
        double lnInv = -Math.log(t);
        BrentSolver solver = new BrentSolver(1e-15, 1e-15, 1e-300);
        return solver.solve(200, d -> lnInv - matsubaraSum(d, t), 0.0, 1.01 * DELTA0_OVER_KTC);
    }

    /**
     * 2πt Σ_{n≥0} [1/ω_n − 1/√(ω_n² + δ²)] in units of k_BT_c (ω_n = πt(2n+1)); each term written as
     * δ²/(ω√(ω²+δ²)(ω+√(ω²+δ²))) to avoid cancellation.
     */
    static double matsubaraSum(double delta, double t) {
        double d2 = delta * delta;
        double scale = 40.0 * Math.max(delta, 1.0);
        int n = (int) Math.max(64, Math.ceil(scale / (2.0 * Math.PI * t)));
        double sum = 0.0;
        for (int k = n - 1; k >= 0; k--) { // small terms first
            double w = Math.PI * t * (2 * k + 1);
            double r = Math.sqrt(w * w + d2);
            sum += d2 / (w * r * (w + r));
        }
        double wTail = 2.0 * Math.PI * t * n;
        double u = delta / wTail;
        double tail = Math.log1p(0.5 * u * u / (Math.sqrt(1.0 + u * u) + 1.0)) / (2.0 * Math.PI * t);
        return 2.0 * Math.PI * t * (sum + tail);
    }

    /** Δ(0) in joules for a material: (gapRatio/2)·k_B·T_c. */
    public static double gap0J(double tcK, double gapRatio) {
        Checks.positive("tcK", tcK);
        Checks.positive("gapRatio", gapRatio);
        return 0.5 * gapRatio * Constants.KB * tcK;
    }

    /** Δ(T) in joules: BCS shape scaled to the material's gap ratio. */
    public static double gapJ(double temperatureK, double tcK, double gapRatio) {
        Checks.nonNegative("temperatureK", temperatureK);
        return gap0J(tcK, gapRatio) * reducedGap(temperatureK / tcK);
    }
}
