package org.jjmask.layout.drc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.jjmask.layout.drc.LayoutRulesTest.broken;
import static org.jjmask.layout.drc.LayoutRulesTest.rule;

import java.util.List;
import java.util.Map;
import org.jjmask.layout.Annotations;
import org.jjmask.layout.Annotations.Label;
import org.jjmask.layout.Annotations.Mark;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.HallBar;
import org.jjmask.layout.HoleShape;
import org.jjmask.layout.LatticeType;
import org.jjmask.layout.Layout;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Labels and marks against the hole-array area, the outline, the pads and each other, on a small
 * Hall bar: channel 20 × 4 µm (the lattice), one arm pair at x = 0 (1 µm wide, 2 µm long, plain
 * film), 10 µm pads centred at (±15, 0) and (0, ±9) µm. Coordinates in nm.
 */
class AnnotationRulesTest {

    static final GeometryFactory GF = new GeometryFactory();
    static final Layout BAR = Layout.of(new HallBar(20, 4, 1, 1, 2, 10, false), GridLattice.of(LatticeType.SQUARE, 200, 1),
            HoleShape.regular(100, 16, 1), 200, 1);
    static final AnnotationRules.Limits FIVE_UM = new AnnotationRules.Limits(5000);

    static DrcReport check(List<Label> labels, List<Mark> marks, AnnotationRules.Limits limits) {
        return AnnotationRules.check(BAR, new Annotations(labels, marks), limits);
    }

    static Mark cross(String name, double x, double y) {
        return new Mark(name, "cross", x, y, 4000, 1000);
    }

    @Test
    void theFixtureIsWhatTheTestsAssume() {
        assertThat(BAR.holeCount()).isPositive();
        assertThat(BAR.fillAreaNm().getArea()).isCloseTo(20_000.0 * 4_000, within(1.0));
        assertThat(BAR.padsNm()).hasSize(4);
    }

    @Test
    void withoutLabelsOrMarksNoRuleIsListed() {
        assertThat(check(List.of(), List.of(), FIVE_UM).rules()).isEmpty();
        assertThat(check(List.of(), List.of(cross("M1", 0, -30_000)), FIVE_UM).rules())
                .extracting(DrcReport.RuleSummary::rule).containsExactly(DesignRule.ANNOTATION_OVERLAP);
        assertThat(check(List.of(new Label("A", 0, -30_000, 2000)), List.of(), FIVE_UM).rules())
                .extracting(DrcReport.RuleSummary::rule).containsExactly(DesignRule.LABEL_ON_ARRAY);
    }

    @Test
    void marksWellClearAndALabelOnAPadAreCleanAndTheClosestDistanceIsReported() {
        // corner marks 10 µm beyond the bounding box of the outline (x ±20, y ±14 µm); a label on the left pad
        List<Mark> marks = List.of(cross("LL", -32_000, -26_000), cross("LR", 32_000, -26_000),
                cross("UR", 32_000, 26_000), cross("UL", -32_000, 26_000));
        Label onPad = new Label("A1", -19_000, -1500, 3000);
        assertThat(BAR.padsNm().get(0).contains(UnaryUnionOp.union(onPad.polygonsNm()))).as("label inside the pad").isTrue();
        DrcReport r = check(List.of(onPad, new Label("B2", -8000, 2000, 1500)), marks, FIVE_UM);
        assertThat(broken(r)).isEmpty();
        // the closest a mark comes to anything: a cross's bar end to a pad's corner, by brute force
        double brute = Double.MAX_VALUE;
        for (Mark m : marks) {
            brute = Math.min(brute, m.polygonNm().distance(BAR.outlineNm()));
        }
        assertThat(rule(r, DesignRule.ANNOTATION_OVERLAP).worstNm()).isCloseTo(brute, within(1e-6)).isGreaterThan(5000);
        // "B2" stands on the channel's top edge: touching the hole-array area is allowed
        assertThat(rule(r, DesignRule.LABEL_ON_ARRAY).worstNm()).isCloseTo(0, within(1e-6));
        assertThat(rule(r, DesignRule.LABEL_OVERLAP).worstNm()).isPositive();
    }

    @Test
    void aMarkOnTheArrayIsOneViolationAtItsCentreMeasuredByTheOverlapWidth() {
        Mark m = new Mark("M1", "square", 3000, 500, 2000, 0);
        DrcReport r = check(List.of(), List.of(m), FIVE_UM);
        assertThat(broken(r)).containsExactly(Map.entry(DesignRule.ANNOTATION_OVERLAP.specName(), 1L));
        Violation v = r.violations().get(0);
        assertThat(v.xNm()).isEqualTo(3000);
        assertThat(v.yNm()).isEqualTo(500);
        // the square lies inside the channel: the overlap is the square, 2 µm wide
        assertThat(v.measuredNm()).isCloseTo(-2000, within(5.0));
        assertThat(v.limitNm()).isEqualTo(5000);
        assertThat(v.message()).startsWith("mark M1 at (3, 0.5) µm overlaps the hole-array area (4 µm² of overlap, up to 2")
                .contains("needs 5 µm clear");
    }

    @Test
    void aMarkTooCloseNamesTheMostDamagingNeighbourOnly() {
        // 2 µm below the channel (the lattice) and 1 µm left of the lower pad: the lattice is named, not the pad
        DrcReport near = check(List.of(), List.of(cross("LL", -8000, -6000)), FIVE_UM);
        assertThat(near.violations()).singleElement().satisfies(v -> {
            assertThat(v.message()).isEqualTo("mark LL at (-8, -6) µm is 2 µm from the hole-array area; a mark needs 5 µm "
                    + "clear around it for the alignment scan");
            assertThat(v.measuredNm()).isCloseTo(2000, within(1e-9));
        });

        // on the right pad, 1 µm from the channel's end: with a 0.5 µm clearance only the pad is too close
        DrcReport onPad = check(List.of(), List.of(cross("P", 13_000, 0)), new AnnotationRules.Limits(500));
        assertThat(onPad.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .startsWith("mark P at (13, 0) µm overlaps contact pad 2 of 4 (7 µm² of overlap"));

        // beside an arm (plain film, not the lattice, no pad near): the film outline is named
        Layout longArms = Layout.of(new HallBar(20, 4, 1, 1, 10, 0, false), GridLattice.of(LatticeType.SQUARE, 200, 1),
                HoleShape.regular(100, 16, 1), 200, 1);
        DrcReport film = AnnotationRules.check(longArms, new Annotations(List.of(),
                List.of(new Mark("A", "cross", 2000, 10_000, 2000, 400))), FIVE_UM);
        assertThat(film.violations()).singleElement().satisfies(v -> {
            assertThat(v.message()).startsWith("mark A at (2, 10) µm is 0.5 µm from the device outline (film)");
            assertThat(v.measuredNm()).isCloseTo(500, within(1e-9));
        });
    }

    @Test
    void marksKeepClearOfEachOtherAndOfLabels() {
        Mark a = cross("M1", -30_000, -30_000);
        Mark b = cross("M2", -23_000, -30_000);  // bar ends 3 µm apart
        Label near = new Label("X", -30_000, -26_000, 2000);  // 2 µm above M1's top bar
        DrcReport r = check(List.of(near), List.of(a, b), FIVE_UM);
        assertThat(broken(r)).containsExactly(Map.entry(DesignRule.ANNOTATION_OVERLAP.specName(), 2L));
        assertThat(r.violations()).extracting(Violation::message).containsExactly(
                "mark M1 at (-30, -30) µm is 3 µm from mark M2 at (-23, -30) µm; a mark needs 5 µm clear around it for "
                        + "the alignment scan",
                "mark M1 at (-30, -30) µm is 2 µm from label 'X' at (-30, -26) µm; a mark needs 5 µm clear around it for "
                        + "the alignment scan");
        // at the clearance short of floating-point noise it passes, 0.01 nm short it does not
        assertThat(check(List.of(), List.of(a, cross("M3", -21_000 - 1e-6, -30_000)), FIVE_UM).clean()).isTrue();
        assertThat(check(List.of(), List.of(a, cross("M3", -21_000 - 0.01, -30_000)), FIVE_UM).clean()).isFalse();
    }

    @Test
    void aLabelOnTheArrayIsLocatedInsideTheOverlap() {
        Label l = new Label("X1", -9000, -1000, 3000);  // from y = -1 to 2 µm: on the channel
        DrcReport r = check(List.of(l), List.of(), FIVE_UM);
        assertThat(broken(r)).containsExactly(Map.entry(DesignRule.LABEL_ON_ARRAY.specName(), 1L));
        Violation v = r.violations().get(0);
        Coordinate at = new Coordinate(v.xNm(), v.yNm());
        assertThat(BAR.fillAreaNm().contains(GF.createPoint(at))).isTrue();
        assertThat(UnaryUnionOp.union(l.polygonsNm()).contains(GF.createPoint(at))).isTrue();
        assertThat(v.measuredNm()).isNegative();
        assertThat(v.message()).startsWith("label 'X1' at (-9, -1) µm overlaps the hole-array area (")
                .endsWith("; it would destroy the lattice there");
    }

    @Test
    void overlappingLabelsAreOneViolationPerPair() {
        Label a = new Label("AB", -10_000, -30_000, 2000);
        Label b = new Label("CD", -9000, -29_500, 2000);
        Label far = new Label("EF", 10_000, -30_000, 2000);
        DrcReport r = check(List.of(a, b, far), List.of(), FIVE_UM);
        assertThat(broken(r)).containsExactly(Map.entry(DesignRule.LABEL_OVERLAP.specName(), 1L));
        assertThat(r.violations().get(0).message()).startsWith("label 'AB' at (-10, -30) µm overlaps label 'CD' at (-9, -29.5) µm (");
    }

    @Test
    void anEmptyHoleArrayAreaIsNoNeighbour() {
        // pads grown by a keep-out wider than the channel leave the lattice nowhere to go
        Layout empty = Layout.of(new HallBar(20, 4, 1, 1, 2, 10, false), GridLattice.of(LatticeType.SQUARE, 200, 1),
                HoleShape.regular(100, 16, 1), 200, 50_000, 1);
        assertThat(empty.fillAreaNm().isEmpty()).isTrue();
        DrcReport r = AnnotationRules.check(empty, new Annotations(List.of(new Label("A", -30_000, -30_000, 2000)),
                List.of(cross("M1", 40_000, 40_000))), FIVE_UM);
        assertThat(r.clean()).isTrue();
        assertThat(rule(r, DesignRule.ANNOTATION_OVERLAP).worstNm()).isGreaterThan(5000);
    }

    @Test
    void separationIsTheDistanceOrMinusTheOverlapWidth() {
        Polygon a = (Polygon) GF.toGeometry(new org.locationtech.jts.geom.Envelope(0, 1000, 0, 1000));
        Polygon apart = (Polygon) GF.toGeometry(new org.locationtech.jts.geom.Envelope(1300, 2000, 0, 1000));
        Polygon touching = (Polygon) GF.toGeometry(new org.locationtech.jts.geom.Envelope(1000, 2000, 0, 1000));
        Polygon strip = (Polygon) GF.toGeometry(new org.locationtech.jts.geom.Envelope(800, 2000, -500, 1500));
        assertThat(AnnotationRules.separation(a, apart).nm()).isEqualTo(300);
        assertThat(AnnotationRules.separation(a, touching).nm()).isEqualTo(0);
        assertThat(AnnotationRules.separation(a, touching).overlaps()).isFalse();
        AnnotationRules.Separation s = AnnotationRules.separation(a, strip);
        assertThat(s.nm()).isCloseTo(-200, within(0.5));
        assertThat(s.overlapNm2()).isEqualTo(200_000);
    }
}
