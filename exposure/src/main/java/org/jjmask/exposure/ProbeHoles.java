package org.jjmask.exposure;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.algorithm.Orientation;

/**
 * The three holes {@code ebeam.absorbed_relative} reports: the bulk hole (nearest the centre of the
 * array's bounds), the mid-edge hole (nearest the midpoint of the fill region's longest outline
 * edge) and the corner hole (nearest a convex corner of the fill region: the sharpest, then the
 * lowest x, then the lowest y, so the choice is reproducible).
 */
public record ProbeHoles(int bulk, int edge, int corner) {

    public static ProbeHoles of(HolePattern p) {
        return p.probes();
    }

    static ProbeHoles find(HolePattern p) {
        double[] b = p.centreBoundsNm();
        int bulk = p.nearest((b[0] + b[2]) / 2, (b[1] + b[3]) / 2);
        Geometry area = p.fillAreaNm();
        double bestLen = -1;
        double[] mid = {b[0], b[1]};
        double bestAngle = Double.MAX_VALUE;
        double[] corner = {b[0], b[1]};
        for (int g = 0; g < area.getNumGeometries(); g++) {
            if (!(area.getGeometryN(g) instanceof Polygon poly)) {
                continue;
            }
            LineString ring = poly.getExteriorRing();
            Coordinate[] c = ring.getCoordinates();
            boolean ccw = Orientation.isCCW(c);
            int n = c.length - 1;
            for (int k = 0; k < n; k++) {
                Coordinate a = c[k];
                Coordinate e = c[k + 1];
                double len = a.distance(e);
                if (len > bestLen + 1e-9) {
                    bestLen = len;
                    mid = new double[] {(a.x + e.x) / 2, (a.y + e.y) / 2};
                }
                Coordinate prev = c[(k - 1 + n) % n];
                double ux = a.x - prev.x;
                double uy = a.y - prev.y;
                double vx = e.x - a.x;
                double vy = e.y - a.y;
                double cross = ux * vy - uy * vx;
                boolean convex = ccw ? cross > 0 : cross < 0;
                if (!convex) {
                    continue;
                }
                // interior angle of a convex vertex: π minus the turn
                double turn = Math.abs(Math.atan2(cross, ux * vx + uy * vy));
                double interior = Math.PI - turn;
                boolean better = interior < bestAngle - 1e-9
                        || (Math.abs(interior - bestAngle) <= 1e-9
                                && (a.x < corner[0] - 1e-9 || (Math.abs(a.x - corner[0]) <= 1e-9 && a.y < corner[1])));
                if (better) {
                    bestAngle = interior;
                    corner = new double[] {a.x, a.y};
                }
            }
        }
        return new ProbeHoles(bulk, p.nearest(mid[0], mid[1]), p.nearest(corner[0], corner[1]));
    }
}
