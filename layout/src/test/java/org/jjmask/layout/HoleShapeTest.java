package org.jjmask.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HoleShapeTest {

    @Test
    void regularPolygonAreaAndRadius() {
        HoleShape h = HoleShape.regular(70, 32, 1.0);
        assertThat(h.xy()).hasSize(64);
        double inscribed = 0.5 * 32 * 35 * 35 * Math.sin(2 * Math.PI / 32);
        // snapping each vertex to 1 nm moves the area by at most a few %
        assertThat(h.area()).isCloseTo(inscribed, within(inscribed * 0.03));
        assertThat(h.circumradius()).isCloseTo(35, within(0.71));
        assertThat(h.equivalentDiameter()).isLessThan(70.5);
    }

    @Test
    void symmetricAboutBothAxes() {
        int[] xy = HoleShape.regular(100, 16, 1.0).xy();
        long sx = 0;
        long sy = 0;
        for (int k = 0; k < xy.length; k += 2) {
            sx += xy[k];
            sy += xy[k + 1];
        }
        assertThat(sx).isZero();
        assertThat(sy).isZero();
    }

    @Test
    void repeatedPointsAfterSnappingMerge() {
        // 16 vertices on a 4 nm circle land on only a few grid points
        HoleShape h = HoleShape.regular(4, 16, 1.0);
        assertThat(h.vertices()).isLessThan(16).isGreaterThanOrEqualTo(3);
        int[] xy = h.xy();
        for (int k = 0; k < xy.length; k += 2) {
            int j = (k + 2) % xy.length;
            assertThat(xy[k] != xy[j] || xy[k + 1] != xy[j + 1]).as("vertex %d repeated", k / 2).isTrue();
        }
        assertThat(h.ideal().vertices()).isEqualTo(16);
    }

    @Test
    void aBarePolygonIsStillAHoleShape() {
        HoleShape point = new HoleShape(0, 3, new int[6]);
        assertThat(point.circumradius()).isZero();
        assertThat(point.area()).isZero();
        assertThat(point.areaError(1.0)).isZero();
        assertThat(point.ideal()).isInstanceOf(IdealHole.Circle.class);
    }
}
