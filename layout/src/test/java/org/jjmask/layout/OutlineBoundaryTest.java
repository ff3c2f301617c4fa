package org.jjmask.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.util.GeometricShapeFactory;

/** The per-hole boundary distance against JTS's own IndexedFacetDistance: the same doubles. */
class OutlineBoundaryTest {

    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void equalsIndexedFacetDistanceOnHolesAroundAHallBarAndARing() {
        Geometry bar = GF.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(100_000, 0),
            new Coordinate(100_000, 20_000), new Coordinate(60_000, 20_000), new Coordinate(60_000, 30_000),
            new Coordinate(50_000, 30_000), new Coordinate(50_000, 20_000), new Coordinate(0, 20_000), new Coordinate(0, 0)});
        GeometricShapeFactory f = new GeometricShapeFactory(GF);
        f.setNumPoints(400);
        f.setCentre(new Coordinate(0, 0));
        f.setSize(80_000);
        Polygon outer = f.createCircle();
        f.setSize(30_000);
        Polygon inner = f.createCircle();
        Geometry ring = outer.difference(inner);
        SplittableRandom rnd = new SplittableRandom(7);
        int zeros = 0;
        for (Geometry outline : new Geometry[] {bar, ring}) {
            Geometry boundary = outline.getBoundary();
            IndexedFacetDistance jts = new IndexedFacetDistance(boundary);
            OutlineBoundary ours = new OutlineBoundary(boundary);
            var env = outline.getEnvelopeInternal();
            for (int n = 0; n < 3000; n++) {
                double x = env.getMinX() - 500 + rnd.nextDouble() * (env.getWidth() + 1000);
                double y = env.getMinY() - 500 + rnd.nextDouble() * (env.getHeight() + 1000);
                f.setNumPoints(8 + rnd.nextInt(64));
                f.setCentre(new Coordinate(Math.rint(x), Math.rint(y)));
                f.setSize(20 + rnd.nextDouble() * 300);
                f.setRotation(rnd.nextDouble());
                Polygon hole = f.createCircle();
                double expected = jts.distance(hole);
                zeros += expected == 0 ? 1 : 0;
                assertThat(ours.distance(hole.getExteriorRing().getCoordinates())).as("hole at %s %s", x, y)
                        .isEqualTo(expected);
                assertThat(ours.distance(x, y)).isEqualTo(jts.distance(GF.createPoint(new Coordinate(x, y))));
            }
        }
        // the random holes include ones that cross the outline
        assertThat(zeros).isGreaterThan(0);
    }
}
