package org.jjmask.design;

import static org.assertj.core.api.Assertions.assertThat;

import org.jjmask.physics.Phase;
import org.jjmask.physics.Prediction;
import org.jjmask.physics.ValidityFlag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    private static final String CUT = """
            name: cut
            material: {preset: %s}
            substrate: {preset: SrTiO3}
            device: {type: hallbar, length_um: 8, width_um: 3, arm_pairs: 1, arm_width_um: 1, arm_length_um: 2}
            lattice: {type: %s, pitch_nm: 100, hole_diameter_nm: %.1f}
            fabrication: {min_feature_nm: 1, edge_damage_nm: %s, edge_extrapolation_nm: 2}
            conditions: {base_temperature_K: 0.05}
            """;

    /**
     * Ideal holes whose dead edge cuts the necks (D + 2δ reaches the pitch: necks_destroyed, the declared
     * insulator): the islands keep their pair-breaking rims, so the onset, the necks' T_c, E_J and H_c2 perp
     * go on falling as they did, and the phase turns insulator there. Before, the cut fell back to the clean
     * film: T_c onset jumped from 1e-5 K to T_c0 (NbN 12 K), E_J from 1e-5 K to 4.5 K, H_c2 perp from 0 to
     * the film's 10.8 T.
     */
    @ParameterizedTest
    @CsvSource({"NbN, triangular, 2", "a-Bi, triangular, 4", "Nd0.8Sr0.2NiO2, square, 3", "NbN, honeycomb, 2"})
    void nothingJumpsBackWhenTheDeadEdgeCutsTheNecks(String material, String lattice, String edge) throws Exception {
        Prediction last = null;
        boolean cut = false;
        for (double d = 86; d <= 98.01; d += 0.5) {
            Prediction p = Designer.run(SpecReader.parse(String.format(java.util.Locale.ROOT, CUT, material, lattice, d,
                    edge), "cut.yaml")).prediction();
            String why = material + " " + lattice + " edge " + edge + " D = " + d;
            if (p.hasFlag(ValidityFlag.NECKS_DESTROYED)) {
                cut = true;
                assertThat(p.phase()).as(why).isEqualTo(Phase.INSULATOR);
                // no superconducting path: the clamped neck stands in for the normal state only
                assertThat(p.ejK()).as(why).isZero();
            }
            if (last != null) {
                // the written polygons move by a grid step: the slack is a few millikelvin, the jumps were kelvins
                assertThat(p.tcOnsetK()).as(why).isLessThanOrEqualTo(last.tcOnsetK() + 0.02);
                assertThat(p.nucleation().neckTcK()).as(why).isLessThanOrEqualTo(last.nucleation().neckTcK() + 0.02);
                assertThat(p.ejK()).as(why).isLessThanOrEqualTo(last.ejK() * 1.02 + 1e-6);
                assertThat(p.hc2PerpT()).as(why).isLessThanOrEqualTo(last.hc2PerpT() * 1.01 + 1e-3);
            }
            last = p;
        }
        assertThat(cut).as("the sweep crosses the cut").isTrue();
    }
}
