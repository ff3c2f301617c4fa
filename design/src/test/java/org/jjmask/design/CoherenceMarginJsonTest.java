package org.jjmask.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * phase_model.coherence_margin = E_J(0)/(κ(1 − α)⁺E_C) is a number when charging acts and null when
 * the shunt removes it (α ≥ 1), never a stand-in like 1e300.
 */
class CoherenceMarginJsonTest {

    private static JsonNode json(String material, String substrate) throws Exception {
        String spec = """
                name: margin
                material: {preset: %s}
                substrate: {preset: %s}
                device: {type: bridge, length_um: 3, width_um: 1, taper_length_um: 1, pad_size_um: 5}
                lattice: {type: kagome, pitch_nm: 100, hole_diameter_nm: 66, edge_margin_nm: 100}
                fabrication: {min_feature_nm: 10}
                conditions: {base_temperature_K: 4}
                """.formatted(material, substrate);
        DesignResult r = Designer.run(SpecReader.parse(spec, "margin.yaml"));
        return new ObjectMapper().readTree(Summary.toJson(Summary.of(r, List.of())));
    }

    @Test
    void nullWhenTheShuntRemovesChargingANumberOtherwise() throws Exception {
        // NbN on MgO: 4E_C ~ 100 K against 2Delta ~ 50 K, the necks' sigma1 at 4E_C is normal-like and alpha > 1
        JsonNode damped = json("NbN", "MgO").get("phase_model");
        assertThat(damped.get("dissipation_alpha").asDouble()).isGreaterThanOrEqualTo(1.0);
        assertThat(damped.get("charging_K").asDouble()).isZero();
        assertThat(damped.get("coherence_margin").isNull()).isTrue();
        // Nd0.8Sr0.2NiO2 on SrTiO3: E_C ~ 20 mK far below the gap, no shunt, a finite margin E_J(0)/(kappa E_C)
        JsonNode j = json("Nd0.8Sr0.2NiO2", "SrTiO3");
        JsonNode charged = j.get("phase_model");
        assertThat(charged.get("dissipation_alpha").asDouble()).isLessThan(1.0);
        assertThat(charged.get("charging_K").asDouble()).isPositive();
        assertThat(charged.get("coherence_margin").isNumber()).isTrue();
        assertThat(charged.get("coherence_margin").asDouble()).isGreaterThan(1.0).isFinite();
        assertThat(j.get("phase").asText()).isEqualTo("superconductor");
    }
}
