package org.jjmask.physics.gl;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The lowest eigenpair of the symmetrised GL operator by the locally optimal block preconditioned
 * conjugate gradient method with a block of one (LOBPCG; Knyazev, SIAM J. Sci. Comput. 23, 517
 * (2001)), Jacobi preconditioned, Rayleigh–Ritz on span{x, T r, p} each step by Commons Math's
 * {@link EigenDecomposition}.
 *
 * <p>Hand-written because Commons Math 3.6.1 has no sparse or iterative eigensolver: its
 * {@link EigenDecomposition} is dense (n³; 10⁴ unknowns would take minutes), and it has nothing
 * complex Hermitian. The complex operator is handled as its real symmetric embedding
 * [[Re K, −Im K], [Im K, Re K]], whose spectrum is K's with every eigenvalue twice.
 */
final class LowestMode {

    /** Stop when |r| ≤ this × the largest diagonal entry: the eigenvalue then errs by ~|r|²/gap. */
    static final double TOLERANCE = 1e-7;

    /**
     * The largest diagonal entry counts at most this many bulk diagonals ({@link GlOperator#bulkDiagonal}):
     * a ψ = 0 wall (b = 0) gives a sliver of film a diagonal up to 10⁶ bulk ones, and the tolerance grew with
     * it until LOBPCG stopped after a few dozen steps with |r| above λ itself (honeycomb D/a = 0.96: λa² 25.5
     * against 18.8 converged); the shift of the field's preconditioner, 10⁻⁸ of the same scale, grew with it
     * to the size of λ and slowed shift-invert to thousands of steps once the stop was honest. No b &gt; 0
     * wall of the shipped tables comes near the cap (largest diagonal ≤ 6.2 bulk ones, audited over every
     * cell of both tables), so their nodes keep their values to the last bit.
     */
    static final double SCALE_CAP = 10;

    static final int MAX_ITERATIONS = 20_000;

    /** The eigenvalue, the iterations taken and the final residual norm. */
    record Result(double eigenvalue, int iterations, double residual, double[] vector) {
    }

    private LowestMode() {
    }

    static Result solve(GlOperator op) {
        return solve(op, op.sqrtMass());
    }

    /** From the start vector {@code x0} (not orthogonal to the lowest mode). */
    static Result solve(GlOperator op, double[] x0) {
        int m = op.size();
        double[] diag = op.diagonal();
        double scale = 0;
        for (double v : diag) {
            scale = Math.max(scale, v);
        }
        double stopScale = Math.min(scale, SCALE_CAP * op.bulkDiagonal());
        double[] x = x0.clone();
        // a fixed, deterministic admixture so that no symmetry of the start vector traps the iteration
        double amplitude = 1e-3 * norm(x0) / Math.sqrt(m);
        for (int k = 0; k < m; k++) {
            x[k] += amplitude * Math.sin(1.0 + 0.7548776662466927 * k * k);
        }
        normalise(x);
        double[] ax = new double[m];
        op.apply(x, ax);
        double rho = dot(x, ax);
        Preconditioner precondition = preconditioner(op, rho, stopScale);
        double[] p = null;
        double[] ap = null;
        double[] r = new double[m];
        double[] w = new double[m];
        double[] aw = new double[m];
        int it = 0;
        double res = Double.MAX_VALUE;
        for (; it < MAX_ITERATIONS; it++) {
            for (int k = 0; k < m; k++) {
                r[k] = ax[k] - rho * x[k];
            }
            res = norm(r);
            if (res <= TOLERANCE * stopScale) {
                break;
            }
            if (precondition == null) {
                for (int k = 0; k < m; k++) {
                    w[k] = r[k] / (diag[k] + Math.abs(rho) + 1e-300);
                }
            } else {
                precondition.apply(r, w);
            }
            op.apply(w, aw);
            double[][] basis = p == null ? new double[][] {x, w} : new double[][] {x, w, p};
            double[][] images = p == null ? new double[][] {ax, aw} : new double[][] {ax, aw, ap};
            double[][] step = rayleighRitz(basis, images);
            double[] xn = step[0];
            double[] axn = step[1];
            // the new search direction: the step taken without its x component
            double[] pn = new double[m];
            double[] apn = new double[m];
            for (int k = 0; k < m; k++) {
                pn[k] = xn[k] - step[2][0] * x[k];
                apn[k] = axn[k] - step[2][0] * ax[k];
            }
            x = xn;
            ax = axn;
            p = pn;
            ap = apn;
            double nx = norm(x);
            scaleBy(x, 1 / nx);
            scaleBy(ax, 1 / nx);
            rho = dot(x, ax);
        }
        return new Result(rho, it, res, x);
    }

    /**
     * Rayleigh–Ritz on the span of {@code basis}: orthonormalised by Gram–Schmidt twice (dropping
     * directions that vanish, which happens as p and Tr align near convergence), projected, and
     * diagonalised. Returns {x, Ax, coefficients in the original basis}.
     */
    private static double[][] rayleighRitz(double[][] basis, double[][] images) {
        int m = basis[0].length;
        int q = basis.length;
        double[][] v = new double[q][];
        double[][] av = new double[q][];
        double[][] coef = new double[q][q];
        int kept = 0;
        for (int a = 0; a < q; a++) {
            double[] u = basis[a].clone();
            double[] au = images[a].clone();
            double[] c = new double[q];
            c[a] = 1;
            double n0 = norm(u);
            for (int pass = 0; pass < 2; pass++) {
                for (int b = 0; b < kept; b++) {
                    double d = dot(v[b], u);
                    for (int k = 0; k < m; k++) {
                        u[k] -= d * v[b][k];
                        au[k] -= d * av[b][k];
                    }
                    for (int e = 0; e < q; e++) {
                        c[e] -= d * coef[b][e];
                    }
                }
            }
            double nu = norm(u);
            if (nu <= 1e-10 * n0 || nu == 0) {
                continue;
            }
            for (int k = 0; k < m; k++) {
                u[k] /= nu;
                au[k] /= nu;
            }
            for (int e = 0; e < q; e++) {
                c[e] /= nu;
            }
            v[kept] = u;
            av[kept] = au;
            coef[kept] = c;
            kept++;
        }
        double[][] h = new double[kept][kept];
        for (int a = 0; a < kept; a++) {
            for (int b = a; b < kept; b++) {
                double s = 0.5 * (dot(v[a], av[b]) + dot(v[b], av[a]));
                h[a][b] = s;
                h[b][a] = s;
            }
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(h, false));
        double[] values = eig.getRealEigenvalues();
        int low = 0;
        for (int a = 1; a < kept; a++) {
            if (values[a] < values[low]) {
                low = a;
            }
        }
        double[] y = eig.getEigenvector(low).toArray();
        double[] x = new double[m];
        double[] ax = new double[m];
        double[] inBasis = new double[q];
        for (int a = 0; a < kept; a++) {
            for (int k = 0; k < m; k++) {
                x[k] += y[a] * v[a][k];
                ax[k] += y[a] * av[a][k];
            }
            for (int e = 0; e < q; e++) {
                inBasis[e] += y[a] * coef[a][e];
            }
        }
        return new double[][] {x, ax, inBasis};
    }

    /** w = T r: the preconditioner's action on a residual. */
    @FunctionalInterface
    interface Preconditioner {
        void apply(double[] r, double[] w);
    }

    /**
     * In a field, T = (A + μ)⁻¹ by the band Cholesky factor of {@link GlOperator#banded}: shift-invert, so the
     * iteration is accelerated inverse iteration (Knyazev 2001 §4), converging as the ratio of the
     * two lowest eigenvalues. μ = 10⁻⁸ of the diagonal's scale keeps A + μ positive definite.
     */
    static Preconditioner preconditioner(GlOperator op, double rho, double scale) {
        if (!op.complex()) {
            // zero field: null, Jacobi in the loop (the factor of a 96-cell-per-pitch cell, band ~190, costs more
            // than the whole Jacobi iteration of the real problem there)
            return null;
        }
        BandedCholesky chol = op.banded(1e-8 * scale);
        int n = op.cells();
        boolean complex = op.complex();
        double[] zr = new double[n];
        double[] zi = new double[n];
        return (r, w) -> {
            System.arraycopy(r, 0, zr, 0, n);
            if (complex) {
                System.arraycopy(r, n, zi, 0, n);
            } else {
                java.util.Arrays.fill(zi, 0.0);
            }
            chol.solve(zr, zi);
            System.arraycopy(zr, 0, w, 0, n);
            if (complex) {
                System.arraycopy(zi, 0, w, n, n);
            }
        };
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void normalise(double[] a) {
        scaleBy(a, 1 / norm(a));
    }

    private static void scaleBy(double[] a, double f) {
        for (int k = 0; k < a.length; k++) {
            a[k] *= f;
        }
    }
}
