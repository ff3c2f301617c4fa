package org.jjmask.layout.drc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jjmask.layout.HoleArray;
import org.jjmask.layout.OutlineBoundary;
import org.jjmask.layout.HoleShape;
import org.jjmask.layout.Layout;
import org.jjmask.layout.UnitCellFacts;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The design rules on a laid-out device, measured on what would be written: the hole polygon
 * snapped to the grid, the written lattice and the blocks of holes. Nothing per hole is built
 * except along the edges.
 *
 * <ul>
 * <li>{@code min_neck} / {@code overlap}: the film between the written polygons along every bond
 * of the written lattice ({@link UnitCellFacts#neckAlong}); every hole of the layout is a lattice
 * point, so these bonds are all the neighbour pairs there are, across blocks too. A violating bond
 * is counted once per written pair of holes it joins, each located at the middle of the neck.</li>
 * <li>{@code min_hole}: the narrowest width of the written polygon ({@link HoleShape#minWidth}),
 * counted once per hole.</li>
 * <li>{@code hole_margin} / {@code hole_outside}: the true distance from each edge hole's written
 * polygon to the outline boundary ({@link OutlineBoundary}: JTS's segment distances), see {@link #edges}.</li>
 * <li>{@code off_grid}: hole and outline vertices (as written, in dbu) against a manufacturing grid
 * coarser than the database unit; counted exactly through the residues of the block positions.</li>
 * </ul>
 */
public final class LayoutRules {

    /**
     * Limits, nm: the process's smallest feature, the hole-to-outline margin, the manufacturing
     * grid; the edge damage on each side of a neck ({@code neck_destroyed}) and the widest hole
     * ({@code max_hole}), each NaN when not checked; and {@code neighbourNm}, the centre distance
     * below which two scattered holes are neighbours whose film is a neck of the network (for
     * {@link DrcReport#necks()}; NaN: necks of scattered holes not counted).
     */
    public record Limits(double minFeatureNm, double marginNm, double gridNm, double edgeDamageNm, double maxHoleNm,
            double neighbourNm) {

        /** Neck, margin and grid only, as a check of a foreign GDS file without a spec has them. */
        public Limits(double minFeatureNm, double marginNm, double gridNm) {
            this(minFeatureNm, marginNm, gridNm, Double.NaN, Double.NaN, Double.NaN);
        }

        /** Only a damaged rim can destroy a neck; without one a touching pair is min_neck's (or overlap's) alone. */
        boolean checksEdgeDamage() {
            return Double.isFinite(edgeDamageNm) && edgeDamageNm > 0;
        }

        boolean checksMaxHole() {
            return Double.isFinite(maxHoleNm);
        }
    }

    private static final GeometryFactory GF = new GeometryFactory();

    private LayoutRules() {}

    public static DrcReport check(Layout layout, Limits limits) {
        if (layout.isScattered()) {
            return ScatteredRules.check(layout, limits);
        }
        DrcReport report = new DrcReport();
        check(layout, limits, report);
        return report;
    }

    public static void check(Layout layout, Limits limits, DrcReport report) {
        if (layout.isScattered()) {
            report.addAll(ScatteredRules.check(layout, limits));
            return;
        }
        report.declare(DesignRule.MIN_NECK, limits.minFeatureNm()).declare(DesignRule.OVERLAP, 0)
                .declare(DesignRule.MIN_HOLE, limits.minFeatureNm()).declare(DesignRule.HOLE_MARGIN, limits.marginNm())
                .declare(DesignRule.HOLE_OUTSIDE, 0).declare(DesignRule.OFF_GRID, 0);
        declareSpecRules(limits, report);
        if (layout.holeCount() == 0) {
            return;
        }
        necks(layout, limits, report);
        holeWidth(layout, limits, report);
        maxHole(layout, limits, report);
        edges(layout, limits, report);
        grid(layout, limits, report);
    }

    /** The rules a spec adds to those of any file: neck left after edge damage, widest hole. */
    static void declareSpecRules(Limits limits, DrcReport report) {
        if (limits.checksMaxHole()) {
            report.declare(DesignRule.MAX_HOLE, limits.maxHoleNm());
        }
        if (limits.checksEdgeDamage()) {
            report.declare(DesignRule.NECK_DESTROYED, 0);
        }
    }

    /** The neck left superconducting between two holes {@code neckNm} apart: less the damaged rim on each side. */
    static double damagedNeck(double neckNm, Limits limits) {
        return neckNm - 2 * limits.edgeDamageNm();
    }

    static Violation neckDestroyed(double neckNm, double xNm, double yNm, String where, Limits limits) {
        double left = damagedNeck(neckNm, limits);
        return new Violation(DesignRule.NECK_DESTROYED, String.format(Locale.ROOT,
                "edge damage of %s nm each side leaves no superconducting neck (%.1f nm) %s", fmt(limits.edgeDamageNm()),
                left, where), xNm, yNm, left, 0);
    }

    // --- necks -------------------------------------------------------------------------------------

    private static void necks(Layout layout, Limits limits, DrcReport report) {
        double dbu = layout.dbuNm();
        Polygon p = UnitCellFacts.polygon(layout.hole());
        Set<List<Long>> seen = new LinkedHashSet<>();
        Map<List<Long>, Double> violating = new HashMap<>();
        HoleArray any = layout.arrays().get(0);
        Written written = new Written(layout.arrays());
        for (long[] b : UnitCellFacts.bonds(layout.lattice())) {
            // each pair once: keep the bond pointing up (or right)
            long dx = b[1] > 0 || (b[1] == 0 && b[0] > 0) ? b[0] : -b[0];
            long dy = b[1] > 0 || (b[1] == 0 && b[0] > 0) ? b[1] : -b[1];
            if (!seen.add(List.of(dx, dy))) {
                continue;
            }
            double neck = UnitCellFacts.neckAlong(p, new long[] {dx, dy}) * dbu;
            long pairs = written.pairs(dx, dy);
            if (pairs == 0) {
                continue;  // a bond no two written holes share (a single row): no neck of this mask
            }
            double mx = (any.x() + dx / 2.0) * dbu;
            double my = (any.y() + dy / 2.0) * dbu;
            report.measure(neck < 0 ? DesignRule.OVERLAP : DesignRule.MIN_NECK, neck, mx, my);
            boolean destroyed = false;
            if (neck >= 0) {
                report.neck(neck, pairs);
                if (limits.checksEdgeDamage()) {
                    report.measure(DesignRule.NECK_DESTROYED, damagedNeck(neck, limits), mx, my);
                    destroyed = damagedNeck(neck, limits) <= 0;
                }
            }
            if (neck < 0 || neck < limits.minFeatureNm() || destroyed) {
                violating.put(List.of(dx, dy), neck);
            }
        }
        if (violating.isEmpty()) {
            return;
        }
        for (HoleArray a : layout.arrays()) {
            for (int j = 0; j < a.rows(); j++) {
                for (int i = 0; i < a.columns(); i++) {
                    long x = a.x() + i * a.stepX();
                    long y = a.y() + j * a.stepY();
                    for (Map.Entry<List<Long>, Double> e : violating.entrySet()) {
                        long dx = e.getKey().get(0);
                        long dy = e.getKey().get(1);
                        if (!written.contains(x + dx, y + dy)) {
                            continue;
                        }
                        double neck = e.getValue();
                        double mx = (x + dx / 2.0) * dbu;
                        double my = (y + dy / 2.0) * dbu;
                        String where = String.format(Locale.ROOT, "between the holes at (%.0f, %.0f) and (%.0f, %.0f) nm",
                                x * dbu, y * dbu, (x + dx) * dbu, (y + dy) * dbu);
                        if (neck < 0) {
                            report.add(new Violation(DesignRule.OVERLAP, String.format(Locale.ROOT,
                                    "holes overlap by %.1f nm %s", -neck, where), mx, my, neck, 0));
                            continue;
                        }
                        if (neck < limits.minFeatureNm()) {
                            report.add(new Violation(DesignRule.MIN_NECK, String.format(Locale.ROOT,
                                    "neck %.1f nm %s is below min_feature_nm %s", neck, where, fmt(limits.minFeatureNm())),
                                    mx, my, neck, limits.minFeatureNm()));
                        }
                        if (limits.checksEdgeDamage() && damagedNeck(neck, limits) <= 0) {
                            report.add(neckDestroyed(neck, mx, my, where, limits));
                        }
                    }
                }
            }
        }
    }

    /** Which lattice positions are written: per row, the blocks' column runs. */
    private static final class Written {
        private final Map<Long, List<HoleArray>> rows = new HashMap<>();

        Written(List<HoleArray> arrays) {
            for (HoleArray a : arrays) {
                for (int j = 0; j < a.rows(); j++) {
                    rows.computeIfAbsent(a.y() + j * a.stepY(), k -> new ArrayList<>()).add(a);
                }
            }
        }

        /**
         * How many written holes have a written neighbour at (+dx, +dy): row by row, the column
         * runs of the blocks in the row dy above that a run shifted by dx overlaps.
         */
        long pairs(long dx, long dy) {
            long n = 0;
            for (Map.Entry<Long, List<HoleArray>> row : rows.entrySet()) {
                List<HoleArray> above = rows.get(row.getKey() + dy);
                if (above == null) {
                    continue;
                }
                for (HoleArray a : row.getValue()) {
                    for (HoleArray b : above) {
                        n += overlap(a, b, dx);
                    }
                }
            }
            return n;
        }

        /** Columns i of {@code a} whose position moved by dx is a column of {@code b}. */
        private static long overlap(HoleArray a, HoleArray b, long dx) {
            if (a.stepX() != b.stepX() || a.columns() == 1 || b.columns() == 1) {
                long n = 0;  // unlike steps (or a lone hole, whose step says nothing): column by column
                for (int i = 0; i < a.columns(); i++) {
                    long off = a.x() + i * a.stepX() + dx - b.x();
                    long step = b.columns() == 1 ? 1 : b.stepX();
                    if (off >= 0 && off % step == 0 && off / step < b.columns()) {
                        n++;
                    }
                }
                return n;
            }
            long off = a.x() + dx - b.x();
            if (Math.floorMod(off, a.stepX()) != 0) {
                return 0;
            }
            long k = Math.floorDiv(off, a.stepX());  // column i of a is column i + k of b
            return Math.max(0, Math.min(a.columns(), b.columns() - k) - Math.max(0, -k));
        }

        boolean contains(long x, long y) {
            List<HoleArray> row = rows.get(y);
            if (row == null) {
                return false;
            }
            for (HoleArray a : row) {
                long off = x - a.x();
                if (off >= 0 && off % a.stepX() == 0 && off / a.stepX() < a.columns()) {
                    return true;
                }
            }
            return false;
        }
    }

    // --- hole width --------------------------------------------------------------------------------

    private static void holeWidth(Layout layout, Limits limits, DrcReport report) {
        double w = layout.hole().minWidth() * layout.dbuNm();
        HoleArray a = layout.arrays().get(0);
        double x = a.x() * layout.dbuNm();
        double y = a.y() * layout.dbuNm();
        report.measure(DesignRule.MIN_HOLE, w, x, y);
        if (w < limits.minFeatureNm()) {
            report.add(new Violation(DesignRule.MIN_HOLE, String.format(Locale.ROOT,
                    "hole %.1f nm at its narrowest is below min_feature_nm %s (every hole: one hole polygon is written)",
                    w, fmt(limits.minFeatureNm())), x, y, w, limits.minFeatureNm()), layout.holeCount());
        }
    }

    // --- widest hole -------------------------------------------------------------------------------

    /** {@code max_hole}: twice the written polygon's circumradius, every hole (one polygon is written). */
    private static void maxHole(Layout layout, Limits limits, DrcReport report) {
        if (!limits.checksMaxHole()) {
            return;
        }
        double w = 2 * layout.hole().circumradius() * layout.dbuNm();
        HoleArray a = layout.arrays().get(0);
        double x = a.x() * layout.dbuNm();
        double y = a.y() * layout.dbuNm();
        report.measure(DesignRule.MAX_HOLE, w, x, y);
        if (w > limits.maxHoleNm()) {
            report.add(new Violation(DesignRule.MAX_HOLE, String.format(Locale.ROOT,
                    "hole %.1f nm across at its widest is above max_hole_nm %s (every hole: one hole polygon is written)",
                    w, fmt(limits.maxHoleNm())), x, y, w, limits.maxHoleNm()), layout.holeCount());
        }
    }

    // --- outline -----------------------------------------------------------------------------------

    /**
     * Hole-to-outline distance and holes outside the outline, measured on the written polygons.
     *
     * <p>Each block is halved recursively ({@link #range}): a part is skipped when the rectangle of
     * its holes' centres grown by the hole's circumradius lies inside the outline and at least as
     * far from its boundary as both the margin and the nearest hole measured so far, since then no
     * hole in it can break the margin, lie outside, or be the worst; otherwise it is halved, down to
     * a few holes measured one by one. That rectangle's distance is a lower bound for every hole in
     * it, so the worst distance and every violation are those of measuring each hole, while only the
     * holes near the boundary are measured: the ends of each row on a Corbino ring's curve, whose
     * blocks are single rows, instead of all of them.
     */
    static void edges(Layout layout, Limits limits, DrcReport report) {
        double dbu = layout.dbuNm();
        // the outline as written: its vertices on the database grid
        Geometry outline = scaled(layout.outlineNm(), 1 / dbu);
        outline.apply((org.locationtech.jts.geom.CoordinateFilter) c -> c.setCoordinate(
                new Coordinate(Math.round(c.x), Math.round(c.y))));
        outline.geometryChanged();
        Outline o = new Outline(new OutlineBoundary(outline.getBoundary()), new IndexedPointInAreaLocator(outline),
                UnitCellFacts.polygon(layout.hole()), layout.hole().circumradius(), dbu, limits, report);
        for (HoleArray a : layout.arrays()) {
            o.range(a, 0, a.columns() - 1, 0, a.rows() - 1);
        }
    }

    /** The outline a layout's holes are measured against, and the nearest hole measured so far. */
    private static final class Outline {
        final OutlineBoundary boundary;
        final IndexedPointInAreaLocator inside;
        final Polygon hole;
        final double r;
        final double dbu;
        final Limits limits;
        final DrcReport report;
        double nearest = Double.POSITIVE_INFINITY;

        Outline(OutlineBoundary boundary, IndexedPointInAreaLocator inside, Polygon hole, double r, double dbu,
                Limits limits, DrcReport report) {
            this.boundary = boundary;
            this.inside = inside;
            this.hole = hole;
            this.r = r;
            this.dbu = dbu;
            this.limits = limits;
            this.report = report;
        }

        /** Columns i0..i1 and rows j0..j1 of block a. */
        void range(HoleArray a, int i0, int i1, int j0, int j1) {
            if ((long) (i1 - i0 + 1) * (j1 - j0 + 1) <= 4) {
                for (int j = j0; j <= j1; j++) {
                    for (int i = i0; i <= i1; i++) {
                        nearest = Math.min(nearest, hole(a, i, j, hole, r, boundary, inside, dbu, limits, report, nearest));
                    }
                }
                return;
            }
            double bound = Math.max(limits.marginNm() / dbu, nearest);
            if (bound < Double.POSITIVE_INFINITY) {
                Polygon rect = (Polygon) GF.toGeometry(new Envelope(a.x() + i0 * a.stepX() - r,
                        a.x() + i1 * a.stepX() + r, a.y() + j0 * a.stepY() - r, a.y() + j1 * a.stepY() + r));
                if (inside.locate(rect.getCentroid().getCoordinate()) == Location.INTERIOR
                        && boundary.distance(rect.getExteriorRing().getCoordinates()) >= bound) {
                    return;
                }
            }
            if (i1 - i0 >= j1 - j0) {
                int m = (i0 + i1) >>> 1;
                range(a, i0, m, j0, j1);
                range(a, m + 1, i1, j0, j1);
            } else {
                int m = (j0 + j1) >>> 1;
                range(a, i0, i1, j0, m);
                range(a, i0, i1, m + 1, j1);
            }
        }
    }

    /**
     * Measures one hole against the outline; returns its distance (dbu), 0 when it crosses or is
     * outside, +∞ when it is certainly farther than both the margin and {@code nearest}.
     */
    private static double hole(HoleArray a, int i, int j, Polygon hole, double r, OutlineBoundary boundary,
            IndexedPointInAreaLocator inside, double dbu, Limits limits, DrcReport report, double nearest) {
        long x = a.x() + i * a.stepX();
        long y = a.y() + j * a.stepY();
        boolean centreIn = inside.locate(new Coordinate(x, y)) == Location.INTERIOR;
        if (centreIn) {
            // the centre's distance less the circumradius bounds the polygon's from below: a hole that
            // can neither break the margin nor be the nearest needs no polygon distance
            double lower = boundary.distance(x, y) - r;
            if (lower > limits.marginNm() / dbu && lower > nearest) {
                return Double.POSITIVE_INFINITY;
            }
        }
        Coordinate[] ring = hole.getExteriorRing().getCoordinates();
        Coordinate[] placed = new Coordinate[ring.length];
        for (int k = 0; k < ring.length; k++) {
            placed[k] = new Coordinate(ring[k].x + x, ring[k].y + y);
        }
        double d = boundary.distance(placed);
        double xNm = x * dbu;
        double yNm = y * dbu;
        if (d == 0 || !centreIn) {
            double measured = -d * dbu;
            report.add(new Violation(DesignRule.HOLE_OUTSIDE, String.format(Locale.ROOT,
                    d == 0 ? "hole at (%.0f, %.0f) nm crosses the outline" : "hole at (%.0f, %.0f) nm lies outside the outline",
                    xNm, yNm), xNm, yNm, measured, 0));
            return 0;
        }
        double dNm = d * dbu;
        report.measure(DesignRule.HOLE_MARGIN, dNm, xNm, yNm);
        if (dNm < limits.marginNm()) {
            report.add(new Violation(DesignRule.HOLE_MARGIN, String.format(Locale.ROOT,
                    "hole at (%.0f, %.0f) nm is %.1f nm from the outline, below %s nm", xNm, yNm, dNm,
                    fmt(limits.marginNm())), xNm, yNm, dNm, limits.marginNm()));
        }
        return d;
    }

    // --- grid --------------------------------------------------------------------------------------

    /**
     * Vertices off the manufacturing grid. The grid must be a whole number of database units; a
     * grid of one database unit is always met. Hole vertices: for each block, the columns fall into
     * at most g residue classes of x modulo g (likewise rows for y), so every written vertex is
     * counted without visiting the holes.
     */
    static void grid(Layout layout, Limits limits, DrcReport report) {
        double dbu = layout.dbuNm();
        long g = Math.round(limits.gridNm() / dbu);
        if (g <= 1) {
            return;
        }
        int[] xy = layout.hole().xy();
        for (HoleArray a : layout.arrays()) {
            long[] colsByResidue = new long[(int) g];
            for (int i = 0; i < Math.min(a.columns(), g); i++) {
                long rx = Math.floorMod(a.x() + i * a.stepX(), g);
                colsByResidue[(int) rx] += (a.columns() - 1 - i) / g + 1;
            }
            long[] rowsByResidue = new long[(int) g];
            for (int j = 0; j < Math.min(a.rows(), g); j++) {
                long ry = Math.floorMod(a.y() + j * a.stepY(), g);
                rowsByResidue[(int) ry] += (a.rows() - 1 - j) / g + 1;
            }
            for (int k = 0; k < xy.length; k += 2) {
                for (int rx = 0; rx < g; rx++) {
                    if (colsByResidue[rx] == 0) {
                        continue;
                    }
                    long ox = Math.floorMod(rx + xy[k], g);
                    for (int ry = 0; ry < g; ry++) {
                        if (rowsByResidue[ry] == 0) {
                            continue;
                        }
                        long oy = Math.floorMod(ry + xy[k + 1], g);
                        if (ox == 0 && oy == 0) {
                            continue;
                        }
                        // a representative vertex: the first column and row of these residues
                        long vx = firstWith(a.x(), a.stepX(), a.columns(), rx, g) + xy[k];
                        long vy = firstWith(a.y(), a.stepY(), a.rows(), ry, g) + xy[k + 1];
                        offGrid(vx, vy, g, dbu, limits, report, colsByResidue[rx] * rowsByResidue[ry], "hole vertex");
                    }
                }
            }
        }
        Coordinate[] ring = layout.outlineNm().getCoordinates();
        for (int k = 0; k < ring.length; k++) {
            long vx = Math.round(ring[k].x / dbu);
            long vy = Math.round(ring[k].y / dbu);
            if (Math.floorMod(vx, g) != 0 || Math.floorMod(vy, g) != 0) {
                offGrid(vx, vy, g, dbu, limits, report, 1, "outline vertex");
            }
        }
    }

    private static long firstWith(long start, long step, int n, int residue, long g) {
        for (int i = 0; i < Math.min(n, g); i++) {
            if (Math.floorMod(start + i * step, g) == residue) {
                return start + i * step;
            }
        }
        throw new IllegalStateException("no position with residue " + residue);
    }

    static void offGrid(long vx, long vy, long g, double dbu, Limits limits, DrcReport report, long times, String what) {
        double dev = Math.max(gridDistance(vx, g), gridDistance(vy, g)) * dbu;
        report.add(new Violation(DesignRule.OFF_GRID, String.format(Locale.ROOT,
                "%s at (%.0f, %.0f) nm is %.1f nm off the %s nm manufacturing grid", what, vx * dbu, vy * dbu, dev,
                fmt(limits.gridNm())), vx * dbu, vy * dbu, dev, 0), times);
    }

    private static long gridDistance(long v, long g) {
        long m = Math.floorMod(v, g);
        return Math.min(m, g - m);
    }

    static Geometry scaled(Geometry g, double f) {
        Geometry s = g.copy();
        s.apply(new AffineTransformation().scale(f, f));
        s.geometryChanged();
        return s;
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
