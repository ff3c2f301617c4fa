package org.jjmask.design;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignerTest {

    static final List<String> CONTRACT_KEYS = List.of("name", "pitch_nm", "hole_diameter_nm", "neck_width_nm", "holes",
            "plaquette_area_nm2", "rn_ohm", "ej_K", "ec_K", "ej_over_ec", "tc_onset_K", "tbkt_K", "phase", "period_mT",
            "hc2_perp_T", "hc2_par_T", "drc");

    static DesignResult run(String yaml) throws Exception {
        return Designer.run(SpecReader.parse(yaml, "t.yaml"));
    }

    @Test
    void everyContractKeyPresentAndFinite() throws Exception {
        DesignResult r = run(SpecReaderTest.GOOD);
        JsonNode json = new ObjectMapper().readTree(Summary.toJson(Summary.of(r, List.of())));
        for (String k : CONTRACT_KEYS) {
            assertThat(json.has(k)).as(k).isTrue();
        }
        assertThat(json.at("/lattice/type").asText()).isEqualTo("triangular");
        assertThat(json.get("holes").asLong()).isEqualTo(r.holes()).isPositive();
        assertThat(json.get("phase").asText()).isIn("superconductor", "anomalous_metal", "insulator");
        json.properties().forEach(e -> {
            if (e.getValue().isNumber()) {
                assertThat(Double.isFinite(e.getValue().asDouble())).as(e.getKey()).isTrue();
            }
        });
        assertThat(Summary.toJson(Summary.of(r, List.of()))).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void sameSpecSameJson() throws Exception {
        assertThat(Summary.toJson(Summary.of(run(SpecReaderTest.GOOD), List.of())))
                .isEqualTo(Summary.toJson(Summary.of(run(SpecReaderTest.GOOD), List.of())));
    }

    @Test
    void triangularPeriodFromTheWrittenLattice() throws Exception {
        DesignResult r = run(SpecReaderTest.GOOD);
        // a = 100 nm triangular: S = (√3/2)a² → 238.8 mT (MODEL.md case 1); the written row pitch
        // 173 nm instead of 173.205 nm changes S by 0.12 %
        assertThat(r.prediction().periodMT()).isBetween(238.8 * 0.998, 238.8 * 1.003);
        assertThat(r.facts().neckWidthNm()).isBetween(29.0, 31.0);
    }

    @Test
    void narrowNeckIsADesignRuleViolation() throws Exception {
        DesignResult r = run(SpecReaderTest.GOOD.replace("hole_diameter_nm: 70", "hole_diameter_nm: 90"));
        assertThat(r.drc()).extracting(DrcViolation::rule).contains("min_neck");
        assertThat(run(SpecReaderTest.GOOD).drc()).isEmpty();
    }

    @Test
    void diameterSpreadIsNotedAsNotYetApplied() throws Exception {
        DesignResult r = run(SpecReaderTest.GOOD + "fabrication:\n  diameter_sigma_nm: 4\n");
        assertThat(r.flags()).extracting(f -> f.code()).contains("diameter_spread_not_applied");
        assertThat(Summary.toJson(Summary.of(r, List.of()))).contains("diameter_spread_not_applied");
        assertThat(run(SpecReaderTest.GOOD).notes()).isEmpty();
    }

    @Test
    void marginThatSwallowsTheDeviceIsReported() throws Exception {
        DesignResult r = run(SpecReaderTest.GOOD.replace("hole_diameter_nm: 70", "hole_diameter_nm: 70\n  edge_margin_nm: 5000"));
        assertThat(r.holes()).isZero();
        assertThat(r.drc()).extracting(DrcViolation::rule).containsExactly("no_holes");
    }
}
