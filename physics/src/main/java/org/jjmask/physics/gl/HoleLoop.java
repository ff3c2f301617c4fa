package org.jjmask.physics.gl;

import java.util.Arrays;

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
        double[] seen = new double[hi - lo + 1];
        Arrays.fill(seen, Double.NaN);
        // walk downhill from the flux through the guiding-centre circle (the surface state sits about 0.6 l
        // outside the wall) so that the scan below finds almost every other L above the best in one Sturm count
        int l = Math.min(hi, Math.max(lo, (int) Math.round((rhoR + 0.6) * (rhoR + 0.6) / 2)));
        while (l > lo && ratio(rhoR, beta, l - 1, seen, lo) < ratio(rhoR, beta, l, seen, lo)) {
            l--;
        }
        while (l < hi && ratio(rhoR, beta, l + 1, seen, lo) < ratio(rhoR, beta, l, seen, lo)) {
            l++;
        }
        double bound = seen[l - lo];
        for (int k = lo; k <= hi; k++) {
            if (Double.isNaN(seen[k - lo])) {
                Tridiagonal t = matrix(rhoR, beta, k);
                // one count proves this L no lower than the best so far; only a lower one is bisected
                seen[k - lo] = SturmBisection.below(t.diag(), t.off(), bound) == 0 ? Double.POSITIVE_INFINITY
                        : t.lowestBelowOne();
                bound = Math.min(bound, seen[k - lo]);
            }
        }
        Mode best = new Mode(hi, 1.0);
        for (int k = lo; k <= hi; k++) {
            if (seen[k - lo] < best.ratio()) {
                best = new Mode(k, seen[k - lo]);
            }
        }
        return best;
    }

    private static double ratio(double rhoR, double beta, int l, double[] seen, int lo) {
        if (Double.isNaN(seen[l - lo])) {
            seen[l - lo] = ratio(rhoR, beta, l);
        }
        return seen[l - lo];
    }

    /** The discretised radial operator of one L: its diagonal and constant off-diagonal. */
    private record Tridiagonal(double[] diag, double off) {
        /** The lowest eigenvalue, capped at 1. */
        double lowestBelowOne() {
            if (SturmBisection.below(diag, off, 1.0) == 0) {
                return 1.0;
            }
            return SturmBisection.lowest(diag, off, -1.0, 1.0, BISECTIONS);
        }
    }

    /** ε of angular momentum L (capped at 1: above it the bulk Landau level far away is lower). */
    static double ratio(double rhoR, double beta, int l) {
        return matrix(rhoR, beta, l).lowestBelowOne();
    }

    private static Tridiagonal matrix(double rhoR, double beta, int l) {
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
        return new Tridiagonal(diag, off);
    }
}
