package org.jjmask.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

class HallBarTest {

    @Test
    void outlineIsChannelPlusArms() throws Exception {
        HallBar bar = new HallBar(100, 20, 2, 5, 20);
        Polygon p = bar.outline();
        assertThat(p.isValid()).isTrue();
        assertThat(p.getNumInteriorRing()).isZero();
        assertThat(p.getArea()).isCloseTo((100 * 20 + 4 * 5 * 20) * 1e6, within(1.0));
        assertThat(p.getEnvelopeInternal().getMinY()).isEqualTo(-30_000);
        assertThat(p.getEnvelopeInternal().getMaxX()).isEqualTo(50_000);
    }

    @Test
    void noArmsIsTheBareChannel() throws Exception {
        Polygon expected = GeometryTestCase.readPolygon("POLYGON((-5000 -1000, 5000 -1000, 5000 1000, -5000 1000, -5000 -1000))");
        assertThat(new HallBar(10, 2, 0, 1, 1).outline().equalsTopo(expected)).isTrue();
    }

    @Test
    void armsSitEvenlyAlongTheChannel() {
        assertThat(new HallBar(90, 10, 2, 5, 10).armPositionsUm()).containsExactly(-15.0, 15.0);
    }
}
