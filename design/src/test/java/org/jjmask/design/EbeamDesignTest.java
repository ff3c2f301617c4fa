package org.jjmask.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jjmask.exposure.HolePattern;
import org.jjmask.exposure.WriteFields;
import org.jjmask.layout.Layout;
import org.jjmask.layout.drc.DesignRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The exposure step of the design pass (issue 14): write fields on every example, the printed geometry into the physics. */
class EbeamDesignTest {

    static Stream<Path> examples() throws Exception {
        return Files.list(Path.of("..", "examples")).filter(p -> p.toString().endsWith(".yaml"))
                .filter(p -> !p.getFileName().toString().endsWith("-chip.yaml")).sorted();
    }

    /**
     * No hole crosses a write-field boundary wherever a straight boundary through the film exists:
     * on each axis the planner either keeps every hole whole or says that no line can (the columns
     * of a triangular lattice with bonds along x are a/2 apart, less than a 70 nm hole), and then
     * the holes it cuts are the fewest any origin cuts.
     */
    @ParameterizedTest
    @MethodSource("examples")
    void noHoleCrossesAFieldBoundaryWhereTheFilmAllowsOne(Path example) throws Exception {
        Spec s = SpecReader.read(example);
        Layout layout = Designer.layout(s, s.lattice().gridLattice(Designer.DBU_NM));
        if (layout.holeCount() == 0) {
            return;
        }
        HolePattern p = HolePattern.of(layout);
        WriteFields.Plan plan = EbeamPass.fields(s, p);
        double far = 1e12;
        long cutByVertical = WriteFields.check(p, plan.fieldXNm(), far, plan.originXNm(), -far / 2, 0).crossing();
        long cutByHorizontal = WriteFields.check(p, far, plan.fieldYNm(), -far / 2, plan.originYNm(), 0).crossing();
        boolean verticalImpossible = plan.warnings().stream().anyMatch(w -> w.startsWith("no straight field boundary along y"));
        boolean horizontalImpossible = plan.warnings().stream().anyMatch(w -> w.startsWith("no straight field boundary along x"));
        if (!verticalImpossible) {
            assertThat(cutByVertical).as(example + ": holes cut by vertical boundaries").isZero();
        }
        if (!horizontalImpossible) {
            assertThat(cutByHorizontal).as(example + ": holes cut by horizontal boundaries").isZero();
        }
        assertThat(plan.crossing()).isLessThanOrEqualTo(cutByVertical + cutByHorizontal);
    }

    private static final String SPEC = """
            name: printed
            material: {preset: Nb}
            substrate: {preset: Si}
            device: {type: bridge, length_um: 20, width_um: 8, taper_length_um: 2, pad_size_um: 20}
            lattice: {type: square, pitch_nm: 200, hole_diameter_nm: 100, edge_margin_nm: 200}
            """;

    @Test
    void printedBulkHoleDrivesThePredictionWhenAsked() throws Exception {
        Spec drawn = SpecReader.parse(SPEC + "ebeam: {preset: si_30kv}\n", "drawn");
        DesignResult d = Designer.run(drawn);
        EbeamResult.Model m = d.ebeam().orElseThrow().model().orElseThrow();
        // calibrated on the bulk: it prints at its drawn size, to the neighbours' forward share
        assertThat(m.printed().bulk().printedDiameterNm()).isCloseTo(m.printed().bulk().drawnDiameterNm(),
                org.assertj.core.data.Offset.offset(1.0));
        // under-exposed edge and corner holes print smaller
        assertThat(m.printed().edge().printedDiameterNm()).isLessThan(m.printed().bulk().printedDiameterNm());
        assertThat(m.printed().corner().printedDiameterNm()).isLessThan(m.printed().edge().printedDiameterNm());

        // a resist that clears at a quarter of the base dose (the rim of a hole absorbs about 0.38 of a
        // uniformly exposed plane here): the bulk overexposes and prints larger
        Spec over = SpecReader.parse(SPEC + "ebeam: {preset: si_30kv, predict_printed: true, clearing_dose_uC_cm2: 60}\n",
                "over");
        DesignResult o = Designer.run(over);
        double printedD = o.ebeam().get().model().get().printed().bulk().printedDiameterNm();
        assertThat(printedD).isGreaterThan(m.printed().bulk().printedDiameterNm() + 2);
        assertThat(o.geometry().neckWidthNm()).isLessThan(d.geometry().neckWidthNm() - 2);
        assertThat(o.prediction().rnOhm()).isGreaterThan(d.prediction().rnOhm());
        assertThat(o.flags()).anyMatch(f -> f.code().equals("predicted_printed"));
        // the yield's draws centre on the printed hole
        assertThat(Designer.printedSpec(o).lattice().holeDiameterNm()).isGreaterThan(100);
        assertThat(Designer.printedSpec(d)).isSameAs(d.spec());
        // without predict_printed the same clearing dose only reports
        Spec report = SpecReader.parse(SPEC + "ebeam: {preset: si_30kv, clearing_dose_uC_cm2: 60}\n", "report");
        assertThat(Designer.run(report).geometry().neckWidthNm()).isEqualTo(d.geometry().neckWidthNm());
    }

    @Test
    void anExposureThatDoesNotMakeTheArrayIsFlagged() throws Exception {
        // the rim of a hole here absorbs about 0.38 of a uniformly exposed plane at the base dose: a resist
        // that clears at 1/300 of it opens everything (holes merge); one that needs 10x it opens nothing
        DesignResult merged = Designer.run(SpecReader.parse(SPEC
                + "ebeam: {preset: si_30kv, dose_uC_cm2: 300, clearing_dose_uC_cm2: 1}\n", "merged"));
        assertThat(merged.flags()).anyMatch(f -> f.code().equals("holes_merge"));
        DesignResult closed = Designer.run(SpecReader.parse(SPEC
                + "ebeam: {preset: si_30kv, dose_uC_cm2: 300, clearing_dose_uC_cm2: 3000}\n", "closed"));
        assertThat(closed.flags()).anyMatch(f -> f.code().equals("holes_do_not_print"));
        DesignResult fine = Designer.run(SpecReader.parse(SPEC + "ebeam: {preset: si_30kv}\n", "fine"));
        assertThat(fine.flags()).noneMatch(f -> f.code().startsWith("holes_"));
        // the same with dose correction: judged on the corrected bulk
        DesignResult corrected = Designer.run(SpecReader.parse(SPEC
                + "ebeam: {preset: si_30kv, correction: dose, clearing_dose_uC_cm2: 1}\n", "corrected"));
        assertThat(corrected.flags()).anyMatch(f -> f.code().equals("holes_merge"));
    }

    @Test
    void fieldRuleOnlyWhereFieldsAreAsked() throws Exception {
        Spec asked = SpecReader.parse(SPEC + "ebeam: {field_size_um: 4, field_origin_um: [0.0, 0.0]}\n", "asked");
        assertThat(Designer.run(asked).drc()).anyMatch(v -> v.rule() == DesignRule.FIELD_BOUNDARY);
        Spec reported = SpecReader.parse(SPEC + "ebeam: {preset: si_30kv}\n", "reported");
        DesignResult r = Designer.run(reported);
        assertThat(r.drc()).noneMatch(v -> v.rule() == DesignRule.FIELD_BOUNDARY);
        assertThat(r.ebeam().get().fields().crossing()).isZero();
        // no ebeam model at all: the design pass is as before
        assertThat(Designer.run(SpecReader.parse(SPEC, "plain")).ebeam()).isEmpty();
    }

    @Test
    void theExposureModelRefusesNegativeTone() {
        String neg = SPEC.replace("edge_margin_nm: 200}", "edge_margin_nm: 200}\nfabrication: {tone: negative}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SpecReader.parse(neg + "ebeam: {preset: si_30kv}\n", "n"))
                .hasMessageContaining("ebeam.preset").hasMessageContaining("negative");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SpecReader.parse(neg + "ebeam: {exposure: dot}\n", "n"))
                .hasMessageContaining("ebeam.exposure").hasMessageContaining("negative");
    }
}
