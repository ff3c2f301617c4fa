package org.jjmask.layout.drc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;

class ConvexGapTest {

    private static final GeometryFactory GF = new GeometryFactory();

    private static double[] ngon(int n, double r, double phase, double sx) {
        double[] p = new double[2 * n];
        for (int k = 0; k < n; k++) {
            double t = phase + 2 * Math.PI * k / n;
            p[2 * k] = Math.round(sx * r * Math.cos(t));
            p[2 * k + 1] = Math.round(r * Math.sin(t));
        }
        return p;
    }

    private static Polygon jts(double[] p, double dx, double dy) {
        Coordinate[] c = new Coordinate[p.length / 2 + 1];
        for (int k = 0; k < p.length / 2; k++) {
            c[k] = new Coordinate(p[2 * k] + dx, p[2 * k + 1] + dy);
        }
        c[c.length - 1] = c[0];
        return GF.createPolygon(c);
    }

    /** JTS's DistanceOp is the reference: 2000 random pairs of convex polygons, apart or not. */
    @Test
    void agreesWithJtsOnRandomConvexPairs() {
        SplittableRandom rng = new SplittableRandom(5);
        int apart = 0;
        for (int t = 0; t < 2000; t++) {
            double[] a = ngon(3 + rng.nextInt(40), 10 + rng.nextDouble(50), rng.nextDouble(7), 0.5 + rng.nextDouble());
            double[] b = ngon(3 + rng.nextInt(40), 10 + rng.nextDouble(50), rng.nextDouble(7), 0.5 + rng.nextDouble());
            double dx = rng.nextInt(-150, 150);
            double dy = rng.nextInt(-150, 150);
            if (!ConvexGap.isConvex(a) || !ConvexGap.isConvex(b)) {
                continue;  // rounding a small many-gon to integers can dent it; GdsRules then uses JTS
            }
            double[] g = ConvexGap.apart(a, b, dx, dy);
            Polygon pa = jts(a, 0, 0);
            Polygon pb = jts(b, dx, dy);
            if (pa.intersects(pb)) {
                assertThat(g).isNull();
            } else {
                apart++;
                assertThat(g).isNotNull();
                assertThat(g[0]).isCloseTo(DistanceOp.distance(pa, pb), within(1e-9));
            }
        }
        assertThat(apart).isGreaterThan(500);
    }

    @Test
    void aNotchedRingIsNotConvex() {
        assertThat(ConvexGap.isConvex(new double[] {0, 0, 10, 0, 5, 2, 10, 10, 0, 10})).isFalse();
        assertThat(ConvexGap.isConvex(new double[] {0, 0, 5, 0, 10, 0, 10, 10, 0, 10})).isTrue();
    }
}
