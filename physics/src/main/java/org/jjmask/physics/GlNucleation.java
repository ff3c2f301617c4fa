package org.jjmask.physics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.math3.analysis.polynomials.PolynomialFunctionLagrangeForm;

import org.jjmask.physics.gl.EdgeCondition;
import org.jjmask.physics.gl.GlCell;
import org.jjmask.physics.gl.NeckStrip;
import org.jjmask.physics.gl.PairBreaking;
import org.jjmask.physics.laplace.FilmGrid;
import org.jjmask.physics.laplace.GridAxis;
import org.jjmask.physics.laplace.HoleLattice;
import org.jjmask.physics.laplace.PeriodicCell;

/**
 * {@link Nucleation} of a periodic array: circular holes of the electrical diameter D + 2δ on the
 * hole lattice of the geometry's network, pitch a, walls with de Gennes' b. The cell's eigenvalue
 * is geometry only (λa² depends on D/a and b/a): it is solved on nodes D/a ∈ {@value #D_STEP}ℤ (and
 * {@value #D_LAST}), ln(b/a) ∈ {@value #LN_B_STEP}ℤ — shipped for the usual rows ({@link GlNucleationNodes}),
 * else solved once and cached — and interpolated between them by cubic Lagrange polynomials on four nodes
 * each way (Neville), so that a search over pitch and diameter or a draw of the walls costs no solve, or
 * a few, not one per point, and stays continuous. What is interpolated
 * is λa²·(1 − D/a)²: λ grows as the neck w = a − D closes like a strip's π²/w², which the factor takes
 * out; in the last interval, where the necks close and λ levels off at the islands' own mode, λ itself,
 * linearly [derived; GlNucleationTest measures the interpolation against direct solves at off-node points:
 * within a tenth of the grid's own O(h/w) error, and within 1 % in the last interval].
 */
public final class GlNucleation {
    private GlNucleation() {
    }

    /** Grid cells per pitch: a cut-cell wall errs by O(h/w), 2 % for a neck of 30 h. */
    static final int CELLS_PER_PITCH = 96;

    /** Node spacing in D/a. */
    static final double D_STEP = 0.02;
    /** The last node in D/a: a neck of a thousandth of the pitch. */
    static final double D_LAST = 0.999;
    /** Node spacing in ln(b/a). */
    static final double LN_B_STEP = 0.25;
    /** Nodes per interpolation, each way. */
    private static final int ORDER = 4;

    /** A node: the lattice, the D/a index and the ln(b/a) row ({@link #ZERO_B} for b = 0). */
    record Node(HoleLattice lattice, int d, int b) {
    }

    private static final Map<Node, Double> CACHE = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Node, Double> eldest) {
            return size() > 8192;
        }
    };

    /**
     * @param electricalDiameterNm D + 2δ, &lt; pitch
     * @param neckNm the superconducting neck w − 2δ, &gt; 0
     * @param extrapolationLengthNm b ≥ 0, +∞ for clean walls
     */
    public static Nucleation of(IslandNetwork network, double pitchNm, double electricalDiameterNm, double neckNm,
            Material m, double extrapolationLengthNm) {
        double tc0 = m.tc0K();
        EdgeCondition edge = new EdgeCondition(extrapolationLengthNm);
        if (edge.clean()) {
            return Nucleation.clean(tc0);
        }
        // the GL slope length, ξ_GL² = 0.693 ξ(0)² for ξ(0) quoted from H_c2⊥(0) (CriticalFields)
        double xi2 = CriticalFields.glXiSquaredNm2(m.coherenceLengthNm());
        double cellLambda = interpolated(LaplaceSheetResistance.holeLattice(network), electricalDiameterNm / pitchNm,
                extrapolationLengthNm / pitchNm) / (pitchNm * pitchNm);
        double xCell = xi2 * cellLambda;
        double xNeck = xi2 * NeckStrip.eigenvalue(neckNm, edge);
        double onset = tc0 * PairBreaking.tcRatio(xCell, 0, 0);
        double neck = Math.min(onset, tc0 * PairBreaking.tcRatio(Math.max(xNeck, xCell), 0, 0));
        return new Nucleation(tc0, onset, neck, xCell, xNeck, extrapolationLengthNm);
    }

    /** λa², interpolated in (D/a, ln(b/a)) between solved nodes; b = 0 is its own node row. */
    static double interpolated(HoleLattice lattice, double dOverA, double bOverA) {
        if (dOverA > dNode(LAST_D - 1)) {
            // the last interval closes the necks: λ stays finite there (the islands' own mode), and the cubic
            // of λ(1 − D/a)² divided back by a vanishing (1 − D/a)² overshoots the last node by up to 19 %
            // (the onset rose as the necks closed); λ linear in D/a between the two last nodes errs by < 0.6 %
            // against direct solves at 0.985–0.995 (GlNucleationTest) and cannot turn back
            double d0 = dNode(LAST_D - 1);
            double y0 = column(lattice, LAST_D - 1, bOverA);
            double y1 = column(lattice, LAST_D, bOverA);
            double t = (Math.min(dOverA, D_LAST) - d0) / (D_LAST - d0);
            return y0 + t * (y1 - y0);
        }
        int start = dStart(dOverA);
        double[] ds = new double[ORDER];
        double[] ys = new double[ORDER];
        for (int k = 0; k < ORDER; k++) {
            int i = start + k;
            ds[k] = dNode(i);
            ys[k] = (1 - ds[k]) * (1 - ds[k]) * column(lattice, i, bOverA);
        }
        return PolynomialFunctionLagrangeForm.evaluate(ds, ys, dOverA) / ((1 - dOverA) * (1 - dOverA));
    }

    /** λa² of the D/a node i at b/a: cubic in ln(b/a) over the four rows around it (b = 0: its own row). */
    private static double column(HoleLattice lattice, int i, double bOverA) {
        if (bOverA == 0) {
            return node(lattice, i, ZERO_B);
        }
        double lnBOverA = Math.log(bOverA);
        int j = (int) Math.floor(lnBOverA / LN_B_STEP) - 1;
        double[] lnB = new double[ORDER];
        double[] zs = new double[ORDER];
        for (int m = 0; m < ORDER; m++) {
            lnB[m] = (j + m) * LN_B_STEP;
            zs[m] = node(lattice, i, j + m);
        }
        return PolynomialFunctionLagrangeForm.evaluate(lnB, zs, lnBOverA);
    }

    /** The index whose node {@link #D_LAST} replaces (i·D_STEP would be 1: no neck). */
    static final int LAST_D = (int) Math.ceil(D_LAST / D_STEP - 1e-9);
    /** The row index of b = 0. */
    static final int ZERO_B = Integer.MIN_VALUE;

    /** The first of the four D/a nodes around d: two each side where the range allows, else the four at its end. */
    private static int dStart(double d) {
        int i = (int) Math.floor(d / D_STEP);
        return Math.max(0, Math.min(i - 1, LAST_D - (ORDER - 1)));
    }

    /** D/a of node i. */
    static double dNode(int i) {
        return i >= LAST_D ? D_LAST : i * D_STEP;
    }

    /** b/a of row m. */
    static double bNode(int m) {
        return m == ZERO_B ? 0.0 : Math.exp(m * LN_B_STEP);
    }

    /** λa² at node (i, m): from the shipped table, else solved once and cached. */
    static double node(HoleLattice lattice, int i, int m) {
        Node key = new Node(lattice, i, m);
        Double shipped = GlNucleationNodes.table().get(key);
        if (shipped != null) {
            return shipped;
        }
        synchronized (CACHE) {
            Double hit = CACHE.get(key);
            if (hit != null) {
                return hit;
            }
        }
        double value = solve(lattice, dNode(i), bNode(m));
        synchronized (CACHE) {
            CACHE.put(key, value);
        }
        return value;
    }

    /** λa² of the cell's lowest mode at D/a and b/a, solved (not cached). */
    static double solve(HoleLattice lattice, double diameterOverPitch, double bOverPitch) {
        if (diameterOverPitch <= 0) {
            return 0.0;
        }
        PeriodicCell cell = lattice.circles(1.0, diameterOverPitch);
        int nx = (int) Math.round(CELLS_PER_PITCH * lattice.widthPerPitch());
        int ny = (int) Math.round(CELLS_PER_PITCH * lattice.heightPerPitch());
        FilmGrid grid = FilmGrid.of(cell, GridAxis.uniform(cell.width(), nx), GridAxis.uniform(cell.height(), ny));
        return GlCell.lowest(grid, new EdgeCondition(bOverPitch)).eigenvalue();
    }
}
