package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PresetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Nd0.8Sr0.2NiO2", "La0.8Sr0.2NiO2", "YBCO", "Nb", "NbN", "MoGe", "a-Bi", "Al"})
    void eachMaterialLoadsWithASourceAndAUsualSubstrate(String name) {
        Material m = Presets.material(name).orElseThrow();
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.source()).isNotBlank();
        assertThat(m.tc0K()).isPositive();
        String sub = Presets.usualSubstrate(name).orElseThrow();
        assertThat(Presets.substrate(sub)).isPresent();
        Prediction p = Predictor.predict(ArrayGeometry.periodic(IslandNetwork.HONEYCOMB, 100, 60), m,
                Presets.substrate(sub).orElseThrow(), Conditions.defaults());
        assertThat(p.tcOnsetK()).isEqualTo(m.tc0K());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SrTiO3", "KTaO3", "LaAlO3", "LSAT", "MgO", "sapphire", "Si", "SiO2"})
    void eachSubstrateLoads(String name) {
        Substrate s = Presets.substrate(name).orElseThrow();
        assertThat(s.name()).isEqualTo(name);
        assertThat(s.epsilonLowT()).isGreaterThanOrEqualTo(1);
        assertThat(s.source()).isNotBlank();
    }

    @Test
    void modelNumbers() {
        assertThat(Presets.substrate("SrTiO3").orElseThrow().epsilonLowT()).isEqualTo(2e4);
        assertThat(Presets.substrate("KTaO3").orElseThrow().epsilonLowT()).isEqualTo(5e3);
        assertThat(Presets.substrate("LaAlO3").orElseThrow().epsilonLowT()).isEqualTo(24);
        assertThat(Presets.substrate("LSAT").orElseThrow().epsilonLowT()).isEqualTo(22);
        assertThat(Presets.substrate("MgO").orElseThrow().epsilonLowT()).isEqualTo(9.8);
        assertThat(Presets.substrate("sapphire").orElseThrow().epsilonLowT()).isEqualTo(10);
        assertThat(Presets.substrate("Si").orElseThrow().epsilonLowT()).isEqualTo(11.7);
        assertThat(Presets.substrate("SiO2").orElseThrow().epsilonLowT()).isEqualTo(3.9);
        Material nsno = Presets.material("Nd0.8Sr0.2NiO2").orElseThrow();
        assertThat(nsno.coherenceLengthNm()).isEqualTo(5.4);
        assertThat(Presets.usualSubstrate("Nd0.8Sr0.2NiO2")).contains("SrTiO3");
        assertThat(Presets.material("La0.8Sr0.2NiO2").orElseThrow().tc0K()).isEqualTo(18.8);
    }

    @Test
    void listsAndAliases() {
        assertThat(Presets.materials()).hasSize(8);
        assertThat(Presets.substrates()).hasSize(8);
        assertThat(Presets.material("NdSrNiO2").map(Material::name)).contains("Nd0.8Sr0.2NiO2");
        assertThat(Presets.substrate("STO").map(Substrate::name)).contains("SrTiO3");
        assertThat(Presets.material("nb")).isEmpty();
        assertThat(Presets.material("unobtainium")).isEmpty();
        assertThat(Presets.material(null)).isEmpty();
        assertThat(Presets.substrate("srtio3")).isEmpty();
        List<String> names = Presets.materials().stream().map(Material::name).toList();
        assertThat(Presets.materialAliases().values()).allMatch(names::contains);
    }
}
