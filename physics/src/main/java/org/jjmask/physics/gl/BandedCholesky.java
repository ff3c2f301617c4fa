package org.jjmask.physics.gl;

/**
 * The Cholesky factor L L^H of a Hermitian positive definite band matrix (bandwidth w: entries
 * with |row − column| ≤ w), complex, stored by rows of the lower band (Golub &amp; Van Loan, Matrix
 * Computations, 4th ed. (2013), §4.3.5, band Cholesky): n·w²/2 complex multiply–adds to factor,
 * 2n·w per solve. Used as {@link LowestMode}'s preconditioner on {@link GlOperator#banded}.
 */
final class BandedCholesky {
    private final int n;
    private final int w;
    /** L[i][i − o] at (i·(w + 1) + o), o = 0..w. */
    private final double[] re;
    private final double[] im;

    private BandedCholesky(int n, int w, double[] re, double[] im) {
        this.n = n;
        this.w = w;
        this.re = re;
        this.im = im;
    }

    /** The matrix entry by entry (lower triangle; repeated entries add), then {@link #factor}. */
    static final class Builder {
        private final int n;
        private final int w;
        private final double[] re;
        private final double[] im;

        Builder(int n, int bandwidth) {
            this.n = n;
            this.w = bandwidth;
            this.re = new double[n * (bandwidth + 1)];
            this.im = new double[n * (bandwidth + 1)];
        }

        /** Adds (real, imag) to A[row][col], row ≥ col, row − col ≤ bandwidth. */
        void add(int row, int col, double real, double imag) {
            int o = row - col;
            if (o < 0 || o > w) {
                throw new IllegalArgumentException("entry outside the lower band");
            }
            re[row * (w + 1) + o] += real;
            im[row * (w + 1) + o] += imag;
        }

        /** Factors in place; throws when the matrix is not positive definite. */
        BandedCholesky factor() {
            int s = w + 1;
            for (int i = 0; i < n; i++) {
                int j0 = Math.max(0, i - w);
                for (int j = j0; j <= i; j++) {
                    // s = A[i][j] − Σ_k L[i][k] conj(L[j][k]), k from max(i, j) − w to j − 1
                    double sr = re[i * s + (i - j)];
                    double si = im[i * s + (i - j)];
                    int k0 = Math.max(j0, j - w);
                    int bi = i * s + i;
                    int bj = j * s + j;
                    for (int k = k0; k < j; k++) {
                        double ar = re[bi - k];
                        double ai = im[bi - k];
                        double br = re[bj - k];
                        double bim = im[bj - k];
                        sr -= ar * br + ai * bim;
                        si -= ai * br - ar * bim;
                    }
                    if (j == i) {
                        if (!(sr > 0)) {
                            throw new IllegalStateException("band matrix not positive definite");
                        }
                        re[i * s] = Math.sqrt(sr);
                        im[i * s] = 0.0;
                    } else {
                        double djj = re[j * s];
                        re[i * s + (i - j)] = sr / djj;
                        im[i * s + (i - j)] = si / djj;
                    }
                }
            }
            return new BandedCholesky(n, w, re, im);
        }
    }

    int size() {
        return n;
    }

    /** Solves L L^H z = r for complex r = (rRe, rIm), in place. */
    void solve(double[] xr, double[] xi) {
        int s = w + 1;
        // L y = r
        for (int i = 0; i < n; i++) {
            double sr = xr[i];
            double si = xi[i];
            int base = i * s + i;
            for (int k = Math.max(0, i - w); k < i; k++) {
                double lr = re[base - k];
                double li = im[base - k];
                sr -= lr * xr[k] - li * xi[k];
                si -= lr * xi[k] + li * xr[k];
            }
            double d = re[i * s];
            xr[i] = sr / d;
            xi[i] = si / d;
        }
        // L^H z = y: (L^H)[i][k] = conj(L[k][i]) for k > i
        for (int i = n - 1; i >= 0; i--) {
            double d = re[i * s];
            xr[i] /= d;
            xi[i] /= d;
            double zr = xr[i];
            double zi = xi[i];
            // subtract column i of L^H from the rows above: row k < i gets conj(L[i][k]) z_i
            for (int k = Math.max(0, i - w); k < i; k++) {
                double lr = re[i * s + (i - k)];
                double li = -im[i * s + (i - k)];
                xr[k] -= lr * zr - li * zi;
                xi[k] -= lr * zi + li * zr;
            }
        }
    }
}
