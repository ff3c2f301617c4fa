package org.jjmask.physics.gl;

import java.util.Arrays;

import org.jjmask.physics.laplace.FilmGrid;
import org.jjmask.physics.laplace.GridAxis;

/**
 * The linearised GL operator −(∇ − iqA)² on the film of one periodic cell, q = 2π/Φ0, as a
 * Hermitian finite-volume matrix K and the diagonal mass M of the generalised problem Kψ = λMψ,
 * handed out symmetrised, M^−½KM^−½, on real arrays (ψ = u + iv stacked as [u, v]; without field
 * and gauge only u).
 *
 * <p><b>Kinetic part</b>: the energy Σ_faces G_ab |ψ_b − e^{iΘ_ab}ψ_a|², G the face conductances of
 * {@link FilmGrid#faceConductances()} (the Laplace solve's: harmonic mean of the film fractions,
 * zero into a hole, so a bare wall is ∂ψ/∂n = 0), Θ_ab = q∫_a^b A·dl the Peierls phase (Peierls,
 * Z. Phys. 80, 763 (1933); the lattice gauge theory link variable, Wilson, PRD 10, 2445 (1974)).
 * Field: B uniform, N flux quanta through the cell, Landau gauge A = (−By, 0); across the y wrap
 * the magnetic translation ψ(x, y + H) = e^{−iqBHx}ψ(x, y), single-valued because qBHW = 2πN
 * (Zak, Phys. Rev. 134, A1602 (1964)); the gauge's centre (x0, y0) sets the magnetic Bloch momentum.
 * A gauge function χ per cell adds q(χ_b − χ_a) to every link.
 *
 * <p><b>De Gennes' wall</b> ∂ψ/∂n = −ψ/b: the surface energy ∮|ψ|²/b dl, put on the film cells as
 * a Robin term L/(d + b) (the wall reached through the half cell d, then through b; b = 0 is
 * ψ = 0 at the wall). L: the drop of film fraction across each face times the face's length (the
 * staircase of the smeared wall), each cell's four drops rescaled by √(Lx² + Ly²)/(Lx + Ly) so
 * that a wall oblique inside one cell counts its own length, not its two projections [derived].
 * First order in the grid spacing, as the film fractions are.
 */
final class GlOperator {

    /** Cells with less film than this carry no unknown: too little to nucleate anything. */
    static final double MIN_FILM = 1e-6;

    private final int n;
    private final boolean complex;
    private final int[] from;
    private final int[] to;
    private final double[] weight;
    private final double[] cos;
    private final double[] sin;
    private final double[] diag;
    private final double[] mass;
    private final double[] invSqrtMass;
    private final double bulk;
    private final double landau;

    GlOperator(FilmGrid grid, EdgeCondition edge, int fluxQuanta, double[] gauge) {
        this(grid, edge, fluxQuanta, gauge, 0.0, 0.0);
    }

    /**
     * With the Landau gauge centred on (x0, y0), A = (−B(y − y0), 0), the y wrap's translation
     * e^{−iqBH(x − x0)}: moving the centre is a magnetic Bloch momentum (k_x = qB·y0, k_y = qB·x0
     * up to the cell's periods), not a gauge change.
     */
    GlOperator(FilmGrid grid, EdgeCondition edge, int fluxQuanta, double[] gauge, double x0, double y0) {
        GridAxis x = grid.x();
        GridAxis y = grid.y();
        int nx = x.cells();
        int ny = y.cells();
        double[] film = grid.film();
        if (gauge != null && gauge.length != nx * ny) {
            throw new IllegalArgumentException("need one gauge phase per cell");
        }
        int[] index = new int[nx * ny];
        Arrays.fill(index, -1);
        // rows numbered folded, 0, ny−1, 1, ny−2, …: every y link, the wrap included, then joins
        // unknowns at most two rows apart, so the operator is a band of ~2nx (see banded)
        int count = 0;
        for (int r = 0; r < ny; r++) {
            int j = r % 2 == 0 ? r / 2 : ny - 1 - r / 2;
            for (int i = 0; i < nx; i++) {
                int c = j * nx + i;
                if (film[c] > MIN_FILM) {
                    index[c] = count++;
                }
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("the cell holds no film");
        }
        this.n = count;
        this.complex = fluxQuanta != 0 || gauge != null;
        double[][] g = grid.faceConductances();
        double w = x.period();
        double h = y.period();
        double qb = 2.0 * Math.PI * fluxQuanta / (w * h);
        this.landau = Math.abs(qb);
        double[] xc = centres(x);
        double[] yc = centres(y);

        int maxLinks = 2 * count;
        int[] fa = new int[maxLinks];
        int[] fb = new int[maxLinks];
        double[] gw = new double[maxLinks];
        double[] th = new double[maxLinks];
        int links = 0;
        double[] d = new double[count];
        double[] m = new double[count];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int c = j * nx + i;
                if (index[c] < 0) {
                    continue;
                }
                m[index[c]] = film[c] * x.width(i) * y.width(j);
                int ie = (i + 1) % nx;
                int jn = (j + 1) % ny;
                int ce = j * nx + ie;
                int cn = jn * nx + i;
                if (g[0][c] > 0 && index[ce] >= 0 && ce != c) {
                    double dx = 0.5 * (x.width(i) + x.width(ie));
                    double theta = -qb * (yc[j] - y0) * dx;
                    if (gauge != null) {
                        theta += gauge[ce] - gauge[c];
                    }
                    fa[links] = index[c];
                    fb[links] = index[ce];
                    gw[links] = g[0][c];
                    th[links++] = theta;
                }
                if (g[1][c] > 0 && index[cn] >= 0 && cn != c) {
                    double theta = jn == 0 && j == ny - 1 ? qb * h * (xc[i] - x0) : 0.0;
                    if (gauge != null) {
                        theta += gauge[cn] - gauge[c];
                    }
                    fa[links] = index[c];
                    fb[links] = index[cn];
                    gw[links] = g[1][c];
                    th[links++] = theta;
                }
            }
        }
        for (int k = 0; k < links; k++) {
            d[fa[k]] += gw[k];
            d[fb[k]] += gw[k];
        }
        if (!edge.clean()) {
            addWalls(x, y, film, index, edge.extrapolationLength(), d);
        }
        this.from = Arrays.copyOf(fa, links);
        this.to = Arrays.copyOf(fb, links);
        this.weight = Arrays.copyOf(gw, links);
        this.cos = new double[links];
        this.sin = new double[links];
        for (int k = 0; k < links; k++) {
            cos[k] = Math.cos(th[k]);
            sin[k] = Math.sin(th[k]);
        }
        this.diag = d;
        this.mass = m;
        double hx = Double.POSITIVE_INFINITY;
        for (int i = 0; i < nx; i++) {
            hx = Math.min(hx, x.width(i));
        }
        double hy = Double.POSITIVE_INFINITY;
        for (int j = 0; j < ny; j++) {
            hy = Math.min(hy, y.width(j));
        }
        this.bulk = 2.0 / (hx * hx) + 2.0 / (hy * hy);
        this.invSqrtMass = new double[count];
        for (int k = 0; k < count; k++) {
            invSqrtMass[k] = 1.0 / Math.sqrt(m[k]);
        }
    }

    private static double[] centres(GridAxis a) {
        double[] c = new double[a.cells()];
        for (int i = 0; i < c.length; i++) {
            c[i] = 0.5 * (a.edge(i) + a.edge(i + 1));
        }
        return c;
    }

    /** The Robin term of every film cell next to less film. */
    private static void addWalls(GridAxis x, GridAxis y, double[] film, int[] index, double b, double[] d) {
        int nx = x.cells();
        int ny = y.cells();
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int c = j * nx + i;
                if (index[c] < 0) {
                    continue;
                }
                double f = film[c];
                double dropE = Math.max(0, f - film[j * nx + (i + 1) % nx]);
                double dropW = Math.max(0, f - film[j * nx + (i + nx - 1) % nx]);
                double dropN = Math.max(0, f - film[((j + 1) % ny) * nx + i]);
                double dropS = Math.max(0, f - film[((j + ny - 1) % ny) * nx + i]);
                double lx = (dropE + dropW) * y.width(j);
                double ly = (dropN + dropS) * x.width(i);
                if (lx + ly <= 0) {
                    continue;
                }
                double oblique = Math.hypot(lx, ly) / (lx + ly);
                // the film's centroid sits f·h/2 from a wall crossing the cell
                double robin = oblique * (lx / (0.5 * f * x.width(i) + b) + ly / (0.5 * f * y.width(j) + b));
                d[index[c]] += robin;
            }
        }
    }

    /** Unknowns of the symmetrised real operator: n, or 2n with a field or gauge. */
    int size() {
        return complex ? 2 * n : n;
    }

    /** Film cells. */
    int cells() {
        return n;
    }

    /** Whether ψ is complex (a field or a gauge was given). */
    boolean complex() {
        return complex;
    }

    /** out = M^−½ K M^−½ in. */
    void apply(double[] in, double[] out) {
        double[] s = invSqrtMass;
        if (!complex) {
            for (int k = 0; k < n; k++) {
                out[k] = diag[k] * s[k] * in[k];
            }
            for (int l = 0; l < from.length; l++) {
                int a = from[l];
                int b = to[l];
                double g = weight[l];
                out[a] -= g * s[b] * in[b];
                out[b] -= g * s[a] * in[a];
            }
            for (int k = 0; k < n; k++) {
                out[k] *= s[k];
            }
            return;
        }
        for (int k = 0; k < n; k++) {
            out[k] = diag[k] * s[k] * in[k];
            out[n + k] = diag[k] * s[k] * in[n + k];
        }
        for (int l = 0; l < from.length; l++) {
            int a = from[l];
            int b = to[l];
            double g = weight[l];
            double c = cos[l];
            double sn = sin[l];
            double ub = s[b] * in[b];
            double vb = s[b] * in[n + b];
            double ua = s[a] * in[a];
            double va = s[a] * in[n + a];
            // K_ab = −G e^{−iΘ}, K_ba = −G e^{+iΘ}
            out[a] -= g * (c * ub + sn * vb);
            out[n + a] -= g * (c * vb - sn * ub);
            out[b] -= g * (c * ua - sn * va);
            out[n + b] -= g * (c * va + sn * ua);
        }
        for (int k = 0; k < n; k++) {
            out[k] *= s[k];
            out[n + k] *= s[k];
        }
    }

    /**
     * M^−½ K M^−½ + μ as a Hermitian band matrix (the folded row order makes it one, of about two
     * grid rows' width), Cholesky factored: positive definite for μ &gt; 0 because K is positive
     * semi-definite (a sum of |ψ_b − e^{iΘ}ψ_a|² and Robin terms). The shift-invert
     * preconditioner of {@link LowestMode}: with it LOBPCG converges in tens of steps where
     * Jacobi needs thousands (it removes the grid Laplacian's condition number ~(L/h)²).
     */
    BandedCholesky banded(double mu) {
        int bw = 0;
        for (int l = 0; l < from.length; l++) {
            bw = Math.max(bw, Math.abs(to[l] - from[l]));
        }
        BandedCholesky.Builder b = new BandedCholesky.Builder(n, bw);
        double[] s = invSqrtMass;
        for (int k = 0; k < n; k++) {
            b.add(k, k, diag[k] * s[k] * s[k] + mu, 0.0);
        }
        for (int l = 0; l < from.length; l++) {
            int a = from[l];
            int c = to[l];
            double g = weight[l] * s[a] * s[c];
            // K_ab = −G e^{−iΘ}; the factor stores the lower triangle, row > column
            if (a > c) {
                b.add(a, c, -g * cos[l], g * sin[l]);
            } else {
                b.add(c, a, -g * cos[l], -g * sin[l]);
            }
        }
        return b.factor();
    }

    /** The plain film's lowest Landau level 2π|B|/Φ0 in this field (0 without field). */
    double landauLevel() {
        return landau;
    }

    /** The symmetrised operator's diagonal, for the preconditioner. */
    double[] diagonal() {
        double[] out = new double[size()];
        for (int k = 0; k < n; k++) {
            out[k] = diag[k] / mass[k];
            if (complex) {
                out[n + k] = out[k];
            }
        }
        return out;
    }

    /**
     * The diagonal of a cell wholly in the film, 2/h_x² + 2/h_y² at the finest spacing: the operator's scale
     * away from the walls (a ψ = 0 wall puts up to 2/(f h²) on a cell of film fraction f, 10⁶ times more).
     */
    double bulkDiagonal() {
        return bulk;
    }

    /** √M, the symmetrised form of the constant function. */
    double[] sqrtMass() {
        double[] out = new double[size()];
        for (int k = 0; k < n; k++) {
            out[k] = Math.sqrt(mass[k]);
        }
        return out;
    }
}
