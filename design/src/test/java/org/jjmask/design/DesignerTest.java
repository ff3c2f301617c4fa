package org.jjmask.design;

import org.jjmask.layout.drc.Violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
    void pairBreakingWallsReachThePredictionThroughTheSpec() throws Exception {
        // fabrication.edge_extrapolation_nm is de Gennes' b (physics Conditions); absent: clean walls
        DesignResult clean = run(SpecReaderTest.GOOD);
        DesignResult walls = run(SpecReaderTest.GOOD + "fabrication:\n  edge_extrapolation_nm: 1\n");
        assertThat(clean.conditions().edgeExtrapolationNm()).isInfinite();
        assertThat(walls.conditions().edgeExtrapolationNm()).isEqualTo(1.0);
        assertThat(walls.prediction().tcOnsetK()).isLessThan(clean.prediction().tcOnsetK());
        assertThat(walls.prediction().nucleation().neckTcK()).isLessThan(walls.prediction().tcOnsetK());
        assertThat(walls.prediction().hasFlag(org.jjmask.physics.ValidityFlag.NECK_TC)).isTrue();
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
        assertThat(r.drc()).extracting(v -> v.rule().specName()).contains("min_neck");
        assertThat(run(SpecReaderTest.GOOD).drc()).isEmpty();
    }

    static final String BIG = SpecReaderTest.GOOD.replace("length_um: 10", "length_um: 30").replace("width_um: 2",
            "width_um: 8");

    @Test
    void disorderIsWrittenExtractedAndPredicted() throws Exception {
        DesignResult ideal = run(BIG);
        DesignResult aao = run(BIG + "fabrication:\n  preset: aao\n  seed: 3\n  min_feature_nm: 5\n");
        assertThat(ideal.layout().isScattered()).isFalse();
        assertThat(ideal.notes()).isEmpty();
        assertThat(aao.layout().isScattered()).isTrue();
        assertThat(aao.spec().fabrication().diameterSigmaNm()).isCloseTo(5.6, within(1e-9));
        assertThat(aao.spec().fabrication().positionSigmaNm()).isCloseTo(5.0, within(1e-9));
        // w = |c_i − c_j| − (D_i + D_j)/2: Var w = 2σ_pos² + σ_D²/2 along the bond, σ × 0.9866 for the
        // 3σ truncation → 8.0 nm; the mean neck stays the written lattice's
        assertThat(aao.network().neckWidthStdNm()).isCloseTo(8.0, within(0.8));
        assertThat(aao.network().neckWidthMeanNm()).isCloseTo(ideal.facts().neckWidthNm(), within(0.6));
        assertThat(aao.geometry().neckWidthNm()).isEqualTo(aao.network().neckWidthMeanNm());
        assertThat(aao.holes()).isCloseTo(ideal.holes(), within(ideal.holes() / 50));
        assertThat(aao.flags()).extracting(f -> f.code()).contains("disordered_array");
        assertThat(Double.isFinite(aao.prediction().tbktK())).isTrue();

        JsonNode json = new ObjectMapper().readTree(Summary.toJson(Summary.of(aao, List.of())));
        assertThat(json.at("/variation/seed").asLong()).isEqualTo(3);
        assertThat(json.at("/variation/preset").asText()).isEqualTo("aao");
        assertThat(json.at("/variation/holes_as_srefs").asLong()).isEqualTo(aao.holes());
        assertThat(json.at("/variation/diameter_written_std_nm").asDouble()).isCloseTo(5.6 * 0.9866, within(0.3));
        assertThat(json.at("/variation/diameter_written_mean_nm").asDouble()).isCloseTo(70, within(0.2));
        assertThat(Summary.toJson(Summary.of(aao, List.of()))).doesNotContain("NaN")
                .isEqualTo(Summary.toJson(Summary.of(run(BIG + "fabrication:\n  preset: aao\n  seed: 3\n"
                        + "  min_feature_nm: 5\n"), List.of())))
                .isNotEqualTo(Summary.toJson(Summary.of(run(BIG + "fabrication:\n  preset: aao\n  seed: 4\n"
                        + "  min_feature_nm: 5\n"), List.of())));
    }

    @Test
    void aTriangularLatticeTurnedBySixtyDegreesIsTheSameArray() throws Exception {
        DesignResult ideal = run(BIG);
        DesignResult turned = run(BIG.replace("hole_diameter_nm: 70", "hole_diameter_nm: 70\n  rotation_deg: 60"));
        assertThat(turned.layout().isScattered()).isTrue();
        assertThat(turned.notes()).isEmpty();
        assertThat(turned.holes()).isCloseTo(ideal.holes(), within(ideal.holes() / 100));
        // rounding each turned centre to the 1 nm grid leaves necks within a nanometre of the lattice's
        assertThat(turned.network().neckWidthMinNm()).isGreaterThan(ideal.facts().neckWidthNm() - 1.5);
        assertThat(turned.prediction().periodMT()).isCloseTo(ideal.prediction().periodMT(), within(0.5));
        assertThat(turned.drc()).isEmpty();
    }

    @Test
    void marginThatSwallowsTheDeviceIsReported() throws Exception {
        DesignResult r = run(SpecReaderTest.GOOD.replace("hole_diameter_nm: 70", "hole_diameter_nm: 70\n  edge_margin_nm: 5000"));
        assertThat(r.holes()).isZero();
        assertThat(r.drc()).extracting(v -> v.rule().specName()).containsExactly("no_holes");
    }

    /** The phenomenological parameters are the user's: each moves the prediction the way its model says. */
    @Test
    void modelChoicesReachThePrediction() throws Exception {
        DesignResult base = run(SpecReaderTest.GOOD);
        DesignResult ko = run(SpecReaderTest.GOOD + "model:\n  coupling: kulik_omelyanchuk\n");
        assertThat(ko.prediction().ejK()).isCloseTo(2 * base.prediction().ejK(), within(1e-9 * base.prediction().ejK()));
        assertThat(ko.prediction().tbktK()).isGreaterThanOrEqualTo(base.prediction().tbktK());
        DesignResult mg = run(SpecReaderTest.GOOD + "model:\n  normal_state: maxwell_garnett\n");
        assertThat(mg.prediction().rnOhm()).isNotEqualTo(base.prediction().rnOhm())
                .isCloseTo(base.prediction().rnOhm(), within(0.03 * base.prediction().rnOhm()));
        // on SiO2 charging matters: a threshold below R_N lets it act, a larger κ lowers T_BKT further
        String sio2 = SpecReaderTest.GOOD.replace("preset: SrTiO3", "preset: SiO2");
        DesignResult quantum = run(sio2 + "model:\n  dissipative_threshold_ohm: 10\n  critical_ej_over_ec: 1\n");
        DesignResult stronger = run(sio2 + "model:\n  dissipative_threshold_ohm: 10\n  critical_ej_over_ec: 20\n");
        assertThat(quantum.prediction().tbktK()).isLessThan(run(sio2).prediction().tbktK());
        assertThat(stronger.prediction().tbktK()).isLessThan(quantum.prediction().tbktK());
        JsonNode json = new ObjectMapper().readTree(Summary.toJson(Summary.of(ko, List.of())));
        assertThat(json.at("/model/coupling").asText()).isEqualTo("kulik_omelyanchuk");
        assertThat(json.at("/model/normal_state").asText()).isEqualTo("laplace");
        assertThat(ko.flags()).extracting(f -> f.code()).contains("clean_constriction");
    }

    /** EBEAM.md: t = D·A/I; doubling the dose and halving the current takes four times as long. */
    @Test
    void writeTimeIsDoseTimesAreaOverCurrent() throws Exception {
        DesignResult r = run(SpecReaderTest.GOOD);
        assertThat(r.writeTimeS()).isCloseTo(250e-6 * r.exposedAreaNm2() * 1e-14 / 2e-9, within(1e-12));
        DesignResult slow = run(SpecReaderTest.GOOD + "ebeam:\n  dose_uC_cm2: 500\n  current_nA: 1\n");
        assertThat(slow.writeTimeS()).isCloseTo(4 * r.writeTimeS(), within(1e-9 * r.writeTimeS()));
        JsonNode json = new ObjectMapper().readTree(Summary.toJson(Summary.of(slow, List.of())));
        assertThat(json.get("dose_uC_cm2").asDouble()).isEqualTo(500);
        assertThat(json.get("write_time_s").asDouble()).isPositive();
    }
}
