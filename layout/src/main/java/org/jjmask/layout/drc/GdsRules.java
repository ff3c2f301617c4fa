package org.jjmask.layout.drc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jjmask.gds.Boundary;
import org.jjmask.gds.Box;
import org.jjmask.gds.GdsFormatException;
import org.jjmask.gds.GdsInspector;
import org.jjmask.gds.GdsLibrary;
import org.jjmask.gds.GdsFlattener;
import org.jjmask.gds.PlacedShape;
import org.jjmask.layout.OutlineBoundary;
import org.locationtech.jts.algorithm.MinimumDiameter;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Design rules on any GDSII file: the holes are the boundaries (and boxes) on one layer, the
 * outline the union of the boundaries on another, everything flattened from the top cells.
 *
 * <p>The flattened holes are streamed ({@link GdsFlattener} is lazy) and kept compactly: each
 * polygon is reduced to its position (bounding-box corner) and the id of its shape relative to
 * that corner, so a mask of a million identical holes holds a million positions and one shape.
 * Per-hole rules (width, grid, outline) are decided while streaming; the neck between holes then
 * uses a spatial hash of the positions by grid bucket: only pairs whose bounding boxes come within
 * the search distance are measured, exactly (JTS polygon distance), and the result is memoised per
 * pair of shapes and relative offset, which a lattice repeats a few times only.
 *
 * <ul>
 * <li>{@code min_hole}: the narrowest width of each hole (JTS {@link MinimumDiameter}: exact for
 * convex holes, that of the convex hull otherwise).</li>
 * <li>{@code min_neck} / {@code overlap}: film between neighbouring holes, and holes that overlap
 * (the measured value is minus the overlap's width).</li>
 * <li>{@code hole_outside} / {@code hole_margin}: holes crossing or outside the outline, and the
 * true distance from each hole inside to the outline boundary.</li>
 * <li>{@code off_grid}: hole and outline vertices off a manufacturing grid coarser than the file's
 * database unit.</li>
 * </ul>
 */
public final class GdsRules {

    /**
     * Layers and limits (nm); {@code marginNm} is the least distance from a hole to the outline.
     * {@code edgeDamageNm}, {@code maxHoleNm} and {@code neighbourNm} are a spec's
     * ({@link LayoutRules.Limits}), NaN when the file is checked without one.
     */
    public record Options(int holesLayer, int holesDatatype, int outlineLayer, int outlineDatatype, double minFeatureNm,
            double marginNm, double gridNm, double edgeDamageNm, double maxHoleNm, double neighbourNm, int cap,
            int holesLayerLast, boolean anyHolesDatatype) {

        public Options(int holesLayer, int holesDatatype, int outlineLayer, int outlineDatatype, double minFeatureNm,
                double marginNm, double gridNm, double edgeDamageNm, double maxHoleNm, double neighbourNm, int cap) {
            this(holesLayer, holesDatatype, outlineLayer, outlineDatatype, minFeatureNm, marginNm, gridNm, edgeDamageNm,
                    maxHoleNm, neighbourNm, cap, holesLayer, false);
        }

        public Options(int holesLayer, int holesDatatype, int outlineLayer, int outlineDatatype, double minFeatureNm,
                double marginNm, double gridNm, int cap) {
            this(holesLayer, holesDatatype, outlineLayer, outlineDatatype, minFeatureNm, marginNm, gridNm, Double.NaN,
                    Double.NaN, Double.NaN, cap);
        }

        /** A spec's limits on the given layers: the verdict the design pass gives its own layout. */
        public static Options of(int holesLayer, int holesDatatype, int outlineLayer, int outlineDatatype,
                LayoutRules.Limits l, int cap) {
            return new Options(holesLayer, holesDatatype, outlineLayer, outlineDatatype, l.minFeatureNm(), l.marginNm(),
                    l.gridNm(), l.edgeDamageNm(), l.maxHoleNm(), l.neighbourNm(), cap);
        }

        public static Options defaults() {
            return new Options(1, 0, 2, 0, 20, 20, 1, DrcReport.DEFAULT_CAP);
        }

        LayoutRules.Limits limits() {
            return new LayoutRules.Limits(minFeatureNm, marginNm, gridNm, edgeDamageNm, maxHoleNm, neighbourNm);
        }

        /**
         * The same limits with holes on every datatype of layers {@code first}..{@code last}: a mask
         * written with dose classes puts each class on its own datatype (Raith, JEOL, NCS) or layer
         * (NPGS), and each class's holes are holes all the same.
         */
        public Options withClassedHoles(int first, int last) {
            return new Options(first, holesDatatype, outlineLayer, outlineDatatype, minFeatureNm, marginNm, gridNm,
                    edgeDamageNm, maxHoleNm, neighbourNm, cap, last, true);
        }

        /** Whether a shape on {@code layer}/{@code datatype} is a hole. */
        public boolean isHoleLayer(int layer, int datatype) {
            return anyHolesDatatype ? layer >= holesLayer && layer <= holesLayerLast
                    : layer == holesLayer && datatype == holesDatatype;
        }
    }

    /**
     * What the rules read, in two passes: the outline's polygons, then the holes' (each the ring of
     * one placed polygon, dbu, closed or not). A GDSII library is flattened for them
     * ({@link #check(GdsLibrary, Options)}); a layout hands them over as it would write them, with
     * no file between ({@link ScatteredRules}).
     */
    public interface Polygons {
        void outlines(Consumer<int[]> sink) throws GdsFormatException;

        /** Every hole polygon to {@code sink}; returns how many paths on the holes layer were passed over. */
        long holes(Consumer<int[]> sink) throws GdsFormatException;
    }

    /** The report and what was checked. */
    public record Result(DrcReport report, long holes, long outlinePolygons, int distinctShapes, double dbuNm,
            List<String> topCells) {}

    private static final GeometryFactory GF = new GeometryFactory();

    private GdsRules() {}

    public static Result check(GdsLibrary lib, Options o) throws GdsFormatException {
        List<String> tops = GdsInspector.inspect(lib).topCells();
        return check(flattened(lib, o, tops), lib.metresPerDbu() * 1e9, o, tops);
    }

    /** The polygons of {@code lib} flattened from the top cells {@code tops} on the layers {@code o} names. */
    public static Polygons flattened(GdsLibrary lib, Options o, List<String> tops) {
        return new Polygons() {
            @Override
            public void outlines(Consumer<int[]> sink) throws GdsFormatException {
                for (String top : tops) {
                    for (Iterator<PlacedShape> it = GdsFlattener.shapes(lib, top); it.hasNext();) {
                        PlacedShape s = it.next();
                        if (s.layer() == o.outlineLayer() && s.datatype() == o.outlineDatatype() && isArea(s)) {
                            sink.accept(s.xy());
                        }
                    }
                }
            }

            @Override
            public long holes(Consumer<int[]> sink) throws GdsFormatException {
                long paths = 0;
                for (String top : tops) {
                    for (Iterator<PlacedShape> it = GdsFlattener.shapes(lib, top); it.hasNext();) {
                        PlacedShape s = it.next();
                        if (!o.isHoleLayer(s.layer(), s.datatype())) {
                            continue;
                        }
                        if (!isArea(s)) {
                            if (s.element() instanceof org.jjmask.gds.Path) {
                                paths++;
                            }
                            continue;
                        }
                        sink.accept(s.xy());
                    }
                }
                return paths;
            }
        };
    }

    /** The rules on polygons on a grid of {@code dbu} nm; {@code tops} names where they came from. */
    /** The rules on polygons on a grid of {@code dbu} nm; {@code tops} names where they came from. */
    public static Result check(Polygons polygons, double dbu, Options o, List<String> tops) throws GdsFormatException {
        DrcReport report = new DrcReport(o.cap());
        report.declare(DesignRule.MIN_NECK, o.minFeatureNm()).declare(DesignRule.OVERLAP, 0)
                .declare(DesignRule.MIN_HOLE, o.minFeatureNm()).declare(DesignRule.HOLE_MARGIN, o.marginNm())
                .declare(DesignRule.HOLE_OUTSIDE, 0).declare(DesignRule.OFF_GRID, 0);
        LayoutRules.Limits limits = o.limits();
        LayoutRules.declareSpecRules(limits, report);

        // pass 1: the outline
        List<Geometry> outlines = new ArrayList<>();
        polygons.outlines(raw -> {
            int[] xy = ring(raw);
            if (xy.length >= 6) {
                outlines.add(polygon(xy, 0, 0));
            }
        });
        Outline outline = outlines.isEmpty() ? null : new Outline(outlines);
        if (outline == null) {
            report.note("no polygons on the outline layer " + o.outlineLayer() + "/" + o.outlineDatatype()
                    + ": hole_margin and hole_outside not checked");
        }
        double gridDbu = o.gridNm() / dbu;
        long g = Math.abs(gridDbu - Math.rint(gridDbu)) < 1e-9 ? Math.round(gridDbu) : -1;
        boolean gridCheck = g != 1;  // a grid of one database unit is always met
        if (outline != null && gridCheck) {
            for (Geometry p : outlines) {
                for (Coordinate c : p.getCoordinates()) {
                    checkVertex((long) c.x, (long) c.y, gridDbu, g, dbu, o, report, "outline vertex");
                }
            }
        }

        // pass 2: the holes, streamed
        Shapes shapes = new Shapes();
        Holes holes = new Holes();
        Map<Long, int[]> gridMemo = new HashMap<>();
        long paths = polygons.holes(raw -> {
            int[] xy = ring(raw);
            if (xy.length < 6) {
                return;
            }
            int minX = Integer.MAX_VALUE;
            int minY = Integer.MAX_VALUE;
            for (int k = 0; k < xy.length; k += 2) {
                minX = Math.min(minX, xy[k]);
                minY = Math.min(minY, xy[k + 1]);
            }
            int[] rel = new int[xy.length];
            for (int k = 0; k < xy.length; k += 2) {
                rel[k] = xy[k] - minX;
                rel[k + 1] = xy[k + 1] - minY;
            }
            Shape shape = shapes.intern(rel, dbu);
            holes.add(minX, minY, shape.id);
            double cx = (minX + shape.cx) * dbu;
            double cy = (minY + shape.cy) * dbu;
            report.measure(DesignRule.MIN_HOLE, shape.widthNm, cx, cy);
            if (shape.widthNm < o.minFeatureNm()) {
                report.add(new Violation(DesignRule.MIN_HOLE, String.format(Locale.ROOT,
                        "hole at (%.0f, %.0f) nm is %.1f nm wide at its narrowest, below %s nm", cx, cy,
                        shape.widthNm, LayoutRules.fmt(o.minFeatureNm())), cx, cy, shape.widthNm, o.minFeatureNm()));
            }
            if (limits.checksMaxHole()) {
                double widest = 2 * shape.radius * dbu;
                report.measure(DesignRule.MAX_HOLE, widest, cx, cy);
                if (widest > o.maxHoleNm()) {
                    report.add(new Violation(DesignRule.MAX_HOLE, String.format(Locale.ROOT,
                            "hole at (%.0f, %.0f) nm is %.1f nm across at its widest, above max_hole_nm %s", cx, cy,
                            widest, LayoutRules.fmt(o.maxHoleNm())), cx, cy, widest, o.maxHoleNm()));
                }
            }
            if (gridCheck) {
                gridHole(shape, minX, minY, gridDbu, g, dbu, o, report, gridMemo);
            }
            if (outline != null) {
                outline.check(shape, minX, minY, dbu, o, report);
            }
        });
        if (paths > 0) {
            report.note(paths + " paths on the holes layer were not checked (only boundaries and boxes are)");
        }
        necks(shapes, holes, dbu, o, report);
        return new Result(report, holes.n, outlines.size(), shapes.list.size(), dbu, tops);
    }

    private static boolean isArea(PlacedShape s) {
        return s.element() instanceof Boundary || s.element() instanceof Box;
    }

    /** The points without the closing repeat (and without consecutive repeats). */
    static int[] ring(int[] xy) {
        int n = xy.length / 2;
        if (n > 1 && xy[0] == xy[2 * n - 2] && xy[1] == xy[2 * n - 1]) {
            n--;
        }
        int[] out = new int[2 * n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (m > 0 && out[2 * m - 2] == xy[2 * k] && out[2 * m - 1] == xy[2 * k + 1]) {
                continue;
            }
            out[2 * m] = xy[2 * k];
            out[2 * m + 1] = xy[2 * k + 1];
            m++;
        }
        return Arrays.copyOf(out, 2 * m);
    }

    static Polygon polygon(int[] xy, long dx, long dy) {
        Coordinate[] c = new Coordinate[xy.length / 2 + 1];
        for (int k = 0; k < xy.length / 2; k++) {
            c[k] = new Coordinate(xy[2 * k] + dx, xy[2 * k + 1] + dy);
        }
        c[c.length - 1] = c[0];
        return GF.createPolygon(c);
    }

    // --- shapes and holes --------------------------------------------------------------------------

    /** A distinct hole polygon relative to its bounding box corner, with its facts. */
    static final class Shape {
        final int id;
        final int[] xy;
        final Polygon polygon;
        final int w;
        final int h;
        final double cx;
        final double cy;
        /** Largest distance from the box centre to a vertex, dbu. */
        final double radius;
        final double widthNm;
        /** The vertices without the closing repeat, for the convex fast path. */
        final double[] ring;
        final boolean convex;

        Shape(int id, int[] xy, double dbu) {
            this.id = id;
            this.xy = xy;
            this.polygon = polygon(xy, 0, 0);
            int n = xy.length / 2;
            if (n > 1 && xy[0] == xy[2 * n - 2] && xy[1] == xy[2 * n - 1]) {
                n--;
            }
            ring = new double[2 * n];
            for (int k = 0; k < 2 * n; k++) {
                ring[k] = xy[k];
            }
            convex = ConvexGap.isConvex(ring);
            int mw = 0;
            int mh = 0;
            for (int k = 0; k < xy.length; k += 2) {
                mw = Math.max(mw, xy[k]);
                mh = Math.max(mh, xy[k + 1]);
            }
            w = mw;
            h = mh;
            cx = w / 2.0;
            cy = h / 2.0;
            double r = 0;
            for (int k = 0; k < xy.length; k += 2) {
                r = Math.max(r, Math.hypot(xy[k] - cx, xy[k + 1] - cy));
            }
            radius = r;
            widthNm = new MinimumDiameter(polygon).getLength() * dbu;
        }
    }

    private record Key(int[] xy) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(k.xy, xy);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(xy);
        }
    }

    private static final class Shapes {
        final Map<Key, Shape> byKey = new HashMap<>();
        final List<Shape> list = new ArrayList<>();
        int maxW;
        int maxH;

        Shape intern(int[] rel, double dbu) {
            return byKey.computeIfAbsent(new Key(rel), k -> {
                Shape s = new Shape(list.size(), rel, dbu);
                list.add(s);
                maxW = Math.max(maxW, s.w);
                maxH = Math.max(maxH, s.h);
                return s;
            });
        }
    }

    /** Positions and shape ids of the holes, in growable primitive arrays. */
    private static final class Holes {
        int[] x = new int[1024];
        int[] y = new int[1024];
        int[] shape = new int[1024];
        int n;

        void add(int px, int py, int id) {
            if (n == x.length) {
                int m = x.length * 2;
                x = Arrays.copyOf(x, m);
                y = Arrays.copyOf(y, m);
                shape = Arrays.copyOf(shape, m);
            }
            x[n] = px;
            y[n] = py;
            shape[n] = id;
            n++;
        }
    }

    // --- grid --------------------------------------------------------------------------------------

    private static void gridHole(Shape s, int x, int y, double gridDbu, long g, double dbu, Options o, DrcReport report,
            Map<Long, int[]> memo) {
        if (g > 0) {
            long rx = Math.floorMod(x, g);
            long ry = Math.floorMod(y, g);
            long key = ((long) s.id * g + rx) * g + ry;
            // off-grid vertex count and the first off-grid vertex index, per shape and residue
            int[] facts = memo.computeIfAbsent(key, k -> {
                int count = 0;
                int first = -1;
                for (int v = 0; v < s.xy.length; v += 2) {
                    if (Math.floorMod(rx + s.xy[v], g) != 0 || Math.floorMod(ry + s.xy[v + 1], g) != 0) {
                        count++;
                        if (first < 0) {
                            first = v;
                        }
                    }
                }
                return new int[] {count, first};
            });
            if (facts[0] > 0) {
                int v = facts[1];
                LayoutRules.offGrid(x + s.xy[v], y + s.xy[v + 1], g, dbu,
                        o.limits(), report, facts[0],
                        "hole vertex");
            }
            return;
        }
        for (int v = 0; v < s.xy.length; v += 2) {
            checkVertex(x + s.xy[v], y + s.xy[v + 1], gridDbu, g, dbu, o, report, "hole vertex");
        }
    }

    private static void checkVertex(long vx, long vy, double gridDbu, long g, double dbu, Options o, DrcReport report,
            String what) {
        if (g > 0) {
            if (Math.floorMod(vx, g) != 0 || Math.floorMod(vy, g) != 0) {
                LayoutRules.offGrid(vx, vy, g, dbu, o.limits(),
                        report, 1, what);
            }
            return;
        }
        double dx = Math.abs(vx / gridDbu - Math.rint(vx / gridDbu)) * gridDbu;
        double dy = Math.abs(vy / gridDbu - Math.rint(vy / gridDbu)) * gridDbu;
        double dev = Math.max(dx, dy) * dbu;
        if (dev > 1e-6 * dbu) {
            report.add(new Violation(DesignRule.OFF_GRID, String.format(Locale.ROOT,
                    "%s at (%.0f, %.0f) nm is %.2f nm off the %s nm manufacturing grid", what, vx * dbu, vy * dbu, dev,
                    LayoutRules.fmt(o.gridNm())), vx * dbu, vy * dbu, dev, 0));
        }
    }

    // --- outline -----------------------------------------------------------------------------------

    private static final class Outline {
        final OutlineBoundary boundary;
        final IndexedPointInAreaLocator inside;

        /**
         * A coarse grid over the outline, each cell's centre distance to the boundary (−1 when
         * outside), filled as holes reach it: a hole in a cell far inside is cleared by the cell
         * alone, so millions of holes cost a few thousand exact queries and those along the edge.
         * The cell is {@value #CELL_PER_RADIUS} hole radii (set by the first hole), not a fraction of
         * the outline's extent: on a chip the extent is the die, and cells wider than a 20 µm Hall bar
         * cleared nothing, leaving 20 million exact queries. Cells are kept in a map, only where holes are.
         */
        private static final double CELL_PER_RADIUS = 64;
        private double cell;
        private final java.util.Map<Long, Float> cellDistance = new java.util.HashMap<>();

        Outline(List<Geometry> polygons) {
            Geometry union = UnaryUnionOp.union(polygons);
            boundary = new OutlineBoundary(union.getBoundary());
            inside = new IndexedPointInAreaLocator(union);
        }

        /** A lower bound on the distance from (x, y) to the boundary when (x, y) is certainly inside; else −1. */
        private double insideBound(double x, double y, double radius) {
            if (cell == 0) {
                cell = Math.max(1, CELL_PER_RADIUS * radius);
            }
            long i = (long) Math.floor(x / cell);
            long j = (long) Math.floor(y / cell);
            Float stored = cellDistance.computeIfAbsent(i * 0x1_0000_0000L + (j & 0xFFFF_FFFFL), k -> {
                Coordinate centre = new Coordinate((i + 0.5) * cell, (j + 0.5) * cell);
                return inside.locate(centre) == Location.INTERIOR ? (float) boundary.distance(centre.x, centre.y) : -1f;
            });
            // float rounding of the stored distance is far below a database unit at these sizes
            double bound = stored - cell * Math.sqrt(0.5) - 1;
            return stored < 0 || bound <= 0 ? -1 : bound;
        }

        void check(Shape s, int x, int y, double dbu, Options o, DrcReport report) {
            double cx = x + s.cx;
            double cy = y + s.cy;
            double bound = insideBound(cx, cy, s.radius);
            if (bound > 0 && (bound - s.radius) * dbu > o.marginNm() && (bound - s.radius) * dbu > worstSoFar(report)) {
                return;
            }
            Coordinate c = new Coordinate(cx, cy);
            boolean centreIn = inside.locate(c) == Location.INTERIOR;
            double cxNm = cx * dbu;
            double cyNm = cy * dbu;
            if (centreIn) {
                double centreDist = boundary.distance(c.x, c.y);
                // the polygon is at least this far from the boundary: no need to measure it when clear
                if ((centreDist - s.radius) * dbu > o.marginNm() && (centreDist - s.radius) * dbu > worstSoFar(report)) {
                    return;
                }
            }
            double d = boundary.distance(polygon(s.xy, x, y).getExteriorRing().getCoordinates());
            if (d == 0 || !centreIn) {
                report.add(new Violation(DesignRule.HOLE_OUTSIDE, String.format(Locale.ROOT,
                        d == 0 ? "hole at (%.0f, %.0f) nm crosses the outline" : "hole at (%.0f, %.0f) nm lies outside the outline",
                        cxNm, cyNm), cxNm, cyNm, -d * dbu, 0));
                return;
            }
            double dNm = d * dbu;
            report.measure(DesignRule.HOLE_MARGIN, dNm, cxNm, cyNm);
            if (dNm < o.marginNm()) {
                report.add(new Violation(DesignRule.HOLE_MARGIN, String.format(Locale.ROOT,
                        "hole at (%.0f, %.0f) nm is %.1f nm from the outline, below %s nm", cxNm, cyNm, dNm,
                        LayoutRules.fmt(o.marginNm())), cxNm, cyNm, dNm, o.marginNm()));
            }
        }

        private static double worstSoFar(DrcReport report) {
            double w = report.worst(DesignRule.HOLE_MARGIN);
            return Double.isNaN(w) ? Double.MAX_VALUE : w;
        }
    }

    // --- necks -------------------------------------------------------------------------------------

    /** Distance (dbu, negative: overlap width) and the middle of the gap relative to the first hole. */
    private record Gap(double distance, double mx, double my) {}

    private record PairKey(int a, int b, int dx, int dy) {}

    private static void necks(Shapes shapes, Holes holes, double dbu, Options o, DrcReport report) {
        int n = holes.n;
        if (n < 2) {
            return;
        }
        // search distance: the min feature (and the film edge damage destroys), or more so that the
        // nearest neighbours' neck is measured too; with a spec, every neighbour's (its centre within neighbourNm)
        double reach = Math.max(o.minFeatureNm() / dbu, Math.max(shapes.maxW, shapes.maxH));
        LayoutRules.Limits limits = o.limits();
        if (limits.checksEdgeDamage()) {
            reach = Math.max(reach, 2 * o.edgeDamageNm() / dbu);
        }
        boolean neighbours = Double.isFinite(o.neighbourNm()) && o.neighbourNm() > 0;
        if (neighbours) {
            reach = Math.max(reach, o.neighbourNm() / dbu);
        }
        double neighbour2 = neighbours ? Math.pow(o.neighbourNm() / dbu, 2) : -1;
        long bucket = (long) Math.ceil(Math.max(shapes.maxW, shapes.maxH) + reach) + 1;
        long minX = Long.MAX_VALUE;
        long minY = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, holes.x[i]);
            minY = Math.min(minY, holes.y[i]);
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key((holes.x[i] - minX) / bucket, (holes.y[i] - minY) / bucket);
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (p, q) -> Long.compare(keys[p], keys[q]));
        int[] order = new int[n];
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
            sorted[i] = keys[order[i]];
        }
        boxed = null;
        Map<PairKey, Gap> memo = new HashMap<>();
        boolean memoUseful = true;
        long lookups = 0;
        long misses = 0;
        for (int p = 0; p < n; p++) {
            int i = order[p];
            long bx = (holes.x[i] - minX) / bucket;
            long by = (holes.y[i] - minY) / bucket;
            Shape si = shapes.list.get(holes.shape[i]);
            for (long ny = by - 1; ny <= by + 1; ny++) {
                for (long nx = bx - 1; nx <= bx + 1; nx++) {
                    if (nx < 0 || ny < 0) {
                        continue;
                    }
                    long k = key(nx, ny);
                    for (int q = lowerBound(sorted, k); q < n && sorted[q] == k; q++) {
                        if (q <= p) {
                            continue;
                        }
                        int j = order[q];
                        Shape sj = shapes.list.get(holes.shape[j]);
                        long dx = (long) holes.x[j] - holes.x[i];
                        long dy = (long) holes.y[j] - holes.y[i];
                        // bounding-box gap
                        double gx = Math.max(0, Math.max(dx - si.w, -dx - sj.w));
                        double gy = Math.max(0, Math.max(dy - si.h, -dy - sj.h));
                        if (Math.hypot(gx, gy) > reach) {
                            continue;
                        }
                        Gap gap;
                        if (memoUseful) {
                            int before = memo.size();
                            gap = memo.computeIfAbsent(new PairKey(si.id, sj.id, (int) dx, (int) dy),
                                    pk -> gap(si, sj, dx, dy));
                            lookups++;
                            misses += memo.size() - before;
                        } else {
                            gap = gap(si, sj, dx, dy);
                        }
                        double cdx = dx + sj.cx - si.cx;
                        double cdy = dy + sj.cy - si.cy;
                        boolean neighbour = cdx * cdx + cdy * cdy <= neighbour2;
                        pair(holes.x[i], holes.y[i], gap, neighbour, dbu, limits, report);
                    }
                }
            }
            if (memo.size() > 1_000_000) {
                memo.clear();
            }
            // scattered holes make nearly every pair unique: then the memo only costs (a third of the
            // rules' time on a disordered array), and the gap, a pure function of the pair, is measured
            if (memoUseful && lookups >= 20_000 && misses * 10 > lookups * 9) {
                memoUseful = false;
                memo.clear();
            }
        }
    }

    private static void pair(int x, int y, Gap gap, boolean neighbour, double dbu, LayoutRules.Limits limits,
            DrcReport report) {
        double d = gap.distance() * dbu;
        double mx = (x + gap.mx()) * dbu;
        double my = (y + gap.my()) * dbu;
        if (d < 0) {
            report.add(new Violation(DesignRule.OVERLAP, String.format(Locale.ROOT,
                    "holes overlap at (%.0f, %.0f) nm, %.1f nm across", mx, my, -d), mx, my, d, 0));
            return;
        }
        if (neighbour) {
            report.neck(d, 1);
        }
        if (limits.checksEdgeDamage()) {
            report.measure(DesignRule.NECK_DESTROYED, LayoutRules.damagedNeck(d, limits), mx, my);
            if (LayoutRules.damagedNeck(d, limits) <= 0) {
                report.add(LayoutRules.neckDestroyed(d, mx, my,
                        String.format(Locale.ROOT, "at (%.0f, %.0f) nm", mx, my), limits));
            }
        }
        report.measure(DesignRule.MIN_NECK, d, mx, my);
        if (d < limits.minFeatureNm()) {
            report.add(new Violation(DesignRule.MIN_NECK, String.format(Locale.ROOT,
                    "neck %.1f nm at (%.0f, %.0f) nm is below %s nm", d, mx, my, LayoutRules.fmt(limits.minFeatureNm())),
                    mx, my, d, limits.minFeatureNm()));
        }
    }

    /** The exact gap between two shapes, the second moved by (dx, dy) relative to the first. */
    private static Gap gap(Shape a, Shape b, long dx, long dy) {
        // scattered holes make every pair unique, so the memo no longer helps: two convex holes
        // apart are measured directly, the rare overlap by JTS below
        if (a.convex && b.convex) {
            double[] g = ConvexGap.apart(a.ring, b.ring, dx, dy);
            if (g != null) {
                return new Gap(g[0], g[1], g[2]);
            }
        }
        Polygon pa = a.polygon;
        Polygon pb = (Polygon) AffineTransformation.translationInstance(dx, dy).transform(b.polygon);
        try {
            if (pa.intersects(pb)) {
                Geometry common = pa.intersection(pb);
                if (common.getArea() > 0) {
                    Coordinate c = common.getInteriorPoint().getCoordinate();
                    double width = new MinimumDiameter(common).getLength();
                    return new Gap(-width, c.x, c.y);
                }
            }
        } catch (TopologyException e) {
            // an invalid polygon (self-crossing): fall back to the distance alone
        }
        Coordinate[] near = DistanceOp.nearestPoints(pa, pb);
        return new Gap(near[0].distance(near[1]), (near[0].x + near[1].x) / 2, (near[0].y + near[1].y) / 2);
    }

    private static long key(long bx, long by) {
        return (by << 31) | bx;
    }

    private static int lowerBound(long[] a, long k) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
