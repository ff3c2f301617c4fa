package org.jjmask.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpecReaderTest {

    static final String GOOD = """
            name: t-1
            material:
              preset: Nd0.8Sr0.2NiO2
            substrate:
              preset: SrTiO3
            device:
              type: hallbar
              length_um: 10
              width_um: 2
            lattice:
              type: triangular
              pitch_nm: 100
              hole_diameter_nm: 70
            """;

    @Test
    void readsAndFillsDefaults() throws Exception {
        Spec s = SpecReader.parse(GOOD, "t.yaml");
        assertThat(s.name()).isEqualTo("t-1");
        assertThat(s.lattice().holeVertices()).isEqualTo(32);
        assertThat(s.lattice().edgeMarginNm()).isEqualTo(200);
        assertThat(s.device().armPairs()).isEqualTo(2);
        assertThat(s.conditions().baseTemperatureK()).isEqualTo(0.05);
        assertThat(s.fabrication().minFeatureNm()).isEqualTo(20);
        assertThat(s.material().tc0K()).isPositive();
        assertThat(s.substrate().epsilonR()).isGreaterThan(1000);
        assertThat(s.sha256()).hasSize(64);
        assertThat(s.target()).isEmpty();
    }

    @Test
    void explicitNumbersOverrideThePreset() throws Exception {
        Spec s = SpecReader.parse(GOOD.replace("  preset: Nd0.8Sr0.2NiO2", "  preset: Nd0.8Sr0.2NiO2\n  tc0_K: 11.5"), "t.yaml");
        assertThat(s.material().tc0K()).isEqualTo(11.5);
    }

    @Test
    void customMaterialNeedsItsNumbers() throws Exception {
        String custom = GOOD.replace("  preset: Nd0.8Sr0.2NiO2",
                "  tc0_K: 9\n  sheet_resistance_ohm: 250\n  coherence_length_nm: 6\n  thickness_nm: 12");
        Spec s = SpecReader.parse(custom, "t.yaml");
        assertThat(s.material().gapRatio()).isEqualTo(SpecValidator.BCS_GAP_RATIO);
        assertThatThrownBy(() -> SpecReader.parse(custom.replace("  thickness_nm: 12\n", ""), "t.yaml"))
                .isInstanceOf(SpecException.class).hasMessageContaining("material.thickness_nm")
                .hasMessageContaining("missing");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("unknown key", GOOD.replace("  pitch_nm: 100", "  pitch_nm: 100\n  pich: 3"), "lattice.pich", "line 13"),
                Arguments.of("unknown top key", GOOD + "colour: red\n", "colour", "line 14"),
                Arguments.of("wrong type", GOOD.replace("pitch_nm: 100", "pitch_nm: abc"), "lattice.pitch_nm", "line 12"),
                Arguments.of("quoted number", GOOD.replace("pitch_nm: 100", "pitch_nm: \"100\""), "lattice.pitch_nm", "expected a number; got '100'"),
                Arguments.of("case slip in preset", GOOD.replace("preset: Nd0.8Sr0.2NiO2", "preset: nd0.8sr0.2nio2"), "material.preset", "did you mean 'Nd0.8Sr0.2NiO2'?"),
                Arguments.of("tab indentation", GOOD.replace("  pitch_nm: 100", "\tpitch_nm: 100"), "", "TAB"),
                Arguments.of("NaN", GOOD.replace("pitch_nm: 100", "pitch_nm: .nan"), "lattice.pitch_nm", "finite"),
                Arguments.of("infinite", GOOD.replace("hole_diameter_nm: 70", "hole_diameter_nm: .inf"), "lattice.hole_diameter_nm", "finite"),
                Arguments.of("negative size", GOOD.replace("width_um: 2", "width_um: -2"), "device.width_um", "line 9"),
                Arguments.of("hole as large as pitch", GOOD.replace("hole_diameter_nm: 70", "hole_diameter_nm: 100"), "lattice.hole_diameter_nm", "smaller than"),
                Arguments.of("hole larger than pitch", GOOD.replace("hole_diameter_nm: 70", "hole_diameter_nm: 150"), "lattice.hole_diameter_nm", "line 13"),
                Arguments.of("unknown preset", GOOD.replace("preset: Nd0.8Sr0.2NiO2", "preset: Unobtainium"), "material.preset", "Unobtainium"),
                Arguments.of("unknown substrate", GOOD.replace("preset: SrTiO3", "preset: Cheese"), "substrate.preset", "Cheese"),
                Arguments.of("unknown lattice", GOOD.replace("type: triangular", "type: hexagonal"), "lattice.type", "hexagonal"),
                Arguments.of("unknown device", GOOD.replace("type: hallbar", "type: donut"), "device.type", "donut"),
                Arguments.of("name with slash", GOOD.replace("name: t-1", "name: ../evil"), "name", "file stem"),
                Arguments.of("name with space", GOOD.replace("name: t-1", "name: my design"), "name", "file stem"),
                Arguments.of("missing name", GOOD.replace("name: t-1\n", ""), "name", "missing"),
                Arguments.of("missing lattice", GOOD.substring(0, GOOD.indexOf("lattice:")), "lattice", "missing"),
                Arguments.of("missing pitch", GOOD.replace("  pitch_nm: 100\n", ""), "lattice.pitch_nm", "missing"),
                Arguments.of("float vertices", GOOD.replace("  pitch_nm: 100", "  pitch_nm: 100\n  hole_vertices: 32.5"), "lattice.hole_vertices", "whole number"),
                Arguments.of("few vertices", GOOD.replace("  pitch_nm: 100", "  pitch_nm: 100\n  hole_vertices: 3"), "lattice.hole_vertices", "out of range"),
                Arguments.of("section not a map", GOOD.replace("substrate:\n  preset: SrTiO3", "substrate: SrTiO3"), "substrate", "line 4"),
                Arguments.of("duplicate key", GOOD.replace("  pitch_nm: 100", "  pitch_nm: 100\n  pitch_nm: 120"), "pitch_nm", "uplicate"),
                Arguments.of("bad yaml", GOOD.replace("lattice:", "lattice: [oops"), "", "line"),
                Arguments.of("zero base temperature", GOOD + "conditions:\n  base_temperature_K: 0\n", "conditions.base_temperature_K", "out of range"),
                Arguments.of("bad wkt", GOOD.replace("type: hallbar\n  length_um: 10\n  width_um: 2", "type: polygon\n  wkt: \"POLYGON((0 0, 1 1))\""), "device.wkt", "WKT"),
                Arguments.of("bowtie wkt", GOOD.replace("type: hallbar\n  length_um: 10\n  width_um: 2", "type: polygon\n  wkt: \"POLYGON((0 0, 10 10, 10 0, 0 10, 0 0))\""), "device.wkt", "not valid"),
                Arguments.of("arms do not fit", GOOD.replace("width_um: 2", "width_um: 2\n  arm_pairs: 5\n  arm_width_um: 3"), "device.arm_width_um", "do not fit"),
                Arguments.of("unknown target phase", GOOD + "target:\n  phase: liquid\n", "target.phase", "liquid"),
                Arguments.of("empty file", "", "", "empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void refusesWithOneLineNamingTheKey(String what, String yaml, String key, String detail) {
        assertThatThrownBy(() -> SpecReader.parse(yaml, "bad.yaml"))
                .isInstanceOf(SpecException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage()).startsWith("bad.yaml").contains(key).contains(detail);
                    assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("org.jjmask").doesNotContain("java.");
                    if (!key.isEmpty() && !key.equals("pitch_nm")) {
                        assertThat(((SpecException) e).key()).isEqualTo(key);
                    }
                });
    }
}
