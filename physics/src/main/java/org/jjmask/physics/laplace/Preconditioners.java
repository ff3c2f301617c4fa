package org.jjmask.physics.laplace;

import org.apache.commons.math3.linear.RealLinearOperator;

/** Preconditioners M⁻¹ for the conjugate-gradient solve. */
final class Preconditioners {
    private Preconditioners() {
    }

    /** Jacobi: M = diag(A). */
    static RealLinearOperator jacobi(double[] diag) {
        double[] inv = new double[diag.length];
        for (int k = 0; k < diag.length; k++) {
            inv[k] = 1.0 / diag[k];
        }
        return ArrayOperator.asOperator((in, out) -> {
            for (int k = 0; k < inv.length; k++) {
                out[k] = inv[k] * in[k];
            }
        }, diag.length);
    }

    /**
     * Modified incomplete Cholesky without fill, M = (D + L) D⁻¹ (D + Lᵀ), L the strictly lower part
     * of A in the unknowns' order and D chosen so that M matches A's row sums to a fraction ω of
     * the dropped fill (Gustafsson, BIT 18, 142 (1978); ω = 0 is plain IC(0)/DILU). For an M-matrix
     * D stays positive; should rounding make it not, the Jacobi diagonal is used instead.
     *
     * @param diag A's diagonal
     * @param nb neighbour slots, four per unknown, {@code −1} empty
     * @param g conductances: A's off-diagonal entry is −g
     * @param omega row-sum compensation, in [0, 1)
     */
    static RealLinearOperator modifiedIncompleteCholesky(double[] diag, int[] nb, double[] g, double omega) {
        int m = diag.length;
        double[] d = new double[m];
        for (int k = 0; k < m; k++) {
            double dk = diag[k];
            for (int q = 0; q < 4; q++) {
                int j = nb[4 * k + q];
                if (j < 0 || j >= k) {
                    continue;
                }
                double akj = g[4 * k + q];
                // fill that IC(0) drops: j's other upper neighbours i, entries a_kj·a_ji/d_j
                double upper = 0.0;
                for (int r = 0; r < 4; r++) {
                    int i = nb[4 * j + r];
                    if (i > j && i != k) {
                        upper += g[4 * j + r];
                    }
                }
                dk -= akj * (akj + omega * upper) / d[j];
            }
            d[k] = dk > 1e-12 * diag[k] ? dk : diag[k];
        }
        return ArrayOperator.asOperator((in, out) -> {
            // forward: (D + L) y = r
            for (int k = 0; k < m; k++) {
                double s = in[k];
                for (int q = 0; q < 4; q++) {
                    int j = nb[4 * k + q];
                    if (j >= 0 && j < k) {
                        s += g[4 * k + q] * out[j];
                    }
                }
                out[k] = s / d[k];
            }
            // backward: z = y − D⁻¹ U z
            for (int k = m - 1; k >= 0; k--) {
                double s = 0.0;
                for (int q = 0; q < 4; q++) {
                    int j = nb[4 * k + q];
                    if (j > k) {
                        s += g[4 * k + q] * out[j];
                    }
                }
                out[k] += s / d[k];
            }
        }, m);
    }
}
