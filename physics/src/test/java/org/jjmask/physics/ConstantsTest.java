package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConstantsTest {

    @Test
    void derivedConstantsMatchModel() {
        assertThat(Constants.PHI0).isCloseTo(2.067833848e-15, within(1e-23));
        assertThat(Constants.RQ).isCloseTo(6453.20, within(0.01));
        assertThat(Constants.HBAR).isCloseTo(1.054571817e-34, within(1e-43));
        assertThat(Constants.BCS_GAP_RATIO).isCloseTo(3.528, within(1e-3));
        assertThat(BcsGap.DELTA0_OVER_KTC).isCloseTo(1.7639, within(1e-4));
    }
}
