package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** MODEL.md §3 / §8 case 3. */
class JosephsonCouplingTest {

    @Test
    void ambegaokarBaratoffAtZeroTemperature() {
        assertThat(JosephsonCoupling.ejK(1000, 15, Constants.BCS_GAP_RATIO, 0)).isCloseTo(85.4, within(0.05));
        assertThat(JosephsonCoupling.ejK(Constants.RQ, 15, Constants.BCS_GAP_RATIO, 0)).isCloseTo(13.2, within(0.05));
    }

    @Test
    void inverseInNormalResistance() {
        double a = JosephsonCoupling.ejK(500, 10, 3.9, 3.0);
        double b = JosephsonCoupling.ejK(2000, 10, 3.9, 3.0);
        assertThat(a / b).isCloseTo(4.0, within(1e-12));
    }

    @Test
    void vanishesAtTc() {
        assertThat(JosephsonCoupling.ejK(1000, 15, Constants.BCS_GAP_RATIO, 15)).isZero();
        assertThat(JosephsonCoupling.ejK(1000, 15, Constants.BCS_GAP_RATIO, 20)).isZero();
    }

    @Test
    void lowTemperatureLimitEqualsZeroTemperature() {
        assertThat(JosephsonCoupling.ejK(1000, 15, Constants.BCS_GAP_RATIO, 0.05))
                .isCloseTo(JosephsonCoupling.ejK(1000, 15, Constants.BCS_GAP_RATIO, 0), within(1e-9));
    }
}
