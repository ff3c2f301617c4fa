package org.jjmask.design;

import org.jjmask.design.spec.SpecException;
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
    void fabricationPresetsGiveSigmasThatExplicitValuesOverride() throws Exception {
        Spec aao = SpecReader.parse(GOOD + "fabrication:\n  preset: aao\n", "t.yaml");
        assertThat(aao.fabrication().diameterSigmaNm()).isEqualTo(0.08 * 70);
        assertThat(aao.fabrication().positionSigmaNm()).isEqualTo(0.05 * 100);
        assertThat(aao.fabrication().seed()).isEqualTo(1);
        Spec mixed = SpecReader.parse(GOOD + "fabrication:\n  preset: ebeam\n  position_sigma_nm: 0\n  seed: 9\n",
                "t.yaml");
        assertThat(mixed.fabrication().diameterSigmaNm()).isEqualTo(2.0);
        assertThat(mixed.fabrication().positionSigmaNm()).isZero();
        assertThat(mixed.fabrication().seed()).isEqualTo(9);
        Spec plain = SpecReader.parse(GOOD, "t.yaml");
        assertThat(plain.fabrication().variation().isNone()).isTrue();
        assertThat(plain.lattice().rotationDeg()).isZero();
    }

    @Test
    void disorderAndRotationOutOfBoundsNameTheirKey() {
        assertThat(failure(GOOD + "fabrication:\n  preset: aoa\n")).contains("fabrication.preset").contains("aao");
        assertThat(failure(GOOD + "fabrication:\n  diameter_sigma_nm: 20\n")).contains("fabrication.diameter_sigma_nm")
                .contains("quarter");
        assertThat(failure(GOOD + "fabrication:\n  position_sigma_nm: 30\n")).contains("fabrication.position_sigma_nm");
        assertThat(failure(GOOD + "fabrication:\n  seed: -1\n")).contains("fabrication.seed");
        assertThat(failure(GOOD.replace("hole_diameter_nm: 70", "hole_diameter_nm: 70\n  rotation_deg: 400")))
                .contains("lattice.rotation_deg");
        assertThat(failure(GOOD.replace("hole_diameter_nm: 70", "hole_diameter_nm: 70\n  rotation_deg: 10")
                + "fabrication:\n  tone: negative\n")).contains("fabrication.tone").contains("rotated");
    }

    @Test
    void modelSectionIsValidatedKeyByKey() throws Exception {
        Spec s = SpecReader.parse(GOOD, "t.yaml");
        assertThat(s.model()).isEqualTo(new Spec.ModelSpec(Spec.NormalState.LAPLACE, org.jjmask.physics.ModelOptions.DEFAULT.criticalEjOverEc(), org.jjmask.physics.ModelOptions.DEFAULT.dissipativeThresholdOhm(), org.jjmask.physics.ModelOptions.DEFAULT.phaseSlipScale(), Spec.Coupling.AMBEGAOKAR_BARATOFF));
        assertThat(failure(GOOD + "model:\n  normal_state: laplac\n")).contains("model.normal_state").contains("laplace");
        assertThat(failure(GOOD + "model:\n  coupling: ko\n")).contains("model.coupling").contains("kulik_omelyanchuk");
        assertThat(failure(GOOD + "model:\n  critical_ej_over_ec: -1\n")).contains("model.critical_ej_over_ec");
        assertThat(failure(GOOD + "model:\n  dissipative_threshold_ohm: 0\n")).contains("model.dissipative_threshold_ohm");
        assertThat(failure(GOOD + "model:\n  phase_slip_scale: 0\n")).contains("model.phase_slip_scale");
        assertThat(failure(GOOD + "model:\n  tau: 1\n")).contains("tau");
    }

    private static String failure(String yaml) {
        try {
            SpecReader.parse(yaml, "t.yaml");
        } catch (SpecException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + yaml);
    }

    @Test
    void readsAndFillsDefaults() throws Exception {
        Spec s = SpecReader.parse(GOOD, "t.yaml");
        assertThat(s.name()).isEqualTo("t-1");
        // no vertex count given: from the 0.5 nm sagitta tolerance, 20 for a 70 nm circle
        assertThat(s.lattice().holeVertices()).isEmpty();
        assertThat(s.lattice().holeSagittaNm()).isEqualTo(0.5);
        assertThat(s.lattice().vertexCount()).isEqualTo(20);
        assertThat(s.lattice().holeShape()).isEqualTo(Spec.HoleShapeType.CIRCLE);
        assertThat(s.lattice().idealHole()).isEqualTo(new org.jjmask.layout.IdealHole.Circle(70, 20, false));
        assertThat(s.lattice().holeAspect()).isEqualTo(1.0);
        assertThat(s.lattice().originXNm()).isZero();
        assertThat(s.lattice().originYNm()).isZero();
        assertThat(s.lattice().edgeMarginNm()).isEqualTo(200);
        assertThat(((Spec.HallBarSpec) s.device()).armPairs()).isEqualTo(2);
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
        assertThat(s.material().gapRatio()).isEqualTo(MaterialSection.BCS_GAP_RATIO);
        assertThatThrownBy(() -> SpecReader.parse(custom.replace("  thickness_nm: 12\n", ""), "t.yaml"))
                .isInstanceOf(SpecException.class).hasMessageContaining("material.thickness_nm")
                .hasMessageContaining("missing");
    }

    static String lattice(String extra) {
        return GOOD.replace("  hole_diameter_nm: 70\n", "  hole_diameter_nm: 70\n" + extra);
    }

    @Test
    void readsTheHoleShapeKeys() throws Exception {
        Spec s = SpecReader.parse(lattice("  hole_shape: ellipse\n  hole_aspect: 0.6\n  hole_sagitta_nm: 0.2\n"
                + "  hole_area_preserving: true\n  origin_nm: [12.5, -40]\n"), "t.yaml");
        assertThat(s.lattice().holeShape()).isEqualTo(Spec.HoleShapeType.ELLIPSE);
        assertThat(s.lattice().holeAspect()).isEqualTo(0.6);
        assertThat(s.lattice().holeAreaPreserving()).isTrue();
        assertThat(s.lattice().originXNm()).isEqualTo(12.5);
        assertThat(s.lattice().originYNm()).isEqualTo(-40);
        // r = 35 nm (the larger axis), 0.2 nm: n ≥ 29.3 → 32
        assertThat(s.lattice().vertexCount()).isEqualTo(32);
        assertThat(s.lattice().idealHole()).isEqualTo(new org.jjmask.layout.IdealHole.Ellipse(70, 0.6, 32, true));

        Spec sq = SpecReader.parse(lattice("  hole_shape: square\n"), "t.yaml");
        assertThat(sq.lattice().vertexCount()).isEqualTo(4);
        assertThat(sq.lattice().idealHole()).isEqualTo(new org.jjmask.layout.IdealHole.Square(70));
        Spec hex = SpecReader.parse(lattice("  hole_shape: hexagon\n"), "t.yaml");
        assertThat(hex.lattice().idealHole()).isEqualTo(new org.jjmask.layout.IdealHole.Hexagon(70));
        Spec explicit = SpecReader.parse(lattice("  hole_vertices: 48\n"), "t.yaml");
        assertThat(explicit.lattice().vertexCount()).isEqualTo(48);
        // flow style works the same
        Spec flow = SpecReader.parse(GOOD.replace("lattice:\n  type: triangular\n  pitch_nm: 100\n  hole_diameter_nm: 70\n",
                "lattice: {type: triangular, pitch_nm: 100, hole_diameter_nm: 60, hole_shape: hexagon, origin_nm: [5, 5]}\n"),
                "t.yaml");
        assertThat(flow.lattice().holeShape()).isEqualTo(Spec.HoleShapeType.HEXAGON);
        assertThat(flow.lattice().originXNm()).isEqualTo(5);
    }

    static Stream<Arguments> malformedHoles() {
        return Stream.of(
                Arguments.of("unknown shape", lattice("  hole_shape: star\n"), "lattice.hole_shape",
                        "(line 14): unknown hole shape 'star'; known: circle, hexagon, square, ellipse"),
                Arguments.of("shape case slip", lattice("  hole_shape: Hexagon\n"), "lattice.hole_shape", "did you mean 'hexagon'?"),
                Arguments.of("shape not text", lattice("  hole_shape: 6\n"), "lattice.hole_shape", "line 14"),
                Arguments.of("aspect on a circle", lattice("  hole_aspect: 2\n"), "lattice.hole_aspect", "applies only to lattice.hole_shape ellipse"),
                Arguments.of("aspect too small", lattice("  hole_shape: ellipse\n  hole_aspect: 0.1\n"), "lattice.hole_aspect", "(line 15): 0.1 is out of range (0.1, 10]"),
                Arguments.of("aspect too large", lattice("  hole_shape: ellipse\n  hole_aspect: 10.5\n"), "lattice.hole_aspect", "out of range (0.1, 10]"),
                Arguments.of("aspect not finite", lattice("  hole_shape: ellipse\n  hole_aspect: .nan\n"), "lattice.hole_aspect", "finite"),
                Arguments.of("aspect makes holes touch", lattice("  hole_shape: ellipse\n  hole_aspect: 1.9\n"), "lattice.hole_aspect",
                        "an ellipse of 70 × 133 nm spans"),
                Arguments.of("tiny minor axis", GOOD.replace("hole_diameter_nm: 70", "hole_diameter_nm: 5\n  hole_shape: ellipse\n  hole_aspect: 0.3"),
                        "lattice.hole_aspect", "below 2 nm"),
                Arguments.of("vertices on a square", lattice("  hole_shape: square\n  hole_vertices: 8\n"), "lattice.hole_vertices",
                        "(line 15): applies only to lattice.hole_shape circle or ellipse"),
                Arguments.of("sagitta on a hexagon", lattice("  hole_shape: hexagon\n  hole_sagitta_nm: 1\n"), "lattice.hole_sagitta_nm", "circle or ellipse"),
                Arguments.of("area preserving on a square", lattice("  hole_shape: square\n  hole_area_preserving: true\n"),
                        "lattice.hole_area_preserving", "circle or ellipse"),
                Arguments.of("vertices and sagitta", lattice("  hole_vertices: 32\n  hole_sagitta_nm: 1\n"), "lattice.hole_sagitta_nm", "not both"),
                Arguments.of("zero sagitta", lattice("  hole_sagitta_nm: 0\n"), "lattice.hole_sagitta_nm", "(line 14): 0 is out of range [0.001, 1000]"),
                Arguments.of("area preserving not boolean", lattice("  hole_area_preserving: 1\n"), "lattice.hole_area_preserving", "(line 14): expected true or false; got 1"),
                Arguments.of("area preserving quoted", lattice("  hole_area_preserving: \"true\"\n"), "lattice.hole_area_preserving", "expected true or false; got 'true'"),
                Arguments.of("square too large for the 60° bonds", GOOD.replace("hole_diameter_nm: 70", "hole_diameter_nm: 90\n  hole_shape: square"),
                        "lattice.hole_diameter_nm", "a square of side 90 nm spans 103.923 nm along the 60° bonds, which must be smaller than lattice.pitch_nm (100)"),
                Arguments.of("hexagon corner meets the square lattice's y bond", GOOD.replace("triangular", "square")
                        .replace("hole_diameter_nm: 70", "hole_diameter_nm: 90\n  hole_shape: hexagon"), "lattice.hole_diameter_nm", "along the 90° bonds"),
                Arguments.of("written polygons touch", GOOD.replace("triangular", "square").replace("hole_diameter_nm: 70",
                        "hole_diameter_nm: 99.2\n  hole_vertices: 64\n  hole_area_preserving: true"), "lattice.hole_diameter_nm", "leaves no neck"),
                Arguments.of("origin with one number", lattice("  origin_nm: [3]\n"), "lattice.origin_nm", "(line 14): expected two numbers [x, y] in nm; got 1 value"),
                Arguments.of("origin with three numbers", lattice("  origin_nm: [1, 2, 3]\n"), "lattice.origin_nm", "got 3 values"),
                Arguments.of("origin not a list", lattice("  origin_nm: 5\n"), "lattice.origin_nm", "(line 14): expected a list; got a number"),
                Arguments.of("origin with text", lattice("  origin_nm: [a, 2]\n"), "lattice.origin_nm[0]", "expected a number; got 'a'"),
                Arguments.of("origin empty value", lattice("  origin_nm: [1, ~]\n"), "lattice.origin_nm", "with an empty one"),
                Arguments.of("origin far away", lattice("  origin_nm: [1e9, 0]\n"), "lattice.origin_nm", "out of range"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedHoles")
    void refusesBadHoleKeysWithOneLineNamingTheKey(String what, String yaml, String key, String detail) {
        refusesWithOneLineNamingTheKey(what, yaml, key, detail);
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
                Arguments.of("zero base temperature", GOOD + "conditions:\n  base_temperature_K: 0\n", "conditions.base_temperature_K",
                        "0 is out of range [0.0001, 1000]"),
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
