package org.jjmask.physics.gl;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * A neck's own pair breaking: the lowest transverse mode of a strip of width w between two walls
 * with de Gennes' condition ∂ψ/∂n = −ψ/b, ψ = cos(ky) with k·tan(kw/2) = 1/b, λ = k²
 * (de Gennes, Superconductivity of Metals and Alloys §7-3): 0 for clean walls (b = ∞), π²/w² for
 * normal ones (b = 0), so ΔT_c/T_c0 = π²ξ(0)²/w² in the small-suppression limit. The neck as an
 * infinitely long strip: a lower bound on its T_c, the islands at its ends raise it by proximity
 * over about ξ(T) [derived].
 */
public final class NeckStrip {
    private NeckStrip() {
    }

    /** λ = k² of the strip, in the inverse square of w's unit; w &gt; 0. */
    public static double eigenvalue(double width, EdgeCondition edge) {
        if (!(width > 0) || !Double.isFinite(width)) {
            throw new IllegalArgumentException("strip width must be finite and > 0, was " + width);
        }
        if (edge.clean()) {
            return 0.0;
        }
        double b = edge.extrapolationLength();
        double kMax = Math.PI / width;
        if (b == 0) {
            return kMax * kMax;
        }
        // k tan(kw/2) − 1/b rises from −1/b at k = 0 to +∞ at k = π/w
        double k = new BrentSolver(1e-15, 1e-14).solve(200, q -> q * Math.tan(q * width / 2) - 1 / b, 0.0,
                kMax * (1 - 1e-12));
        return k * k;
    }
}
