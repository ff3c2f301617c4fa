package org.jjmask.physics.gl;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.special.Gamma;

/**
 * Transition temperature of a dirty superconductor under orbital pair breaking, the Zeeman splitting
 * and spin–orbit scattering: the equation of Werthamer, Helfand &amp; Hohenberg (Phys. Rev. 147, 295
 * (1966), eq. (34)), with Maki's spin terms (Maki, Phys. Rev. 148, 362 (1966)),
 * <pre>
 *   ln(1/t) = Σ_{ν=−∞}^{∞} [ 1/|2ν+1| − ( |2ν+1| + h̄/t + (ζ/t)² / (|2ν+1| + (h̄ + λ_so)/t) )⁻¹ ],
 * </pre>
 * t = T/T_c0. The orbital term is written through the GL eigenvalue of the geometry,
 * h̄ = 4x/π², x = ξ(0)²λ (for a plain film in a perpendicular field λ = 2πB/Φ0, and h̄ is WHH's
 * (4/π²)H/(T_c|dH_c2/dT|)); for any nucleation mode of the linearised equation the same x enters
 * as the pair-breaking parameter (de Gennes §8; Abrikosov–Gor'kov's digamma form when ζ = 0:
 * ln(1/t) = ψ(½ + 2x/(π²t)) − ψ(½)). ζ = μ_B B/(πk_BT_c0) is Maki's αh̄ (g = 2; α = √2 H_orb(0)/H_P(0)),
 * λ_so = 2ħ/(3πk_BT_c0τ_so).
 *
 * <p>Checks: ζ = λ_so = 0 gives H(0) = (π²/8e^γ)·T_c|dH/dT| = 0.693·T_c|dH/dT| (WHH); x = 0, λ_so = 0
 * gives the second-order paramagnetic limit μ_BH(0) = Δ0/2 (Sarma, J. Phys. Chem. Solids 24, 1029
 * (1963)); λ_so → ∞ restores the orbital limit.
 */
public final class PairBreaking {
    private PairBreaking() {
    }

    /** Critical orbital pair breaking at T = 0, x_c = π²/(8e^γ) = 0.6927 (Abrikosov–Gor'kov's α_c = Δ0/2). */
    public static final double CRITICAL_X = Math.PI * Math.PI / (8 * Math.exp(-Gamma.digamma(1.0)));

    /** Lowest reduced temperature solved for; below it the curves are taken as flat. */
    public static final double T_MIN = 1e-3;

    /**
     * The residual ln t + Σ(…) of WHH's equation (zero on the transition line; &gt; 0 normal, &lt; 0
     * superconducting), in closed form: with u = |2ν+1|, 1/D(u) = (u + e)/((u − p₁)(u − p₂)), p₁,₂ the
     * roots of u² + (a + e)u + ae + c, a = h̄/t, c = (ζ/t)², e = (h̄ + λ_so)/t, partial fractions
     * A₁ = (p₁ + e)/(p₁ − p₂), A₂ = 1 − A₁ and Σ_{n≥0}[1/(2n+1) − 1/(2n+1−p)] = ½[ψ(½ − p/2) − ψ(½)]
     * give Σ = Re[A₁ψ(½ − p₁/2) + A₂ψ(½ − p₂/2)] − ψ(½) (the complex-digamma form of WHH's eq. (34)).
     */
    public static double residual(double t, double x, double zeta, double lambdaSo) {
        double hbar = 4 * x / (Math.PI * Math.PI);
        double a = hbar / t;
        double c = (zeta / t) * (zeta / t);
        double e = (hbar + lambdaSo) / t;
        if (c == 0) {
            return Math.log(t) + Gamma.digamma(0.5 + a / 2) - Gamma.digamma(0.5);
        }
        double disc = (a - e) * (a - e) - 4 * c;
        if (Math.abs(disc) < 1e-12 * ((a + e) * (a + e) + c)) {
            // a double root: move c by a part in 10⁹, far below every tolerance used
            c *= 1 + 1e-9;
            disc = (a - e) * (a - e) - 4 * c;
        }
        Complex root = disc >= 0 ? new Complex(Math.sqrt(disc), 0) : new Complex(0, Math.sqrt(-disc));
        Complex p1 = root.subtract(a + e).divide(2);
        Complex p2 = root.negate().subtract(a + e).divide(2);
        Complex a1 = p1.add(e).divide(p1.subtract(p2));
        Complex a2 = Complex.ONE.subtract(a1);
        Complex sum = a1.multiply(digamma(p1.divide(-2).add(0.5))).add(a2.multiply(digamma(p2.divide(-2).add(0.5))));
        return Math.log(t) + sum.getReal() - Gamma.digamma(0.5);
    }

    /** The same residual by direct summation over the Matsubara frequencies: the closed form's check. */
    static double residualBySum(double t, double x, double zeta, double lambdaSo) {
        double a = 4 * x / (Math.PI * Math.PI) / t;
        double c = (zeta / t) * (zeta / t);
        double e = 4 * x / (Math.PI * Math.PI) / t + lambdaSo / t;
        double s = 0;
        int nMax = 2_000_000;
        for (int n = 0; n < nMax; n++) {
            double u = 2 * n + 1;
            s += 2 * (1 / u - 1 / (u + a + c / (u + e)));
        }
        double uN = 2.0 * nMax;
        s += (a + c / uN) / uN; // the tail Σ 2a/u² ≈ a/(2N) + its next term
        return Math.log(t) + s;
    }

    /**
     * ψ(z) for Re z &gt; 0: the recurrence ψ(z) = ψ(z + 1) − 1/z up to |z| ≥ 12, then the
     * asymptotic series ln z − 1/2z − Σ B₂ₖ/(2k z²ᵏ) to z⁻¹² (Abramowitz &amp; Stegun 6.3.5, 6.3.18),
     * relative error below 10⁻¹⁴ there. Commons Math's digamma is real only.
     */
    static Complex digamma(Complex z) {
        Complex shift = Complex.ZERO;
        Complex w = z;
        while (w.abs() < 12) {
            shift = shift.subtract(w.reciprocal());
            w = w.add(1);
        }
        Complex inv2 = w.multiply(w).reciprocal();
        // Σ B₂ₖ/(2k) w^−2k: 1/12, −1/120, 1/252, −1/240, 1/132, −691/32760
        double[] coef = {1.0 / 12, -1.0 / 120, 1.0 / 252, -1.0 / 240, 1.0 / 132, -691.0 / 32760};
        Complex series = Complex.ZERO;
        for (int k = coef.length - 1; k >= 0; k--) {
            series = series.add(coef[k]).multiply(inv2);
        }
        return w.log().subtract(w.reciprocal().divide(2)).subtract(series).add(shift);
    }

    /**
     * T_c/T_c0 under pair breaking x, Zeeman ζ and spin–orbit λ_so: the highest root of
     * {@link #residual} in (T_MIN, 1]; 0 when the film does not pair above T_MIN·T_c0.
     */
    public static double tcRatio(double x, double zeta, double lambdaSo) {
        check(x, zeta, lambdaSo);
        if (x == 0 && zeta == 0) {
            return 1.0;
        }
        // from t = 1 down: the residual is > 0 at t = 1 (normal) and falls on cooling
        double hi = 1.0;
        double rHi = residual(hi, x, zeta, lambdaSo);
        for (int k = 1; k <= 400; k++) {
            double lo = Math.pow(T_MIN, k / 400.0);
            double rLo = residual(lo, x, zeta, lambdaSo);
            if (rLo <= 0 && rHi > 0) {
                double h0 = hi;
                return new BrentSolver(1e-13, 1e-13).solve(200, t -> residual(t, x, zeta, lambdaSo), lo, h0);
            }
            hi = lo;
            rHi = rLo;
        }
        return 0.0;
    }

    /** The small-suppression (GL) limit: 1 − T_c/T_c0 = x. */
    public static double glSuppression(double x) {
        return x;
    }

    /**
     * The field B (T) where a film nucleates at t = T/T_c0: the lowest root of the residual in B,
     * x(B) from {@code orbital} (e.g. ξ(0)²·2πB/Φ0 for a plain film in a perpendicular field, or a
     * patterned cell's ξ(0)²λ(B)), ζ = {@code zetaPerTesla}·B. +∞ when nothing up to 10⁴ T breaks it.
     */
    public static double criticalFieldT(double t, DoubleUnaryOperator orbital, double zetaPerTesla, double lambdaSo) {
        if (!(t > 0 && t < 1)) {
            return t >= 1 ? 0.0 : Double.NaN;
        }
        double tt = Math.max(t, T_MIN);
        DoubleUnaryOperator r = b -> residual(tt, orbital.applyAsDouble(b), zetaPerTesla * b, lambdaSo);
        // doubling from 1 mT brackets the lowest sign change unless a re-entrant pocket is narrower than
        // a factor of two in B; fields are reported to 4 digits, so Brent stops at 10⁻¹⁰ relative
        double lo = 0;
        double hi = 1e-3;
        while (r.applyAsDouble(hi) < 0) {
            lo = hi;
            hi *= 2;
            if (hi > 1e4) {
                return Double.POSITIVE_INFINITY;
            }
        }
        double l0 = lo;
        double h0 = hi;
        return new BrentSolver(1e-10, 1e-10 * h0).solve(200, r::applyAsDouble, l0, h0);
    }

    /** ζ per tesla for a film of T_c0: μ_B/(πk_BT_c0). */
    public static double zetaPerTesla(double tc0K) {
        return org.jjmask.physics.Constants.MU_B / (Math.PI * org.jjmask.physics.Constants.KB * tc0K);
    }

    private static void check(double x, double zeta, double lambdaSo) {
        if (!(x >= 0) || !(zeta >= 0) || !(lambdaSo >= 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("pair breaking, Zeeman and spin-orbit terms must be finite and >= 0");
        }
    }
}
