package org.jjmask.layout;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

/** Small shape builders for device templates, nm. */
final class Shapes {

    static final GeometryFactory GF = new GeometryFactory();

    /** Largest distance between a circle and its inscribed polygon, nm. */
    static final double CIRCLE_SAGITTA_NM = 5;

    private Shapes() {}

    static Polygon rect(double x0, double y0, double x1, double y1) {
        return HallBar.rect(GF, x0, y0, x1, y1);
    }

    /** A square of side {@code s} centred at (x, y). */
    static Polygon square(double x, double y, double s) {
        return rect(x - s / 2, y - s / 2, x + s / 2, y + s / 2);
    }

    static Polygon polygon(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2 + 1];
        for (int k = 0; k < xy.length / 2; k++) {
            c[k] = new Coordinate(xy[2 * k], xy[2 * k + 1]);
        }
        c[c.length - 1] = c[0];
        return GF.createPolygon(c);
    }

    /** Vertices of a circle polygon of radius {@code rNm}: within {@link #CIRCLE_SAGITTA_NM}, a multiple of 8, 64–2048. */
    static int circleVertices(double rNm) {
        double n = Math.PI / Math.acos(Math.max(-1, 1 - CIRCLE_SAGITTA_NM / rNm));
        int v = (int) Math.ceil(n / 8) * 8;
        return Math.max(64, Math.min(2048, v));
    }

    /** The ring of a circle inscribed polygon with {@code n} vertices, one on the +x axis. */
    static LinearRing circleRing(double rNm, int n) {
        Coordinate[] c = new Coordinate[n + 1];
        for (int k = 0; k < n; k++) {
            double a = 2 * Math.PI * k / n;
            c[k] = new Coordinate(rNm * Math.cos(a), rNm * Math.sin(a));
        }
        c[n] = c[0];
        return GF.createLinearRing(c);
    }

    static Polygon disc(double rNm, int n) {
        return GF.createPolygon(circleRing(rNm, n));
    }

    /** Annulus between radii {@code r0 < r1}, both with {@code n} vertices. */
    static Polygon annulus(double r0Nm, double r1Nm, int n) {
        LinearRing hole = circleRing(r0Nm, n);
        return GF.createPolygon(circleRing(r1Nm, n), new LinearRing[] {(LinearRing) hole.reverse()});
    }

    /**
     * The union of touching template parts as one polygon. Parts are placed by arithmetic in µm
     * and nm, so "touching" edges can miss each other by 1e-12 nm; the union snaps to a 0.001 nm
     * grid, far below the 1 nm database unit, so such parts merge instead of leaving a MultiPolygon.
     */
    static Polygon union(List<? extends Geometry> parts) {
        Geometry u = UnaryUnionNG.union(GF.buildGeometry(parts), SNAP);
        if (!(u instanceof Polygon)) {
            throw new IllegalStateException("template parts do not form one polygon: " + u.getGeometryType());
        }
        return (Polygon) u.norm();
    }

    private static final PrecisionModel SNAP = new PrecisionModel(1000.0);
}
