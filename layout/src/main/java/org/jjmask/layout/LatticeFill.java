package org.jjmask.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;

/**
 * Fills an outline with whole holes of a {@link GridLattice}, keeping every hole at least
 * {@code marginNm} from the outline, and returns the holes as orthogonal blocks.
 *
 * <p>Row by row, the lattice row is cut by the region where a hole centre may lie (the outline
 * shrunk by margin plus the hole's circumradius); the lattice points inside each cut are then
 * confirmed against the true outline with an exact distance test, so a hole at the margin is
 * decided by the geometry, not by the buffer's arc approximation. Consecutive rows with the same
 * column range merge into one block. Memory is proportional to the number of blocks, not holes.
 *
 * <p>The clearance is the circumradius of the written hole, whatever its shape: a hole is kept only
 * when the disc around all its vertices clears the margin, which for a square, hexagon or ellipse
 * is conservative (the polygon itself may stay further from the outline). Lattice positions are
 * {@code basis + (i·cellX, j·cellY)} for any basis offset, so a lattice moved by
 * {@link GridLattice#withOriginNm} fills the same way.
 */
public final class LatticeFill {


    private LatticeFill() {}

    /** The blocks of holes; coordinates in dbu, outline in nm. */
    public static List<HoleArray> fill(Geometry outlineNm, GridLattice lattice, HoleShape hole, double marginNm, double dbuNm) {
        return fillClearance(outlineNm, lattice, marginNm / dbuNm + hole.circumradius(), dbuNm);
    }

    /**
     * The blocks of lattice points whose distance to the outline boundary is at least
     * {@code clearance} dbu (points inside the outline only); coordinates in dbu, outline in nm.
     */
    public static List<HoleArray> fillClearance(Geometry outlineNm, GridLattice lattice, double clearance, double dbuNm) {
        Geometry outline = scale(outlineNm, 1 / dbuNm);
        Geometry region = outline.buffer(-clearance, 64);
        List<HoleArray> blocks = new ArrayList<>();
        if (region.isEmpty()) {
            return blocks;
        }
        OutlineBoundary boundary = new OutlineBoundary(outline.getBoundary());
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(outline);
        Envelope env = region.getEnvelopeInternal();
        Region cuts = new Region(region);
        long cx = lattice.cellX();
        long cy = lattice.cellY();
        for (long[] b : lattice.basis()) {
            long j0 = ceilDiv(env.getMinY() - b[1], cy);
            long j1 = floorDiv(env.getMaxY() - b[1], cy);
            Map<Long, Open> open = new HashMap<>();
            for (long j = j0; j <= j1; j++) {
                long y = b[1] + j * cy;
                Map<Long, Open> next = new HashMap<>();
                for (long[] range : columnRanges(cuts, y, b[0], cx, boundary, inside, clearance)) {
                    long key = range[0] * 4_000_000_007L + range[1];
                    Open o = open.remove(key);
                    if (o == null) {
                        o = new Open(b[0] + range[0] * cx, y, (int) (range[1] - range[0] + 1));
                    }
                    o.rows++;
                    next.put(key, o);
                }
                for (Open o : open.values()) {
                    blocks.add(o.close(cx, cy));
                }
                open = next;
            }
            for (Open o : open.values()) {
                blocks.add(o.close(cx, cy));
            }
        }
        blocks.sort((p, q) -> p.y() != q.y() ? Long.compare(p.y(), q.y()) : Long.compare(p.x(), q.x()));
        return blocks;
    }

    /** Total holes in a list of blocks. */
    public static long count(List<HoleArray> blocks) {
        return blocks.stream().mapToLong(HoleArray::holes).sum();
    }

    /** Column index ranges [i0, i1] of lattice points {@code x0 + i·cx} allowed on row y. */
    private static List<long[]> columnRanges(Region region, long y, long x0, long cx,
            OutlineBoundary boundary, IndexedPointInAreaLocator inside, double clearance) {
        List<long[]> ranges = new ArrayList<>();
        for (double[] seg : region.cut(y)) {
            // one lattice step of slack each way, then the exact test decides
            long i0 = ceilDiv(seg[0] - x0, cx) - 1;
            long i1 = floorDiv(seg[1] - x0, cx) + 1;
            while (i0 <= i1 && !allowed(x0 + i0 * cx, y, boundary, inside, clearance)) {
                i0++;
            }
            while (i1 >= i0 && !allowed(x0 + i1 * cx, y, boundary, inside, clearance)) {
                i1--;
            }
            if (i0 <= i1) {
                ranges.add(new long[] {i0, i1});
            }
        }
        ranges.sort((p, q) -> Long.compare(p[0], q[0]));
        // neighbouring cuts can share an end point after the slack: merge overlaps
        List<long[]> merged = new ArrayList<>();
        for (long[] r : ranges) {
            if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1] + 1) {
                long[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /**
     * Where a horizontal line meets the closed region, as {@code Geometry.intersection} with the
     * line would give it but without an overlay per row (that was a quarter of a chip's time): the
     * crossings of the rings counted once with each half-open rule (as if the row were moved a
     * little up, then a little down), paired left to right, and the edges lying on the row. Each
     * piece is in the region's closure; together they are all of it on the row.
     */
    private static final class Region {
        private final List<double[]> edges = new ArrayList<>();

        Region(Geometry region) {
            for (int g = 0; g < region.getNumGeometries(); g++) {
                if (!(region.getGeometryN(g) instanceof org.locationtech.jts.geom.Polygon p)) {
                    continue;
                }
                ring(p.getExteriorRing());
                for (int k = 0; k < p.getNumInteriorRing(); k++) {
                    ring(p.getInteriorRingN(k));
                }
            }
        }

        private void ring(LineString ring) {
            Coordinate[] c = ring.getCoordinates();
            for (int k = 0; k + 1 < c.length; k++) {
                edges.add(new double[] {c[k].x, c[k].y, c[k + 1].x, c[k + 1].y});
            }
        }

        /** The pieces [x0, x1] of the row at {@code y}, in no particular order. */
        List<double[]> cut(double y) {
            List<double[]> out = new ArrayList<>();
            List<Double> below = new ArrayList<>();
            List<Double> above = new ArrayList<>();
            for (double[] e : edges) {
                double ya = e[1];
                double yb = e[3];
                if (ya == y && yb == y) {
                    out.add(new double[] {Math.min(e[0], e[2]), Math.max(e[0], e[2])});
                    continue;
                }
                double lo = Math.min(ya, yb);
                double hi = Math.max(ya, yb);
                if (y < lo || y > hi) {
                    continue;
                }
                double x = ya == y ? e[0] : yb == y ? e[2] : e[0] + (y - ya) * (e[2] - e[0]) / (yb - ya);
                if (lo <= y && y < hi) {
                    below.add(x);
                }
                if (lo < y && y <= hi) {
                    above.add(x);
                }
            }
            java.util.Collections.sort(below);
            java.util.Collections.sort(above);
            pairs(below, out);
            if (!above.equals(below)) {  // they differ only where the row passes through a vertex
                pairs(above, out);
            }
            return out;
        }

        private static void pairs(List<Double> xs, List<double[]> out) {
            for (int k = 0; k + 1 < xs.size(); k += 2) {
                out.add(new double[] {xs.get(k), xs.get(k + 1)});
            }
        }
    }

    private static boolean allowed(long x, long y, OutlineBoundary boundary, IndexedPointInAreaLocator inside,
            double clearance) {
        Coordinate c = new Coordinate(x, y);
        return inside.locate(c) == Location.INTERIOR && boundary.distance(x, y) >= clearance;
    }

    static Geometry scale(Geometry g, double f) {
        Geometry s = g.copy();
        s.apply(new org.locationtech.jts.geom.util.AffineTransformation().scale(f, f));
        s.geometryChanged();
        return s;
    }

    private static long ceilDiv(double v, long d) {
        return (long) Math.ceil(v / d);
    }

    private static long floorDiv(double v, long d) {
        return (long) Math.floor(v / d);
    }

    private static final class Open {
        final long x;
        final long y;
        final int columns;
        int rows;

        Open(long x, long y, int columns) {
            this.x = x;
            this.y = y;
            this.columns = columns;
        }

        HoleArray close(long cx, long cy) {
            return new HoleArray(x, y, columns, rows, cx, cy);
        }
    }
}
