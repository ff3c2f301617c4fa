package org.jjmask.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ForwardTermTest {

    /** At a disc's centre the Gaussian's share is 1 − exp(−R²/α²) (radial integral in closed form). */
    @Test
    void centreOfADiscIsClosedForm() {
        for (double r : new double[] {5, 10, 20, 35}) {
            assertThat(ForwardTerm.discFraction(0, r, 10)).isCloseTo(1 - Math.exp(-r * r / 100), within(1e-9));
        }
    }

    /**
     * On the rim of a disc much larger than α the edge is locally straight: half the Gaussian is
     * inside. Curvature removes O(α/R): at R = 100α the deficit is below 1 %. Far from the disc,
     * nothing: e^{-(100/10)²}.
     */
    @Test
    void rimOfALargeDiscIsHalf() {
        assertThat(ForwardTerm.discFraction(1000, 1000, 10)).isCloseTo(0.5, within(0.005));
        assertThat(ForwardTerm.discFraction(1000, 1000, 10)).isLessThan(0.5);
        assertThat(ForwardTerm.discFraction(200, 100, 10)).isLessThan(1e-40);
    }
}
