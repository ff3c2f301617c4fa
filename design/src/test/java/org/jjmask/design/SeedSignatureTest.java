package org.jjmask.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's seed signatures through the spec: the seed-like design (triangular 70/100 nm holes,
 * Nd0.8Sr0.2NiO2 on SrTiO3) with {@code fabrication.preset: aao_milled} shows two stages, an
 * anomalous metal at 0.05 K with R_sat stated and its mechanism, H_c2∥ against H_c2⊥ (equal within 1 % since the cell
 * in field; reversed in most draws of the inputs' ranges), and the 238.8 mT
 * period; the same process on an Nb array still superconducts without reversal.
 */
class SeedSignatureTest {

    static final String SEED = """
            name: seed
            material: {preset: Nd0.8Sr0.2NiO2}
            substrate: {preset: SrTiO3}
            device: {type: hallbar, length_um: 8, width_um: 3, arm_pairs: 1, arm_width_um: 1, arm_length_um: 2}
            lattice: {type: triangular, pitch_nm: 100, hole_diameter_nm: 70, edge_margin_nm: 100}
            fabrication: {preset: aao_milled, min_feature_nm: 10}
            conditions: {base_temperature_K: 0.05}
            """;

    @Test
    void seedWithTheMilledProcess() throws Exception {
        DesignResult r = Designer.run(SpecReader.parse(SEED, "seed.yaml"));
        assertThat(r.spec().fabrication().edgeDamageNm()).isEqualTo(3.0);
        assertThat(r.conditions().edgeExtrapolationNm()).isEqualTo(2.0);
        JsonNode j = new ObjectMapper().readTree(Summary.toJson(Summary.of(r, List.of())));
        assertThat(j.get("phase").asText()).isEqualTo("anomalous_metal");
        assertThat(j.get("rsat_ohm").asDouble()).isGreaterThan(1e-3 * j.get("sheet_resistance_eff_ohm").asDouble());
        assertThat(j.at("/phase_model/rsat/mechanism").asText()).isEqualTo("dissipative_phase_slips");
        assertThat(j.at("/phase_model/rsat/estimate_ohm").asDouble()).isEqualTo(j.get("rsat_ohm").asDouble());
        assertThat(j.get("tbkt_K").asDouble()).isLessThan(0.85 * j.get("tc_onset_K").asDouble());
        assertThat(j.get("tc_neck_K").asDouble()).isBetween(j.get("tbkt_K").asDouble(), j.get("tc_onset_K").asDouble());
        // issue 13 item 4: with H_c2 perp from the written cell in field (CellInField) the reversal is no longer
        // there at the base temperature: gamma = 1.001 on this written, disordered lattice (9.900 against 9.888 T;
        // the neck-strip formula gave 9.11 < 9.32 T). Recorded, not tuned: the two are equal within 1 %, and the
        // clean-walled seed (the demo) reverses, gamma = 0.79 (docs/PHYSICS-ISSUE13.md)
        assertThat(j.get("hc2_par_T").asDouble() / j.get("hc2_perp_T").asDouble()).isCloseTo(1.0, within(0.01));
        // on γ = 1 the sign is the inputs' to decide: over their ranges (128 Latin-hypercube draws of T_c0, R_sq,
        // xi, thickness, gap ratio, ...) most draws reverse (94 of 128 when recorded); the JSON's share is the
        // share of the draws' own predictions, and its interval straddles 1
        long reversed = r.uncertainty().samples().stream().filter(p -> p.hc2ParT() < p.hc2PerpT()).count();
        assertThat(j.at("/field/hc2_reversal_probability").asDouble())
                .isCloseTo((double) reversed / r.uncertainty().samples().size(), within(1e-6))
                .isGreaterThan(0.5).isLessThan(1.0);
        assertThat(j.at("/field/hc2_anisotropy_interval/0").asDouble()).isLessThan(1.0);
        assertThat(j.at("/field/hc2_anisotropy_interval/1").asDouble()).isGreaterThan(1.0);
        assertThat(j.get("hc2_par_film_T").asDouble()).isGreaterThan(j.get("hc2_perp_film_T").asDouble());
        // the ideal lattice's period, Φ0/S for a = 100 nm; the written, disordered holes move it by < 0.3 %
        assertThat(j.get("period_mT").asDouble()).isCloseTo(238.8, within(0.7));
    }

    @Test
    void niobiumThroughTheSameProcessSuperconductsWithoutReversal() throws Exception {
        DesignResult r = Designer.run(SpecReader.parse("""
                name: nb
                material: {preset: Nb}
                substrate: {preset: sapphire}
                device: {type: hallbar, length_um: 20, width_um: 6, arm_pairs: 1, arm_width_um: 2, arm_length_um: 4}
                lattice: {type: square, pitch_nm: 400, hole_diameter_nm: 240, edge_margin_nm: 400}
                fabrication: {preset: aao_milled, min_feature_nm: 10}
                conditions: {base_temperature_K: 0.3}
                """, "nb.yaml"));
        assertThat(r.prediction().phase()).isEqualTo(org.jjmask.physics.Phase.SUPERCONDUCTOR);
        assertThat(r.prediction().hc2ParT()).isGreaterThan(r.prediction().hc2PerpT());
        // and no draw of its inputs reverses it
        assertThat(r.uncertainty().reversalProbability().getAsDouble()).isZero();
    }

    @Test
    void mechanismAndFilmTcAreSpecKeys() throws Exception {
        Spec s = SpecReader.parse(SEED + "model: {anomalous_metal: weak_link_percolation, film_tc: finkelstein, "
                + "finkelstein_gamma: 6, environment_ohm: 1.0e6}\n", "seed.yaml");
        assertThat(s.model().options().anomalousMetal())
                .isInstanceOf(org.jjmask.physics.AnomalousMetal.WeakLinkPercolation.class);
        // the nickelate preset's T_c0 is its own film's, at its 300 Ω: the curve runs through that point
        assertThat(s.model().options().filmTc()).isEqualTo(new org.jjmask.physics.FilmTcModel.Finkelstein(6, 300));
        assertThat(s.model().options().environmentOhm()).isEqualTo(1e6);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> SpecReader.parse(SEED
                + "model: {anomalous_metal: vortex_glass}\n", "seed.yaml")).getMessage())
                .contains("anomalous_metal").contains("vortex_glass").contains("line 8");
    }

    @Test
    void finkelsteinTakesThePresetsGammaAndKeepsThePresetFilmsTc() throws Exception {
        String nbn = """
                name: nbn
                material: {preset: NbN%s}
                device: {type: bridge, length_um: 4, width_um: 2, taper_length_um: 2, pad_size_um: 10}
                lattice: {type: triangular, pitch_nm: 200, hole_diameter_nm: 100, edge_margin_nm: 150}
                fabrication: {min_feature_nm: 30}
                conditions: {base_temperature_K: 0.3}
                model: {film_tc: finkelstein%s}
                """;
        Spec s = SpecReader.parse(String.format(nbn, "", ""), "nbn.yaml");
        org.jjmask.physics.FinkelsteinFit fit = org.jjmask.physics.Presets.finkelsteinFit("NbN").orElseThrow();
        assertThat(s.model().finkelsteinGamma()).isEqualTo(fit.gamma());
        assertThat(s.model().options().filmTc())
                .isEqualTo(new org.jjmask.physics.FilmTcModel.Finkelstein(fit.gamma(), 500));
        // the preset's own film pairs at its T_c0; a dirtier one falls along the curve and stops at R_c = R_Q/3
        assertThat(Designer.run(s).prediction().tcOnsetK()).isEqualTo(12.0);
        double at1k = Designer.run(SpecReader.parse(String.format(nbn, ", sheet_resistance_ohm: 1000", ""),
                "nbn.yaml")).prediction().tcOnsetK();
        assertThat(at1k).isCloseTo(12.0 * fit.model().tcK(1, 1000) / fit.model().tcK(1, 500),
                org.assertj.core.api.Assertions.within(1e-3));
        assertThat(Designer.run(SpecReader.parse(String.format(nbn, ", sheet_resistance_ohm: 2200", ""),
                "nbn.yaml")).prediction().tcOnsetK()).isLessThan(1e-3);
        // a γ whose R_c lies below the preset's own R_sq is refused on its key, in one line
        String bad = org.assertj.core.api.Assertions.catchThrowable(() -> SpecReader.parse(
                String.format(nbn, "", ", finkelstein_gamma: 40"), "nbn.yaml")).getMessage();
        assertThat(bad).contains("model.finkelstein_gamma").contains("40").contains("NbN").contains("line 7")
                .doesNotContain("\n").doesNotContain("Exception");
    }
}
