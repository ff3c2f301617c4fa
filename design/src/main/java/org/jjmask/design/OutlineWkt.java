package org.jjmask.design;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The outline of a polygon device, given as WKT in µm; interior rings (holes in the film) are allowed. */
final class OutlineWkt {

    private OutlineWkt() {}

    /** Parses and checks a polygon; the exception's message says what is wrong, for the user. */
    static Polygon parseUm(String wkt) {
        Geometry g;
        try {
            g = new WKTReader().read(wkt);
        } catch (ParseException | IllegalArgumentException e) {
            // JTS reports an unclosed ring as IllegalArgumentException, other syntax as ParseException
            throw new IllegalArgumentException("not valid WKT: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(g instanceof Polygon poly) || g.isEmpty()) {
            throw new IllegalArgumentException("must be a POLYGON, got " + g.getGeometryType());
        }
        for (Coordinate c : poly.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || Math.abs(c.x) > 1e5 || Math.abs(c.y) > 1e5) {
                throw new IllegalArgumentException("coordinates must be finite µm within ±100000");
            }
        }
        if (!poly.isValid() || poly.getArea() <= 0) {
            throw new IllegalArgumentException("the polygon is not valid (self-intersecting or without area)");
        }
        return poly;
    }
}
