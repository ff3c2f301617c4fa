package org.jjmask.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Holes that are not on an orthogonal grid: a lattice rotated by {@code rotationDeg} about its
 * origin, and/or each hole moved and resized by a seeded {@link HoleVariation}. Such holes cannot
 * be arrays; each is written as an SREF of its size class's cell, at its own centre rounded once to
 * the grid.
 *
 * <p>Nothing per hole is kept for the bulk. The fill runs in the lattice's own frame (the fill area
 * turned by −θ about the origin) twice: sites whose nominal position clears the outline by the
 * margin plus the largest hole plus the largest displacement are certainly kept whatever their
 * draws, and are held as blocks of sites; sites that clear it only by the margin plus the smallest
 * hole minus the largest displacement may be kept, and these few, along the edges, are decided one
 * by one from their written hole (centre inside, true distance to the boundary at least margin plus
 * the written polygon's circumradius, the rule the regular fill applies) and listed. A hole's draws
 * depend only on the seed and its site ({@link HoleVariation#draw}), so every visit writes the same
 * hole.
 *
 * <p>Diameters are written in size classes one database unit apart (nominal + k·dbu), each class
 * one cell; a class's polygon is the ideal shape at that diameter, turned with the lattice, rounded
 * once.
 */
public final class ScatteredHoles {

    /** Receives written holes: centre in dbu and the size class (diameter offset from nominal in dbu). */
    @FunctionalInterface
    public interface Visitor {
        void hole(long x, long y, int sizeClass);
    }


    private final HoleVariation variation;
    private final double rotationDeg;
    private final double cos;
    private final double sin;
    private final long originX;
    private final long originY;
    private final double dbuNm;
    private final GridLattice lattice;
    private final TreeMap<Integer, HoleShape> classes;
    private final List<HoleArray> interior;
    private final long[] edge;
    private final long count;
    private final double reachDbu;
    private final Envelope boundsNm;
    /** Holes per size class actually written; set once by {@link #fill}. */
    private TreeMap<Integer, Long> classCounts = new TreeMap<>();

    private ScatteredHoles(HoleVariation variation, double rotationDeg, long originX, long originY, double dbuNm,
            GridLattice lattice, TreeMap<Integer, HoleShape> classes, List<HoleArray> interior, long[] edge,
            double reachDbu, Envelope boundsNm) {
        this.variation = variation;
        this.rotationDeg = rotationDeg;
        this.cos = Math.cos(Math.toRadians(rotationDeg));
        this.sin = Math.sin(Math.toRadians(rotationDeg));
        this.originX = originX;
        this.originY = originY;
        this.dbuNm = dbuNm;
        this.lattice = lattice;
        this.classes = classes;
        this.interior = List.copyOf(interior);
        this.edge = edge;
        this.count = LatticeFill.count(interior) + edge.length / 3;
        this.reachDbu = reachDbu;
        this.boundsNm = boundsNm;
    }

    /**
     * Fills {@code fillAreaNm} with whole holes of the lattice ({@code lattice} unshifted: a hole at
     * its origin, which is put at {@code (originXNm, originYNm)}), turned by {@code rotationDeg} and
     * scattered by {@code variation}, each at least {@code marginNm} from the area's boundary.
     */
    public static ScatteredHoles fill(Geometry fillAreaNm, GridLattice lattice, IdealHole ideal, double marginNm,
            double dbuNm, HoleVariation variation, double rotationDeg, double originXNm, double originYNm) {
        long ox = Math.round(originXNm / dbuNm);
        long oy = Math.round(originYNm / dbuNm);
        TreeMap<Integer, HoleShape> classes = classes(ideal, variation, rotationDeg, dbuNm);
        double rMax = classes.values().stream().mapToDouble(HoleShape::circumradius).max().orElseThrow();
        double rMin = classes.values().stream().mapToDouble(HoleShape::circumradius).min().orElseThrow();
        // a written centre is the nominal one moved by the draw, then rounded to the grid
        double move = variation.maxDisplacementNm() / dbuNm + Math.sqrt(0.5);
        double margin = marginNm / dbuNm;

        Geometry latticeFrame = new AffineTransformation().translate(-ox * dbuNm, -oy * dbuNm)
                .rotate(-Math.toRadians(rotationDeg)).transform(fillAreaNm);
        List<HoleArray> sure = LatticeFill.fillClearance(latticeFrame, lattice, margin + rMax + move, dbuNm);
        List<HoleArray> maybe = LatticeFill.fillClearance(latticeFrame, lattice, Math.max(0, margin + rMin - move),
                dbuNm);

        ScatteredHoles partial = new ScatteredHoles(variation, rotationDeg, ox, oy, dbuNm, lattice, classes, sure,
                new long[0], rMax + move, new Envelope());
        Geometry area = LatticeFill.scale(fillAreaNm, 1 / dbuNm);
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(area);
        OutlineBoundary boundary = new OutlineBoundary(area.getBoundary());
        Map<Long, List<HoleArray>> sureRows = rows(sure);
        LongList kept = new LongList();
        long[] h = new long[3];
        for (HoleArray b : maybe) {
            for (int j = 0; j < b.rows(); j++) {
                long sy = b.y() + j * b.stepY();
                List<HoleArray> covering = sureRows.getOrDefault(sy, List.of());
                for (int i = 0; i < b.columns(); i++) {
                    long sx = b.x() + i * b.stepX();
                    if (covered(covering, sx)) {
                        continue;
                    }
                    partial.place(sx, sy, h);
                    Coordinate c = new Coordinate(h[0], h[1]);
                    if (inside.locate(c) == Location.INTERIOR && boundary.distance(c.x, c.y)
                            >= margin + classes.get((int) h[2]).circumradius()) {
                        kept.add(h[0], h[1], h[2]);
                    }
                }
            }
        }
        long[] edge = kept.toArray();
        Envelope bounds = new Envelope();
        for (HoleArray b : sure) {
            for (long[] corner : new long[][] {{b.x(), b.y()}, {b.x() + (b.columns() - 1L) * b.stepX(), b.y()},
                {b.x(), b.y() + (b.rows() - 1L) * b.stepY()},
                {b.x() + (b.columns() - 1L) * b.stepX(), b.y() + (b.rows() - 1L) * b.stepY()}}) {
                double[] p = partial.nominal(corner[0], corner[1]);
                bounds.expandToInclude(p[0] * dbuNm, p[1] * dbuNm);
            }
        }
        if (!bounds.isNull()) {
            bounds.expandBy((rMax + move) * dbuNm);
        }
        for (int k = 0; k < edge.length; k += 3) {
            double r = classes.get((int) edge[k + 2]).circumradius();
            bounds.expandToInclude((edge[k] - r) * dbuNm, (edge[k + 1] - r) * dbuNm);
            bounds.expandToInclude((edge[k] + r) * dbuNm, (edge[k + 1] + r) * dbuNm);
        }
        ScatteredHoles out = new ScatteredHoles(variation, rotationDeg, ox, oy, dbuNm, lattice, classes, sure, edge,
                rMax + move, bounds);
        TreeMap<Integer, Long> used = new TreeMap<>();
        out.forEach((x, y, k) -> used.merge(k, 1L, Long::sum));
        out.classCounts = used;
        return out;
    }

    /** Every size class a draw can give: nominal + k·dbu for |k·dbu| within the truncated spread. */
    private static TreeMap<Integer, HoleShape> classes(IdealHole ideal, HoleVariation v, double rotationDeg,
            double dbuNm) {
        int kMax = (int) Math.ceil(v.maxDiameterChangeNm() / dbuNm);
        TreeMap<Integer, HoleShape> out = new TreeMap<>();
        for (int k = -kMax; k <= kMax; k++) {
            double d = ideal.diameterNm() + k * dbuNm;
            if (d > 0) {
                out.put(k, ideal.withDiameterNm(d).written(dbuNm, rotationDeg));
            }
        }
        return out;
    }

    /** The written hole of a site: {@code out = {x, y, sizeClass}}, dbu. */
    private void place(long sx, long sy, long[] out) {
        HoleVariation.Draw d = variation.draw(sx, sy);
        out[0] = Math.round(originX + cos * sx - sin * sy + d.dxNm() / dbuNm);
        out[1] = Math.round(originY + sin * sx + cos * sy + d.dyNm() / dbuNm);
        int k = (int) Math.round(d.dDiameterNm() / dbuNm);
        // a class below the smallest one that has an area falls back to the smallest
        out[2] = classes.containsKey(k) ? k : classes.ceilingKey(k);
    }

    private double[] nominal(long sx, long sy) {
        return new double[] {originX + cos * sx - sin * sy, originY + sin * sx + cos * sy};
    }

    private static Map<Long, List<HoleArray>> rows(List<HoleArray> blocks) {
        Map<Long, List<HoleArray>> out = new HashMap<>();
        for (HoleArray b : blocks) {
            for (int j = 0; j < b.rows(); j++) {
                out.computeIfAbsent(b.y() + j * b.stepY(), y -> new ArrayList<>()).add(b);
            }
        }
        return out;
    }

    private static boolean covered(List<HoleArray> blocks, long sx) {
        for (HoleArray b : blocks) {
            long i = sx - b.x();
            if (i >= 0 && i % b.stepX() == 0 && i / b.stepX() < b.columns()) {
                return true;
            }
        }
        return false;
    }

    /** Visits every written hole: the bulk block by block, row by row, then the edge holes. */
    public void forEach(Visitor v) {
        long[] h = new long[3];
        for (HoleArray b : interior) {
            for (int j = 0; j < b.rows(); j++) {
                long sy = b.y() + j * b.stepY();
                for (int i = 0; i < b.columns(); i++) {
                    place(b.x() + i * b.stepX(), sy, h);
                    v.hole(h[0], h[1], (int) h[2]);
                }
            }
        }
        for (int k = 0; k < edge.length; k += 3) {
            v.hole(edge[k], edge[k + 1], (int) edge[k + 2]);
        }
    }

    /** The written holes whose centre lies in {@code windowNm}, nm. */
    public List<WrittenHole> holesNm(Envelope windowNm) {
        List<WrittenHole> out = new ArrayList<>();
        // the window in the lattice frame, grown by the farthest a draw moves a hole
        Envelope w = new Envelope();
        double[][] corners = {{windowNm.getMinX(), windowNm.getMinY()}, {windowNm.getMaxX(), windowNm.getMinY()},
            {windowNm.getMinX(), windowNm.getMaxY()}, {windowNm.getMaxX(), windowNm.getMaxY()}};
        for (double[] c : corners) {
            double x = c[0] / dbuNm - originX;
            double y = c[1] / dbuNm - originY;
            w.expandToInclude(cos * x + sin * y, -sin * x + cos * y);
        }
        w.expandBy(reachDbu);
        long[] h = new long[3];
        for (HoleArray b : interior) {
            long i0 = Math.max(0, (long) Math.ceil((w.getMinX() - b.x()) / b.stepX()));
            long i1 = Math.min(b.columns() - 1L, (long) Math.floor((w.getMaxX() - b.x()) / b.stepX()));
            long j0 = Math.max(0, (long) Math.ceil((w.getMinY() - b.y()) / b.stepY()));
            long j1 = Math.min(b.rows() - 1L, (long) Math.floor((w.getMaxY() - b.y()) / b.stepY()));
            for (long j = j0; j <= j1; j++) {
                for (long i = i0; i <= i1; i++) {
                    place(b.x() + i * b.stepX(), b.y() + j * b.stepY(), h);
                    add(out, windowNm, h[0], h[1], (int) h[2]);
                }
            }
        }
        for (int k = 0; k < edge.length; k += 3) {
            add(out, windowNm, edge[k], edge[k + 1], (int) edge[k + 2]);
        }
        return out;
    }

    private void add(List<WrittenHole> out, Envelope windowNm, long x, long y, int sizeClass) {
        double xn = x * dbuNm;
        double yn = y * dbuNm;
        if (windowNm.contains(xn, yn)) {
            out.add(new WrittenHole(xn, yn, classes.get(sizeClass)));
        }
    }

    /** The exact number of holes written. */
    public long count() {
        return count;
    }

    /** How many holes each size class has, by diameter offset from nominal in dbu; only classes written. */
    public TreeMap<Integer, Long> classCounts() {
        return new TreeMap<>(classCounts);
    }

    /** The polygon written for a size class. */
    public HoleShape shape(int sizeClass) {
        return classes.get(sizeClass);
    }

    /** Size classes, by diameter offset from nominal in dbu, with their written polygons. */
    public TreeMap<Integer, HoleShape> classes() {
        return new TreeMap<>(classes);
    }

    /** The cell name of a size class: {@code JJ_HOLE_D} and the diameter in nm ({@code P} for a decimal point). */
    public String cellName(int sizeClass) {
        double d = classes.get(sizeClass).diameterNm();
        String s = java.math.BigDecimal.valueOf(Math.round(d * 1000) / 1000.0).stripTrailingZeros().toPlainString();
        return LayoutGds.HOLE_CELL + "_D" + s.replace('.', 'P').toUpperCase(Locale.ROOT);
    }

    /** Holes in the bulk blocks (decided by their site) and along the edges (decided one by one). */
    public long interiorHoles() {
        return LatticeFill.count(interior);
    }

    public long edgeHoles() {
        return edge.length / 3;
    }

    /** The bulk blocks of sites, in the lattice's own frame (dbu): where the array certainly is. */
    public List<HoleArray> interiorSites() {
        return interior;
    }

    public HoleVariation variation() {
        return variation;
    }

    public double rotationDeg() {
        return rotationDeg;
    }

    public GridLattice lattice() {
        return lattice;
    }

    /** A box around every written hole, nm (empty when there are none). */
    public Envelope boundsNm() {
        return new Envelope(boundsNm);
    }

    /** The nominal position of a site of the lattice frame, device coordinates in nm. */
    public double[] siteNm(long sx, long sy) {
        double[] p = nominal(sx, sy);
        return new double[] {p[0] * dbuNm, p[1] * dbuNm};
    }

    /** A growable list of longs: the edge holes as x, y, class triples without a boxed object each. */
    private static final class LongList {
        private long[] a = new long[96];
        private int n;

        void add(long x, long y, long c) {
            if (n + 3 > a.length) {
                a = java.util.Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = x;
            a[n++] = y;
            a[n++] = c;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
