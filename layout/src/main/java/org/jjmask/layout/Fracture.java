package org.jjmask.layout;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Cuts polygons with holes into hole-free pieces on the database grid, as GDSII boundaries
 * need: a polygon keeping a hole is split by a vertical line through that hole (on a grid
 * column), so the hole opens into both halves' outlines; repeated until no piece has a hole.
 * The pieces tile the input exactly, up to the snapping of cut points to the grid.
 */
public final class Fracture {

    private static final GeometryFactory GRID = new GeometryFactory(new PrecisionModel(1.0));

    private Fracture() {}

    /** Hole-free pieces of {@code g} (any polygonal geometry, in dbu) as rings {x0,y0,…} without the closing point. */
    public static List<int[]> holeFree(Geometry g) {
        List<int[]> out = new ArrayList<>();
        Geometry snapped = GeometryPrecisionReducer.reduce(g, GRID.getPrecisionModel());
        List<Polygon> work = new ArrayList<>();
        polygons(snapped, work);
        // every cut opens at least one hole or drops one; bound the loop by the holes there are
        int limit = 4 * (snapped.getNumPoints() + 16);
        int cuts = 0;
        while (!work.isEmpty()) {
            Polygon p = work.remove(work.size() - 1);
            if (p.isEmpty() || p.getArea() < 0.5) {
                continue;
            }
            if (++cuts > limit) {
                throw new IllegalStateException("fracturing did not converge after " + limit + " cuts");
            }
            if (p.getNumInteriorRing() == 0) {
                out.add(ring(p.getExteriorRing()));
                continue;
            }
            Envelope hole = p.getInteriorRingN(0).getEnvelopeInternal();
            Envelope e = p.getEnvelopeInternal();
            Geometry first;
            Geometry second;
            if (hole.getWidth() >= 2) {
                // a grid column strictly inside the hole: the cut opens it into both halves
                double x = Math.floor(hole.getMinX()) + Math.floor(hole.getWidth() / 2);
                first = p.intersection(rect(e.getMinX() - 1, e.getMinY() - 1, x, e.getMaxY() + 1));
                second = p.intersection(rect(x, e.getMinY() - 1, e.getMaxX() + 1, e.getMaxY() + 1));
            } else if (hole.getHeight() >= 2) {
                double y = Math.floor(hole.getMinY()) + Math.floor(hole.getHeight() / 2);
                first = p.intersection(rect(e.getMinX() - 1, e.getMinY() - 1, e.getMaxX() + 1, y));
                second = p.intersection(rect(e.getMinX() - 1, y, e.getMaxX() + 1, e.getMaxY() + 1));
            } else {
                // a hole of at most one grid step each way cannot be written: fill it in
                LinearRing[] keep = new LinearRing[p.getNumInteriorRing() - 1];
                for (int k = 1; k < p.getNumInteriorRing(); k++) {
                    keep[k - 1] = p.getInteriorRingN(k);
                }
                work.add(GRID.createPolygon(p.getExteriorRing(), keep));
                continue;
            }
            polygons(GeometryPrecisionReducer.reduce(first, GRID.getPrecisionModel()), work);
            polygons(GeometryPrecisionReducer.reduce(second, GRID.getPrecisionModel()), work);
        }
        return out;
    }

    static Polygon rect(double x0, double y0, double x1, double y1) {
        return GRID.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    private static void polygons(Geometry g, List<Polygon> out) {
        for (int k = 0; k < g.getNumGeometries(); k++) {
            Geometry part = g.getGeometryN(k);
            if (part instanceof Polygon p) {
                out.add(p);
            } else if (part.getNumGeometries() > 1 || !(part instanceof org.locationtech.jts.geom.Puntal
                    || part instanceof org.locationtech.jts.geom.Lineal)) {
                polygons(part, out);
            }
        }
    }

    private static int[] ring(LinearRing r) {
        Coordinate[] c = r.getCoordinates();
        int[] xy = new int[2 * (c.length - 1)];
        for (int k = 0; k < c.length - 1; k++) {
            xy[2 * k] = (int) Math.round(c[k].x);
            xy[2 * k + 1] = (int) Math.round(c[k].y);
        }
        return xy;
    }
}
