package org.jjmask.physics.gl;

/**
 * The lowest eigenvalue of a symmetric tridiagonal matrix with a constant off-diagonal, by bisection on
 * the Sturm count (Golub &amp; Van Loan, Matrix Computations, 4th ed., §8.4.1): the number of eigenvalues
 * below s is the number of negative pivots of the LDLᵀ factor of T − s.
 */
final class SturmBisection {
    private SturmBisection() {
    }

    /** The lowest eigenvalue in [lo, hi], halving the bracket {@code steps} times (hi if none lies below it). */
    static double lowest(double[] diag, double off, double lo, double hi, int steps) {
        for (int k = 0; k < steps; k++) {
            double mid = 0.5 * (lo + hi);
            if (below(diag, off, mid) > 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Eigenvalues below s. */
    static int below(double[] diag, double off, double s) {
        int count = 0;
        double q = diag[0] - s;
        if (q < 0) {
            count++;
        }
        for (int i = 1; i < diag.length; i++) {
            q = diag[i] - s - off * off / (q == 0 ? 1e-300 : q);
            if (q < 0) {
                count++;
            }
        }
        return count;
    }
}
