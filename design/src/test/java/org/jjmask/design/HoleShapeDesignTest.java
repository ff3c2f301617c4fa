package org.jjmask.design;

import org.jjmask.layout.drc.Violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import org.jjmask.layout.IdealHole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A design with each hole shape and a moved lattice through one pass, and what its JSON says. */
class HoleShapeDesignTest {

    static JsonNode json(DesignResult r) throws Exception {
        return new ObjectMapper().readTree(Summary.toJson(Summary.of(r, List.of())));
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("circle", "", 20),
                Arguments.of("circle", "  hole_area_preserving: true\n", 20),
                Arguments.of("circle", "  hole_vertices: 48\n", 48),
                Arguments.of("hexagon", "", 6),
                Arguments.of("square", "", 4),
                Arguments.of("ellipse", "  hole_aspect: 0.7\n", 20),
                Arguments.of("ellipse", "  hole_aspect: 1.2\n  hole_area_preserving: true\n  origin_nm: [31, -12]\n", 20));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("shapes")
    void eachShapeDesignsCleanly(String shape, String extra, int vertices) throws Exception {
        String yaml = SpecReaderTest.GOOD.replace("hole_diameter_nm: 70", "hole_diameter_nm: 60\n  hole_shape: " + shape + "\n"
                + extra.stripTrailing()).replace("\n\n", "\n");
        DesignResult r = DesignerTest.run(yaml);
        assertThat(r.holes()).isPositive();
        assertThat(r.facts().neckWidthNm()).isPositive();
        assertThat(r.drc()).isEmpty();
        assertThat(r.layout().hole().ideal().shapeName()).isEqualTo(shape);
        JsonNode j = json(r);
        for (String k : DesignerTest.CONTRACT_KEYS) {
            assertThat(j.has(k)).as(k).isTrue();
        }
        assertThat(j.at("/lattice/hole_shape").asText()).isEqualTo(shape);
        assertThat(j.at("/lattice/hole_vertices").asInt()).isEqualTo(vertices).isEqualTo(r.layout().hole().vertices());
        assertThat(j.at("/lattice/origin_nm").isArray()).isTrue();
        assertThat(j.at("/lattice/origin_nm")).hasSize(2);
        assertThat(j.has("hole_area_error")).isTrue();
        assertThat(j.get("hole_area_error").asDouble()).isCloseTo(r.layout().hole().areaError(1.0), within(1e-5));
        assertThat(Math.abs(j.get("hole_area_error").asDouble())).isLessThan(0.05);
        assertThat(j.get("holes").asLong()).isEqualTo(r.holes());
        // the physics' D is the equivalent-area diameter of the ideal shape (the nominal D for a circle)
        assertThat(r.geometry().holeDiameterNm()).isEqualTo(r.layout().hole().ideal().equivalentDiameterNm());
        assertThat(r.geometry().holeAreaNm2()).isEqualTo(r.layout().hole().area());
    }

    @Test
    void jsonRecordsHowTheHoleWasWritten() throws Exception {
        JsonNode plain = json(DesignerTest.run(SpecReaderTest.GOOD));
        assertThat(plain.at("/lattice/hole_shape").asText()).isEqualTo("circle");
        assertThat(plain.at("/lattice/hole_vertices").asInt()).isEqualTo(20);
        assertThat(plain.at("/lattice/hole_sagitta_nm").asDouble()).isEqualTo(0.5);
        assertThat(plain.at("/lattice/hole_area_preserving").asBoolean()).isFalse();
        assertThat(plain.at("/lattice/origin_nm/0").asDouble()).isZero();
        assertThat(plain.at("/lattice/origin_nm/1").asDouble()).isZero();
        assertThat(plain.at("/lattice/hole_aspect").isMissingNode()).isTrue();
        // an inscribed 20-gon of 70 nm, snapped: about 1.6 % + snapping below the circle
        assertThat(plain.get("hole_area_error").asDouble()).isBetween(-0.03, 0.0);
        assertThat(plain.get("hole_equivalent_diameter_nm").asDouble()).isEqualTo(70.0);

        JsonNode kept = json(DesignerTest.run(SpecReaderTest.lattice("  hole_area_preserving: true\n  origin_nm: [10.4, -3.6]\n")));
        assertThat(Math.abs(kept.get("hole_area_error").asDouble())).isLessThan(0.005);
        // the origin as written: snapped once to the 1 nm grid
        assertThat(kept.at("/lattice/origin_nm/0").asDouble()).isEqualTo(10.0);
        assertThat(kept.at("/lattice/origin_nm/1").asDouble()).isEqualTo(-4.0);

        JsonNode sq = json(DesignerTest.run(SpecReaderTest.lattice("  hole_shape: square\n")));
        assertThat(sq.at("/lattice/hole_vertices").asInt()).isEqualTo(4);
        assertThat(sq.at("/lattice/hole_sagitta_nm").isMissingNode()).isTrue();
        assertThat(sq.get("hole_area_error").asDouble()).isZero();
        assertThat(sq.get("hole_area_nm2").asDouble()).isEqualTo(4900.0);
        assertThat(sq.get("hole_equivalent_diameter_nm").asDouble()).isCloseTo(140 / Math.sqrt(Math.PI), within(1e-3));

        JsonNode el = json(DesignerTest.run(SpecReaderTest.lattice("  hole_shape: ellipse\n  hole_aspect: 0.5\n")));
        assertThat(el.at("/lattice/hole_aspect").asDouble()).isEqualTo(0.5);
    }

    @Test
    void anOriginMovesTheHolesNotTheirNumberMuch() throws Exception {
        DesignResult at0 = DesignerTest.run(SpecReaderTest.GOOD);
        DesignResult moved = DesignerTest.run(SpecReaderTest.lattice("  origin_nm: [50, 40]\n"));
        // same lattice facts, same prediction
        assertThat(moved.facts()).isEqualTo(at0.facts());
        assertThat(moved.prediction().tbktK()).isEqualTo(at0.prediction().tbktK());
        // a different set of whole holes fits: the count may change by a row or so on each edge, not more
        assertThat(moved.holes()).isCloseTo(at0.holes(), within(at0.holes() / 10));
        assertThat(moved.layout().arrays()).isNotEqualTo(at0.layout().arrays());
    }

    @Test
    void aSquareHoleOnATriangularLatticeNecksAcrossItsRows() throws Exception {
        // side 70 at pitch 100: the x bonds leave 30 nm, but the 60° neighbours sit a row (86.6 nm; written
        // 87 up and 173 − 87 = 86 down) away and only 50 nm aside, so the squares face each other across
        // 86 − 70 = 16 nm of film
        DesignResult r = DesignerTest.run(SpecReaderTest.lattice("  hole_shape: square\n"));
        assertThat(r.facts().neckWidthNm()).isEqualTo(16.0);
        assertThat(r.drc()).extracting(v -> v.rule().specName()).containsExactly("min_neck");
        assertThat(new IdealHole.Square(70).chordNm(Math.PI / 3)).isCloseTo(70 / Math.sin(Math.PI / 3), within(1e-9));
    }
}
