package org.jjmask.physics.laplace;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Reference values: Rayleigh's multipole method for a square or hexagonal array of insulating
 * cylinders (holes) in a conducting sheet (Lord Rayleigh, Phil. Mag. 34, 481 (1892); extended to
 * arbitrary multipole order by Perrins, McKenzie &amp; McPhedran, Proc. R. Soc. A 369, 207 (1979)).
 *
 * <p>Around the hole at the origin (radius c, unit nearest-neighbour distance, cell area A) the
 * potential is Σ_{n odd} (A_n r^n + B_n r^−n) cos nθ. The holes are insulating, so B_n = c^{2n} A_n;
 * Rayleigh's identity gives the regular part from the applied field and every other hole's
 * multipoles, with lattice sums S_l = Σ_{p≠0} z_p^−l:
 * B_n/c^{2n} + δ_{n1} (π/A) B_1 + Σ_{m odd} C(m+n−1, n) S_{m+n} B_m = E δ_{n1}, and
 * σ_eff/σ = 1 − 2π B_1/(A E). S_2 is replaced by the Lorentz term π/A (Rayleigh's shape-dependent
 * sum, taken over a disc). The square lattice has S_l ≠ 0 only for l ≡ 0 (mod 4), the hexagonal
 * one for l ≡ 0 (mod 6). S_4 (square) = Γ(1/4)⁸/(960π²) exactly (Borwein, Glasser, McPhedran,
 * Wan &amp; Zucker, Lattice Sums Then and Now (2013)); the rest are summed directly
 * over a disc of radius {@value #SUM_RADIUS} (the tail of z^−l, l ≥ 6, cancels over each shell).
 *
 * <p>Leading order this is the formula of Perrins et al. (their eq. for the square array):
 * σ_eff/σ = 1 − 2f/(1 + f − 0.305827 f⁴/(1 − 1.402958 f⁸) − 0.013362 f⁸), whose 0.305827 = 3S_4²/π⁴.
 */
final class RayleighMultipole {

    static final int SUM_RADIUS = 120;

    private final boolean hexagonal;
    private final double cellArea;
    private final double[] sums;

    private RayleighMultipole(boolean hexagonal, int maxOrder) {
        this.hexagonal = hexagonal;
        this.cellArea = hexagonal ? Math.sqrt(3.0) / 2.0 : 1.0;
        this.sums = latticeSums(hexagonal, 2 * maxOrder + 2);
    }

    static RayleighMultipole square(int maxOrder) {
        return new RayleighMultipole(false, maxOrder);
    }

    static RayleighMultipole hexagonal(int maxOrder) {
        return new RayleighMultipole(true, maxOrder);
    }

    /** Lattice sum S_l. */
    double sum(int l) {
        return sums[l];
    }

    /** σ_eff/σ for insulating holes of diameter d (nearest-neighbour distance 1), multipoles up to 2N−1. */
    double conductance(double d, int n) {
        double c = d / 2.0;
        double lnC = Math.log(c);
        Array2DRowRealMatrix m = new Array2DRowRealMatrix(n, n);
        for (int a = 0; a < n; a++) {
            int order = 2 * a + 1;
            m.addToEntry(a, a, 1.0);
            if (order == 1) {
                m.addToEntry(a, a, Math.PI * c * c / cellArea);
            }
            for (int b = 0; b < n; b++) {
                int mo = 2 * b + 1;
                int l = order + mo;
                if (l < 4 || l >= sums.length || sums[l] == 0.0) {
                    continue;
                }
                double lnBinom = CombinatoricsUtils.binomialCoefficientLog(l - 1, order);
                m.addToEntry(a, b, sums[l] * Math.exp(lnBinom + l * lnC));
            }
        }
        RealVector rhs = new ArrayRealVector(n);
        rhs.setEntry(0, c); // E = 1
        RealVector beta = new LUDecomposition(m).getSolver().solve(rhs);
        return 1.0 - 2.0 * Math.PI * c * beta.getEntry(0) / cellArea;
    }

    /** R_□,eff/R_□ for holes of diameter d. */
    double resistanceFactor(double d, int n) {
        return 1.0 / conductance(d, n);
    }

    private static double[] latticeSums(boolean hex, int maxL) {
        double[] s = new double[maxL + 1];
        int period = hex ? 6 : 4;
        double r2max = (double) SUM_RADIUS * SUM_RADIUS;
        for (int i = -SUM_RADIUS - 1; i <= SUM_RADIUS + 1; i++) {
            for (int j = -2 * SUM_RADIUS; j <= 2 * SUM_RADIUS; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double x = hex ? i + 0.5 * j : i;
                double y = hex ? j * Math.sqrt(3.0) / 2.0 : j;
                double r2 = x * x + y * y;
                if (r2 > r2max) {
                    continue;
                }
                double theta = Math.atan2(y, x);
                double lnR = 0.5 * Math.log(r2);
                for (int l = 2 * period > 8 ? period : period; l <= maxL; l += period) {
                    if (!hex && l == 4) {
                        continue;
                    }
                    s[l] += Math.exp(-l * lnR) * Math.cos(l * theta);
                }
            }
        }
        if (!hex) {
            s[4] = Math.pow(Math.exp(Gamma.logGamma(0.25)), 8) / (960.0 * Math.PI * Math.PI);
        }
        return s;
    }
}
