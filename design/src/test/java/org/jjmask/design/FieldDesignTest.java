package org.jjmask.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jjmask.physics.Constants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 6 through the design pass: periods from the laid-out Voronoi plaquettes, the JSON field object. */
class FieldDesignTest {

    static String spec(String lattice, double pitch, double d, String material) {
        return SpecReaderTest.GOOD.replace("type: triangular", "type: " + lattice).replace("pitch_nm: 100",
                "pitch_nm: " + pitch).replace("hole_diameter_nm: 70", "hole_diameter_nm: " + d)
                .replace("preset: Nd0.8Sr0.2NiO2", "preset: " + material).replace("preset: SrTiO3",
                        material.equals("Nb") ? "preset: sapphire" : "preset: SrTiO3");
    }

    static JsonNode json(DesignResult r) throws Exception {
        return new ObjectMapper().readTree(Summary.toJson(Summary.of(r, List.of())));
    }

    @ParameterizedTest
    @CsvSource({"triangular, 100, 238.8, 0.866025", "square, 200, 51.70, 1.0", "honeycomb, 100, 159.18, 1.299038",
            "kagome, 100, 179.08, 1.154701", "triangular, 137, 127.2, 0.866025", "square, 83, 300.2, 1.0"})
    void periodIsOneFluxQuantumPerVoronoiPlaquette(String lattice, double pitch, double expectedMT, double perA2)
            throws Exception {
        DesignResult r = Designer.run(SpecReader.parse(spec(lattice, pitch, 0.5 * pitch, "Nd0.8Sr0.2NiO2"), "t.yaml"));
        // against the extracted network's Voronoi plaquettes
        double voronoi = Constants.PHI0 / (r.network().plaquetteAreaMeanNm2() * 1e-18) * 1e3;
        assertThat(r.prediction().periodMT()).isCloseTo(voronoi, withinPercentage(0.01));
        // and the ideal lattice's S (MODEL.md §1), up to the 1 nm snapping of the written rows
        assertThat(r.prediction().periodMT()).isCloseTo(Constants.PHI0 / (perA2 * pitch * pitch * 1e-18) * 1e3,
                withinPercentage(0.5));
        assertThat(r.prediction().periodMT()).isCloseTo(expectedMT, withinPercentage(0.5));
        JsonNode field = json(r).get("field");
        assertThat(field.get("period_mT").asDouble()).isCloseTo(r.prediction().periodMT(), withinPercentage(1e-3));
        assertThat(field.get("period_h_over_e_mT").asDouble()).isCloseTo(2 * r.prediction().periodMT(),
                withinPercentage(1e-3));
        assertThat(field.get("plaquette_area_std_nm2").asDouble()).isZero();
    }

    @Test
    void jsonCarriesTheFieldResponseWithoutNaN() throws Exception {
        DesignResult r = Designer.run(SpecReader.parse(spec("triangular", 100, 88, "Nd0.8Sr0.2NiO2"), "t.yaml"));
        String text = Summary.toJson(Summary.of(r, List.of()));
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
        JsonNode f = new ObjectMapper().readTree(text).get("field");
        for (String k : List.of("period_mT", "period_h_over_e_mT", "plaquette_area_mean_nm2", "plaquette_area_std_nm2",
                "damping_first_period", "periods_visible", "hc2_perp_T", "hc2_par_T", "hc2_anisotropy", "hc2_reversal",
                "hc2_reversal_temperature_K", "r_of_b", "tbkt_of_f", "hc2_of_t")) {
            assertThat(f.has(k)).as(k).isTrue();
        }
        assertThat(f.get("hc2_reversal").asBoolean()).isTrue();
        assertThat(f.get("hc2_reversal_temperature_K").asDouble()).isBetween(0.0, 15.0);
        assertThat(f.get("hc2_anisotropy").asDouble()).isLessThan(1.0);
        assertThat(f.at("/r_of_b/points").size()).isEqualTo(r.prediction().field().rOfB().size());
        assertThat(f.at("/tbkt_of_f/points/0/1").asDouble()).isCloseTo(r.prediction().tbktK(), within(1e-3));
        // and with Nb the same lattice does not reverse
        JsonNode nb = json(Designer.run(SpecReader.parse(spec("triangular", 100, 88, "Nb"), "t.yaml"))).get("field");
        assertThat(nb.get("hc2_reversal").asBoolean()).isFalse();
        assertThat(nb.get("hc2_reversal_temperature_K").isNull()).isTrue();
    }

    @Test
    void disorderedArraySpreadsThePlaquettesAndDampsTheOscillations() throws Exception {
        DesignResult r = Designer.run(SpecReader.parse(SpecReaderTest.GOOD + "fabrication:\n  preset: aao\n", "t.yaml"));
        double spread = r.prediction().field().frustrationSpreadPerPeriod();
        assertThat(spread).isBetween(0.01, 0.5);
        assertThat(r.geometry().plaquetteAreaStdNm2()).isPositive();
        assertThat(r.prediction().field().dampingFirstPeriod()).isCloseTo(Math.exp(-Math.pow(2 * Math.PI * spread, 2) / 2),
                within(1e-12));
        assertThat(r.prediction().field().periodsVisible()).isPresent();
    }

    @Test
    void spinExchangeIsAMaterialKey() throws Exception {
        Spec nd = SpecReader.parse(SpecReaderTest.GOOD, "t.yaml");
        assertThat(nd.material().spinExchangePar()).isEqualTo(0.78);
        Spec off = SpecReader.parse(SpecReaderTest.GOOD.replace("preset: Nd0.8Sr0.2NiO2",
                "preset: Nd0.8Sr0.2NiO2\n  spin_exchange_par: 0"), "t.yaml");
        assertThat(off.material().spinExchangePar()).isZero();
        assertThat(Designer.run(off).prediction().field().spinExchangePar()).isZero();
        Spec nb = SpecReader.parse(spec("square", 100, 50, "Nb"), "t.yaml");
        assertThat(nb.material().spinExchangePar()).isZero();
    }
}
