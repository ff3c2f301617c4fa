package org.jjmask.gds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PolygonFractureTest {

    private static void assertTiles(int[] ring, List<int[]> pieces, int max) {
        assertThat(pieces).allSatisfy(p -> assertThat(p.length / 2).isBetween(3, max));
        long area = 0;
        for (int[] p : pieces) {
            area += Gds.area2(p);
            assertThat(PolygonFracture.signedArea2(p)).as("pieces keep counter-clockwise orientation").isPositive();
        }
        assertThat(area).isEqualTo(Gds.area2(ring));
    }

    @Test
    void convexPolygonSplitsIntoBalancedPieces() {
        int[] ring = Gds.regularPolygon(1000, 100_000, 0, 0);
        List<int[]> pieces = PolygonFracture.fracture(ring, 199);
        assertTiles(ring, pieces, 199);
        assertThat(pieces.size()).isLessThanOrEqualTo(8); // halving 1000 -> 8 pieces of ~126
    }

    @Test
    void clockwiseInputWorksToo() {
        int[] ccw = Gds.regularPolygon(500, 100_000, 0, 0);
        int[] cw = new int[ccw.length];
        for (int i = 0; i < ccw.length / 2; i++) {
            cw[2 * i] = ccw[ccw.length - 2 - 2 * i];
            cw[2 * i + 1] = ccw[ccw.length - 1 - 2 * i];
        }
        assertTiles(cw, PolygonFracture.fracture(cw, 50), 50);
    }

    @Test
    void combShapedPolygon() {
        // a comb: 400 teeth, deeply non-convex, no balanced diagonal from most vertices
        int teeth = 400;
        List<Integer> pts = new ArrayList<>();
        for (int t = 0; t < teeth; t++) {
            int x = t * 20;
            pts.add(x); pts.add(0);
            pts.add(x + 10); pts.add(0);
            pts.add(x + 10); pts.add(-1000);
            pts.add(x + 20); pts.add(-1000);
        }
        pts.add(teeth * 20); pts.add(100);
        pts.add(0); pts.add(100);
        // walk counter-clockwise: reverse what we built along the bottom
        int[] ring = pts.stream().mapToInt(Integer::intValue).toArray();
        List<int[]> pieces = PolygonFracture.fracture(ring, 64);
        assertTiles(ring, pieces, 64);
    }

    @Test
    void starShapedPolygonWithRandomRadii() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 3000;
        int[] ring = new int[2 * n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double r = 10_000 + random.nextInt(90_000);
            ring[2 * i] = (int) Math.round(r * Math.cos(a)) * 16;
            ring[2 * i + 1] = (int) Math.round(r * Math.sin(a)) * 16;
        }
        assertTiles(ring, PolygonFracture.fracture(ring, 100), 100);
    }

    @Test
    void collinearAndRepeatedVerticesAreDropped() {
        int[] ring = {0, 0, 5, 0, 5, 0, 10, 0, 10, 10, 10, 10, 0, 10, 0, 5};
        assertThat(PolygonFracture.removeDegenerateVertices(ring)).containsExactly(0, 0, 10, 0, 10, 10, 0, 10);
    }

    @Test
    void hugeCoordinatesUseExactOrientation() {
        int m = Integer.MAX_VALUE;
        // differences need 33 bits and their products 66: the 128-bit path decides
        assertThat(Orientation.orient(-m, -m, m, -m, m, m)).isPositive();
        assertThat(Orientation.orient(-m, -m, m, m, 0, 0)).isZero();
        assertThat(Orientation.orient(-m, -m, m, m, 1, 0)).isNegative();
        assertThat(Orientation.orient(-m, -m, m, m - 1, m - 1, m - 2)).isNegative();
        int[] sliver = {-m, -m, 0, -m, m, -m, m, -m + 2, -m, -m + 2};
        assertTiles(sliver, PolygonFracture.fracture(sliver, 3), 3);
    }
}
