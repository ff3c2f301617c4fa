package org.jjmask.layout;

import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The distance from a hole's ring (or a point) to an outline's boundary: the minimum over segment
 * pairs of JTS's {@link Distance#segmentToSegment} (or {@link Distance#pointToSegment}), the value
 * {@link org.locationtech.jts.operation.distance.IndexedFacetDistance} returns, found by one
 * branch-and-bound query of the boundary's segment tree ({@link STRtree#nearestNeighbour(Envelope,
 * Object, ItemDistance)}). IndexedFacetDistance builds a tree of the query geometry's facets for
 * every query, and a Hall bar's design rules ask once per hole along its edges: that tree was a
 * fifth of a chip's design time. Thread-safe once built (the tree is only read).
 */
public final class OutlineBoundary {

    private final STRtree tree = new STRtree();

    /** @param boundary the outline's boundary: line strings (a polygon's rings), in the query's units */
    public OutlineBoundary(Geometry boundary) {
        for (int g = 0; g < boundary.getNumGeometries(); g++) {
            Coordinate[] c = ((LineString) boundary.getGeometryN(g)).getCoordinates();
            for (int k = 0; k + 1 < c.length; k++) {
                tree.insert(new Envelope(c[k], c[k + 1]), new Coordinate[] {c[k], c[k + 1]});
            }
        }
        tree.build();
    }

    /** Distance from the closed ring {@code ring} (first point repeated last) to the boundary; 0 where they cross. */
    public double distance(Coordinate[] ring) {
        Envelope env = new Envelope();
        for (Coordinate c : ring) {
            env.expandToInclude(c);
        }
        return query(env, new Ring(ring));
    }

    /** Distance from the point (x, y) to the boundary. */
    public double distance(double x, double y) {
        Coordinate p = new Coordinate(x, y);
        return query(new Envelope(p), new Ring(new Coordinate[] {p}));
    }

    private double query(Envelope env, Ring q) {
        Object nearest = tree.nearestNeighbour(env, q, DISTANCE);
        return q.distance((Coordinate[]) nearest);
    }

    /** The query: a ring of segments, or a single point. */
    private record Ring(Coordinate[] points) {
        double distance(Coordinate[] seg) {
            if (points.length == 1) {
                return Distance.pointToSegment(points[0], seg[0], seg[1]);
            }
            double sx0 = Math.min(seg[0].x, seg[1].x);
            double sx1 = Math.max(seg[0].x, seg[1].x);
            double sy0 = Math.min(seg[0].y, seg[1].y);
            double sy1 = Math.max(seg[0].y, seg[1].y);
            double min = Double.POSITIVE_INFINITY;
            double bound2 = Double.POSITIVE_INFINITY;
            for (int k = 0; k + 1 < points.length; k++) {
                Coordinate p = points[k];
                Coordinate q = points[k + 1];
                // the boxes' gap is a lower bound on the segments' distance: a pair whose gap exceeds the
                // nearest so far (with a margin far above rounding) cannot be the nearest; ties are measured
                double gx = Math.max(0, Math.max(Math.min(p.x, q.x) - sx1, sx0 - Math.max(p.x, q.x)));
                double gy = Math.max(0, Math.max(Math.min(p.y, q.y) - sy1, sy0 - Math.max(p.y, q.y)));
                if (gx * gx + gy * gy > bound2) {
                    continue;
                }
                // the boundary's segment first, as IndexedFacetDistance passes them
                double d = Distance.segmentToSegment(seg[0], seg[1], p, q);
                if (d < min) {
                    min = d;
                    bound2 = d * d * (1 + 1e-9);
                    if (d == 0) {
                        break;
                    }
                }
            }
            return min;
        }
    }

    private static final ItemDistance DISTANCE = new ItemDistance() {
        @Override
        public double distance(ItemBoundable a, ItemBoundable b) {
            Object x = a.getItem();
            Object y = b.getItem();
            return x instanceof Ring r ? r.distance((Coordinate[]) y) : ((Ring) y).distance((Coordinate[]) x);
        }
    };
}
