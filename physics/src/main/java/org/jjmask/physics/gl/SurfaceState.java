package org.jjmask.physics.gl;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Surface nucleation at a straight wall in a parallel-to-the-wall, perpendicular-to-the-film field:
 * the lowest eigenvalue of −f'' + (x − x0)² f = ε f on the half line x ≥ 0 (lengths in the
 * magnetic length ℓ = √(Φ0/2πB), so ε = λℓ² = λ/λ_LLL), minimised over the orbit centre x0, with
 * de Gennes' condition f'(0) = f(0)/b at the wall (Saint-James &amp; de Gennes, Phys. Lett. 7, 306
 * (1963): for b = ∞, ε = 0.5901, H_c3 = 1.695 H_c2; de Gennes, Superconductivity of Metals and
 * Alloys §6-4 for finite b: ε → 1, no surface state, as b → 0). It is the written cell's
 * high-field limit once ℓ is small beside the holes and the necks ({@link org.jjmask.physics.CellInField}).
 *
 * <p>Numerics: cell-centred second differences on [0, x0 + 9] (the Gaussian tail beyond is
 * e^{−40}), the Robin wall through a ghost cell, the lowest eigenvalue of the symmetric
 * tridiagonal matrix by Sturm-sequence bisection, x0 by golden section (ε(x0) has one minimum);
 * second order in h = 1/400.
 */
public final class SurfaceState {
    private SurfaceState() {
    }

    private static final double H = 1.0 / 400;
    private static final Map<Double, Double> CACHE = new ConcurrentHashMap<>();

    /** Node spacing in ln(b/ℓ) of the interpolated ratio; nodes span b/ℓ = e^{±8}. */
    static final double LN_STEP = 0.25;
    private static final double LN_MAX = 8.0;

    /**
     * min over x0 of ε for the wall's b/ℓ (∞ for a clean wall, 0 for ψ = 0): solved on nodes in
     * ln(b/ℓ) and interpolated linearly between them (the field changes ℓ continuously; beyond
     * e^{±8} the clean and the ψ = 0 limits, which differ from the end nodes by less than 10⁻³).
     */
    public static double ratio(double bOverL) {
        if (!(bOverL >= 0)) {
            throw new IllegalArgumentException("b/l must be >= 0, was " + bOverL);
        }
        if (Double.isInfinite(bOverL) || bOverL == 0) {
            return node(bOverL);
        }
        double u = Math.log(bOverL);
        if (u >= LN_MAX) {
            return node(Double.POSITIVE_INFINITY);
        }
        if (u <= -LN_MAX) {
            return node(0.0);
        }
        double v = u / LN_STEP;
        int i = (int) Math.floor(v);
        double f = v - i;
        return (1 - f) * node(Math.exp(i * LN_STEP)) + f * node(Math.exp((i + 1) * LN_STEP));
    }

    /** The ratio solved at exactly this b/ℓ, cached. */
    static double node(double bOverL) {
        return CACHE.computeIfAbsent(bOverL, SurfaceState::solve);
    }

    private static double solve(double beta) {
        // golden section on x0 ∈ [−1, 6]: a large x0 is the bulk Landau level, ε = 1
        double lo = -1.0;
        double hi = 6.0;
        double g = (Math.sqrt(5) - 1) / 2;
        double c = hi - g * (hi - lo);
        double d = lo + g * (hi - lo);
        double fc = lowest(c, beta);
        double fd = lowest(d, beta);
        for (int k = 0; k < 50; k++) {
            if (fc < fd) {
                hi = d;
                d = c;
                fd = fc;
                c = hi - g * (hi - lo);
                fc = lowest(c, beta);
            } else {
                lo = c;
                c = d;
                fc = fd;
                d = lo + g * (hi - lo);
                fd = lowest(d, beta);
            }
        }
        return Math.min(1.0, Math.min(fc, fd));
    }

    /** The lowest eigenvalue at orbit centre x0. */
    static double lowest(double x0, double beta) {
        int n = (int) Math.ceil((Math.max(x0, 0) + 9.0) / H);
        double[] diag = new double[n];
        double off = -1.0 / (H * H);
        for (int i = 0; i < n; i++) {
            double x = (i + 0.5) * H - x0;
            diag[i] = 2.0 / (H * H) + x * x;
        }
        // ghost f₋₁ = f₀(1 − h/2b)/(1 + h/2b): Neumann for b = ∞, ψ = 0 on the wall for b = 0
        double ghost = Double.isInfinite(beta) ? 1.0 : (1 - H / (2 * beta)) / (1 + H / (2 * beta));
        if (beta == 0) {
            ghost = -1.0;
        }
        diag[0] -= ghost / (H * H);
        return SturmBisection.lowest(diag, off, 0.0, 3.0, 60);
    }
}
