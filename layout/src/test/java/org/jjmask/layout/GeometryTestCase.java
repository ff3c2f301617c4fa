package org.jjmask.layout;

import org.assertj.core.api.Assertions;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Geometry tests written as WKT literals, after JTS's own {@code GeometryTestCase}: {@link #read}
 * a literal, {@link #checkEqual} two geometries after normalising both (so ring start and
 * orientation do not matter, vertices do). Static, for tests in every layout package.
 */
public abstract class GeometryTestCase {

    protected GeometryTestCase() {}

    /** The geometry of a WKT literal; a literal that does not parse is a broken test, not a checked error. */
    public static Geometry read(String wkt) {
        try {
            // a reader per call: WKTReader keeps parse state and tests may run in parallel
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad WKT in a test: " + wkt, e);
        }
    }

    /** {@link #read} of a literal that must be a POLYGON. */
    public static Polygon readPolygon(String wkt) {
        Geometry g = read(wkt);
        if (!(g instanceof Polygon p)) {
            throw new IllegalArgumentException("not a POLYGON: " + wkt);
        }
        return p;
    }

    /** Same vertices in the same rings, up to ring start and orientation. */
    public static void checkEqual(Geometry expected, Geometry actual) {
        checkEqual(expected, actual, 0);
    }

    /** As {@link #checkEqual(Geometry, Geometry)}, each coordinate within {@code tolerance}. */
    public static void checkEqual(Geometry expected, Geometry actual, double tolerance) {
        Geometry e = expected.norm();
        Geometry a = actual.norm();
        if (!a.equalsExact(e, tolerance)) {
            Assertions.fail("geometries differ (tolerance " + tolerance + ")\nexpected: " + e.toText()
                    + "\nactual:   " + a.toText());
        }
    }
}
