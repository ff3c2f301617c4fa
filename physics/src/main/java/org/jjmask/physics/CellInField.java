package org.jjmask.physics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.jjmask.physics.gl.EdgeCondition;
import org.jjmask.physics.gl.GlCell;
import org.jjmask.physics.gl.SurfaceState;
import org.jjmask.physics.laplace.FilmGrid;
import org.jjmask.physics.laplace.GridAxis;
import org.jjmask.physics.laplace.HoleLattice;
import org.jjmask.physics.laplace.PeriodicCell;

/**
 * The written cell in a perpendicular field: the lowest eigenvalue λ(B) of the linearised GL
 * operator −(∇ − i2πA/Φ0)² on the film of the periodic cell ({@link GlCell}, Peierls phases,
 * de Gennes walls), which turns into H_c2⊥(T) and T_c(B) through WHH/Maki ({@link CriticalFields},
 * {@link org.jjmask.physics.gl.PairBreaking}: x = ξ_GL²λ). Dimensionless, λa² depends only on the
 * hole lattice, D/a, b/a and the flux per hole cell f = B·A_hole/Φ0, so one curve serves every
 * pitch and coherence length:
 *
 * <ul>
 *   <li><b>Nodes</b>: D/a ∈ {@value #D_STEP}ℤ up to {@value #D_MAX}; b/a ∈ {@link #B_NODES}
 *       (interpolated linearly in b below the first finite node, in ln b between finite ones, in
 *       a/b towards the clean wall); f at the whole numbers {@link #FLUX} (the maxima of T_c(B),
 *       where the array's T_c oscillation has its cusps; the H_c2 envelope runs through them, as
 *       a resistive H_c2 does) and at quarters up to {@value #TC_OF_B_PERIODS} for the low-field
 *       T_c(B). Between whole-number nodes the ratio r = λ/λ_LLL (λ_LLL = 2πB/Φ0, the plain film)
 *       is linear in ln f; below f = 1, λ is linear in f from its zero-field value
 *       [derived: interpolation, the errors measured in CellInFieldTest: ≤ 3 % between nodes, the
 *       kagome lattice's the largest].</li>
 *   <li><b>Grid</b>: {@value #CELLS_PER_PITCH} cells per pitch, resolving ℓ_B = √(Φ0/2πB) by ≥ 2.5
 *       cells up to f = 48 (the triangular seed at a = 100 nm: 11.5 T); the discretisation error
 *       of the walls is first order, −1.9 % in λ against 96 cells at the seed's base-temperature
 *       field (0 at low field, where the mode does not sit on the walls).</li>
 *   <li><b>Beyond f = 48</b> the mode lives within a few ℓ_B of the walls (or, with pair-breaking
 *       walls, away from them), and r goes to the straight wall's value {@link SurfaceState}
 *       (Saint-James &amp; de Gennes 1963: 1/1.695 for a clean wall) as ℓ_B/a → 0, taken as
 *       r = r_∞ + (r₄₈ − r_∞)·√(48/f) [derived: the corrections of curvature and of the
 *       neighbouring holes are first order in ℓ_B ∝ f^−½], for holes of radius R ≥ 3ℓ_B at f = 48;
 *       a hole smaller than ℓ_B there keeps r₄₈ (the wall limit needs R ≫ ℓ_B), linear in between.</li>
 *   <li><b>Table</b>: every node of the square, triangular and honeycomb hole lattices at every b/a
 *       row, and of the kagome hole lattice at the rows solved so far (its cell is the largest, ~30 min
 *       a row on two cores), is read from {@code cell-in-field.csv} (written by {@code CellInFieldTable},
 *       re-solved entry by entry in CellInFieldTest); a node off it is solved on first use and cached. A
 *       prediction uses the cell only where the table holds its nodes ({@link #tabulated}); elsewhere (a
 *       kagome design whose walls fall between rows not yet solved) it keeps the film and neck-strip
 *       formulas of {@link CriticalFields}, and says so in a validity note.</li>
 * </ul>
 */
public final class CellInField {
    private CellInField() {
    }

    /** Grid cells per pitch. */
    public static final int CELLS_PER_PITCH = 48;
    /** Node spacing in D/a. */
    public static final double D_STEP = 0.05;
    /** The last D/a node; beyond it D/a is held there (necks under 5 % of the pitch). */
    public static final double D_MAX = 0.95;
    /** The b/a nodes; +∞ is the clean wall. */
    public static final List<Double> B_NODES = List.of(0.0, 0.01, 0.02, 0.05, 0.1, 0.3, Double.POSITIVE_INFINITY);
    /** Whole flux quanta per hole cell solved for the H_c2 envelope. */
    public static final List<Integer> FLUX = List.of(1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48);
    /** The low-field T_c(B) spans this many flux quanta per hole cell, in quarters. */
    public static final int TC_OF_B_PERIODS = 3;
    /** Quarter steps of the low-field T_c(B). */
    public static final int TC_OF_B_STEPS_PER_PERIOD = 4;

    /** The resource the table is read from. */
    public static final String TABLE = "cell-in-field.csv";

    record Key(HoleLattice lattice, double dOverA, double bOverA, double flux) {
    }

    private static final Map<Key, Double> CACHE = new HashMap<>();
    private static volatile Map<Key, Double> table;

    /** Flux quanta per hole cell at B (T) for pitch a (nm). */
    public static double fluxPerHole(HoleLattice lattice, double pitchNm, double fieldT) {
        return fieldT * holeAreaNm2(lattice, pitchNm) * Constants.NM * Constants.NM / Constants.PHI0;
    }

    /** The area per hole, W·H·a²/sites (nm²). */
    public static double holeAreaNm2(HoleLattice lattice, double pitchNm) {
        return lattice.widthPerPitch() * lattice.heightPerPitch() * pitchNm * pitchNm / lattice.sites();
    }

    /**
     * x(B) = ξ_GL²λ(B) of the written cell, B in tesla, for {@link CriticalFields#at}.
     *
     * @param electricalDiameterNm D + 2δ
     * @param extrapolationLengthNm de Gennes' b, +∞ for clean walls
     * @param xiGl2Nm2 ξ_GL(0)² ({@link CriticalFields#glXiSquaredNm2})
     */
    public static DoubleUnaryOperator pairBreaking(HoleLattice lattice, double pitchNm, double electricalDiameterNm,
            double extrapolationLengthNm, double xiGl2Nm2) {
        double d = electricalDiameterNm / pitchNm;
        double b = extrapolationLengthNm / pitchNm;
        double a2 = pitchNm * pitchNm;
        return bT -> xiGl2Nm2 * lambdaA2(lattice, d, b, fluxPerHole(lattice, pitchNm, bT)) / a2;
    }

    /** λa² at flux f per hole cell, interpolated over the nodes. */
    public static double lambdaA2(HoleLattice lattice, double dOverA, double bOverA, double flux) {
        return bilinear(lattice, dOverA, bOverA, flux, CellInField::nodeCurve);
    }

    /** A node's λa² at (D/a, b/a, flux): the table's curve in flux, or the node itself. */
    private interface NodeValue {
        double at(HoleLattice lattice, double d, double b, double flux);
    }

    /** Bilinear in D/a and b/a between the nodes {@code node} gives; a hole-free cell is the plain film's Landau level. */
    private static double bilinear(HoleLattice lattice, double dOverA, double bOverA, double flux, NodeValue node) {
        if (!(dOverA > 0)) {
            return plainLandau(lattice, flux);
        }
        double dc = Math.min(dOverA, D_MAX);
        double u = dc / D_STEP;
        int i = (int) Math.floor(u + 1e-12);
        double fu = Math.max(0, u - i);
        double d0 = i * D_STEP;
        double d1 = Math.min((i + 1) * D_STEP, D_MAX);
        double[] bw = bWeights(bOverA);
        double sum = 0;
        for (int k = 0; k < 2; k++) {
            double wb = bw[2 * k + 1];
            if (wb == 0) {
                continue;
            }
            double bn = B_NODES.get((int) bw[2 * k]);
            double at0 = d0 == 0 ? plainLandau(lattice, flux) : node.at(lattice, d0, bn, flux);
            double at1 = fu == 0 ? at0 : node.at(lattice, d1, bn, flux);
            sum += wb * ((1 - fu) * at0 + fu * at1);
        }
        return sum;
    }

    /**
     * Whether the committed table holds every node {@link #lambdaA2} needs at this D/a and b/a
     * (both D/a nodes, both b/a nodes, the whole-number fluxes and the quarter T_c(B) nodes). Off the
     * table a node costs ~0.1–3 s to solve, too much for a sweep or an uncertainty draw, so a
     * prediction uses the cell only where it is tabulated ({@link Predictor}).
     */
    public static boolean tabulated(HoleLattice lattice, double dOverA, double bOverA) {
        if (!(dOverA > 0 && dOverA < 1) || !(bOverA >= 0)) {
            return false;
        }
        // pair-breaking walls only once the lattice holds every finite row: the uncertainty draws the walls over
        // a range, and draws that fell between held and missing rows would mix the cell with the film formulas
        if (Double.isFinite(bOverA) && !holdsEveryRow(lattice)) {
            return false;
        }
        double dc = Math.min(dOverA, D_MAX);
        int i = (int) Math.floor(dc / D_STEP + 1e-12);
        double[] ds = {i * D_STEP, Math.min((i + 1) * D_STEP, D_MAX)};
        double[] bw = bWeights(bOverA);
        Map<Key, Double> t = table();
        for (int k = 0; k < 2; k++) {
            if (bw[2 * k + 1] == 0) {
                continue;
            }
            double b = B_NODES.get((int) bw[2 * k]);
            for (double d : ds) {
                if (d == 0) {
                    continue;
                }
                for (double f : new double[] {0.0, 0.25, 0.75, 2.75, FLUX.get(FLUX.size() - 1)}) {
                    if (!t.containsKey(new Key(lattice, round(d), b, f))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static final Map<HoleLattice, Boolean> WHOLE = new java.util.concurrent.ConcurrentHashMap<>();

    /** True when the table holds every D/a column of every b/a row of the lattice, at every flux. */
    static boolean holdsEveryRow(HoleLattice lattice) {
        return WHOLE.computeIfAbsent(lattice, CellInField::scanRows);
    }

    private static boolean scanRows(HoleLattice lattice) {
        Map<Key, Double> t = table();
        java.util.List<Double> fluxes = new java.util.ArrayList<>();
        fluxes.add(0.0);
        for (double f : tcOfBFlux()) {
            fluxes.add(f);
        }
        for (int f : FLUX) {
            fluxes.add((double) f);
        }
        for (double b : B_NODES) {
            for (int i = 1; i * D_STEP <= D_MAX + 1e-9; i++) {
                for (double f : fluxes) {
                    if (!t.containsKey(new Key(lattice, round(i * D_STEP), b, f))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The plain film: λa² = 2πf·a²/A_hole. */
    static double plainLandau(HoleLattice lattice, double flux) {
        return 2 * Math.PI * flux * lattice.sites() / (lattice.widthPerPitch() * lattice.heightPerPitch());
    }

    /** {lower node index, weight, upper node index, weight} for b/a. */
    private static double[] bWeights(double b) {
        int n = B_NODES.size();
        if (Double.isInfinite(b)) {
            return new double[] {n - 1, 1, n - 1, 0};
        }
        for (int k = 0; k < n - 1; k++) {
            double lo = B_NODES.get(k);
            double hi = B_NODES.get(k + 1);
            if (b >= lo && b <= hi) {
                double w;
                if (Double.isInfinite(hi)) {
                    w = 1 - lo / b; // linear in a/b: 1/b from 1/lo to 0
                } else if (lo == 0) {
                    w = b / hi;
                } else {
                    w = Math.log(b / lo) / Math.log(hi / lo);
                }
                return new double[] {k, 1 - w, k + 1, w};
            }
        }
        throw new IllegalArgumentException("b/a out of range: " + b);
    }

    /** λa² of one (D/a, b/a) node at any flux: the whole-number nodes, interpolated. */
    static double nodeCurve(HoleLattice lattice, double d, double b, double flux) {
        if (flux <= 0) {
            return node(lattice, d, b, 0);
        }
        int first = FLUX.get(0);
        if (flux <= first) {
            double l0 = node(lattice, d, b, 0);
            double l1 = node(lattice, d, b, first) * plainLandau(lattice, first);
            return l0 + (l1 - l0) * flux / first;
        }
        int last = FLUX.get(FLUX.size() - 1);
        if (flux >= last) {
            double rLast = node(lattice, d, b, last);
            double ellOverA = Math.sqrt(1.0 / plainLandau(lattice, flux));
            double rInf = SurfaceState.ratio(Double.isInfinite(b) ? b : b / ellOverA);
            // only holes already wider than ℓ_B at the last node head for the straight wall; a hole smaller
            // than ℓ_B keeps its last ratio (the wall limit needs R ≫ ℓ_B): weight 0 at R ≤ ℓ, 1 from R = 3ℓ
            double radiusOverEll = 0.5 * d / Math.sqrt(1.0 / plainLandau(lattice, last));
            double w = Math.min(1.0, Math.max(0.0, (radiusOverEll - 1.0) / 2.0));
            double approach = rInf + (rLast - rInf) * Math.sqrt(last / flux);
            return ((1 - w) * rLast + w * approach) * plainLandau(lattice, flux);
        }
        for (int k = 0; k < FLUX.size() - 1; k++) {
            int lo = FLUX.get(k);
            int hi = FLUX.get(k + 1);
            if (flux <= hi) {
                double w = Math.log(flux / lo) / Math.log((double) hi / lo);
                double r = (1 - w) * node(lattice, d, b, lo) + w * node(lattice, d, b, hi);
                return r * plainLandau(lattice, flux);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * One node: for f = 0, λa² of the zero-field cell; for f &gt; 0, r = λ/λ_LLL. From the table
     * when it holds the node, else solved and cached.
     */
    static double node(HoleLattice lattice, double d, double b, double flux) {
        Key key = new Key(lattice, round(d), b, flux);
        Double hit = table().get(key);
        if (hit != null) {
            return hit;
        }
        synchronized (CACHE) {
            hit = CACHE.get(key);
            if (hit != null) {
                return hit;
            }
        }
        double v = solve(lattice, key.dOverA(), b, flux);
        synchronized (CACHE) {
            CACHE.put(key, v);
        }
        return v;
    }

    /** The D/a node as the table writes it (two decimals), so that a key is the same double however computed. */
    static double round(double d) {
        return Math.round(d / D_STEP) / Math.rint(1 / D_STEP);
    }

    /**
     * Solves one node on the grid: f per hole cell must make a whole number of quanta through a
     * super-cell of the rectangular cell repeated along y (the band of the solver's factor is set
     * by the x extent, so repeating along y is the cheap direction).
     */
    public static double solve(HoleLattice lattice, double d, double b, double flux) {
        PeriodicCell cell = lattice.circles(1.0, d);
        int nx = (int) Math.round(CELLS_PER_PITCH * lattice.widthPerPitch());
        int ny = (int) Math.round(CELLS_PER_PITCH * lattice.heightPerPitch());
        FilmGrid grid = FilmGrid.of(cell, GridAxis.uniform(cell.width(), nx), GridAxis.uniform(cell.height(), ny));
        EdgeCondition edge = new EdgeCondition(b);
        if (flux == 0) {
            return GlCell.lowest(grid, edge).eigenvalue();
        }
        double perCell = flux * lattice.sites();
        int tiles = 1;
        while (Math.abs(perCell * tiles - Math.rint(perCell * tiles)) > 1e-9) {
            tiles++;
            if (tiles > 16) {
                throw new IllegalArgumentException("flux per hole cell must be a multiple of 1/16, was " + flux);
            }
        }
        FilmGrid g = tiles == 1 ? grid : GlCell.tile(grid, 1, tiles);
        int quanta = (int) Math.rint(perCell * tiles);
        double lambda = GlCell.lowest(g, edge, quanta).eigenvalue();
        return lambda / plainLandau(lattice, flux);
    }

    /** The low-field T_c(B) nodes: f = k/4, k = 0 … 4·{@value #TC_OF_B_PERIODS}. */
    public static double[] tcOfBFlux() {
        int n = TC_OF_B_PERIODS * TC_OF_B_STEPS_PER_PERIOD;
        double[] f = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            f[k] = (double) k / TC_OF_B_STEPS_PER_PERIOD;
        }
        return f;
    }

    /**
     * λa² at a T_c(B) node f = k/4 (not interpolated in f: the oscillation between whole numbers
     * is what this curve shows), bilinear in D/a and b/a like {@link #lambdaA2}.
     */
    public static double lambdaA2AtNode(HoleLattice lattice, double dOverA, double bOverA, double flux) {
        return bilinear(lattice, dOverA, bOverA, flux, CellInField::exactNode);
    }

    private static double exactNode(HoleLattice lattice, double d, double b, double flux) {
        double v = node(lattice, d, b, flux);
        return flux == 0 ? v : v * plainLandau(lattice, flux);
    }

    /** The committed table, read once. */
    static Map<Key, Double> table() {
        Map<Key, Double> t = table;
        if (t == null) {
            synchronized (CellInField.class) {
                if (table == null) {
                    table = read();
                }
                t = table;
            }
        }
        return t;
    }

    private static Map<Key, Double> read() {
        Map<Key, Double> out = new HashMap<>();
        try (InputStream in = CellInField.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("lattice")) {
                    continue;
                }
                String[] p = line.split(",");
                double b = p[2].equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(p[2]);
                out.put(new Key(HoleLattice.valueOf(p[0]), round(Double.parseDouble(p[1])), b,
                        Double.parseDouble(p[3])), Double.parseDouble(p[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
