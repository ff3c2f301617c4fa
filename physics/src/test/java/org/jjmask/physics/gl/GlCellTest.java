package org.jjmask.physics.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.jjmask.physics.Constants;
import org.jjmask.physics.laplace.FilmGrid;
import org.jjmask.physics.laplace.GridAxis;
import org.jjmask.physics.laplace.HoleLattice;
import org.jjmask.physics.laplace.PeriodicCell;
import org.junit.jupiter.api.Test;

/** The linearised GL eigenproblem against closed forms nobody here derived. Lengths in nm. */
class GlCellTest {

    /** A film strip 0 ≤ y ≤ w, holes (no film) for w < y < height, film fractions exact per cell. */
    private static FilmGrid strip(double y0, double w, double height, int nx, int ny) {
        GridAxis x = GridAxis.uniform(10.0, nx);
        GridAxis y = GridAxis.uniform(height, ny);
        double[] film = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            double a = Math.max(y.edge(j), y0);
            double b = Math.min(y.edge(j + 1), y0 + w);
            double f = Math.max(0, b - a) / y.width(j);
            for (int i = 0; i < nx; i++) {
                film[j * nx + i] = f;
            }
        }
        return new FilmGrid(x, y, film);
    }

    private static FilmGrid plain(double side, int n) {
        double[] film = new double[n * n];
        java.util.Arrays.fill(film, 1.0);
        return new FilmGrid(GridAxis.uniform(side, n), GridAxis.uniform(side, n), film);
    }

    @Test
    void aPlainFilmNucleatesAtTc0() {
        // no walls: the constant is the ground state whatever the wall condition would be
        assertThat(GlCell.lowest(plain(100, 20), EdgeCondition.NORMAL).eigenvalue()).isCloseTo(0.0, within(1e-12));
        assertThat(PairBreaking.tcRatio(0.0, 0.0, 0.0)).isEqualTo(1.0);
    }

    @Test
    void aStripBetweenNormalWallsIsSuppressedByPiSquaredXiSquaredOverWSquared() {
        // de Gennes §7-3: ψ = sin(πy/w), λ = π²/w²; walls on grid faces, h = w/200
        double w = 100;
        double lambda = GlCell.lowest(strip(0, w, 120, 2, 240), EdgeCondition.NORMAL).eigenvalue();
        assertThat(lambda * w * w / (Math.PI * Math.PI)).isCloseTo(1.0, within(1e-3));
        // walls inside cells (cut cells, first order in h): 2 % at h = w/200
        double cut = GlCell.lowest(strip(0.37, w, 120, 2, 240), EdgeCondition.NORMAL).eigenvalue();
        assertThat(cut * w * w / (Math.PI * Math.PI)).isCloseTo(1.0, within(0.02));
        // small-suppression limit: ξ = 2 nm, ΔT_c/T_c0 = π²ξ²/w² = 0.395 %, to 1 % of itself
        double xi = 2.0;
        double dTc = 1 - PairBreaking.tcRatio(xi * xi * lambda, 0, 0);
        assertThat(dTc / (Math.PI * Math.PI * xi * xi / (w * w))).isCloseTo(1.0, within(0.01));
    }

    @Test
    void insulatingWallsSuppressNothing() {
        // b = ∞ short-cuts to λ = 0; a pure gauge forces the complex solve, which must find it too
        FilmGrid s = strip(0, 50, 60, 4, 120);
        assertThat(GlCell.lowest(s, EdgeCondition.CLEAN).eigenvalue()).isZero();
        double[] gauge = new double[4 * 120];
        for (int k = 0; k < gauge.length; k++) {
            gauge[k] = Math.sin(0.3 * k);
        }
        assertThat(GlCell.lowest(s, EdgeCondition.CLEAN, 0, gauge).eigenvalue()).isCloseTo(0.0, within(1e-9));
        // and a large b is nearly clean: λ ≈ 2/(bw)
        double lam = GlCell.lowest(s, new EdgeCondition(1e4)).eigenvalue();
        assertThat(lam * 1e4 * 50 / 2).isCloseTo(1.0, within(0.01));
    }

    @Test
    void robinWallsMatchTheTranscendentalStripEquation() {
        // k tan(kw/2) = 1/b (NeckStrip, closed form) against the grid's Robin term, b = 5 and 20 nm
        double w = 40;
        for (double b : new double[] {5, 20}) {
            double grid = GlCell.lowest(strip(0, w, 50, 2, 250), new EdgeCondition(b)).eigenvalue();
            double exact = NeckStrip.eigenvalue(w, new EdgeCondition(b));
            assertThat(grid / exact).as("b = %s", b).isCloseTo(1.0, within(0.005));
        }
        assertThat(NeckStrip.eigenvalue(w, EdgeCondition.NORMAL)).isCloseTo(Math.PI * Math.PI / (w * w), within(1e-15));
        assertThat(NeckStrip.eigenvalue(w, new EdgeCondition(1e-9))).isCloseTo(Math.PI * Math.PI / (w * w),
                within(1e-9 * Math.PI * Math.PI / (w * w) * 10));
    }

    @Test
    void aPlainFilmInAPerpendicularFieldSitsInTheLowestLandauLevel() {
        // λ = 2πB/Φ0 (Landau level ħω_c/2), so 1 − t = ξ0²·2πB/Φ0: H_c2⊥ = Φ0/(2πξ(T)²) (Tinkham eq. 4.62)
        double side = 100;
        int n = 4;
        double lambda = GlCell.lowest(plain(side, 80), EdgeCondition.CLEAN, n).eigenvalue();
        double landau = 2 * Math.PI * n / (side * side);
        // h/ℓ = 0.063: the five-point Laplacian's O((h/ℓ)²) error is a few 1e-4
        assertThat(lambda / landau).isCloseTo(1.0, within(2e-3));
        // with the field in tesla: B = nΦ0/A, x = ξ0²λ; near T_c the WHH line is GL's Φ0/(2πξ(T)²)
        double xiNm = 5.4;
        double bPerQuantum = Constants.PHI0 / (side * side * 1e-18);
        double lambdaPerTesla = lambda / (n * bPerQuantum);
        double t = 0.99;
        double hc2 = PairBreaking.criticalFieldT(t, b -> xiNm * xiNm * lambdaPerTesla * b, 0, 0);
        double gl = Constants.PHI0 / (2 * Math.PI * Math.pow(xiNm * 1e-9, 2) / (1 - t));
        assertThat(hc2 / gl).isCloseTo(1.0, within(0.01));
    }

    @Test
    void aGaugeChangeLeavesTheEigenvalueUnchanged() {
        PeriodicCell cell = HoleLattice.SQUARE.circles(60, 36);
        FilmGrid g = FilmGrid.of(cell, GridAxis.uniform(60, 48), GridAxis.uniform(60, 48));
        EdgeCondition edge = new EdgeCondition(8);
        double plainGauge = GlCell.lowestAt(g, edge, 2, 0, 0).eigenvalue();
        double[] chi = new double[48 * 48];
        for (int k = 0; k < chi.length; k++) {
            chi[k] = 2.1 * Math.cos(0.37 * k) + k % 7;
        }
        assertThat(GlCell.lowest(g, edge, 2, chi).eigenvalue() / plainGauge).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void theDiscreteOperatorIsPeriodicInOneFluxQuantumPerGridPlaquette() {
        // Peierls phases change by 2π per grid plaquette (Hofstadter, PRB 14, 2239 (1976)); nx, ny even
        PeriodicCell cell = HoleLattice.SQUARE.circles(40, 20);
        FilmGrid g = FilmGrid.of(cell, GridAxis.uniform(40, 8), GridAxis.uniform(40, 8));
        EdgeCondition edge = new EdgeCondition(5);
        assertThat(GlCell.lowestAt(g, edge, 3 + 64, 0, 0).eigenvalue() / GlCell.lowestAt(g, edge, 3, 0, 0).eigenvalue())
                .isCloseTo(1.0, within(1e-7));
    }

    @Test
    void aWireNetworkReturnsToItsZeroFieldStateAtOneFluxQuantumPerPlaquette() {
        // de Gennes–Alexander networks (Alexander, PRB 27, 1541 (1983); Pannetier et al., PRL 53, 1845
        // (1984)): T_c(f) is periodic in f = flux per plaquette up to the wires' own Little–Parks
        // envelope; f = 1/2 frustrates the square network most. Necks of 0.15 a, clean walls.
        double a = 100;
        PeriodicCell cell = HoleLattice.SQUARE.withHoles(a, (x, y) -> new org.jjmask.physics.laplace.PolygonHole(
                new double[] {x - 42.5, x + 42.5, x + 42.5, x - 42.5}, new double[] {y - 42.5, y - 42.5, y + 42.5, y + 42.5}));
        FilmGrid one = FilmGrid.of(cell, GridAxis.uniform(a, 40), GridAxis.uniform(a, 40));
        FilmGrid two = GlCell.tile(one, 2, 1);
        double atHalf = GlCell.lowest(two, EdgeCondition.CLEAN, 1).eigenvalue();
        double atOne = GlCell.lowest(one, EdgeCondition.CLEAN, 1).eigenvalue();
        double atQuarter = GlCell.lowest(GlCell.tile(one, 4, 1), EdgeCondition.CLEAN, 1).eigenvalue();
        assertThat(atOne).isLessThan(0.1 * atHalf);
        assertThat(atQuarter).isBetween(atOne, atHalf);
        // the wires' envelope: a strip of width w in the field, λ = (2πB/Φ0)² w²/12 (Tinkham eq. 4.70)
        double w = 15;
        double q = 2 * Math.PI / (a * a);
        // measured 1.11: the junctions add to the straight wires' envelope
        assertThat(atOne / (q * q * w * w / 12)).isBetween(0.9, 1.4);
    }

    @Test
    void theIterativeSolverAgreesWithADenseDecomposition() {
        // Commons Math's dense EigenDecomposition of the same (real-embedded) matrix, 12 x 12 cells
        PeriodicCell cell = HoleLattice.SQUARE.circles(30, 14);
        FilmGrid g = FilmGrid.of(cell, GridAxis.uniform(30, 12), GridAxis.uniform(30, 12));
        GlOperator op = new GlOperator(g, new EdgeCondition(3), 1, null);
        int m = op.size();
        double[][] a = new double[m][m];
        double[] e = new double[m];
        double[] col = new double[m];
        for (int k = 0; k < m; k++) {
            java.util.Arrays.fill(e, 0);
            e[k] = 1;
            op.apply(e, col);
            for (int r = 0; r < m; r++) {
                a[r][k] = col[r];
            }
        }
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < r; c++) {
                assertThat(a[r][c]).as("symmetric at %d,%d", r, c).isCloseTo(a[c][r], within(1e-12));
            }
        }
        double min = Double.MAX_VALUE;
        for (double v : new EigenDecomposition(new Array2DRowRealMatrix(a)).getRealEigenvalues()) {
            min = Math.min(min, v);
        }
        assertThat(LowestMode.solve(op).eigenvalue()).isCloseTo(min, within(1e-9 * Math.abs(min) + 1e-12));
    }
}
