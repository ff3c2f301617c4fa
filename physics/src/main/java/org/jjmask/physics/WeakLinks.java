package org.jjmask.physics;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Erf;
import org.jjmask.physics.gl.EdgeCondition;
import org.jjmask.physics.gl.NeckStrip;
import org.jjmask.physics.gl.PairBreaking;

/**
 * The necks of the written (disordered) network at the base temperature: which share is cut
 * (w ≤ 0), which is normal (paired neither by itself nor by the cell: its own T_c below the base
 * temperature), which superconducts, and how easily a vortex crosses each superconducting one.
 *
 * <p>The effective neck widths are taken as normal with the extracted network's mean and spread
 * (a periodic lattice: spread 0, every neck alike). A neck of width w pairs at T when its pair
 * breaking x(w) = ξ_GL²λ(w), λ the strip's lowest de Gennes mode ({@link NeckStrip}), is below the
 * Abrikosov–Gor'kov bound x_c(t) of ln t + ψ(½ + 2x/π²t) − ψ(½) = 0 (t = T/T_c0; Abrikosov &amp;
 * Gor'kov, JETP 12, 1243 (1961)); inverting the strip mode gives the narrowest paired neck in
 * closed form, w_c = (2/k)·atan(1/bk), k = √(x_c/ξ_GL²) (de Gennes §7-3) [derived].
 *
 * <p>A superconducting neck's coherence length at T, ξ_n² = ξ_GL² x_c(t)/((1 − t)(x_c(t) − x)),
 * is GL's ξ_GL²/(1 − t) for a clean neck and diverges where the neck stops pairing [derived
 * interpolation], so the dissipative vortex action ({@link AnomalousMetal.DissipativePhaseSlips})
 * falls continuously to 0 there.
 *
 * @param meanNm mean effective neck width (w − 2δ), nm
 * @param sigmaNm its spread, nm
 * @param criticalNm w_c: necks narrower do not pair at the base temperature (0 for clean walls)
 * @param cut share of necks with w ≤ 0
 * @param normal share of necks with 0 &lt; w &lt; w_c
 * @param superconducting share with w &gt; w_c
 * @param vortexRate ∫ over the superconducting necks of P(w)·e^{−S_V(w)}
 * @param meanVortexAction S_V of the mean neck (+∞ when it does not superconduct)
 */
public record WeakLinks(double meanNm, double sigmaNm, double criticalNm, double cut, double normal,
        double superconducting, double vortexRate, double meanVortexAction) {

    /** Trapezoid intervals across the superconducting part of the neck distribution. */
    static final int NODES = 48;
    /** The distribution is integrated over ± this many standard deviations. */
    static final double SPAN_SIGMA = 6.0;

    /**
     * @param meanNm mean effective neck, nm (may be ≤ 0: cut)
     * @param sigmaNm spread, nm (≥ 0)
     * @param xiGl2Nm2 ξ_GL², nm²
     * @param cellX the cell's own pair breaking (a neck pairs no better than its cell)
     * @param edge the walls
     * @param t T_base/T_c0 of the film
     * @param rQOverRsq R_Q/R_□ of the film
     * @param vortexScale the O(1) prefactor of the vortex action
     */
    public static WeakLinks of(double meanNm, double sigmaNm, double xiGl2Nm2, double cellX, EdgeCondition edge,
            double t, double rQOverRsq, double vortexScale) {
        double xc = criticalX(Math.min(t, 1.0));
        double wc;
        if (!(cellX < xc)) {
            wc = Double.POSITIVE_INFINITY;
        } else if (edge.clean()) {
            wc = 0.0;
        } else {
            double k = Math.sqrt(xc / xiGl2Nm2);
            double b = edge.extrapolationLength();
            wc = b == 0 ? Math.PI / k : 2 / k * Math.atan(1 / (b * k));
        }
        java.util.function.DoubleUnaryOperator action = w -> {
            if (!(w > wc) || !(w > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            double x = Math.max(cellX, xiGl2Nm2 * NeckStrip.eigenvalue(w, edge));
            if (!(x < xc)) {
                return 0.0;
            }
            double xi2 = xiGl2Nm2 * xc / ((1 - Math.min(t, 1 - 1e-12)) * (xc - x));
            return vortexScale * rQOverRsq * w / Math.sqrt(xi2);
        };
        double meanAction = meanNm > wc && meanNm > 0 ? action.applyAsDouble(meanNm) : 0.0;
        if (!(sigmaNm > 0)) {
            double cut = meanNm <= 0 ? 1 : 0;
            double sc = meanNm > wc && meanNm > 0 ? 1 : 0;
            return new WeakLinks(meanNm, 0, finite(wc, meanNm), cut, 1 - cut - sc, sc,
                    sc * Math.exp(-meanAction), sc > 0 ? meanAction : Double.POSITIVE_INFINITY);
        }
        double cut = phi(-meanNm / sigmaNm);
        double below = wc == Double.POSITIVE_INFINITY ? 1.0 : phi((Math.max(wc, 0) - meanNm) / sigmaNm);
        double lo = Math.max(Math.max(wc, 0), meanNm - SPAN_SIGMA * sigmaNm);
        double hi = meanNm + SPAN_SIGMA * sigmaNm;
        double rate = 0;
        if (hi > lo && wc != Double.POSITIVE_INFINITY) {
            int n = NODES;
            double h = (hi - lo) / n;
            for (int i = 0; i <= n; i++) {
                double w = lo + i * h;
                double z = (w - meanNm) / sigmaNm;
                double p = Math.exp(-0.5 * z * z) / (sigmaNm * Math.sqrt(2 * Math.PI));
                double s = action.applyAsDouble(w);
                double f = p * (Double.isInfinite(s) ? 0.0 : Math.exp(-s));
                rate += (i == 0 || i == n ? 0.5 : 1.0) * f * h;
            }
        }
        return new WeakLinks(meanNm, sigmaNm, finite(wc, meanNm), cut, Math.max(0, below - cut), 1 - below,
                rate, meanNm > wc && meanNm > 0 ? meanAction : Double.POSITIVE_INFINITY);
    }

    private static double finite(double wc, double meanNm) {
        return Double.isFinite(wc) ? wc : Math.max(meanNm, 0) + 1e6;
    }

    /** Standard normal distribution function. */
    static double phi(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** Abrikosov–Gor'kov: the pair breaking x at which the film's T_c is t·T_c0; 0 at t ≥ 1. */
    public static double criticalX(double t) {
        if (!(t < 1)) {
            return 0.0;
        }
        if (t <= 1e-9) {
            return PairBreaking.CRITICAL_X;
        }
        double hi = PairBreaking.CRITICAL_X * 1.0000001;
        return new BrentSolver(1e-14, 1e-14).solve(200, x -> PairBreaking.residual(t, x, 0, 0), 0.0, hi);
    }
}
