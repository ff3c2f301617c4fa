package org.jjmask.physics.gl;

/**
 * Nucleation around one circular hole of radius R in an infinite film, perpendicular field B: the
 * high-field state of a hole lattice once the magnetic length ℓ = √(Φ0/2πB) is small beside the
 * necks, so that each hole carries its own loop state (Bezryadin &amp; Pannetier, Physica C 235–240,
 * 3327 (1994): T_c(B) of an Al film with a hole lattice lies above the plain film's and oscillates
 * with about one flux quantum per hole; "Edge superconducting state in Nb thin film with rectangular
 * arrays of antidots", arXiv:1203.0269: at high field a single-loop-like regime from edge states
 * around each antidot).
 *
 * <p>In the symmetric gauge ψ = f(ρ)e^{iLφ}, lengths in ℓ, the linearised GL equation is
 * −f'' − f'/ρ + (L/ρ − ρ/2)² f = ε f on ρ ≥ ρ_R = R/ℓ, ε = λℓ² = λ/λ_LLL; de Gennes' condition at
 * the wall, whose outward normal (out of the film) points into the hole, is f'(ρ_R) = f(ρ_R)/β,
 * β = b/ℓ (∞: clean wall; 0: ψ = 0). The lowest ε over L gives the nucleation field; it switches L
 * by one each time about one more flux quantum threads the loop, so its cusps are the per-hole
 * period. Limits: ρ_R → ∞ with a clean wall is the straight wall's ε = 0.5901 (Saint-James &amp;
 * de Gennes 1963, {@link SurfaceState}); β = 0 or ρ_R → 0 is the bulk Landau level, ε = 1.
 *
 * <p>Numerics: g = √ρ·f turns the operator into −g'' + [(L/ρ − ρ/2)² − 1/4ρ²] g, discretised by
 * cell-centred second differences on [ρ_R, ρ_L + 9] (ρ_L = √(2L) the orbit's radius, the Gaussian
 * tail beyond is e^{−20}), the Robin wall g' = (1/β + 1/2ρ_R) g through a ghost cell, the lowest
 * eigenvalue of the symmetric tridiagonal matrix by Sturm-sequence bisection; h = 1/64, second order.
 */
public final class HoleLoop {
    private HoleLoop() {
    }

    private static final double H = 1.0 / 64;
    private static final int BISECTIONS = 46;

    /**
     * The lowest loop mode.
     *
     * @param angularMomentum L, the flux quanta the state winds around the hole
     * @param ratio ε = λ/λ_LLL, at most 1 (the bulk Landau level far from the hole)
     */
    public record Mode(int angularMomentum, double ratio) {}

    /** The lowest mode over L of a hole of radius ρ_R = R/ℓ with wall β = b/ℓ (∞ for a clean wall). */
    public static Mode lowest(double rhoR, double beta) {
        if (!(rhoR >= 0) || Double.isInfinite(rhoR) || !(beta >= 0)) {
            throw new IllegalArgumentException("need R/l >= 0 finite and b/l >= 0, were " + rhoR + ", " + beta);
        }
        if (rhoR < 1e-3) {
            return new Mode(0, 1.0);
        }
        // the loop hugs the wall: L near the flux through a circle a little larger than the hole
        int lo = Math.max(0, (int) Math.floor(rhoR * rhoR / 2) - 2);
        int hi = (int) Math.ceil((rhoR + 3) * (rhoR + 3) / 2) + 2;
        Mode best = new Mode(hi, 1.0);
        for (int l = lo; l <= hi; l++) {
            double e = ratio(rhoR, beta, l);
            if (e < best.ratio()) {
                best = new Mode(l, e);
            }
        }
        return best;
    }

    /** ε of angular momentum L (capped at 1: above it the bulk Landau level far away is lower). */
    static double ratio(double rhoR, double beta, int l) {
        double end = Math.max(rhoR, Math.sqrt(2.0 * l)) + 9.0;
        int n = (int) Math.ceil((end - rhoR) / H);
        double[] diag = new double[n];
        double off = -1.0 / (H * H);
        for (int i = 0; i < n; i++) {
            double r = rhoR + (i + 0.5) * H;
            double v = l / r - r / 2;
            diag[i] = 2.0 / (H * H) + v * v - 1.0 / (4 * r * r);
        }
        double ghost;
        if (beta == 0) {
            ghost = -1.0;
        } else {
            double kappa = (Double.isInfinite(beta) ? 0.0 : 1.0 / beta) + 1.0 / (2 * rhoR);
            ghost = (1 - H * kappa / 2) / (1 + H * kappa / 2);
        }
        diag[0] -= ghost / (H * H);
        if (SturmBisection.below(diag, off, 1.0) == 0) {
            return 1.0;
        }
        return SturmBisection.lowest(diag, off, -1.0, 1.0, BISECTIONS);
    }
}
