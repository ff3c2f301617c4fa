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
            return Math.log(t) + digamma(0.5 + a / 2) - PSI_HALF;
        }
        double disc = (a - e) * (a - e) - 4 * c;
        if (Math.abs(disc) < 1e-12 * ((a + e) * (a + e) + c)) {
            // a double root: move c by a part in 10⁹, far below every tolerance used
            c *= 1 + 1e-9;
            disc = (a - e) * (a - e) - 4 * c;
        }
        // on primitives: this runs tens of times per critical field, and a chip's uncertainty draws
        // ask for hundreds of thousands of fields (Complex objects were a fifth of a chip's time)
        if (disc >= 0) {
            // two real roots, both negative (every coefficient of the quadratic is positive)
            double sq = Math.sqrt(disc);
            double p1 = (sq - (a + e)) / 2;
            double p2 = (-sq - (a + e)) / 2;
            double a1 = (p1 + e) / (p1 - p2);
            return Math.log(t) + a1 * digamma(0.5 - p1 / 2) + (1 - a1) * digamma(0.5 - p2 / 2) - PSI_HALF;
        }
        // complex-conjugate roots p₁ = p̄₂: A₂ = Ā₁, so the sum is 2 Re[A₁ψ(½ − p₁/2)]
        double im = Math.sqrt(-disc) / 2;
        double re = -(a + e) / 2;
        // A₁ = (p₁ + e)/(p₁ − p₂) = (re + e + i·im)/(2i·im)
        double a1Re = 0.5;
        double a1Im = -(re + e) / (2 * im);
        double[] psi = new double[2];
        digamma(0.5 - re / 2, -im / 2, psi);
        return Math.log(t) + 2 * (a1Re * psi[0] - a1Im * psi[1]) - PSI_HALF;
    }

    /** ψ(½) = −γ − 2 ln 2 (Abramowitz &amp; Stegun 6.3.3; Commons Math's digamma(0.5) is 3·10⁻⁹ off). */
    private static final double PSI_HALF = -org.jjmask.physics.Constants.EULER_GAMMA - 2 * Math.log(2);

    /** Σ B₂ₖ/(2k) w^−2k: 1/12, −1/120, 1/252, −1/240, 1/132, −691/32760 (Abramowitz &amp; Stegun 6.3.18). */
    private static final double[] BERNOULLI_TERMS = {1.0 / 12, -1.0 / 120, 1.0 / 252, -1.0 / 240, 1.0 / 132,
        -691.0 / 32760};

    /**
     * Real ψ(x), x &gt; 0, the same recurrence and series as the complex one below (Commons Math's
     * digamma recurs up to x = 49, four times the steps for the same 10⁻¹⁴).
     */
    static double digamma(double x) {
        double shift = 0;
        double w = x;
        while (w < 12) {
            shift -= 1 / w;
            w += 1;
        }
        double inv2 = 1 / (w * w);
        double series = 0;
        for (int k = BERNOULLI_TERMS.length - 1; k >= 0; k--) {
            series = (series + BERNOULLI_TERMS[k]) * inv2;
        }
        return Math.log(w) - 0.5 / w - series + shift;
    }

    /** Complex ψ(x + iy), x &gt; 0, into {@code out} = {Re, Im}: the method of {@link #digamma(Complex)}. */
    static void digamma(double x, double y, double[] out) {
        double sRe = 0;
        double sIm = 0;
        double wr = x;
        double wi = y;
        double y2 = y * y;
        while (wr * wr + y2 < 144) {
            double m = wr * wr + y2;
            sRe -= wr / m;
            sIm += wi / m;
            wr += 1;
        }
        double m = wr * wr + wi * wi;
        // 1/w² = (wr² − wi² − 2i·wr·wi)/m²
        double iRe = (wr * wr - wi * wi) / (m * m);
        double iIm = -2 * wr * wi / (m * m);
        double serRe = 0;
        double serIm = 0;
        for (int k = BERNOULLI_TERMS.length - 1; k >= 0; k--) {
            double r = serRe + BERNOULLI_TERMS[k];
            double newRe = r * iRe - serIm * iIm;
            serIm = r * iIm + serIm * iRe;
            serRe = newRe;
        }
        // ln w − 1/(2w) − series + shift; 1/w = (wr − i·wi)/m
        out[0] = 0.5 * Math.log(m) - 0.5 * wr / m - serRe + sRe;
        out[1] = Math.atan2(wi, wr) + 0.5 * wi / m - serIm + sIm;
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
        double[] out = new double[2];
        digamma(z.getReal(), z.getImaginary(), out);
        return new Complex(out[0], out[1]);
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
     * patterned cell's ξ(0)²λ(B)), ζ = {@code zetaPerTesla}·B. +∞ when nothing up to 10⁴ T breaks it;
     * 0 when the film does not pair at B = 0 (t at or above its own onset, which a caller may have
     * computed separately, equal to within rounding).
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
        // not paired at zero field (t at or above this film's own onset, to rounding): no field is needed
        if (r.applyAsDouble(lo) >= 0) {
            return 0.0;
        }
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
