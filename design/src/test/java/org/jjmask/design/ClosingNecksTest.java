package org.jjmask.design;

import static org.assertj.core.api.Assertions.assertThat;

import org.jjmask.physics.Prediction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Disordered holes through the milled process, widened until their mean electrical diameter D + 2δ passes the
 * pitch while the written network still has necks (issue 13's continuity): no reported number may jump back
 * up there. Before, the cell's nucleation fell back to the clean film (T_c,neck = T_c0 = 15 K, T_BKT 12 K after
 * 1e-5 K one nanometre earlier), H_c2 perp to the neck strip (9.8 -> 19.6 T), and triangular holes of 90 and
 * 96 nm stopped with an internal error.
 */
class ClosingNecksTest {

    private static final String SPEC = """
            name: closing
            material: {preset: Nd0.8Sr0.2NiO2}
            substrate: {preset: SrTiO3}
            device: {type: hallbar, length_um: 8, width_um: 3, arm_pairs: 1, arm_width_um: 1, arm_length_um: 2}
            lattice: {type: %s, pitch_nm: 100, hole_diameter_nm: %d}
            fabrication: {preset: aao_milled, seed: 2026}
            conditions: {base_temperature_K: 0.05}
            """;

    @ParameterizedTest
    @ValueSource(strings = {"triangular", "honeycomb"})
    void nothingJumpsBackWhenTheMeanHoleReachesThePitch(String lattice) throws Exception {
        Prediction last = null;
        for (int d = 88; d <= 99; d++) {
            Prediction p = Designer.run(SpecReader.parse(String.format(SPEC, lattice, d), "closing.yaml")).prediction();
            String why = lattice + " D = " + d;
            assertThat(p.tcOnsetK()).as(why).isFinite();
            assertThat(p.hc2PerpT()).as(why).isFinite();
            if (last != null) {
                assertThat(p.tcOnsetK()).as(why).isLessThanOrEqualTo(last.tcOnsetK() + 1e-9);
                assertThat(p.nucleation().neckTcK()).as(why).isLessThanOrEqualTo(last.nucleation().neckTcK() + 1e-9);
                assertThat(p.tbktK()).as(why).isLessThanOrEqualTo(last.tbktK() + 1e-9);
                assertThat(p.hc2PerpT()).as(why).isLessThanOrEqualTo(last.hc2PerpT() * 1.01 + 1e-9);
            }
            last = p;
        }
    }
}
