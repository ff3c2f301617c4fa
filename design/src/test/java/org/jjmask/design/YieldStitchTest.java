package org.jjmask.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jjmask.physics.Phase;
import org.junit.jupiter.api.Test;

/** ebeam.stitch_error_nm as an input to the yield (issue 14): the boundary's necks narrowed by the stitch. */
class YieldStitchTest {

    private static Spec spec(String ebeam) throws Exception {
        // 120 nm pitch, 60 nm holes: 60 nm necks, 40 nm above min_feature_nm, so only a field overlap
        // of more than 40 nm fails a draw
        return SpecReader.parse(OptimizerTest.spec("triangular", "phase: superconductor") + ebeam, "t.yaml");
    }

    private static YieldAnalysis.Result yieldAt(double stitchNm) throws Exception {
        return YieldAnalysis.run(spec("ebeam: {stitch_error_nm: " + stitchNm + "}\n"),
                List.of(new Goal.PhaseIs(Phase.SUPERCONDUCTOR, 1)), 200, false);
    }

    @Test
    void aLargerStitchErrorLowersTheYieldMonotonically() throws Exception {
        double previous = 1;
        double[] fractions = new double[5];
        double[] stitches = {0, 30, 90, 150, 300};
        for (int k = 0; k < stitches.length; k++) {
            fractions[k] = yieldAt(stitches[k]).yieldFraction();
            assertThat(fractions[k]).as("yield at stitch %s nm", stitches[k]).isLessThanOrEqualTo(previous);
            previous = fractions[k];
        }
        assertThat(fractions[0]).isEqualTo(1.0);
        // 30 nm (σ 10 nm) never overlaps the fields by 40 nm within the 3σ truncation
        assertThat(fractions[1]).isEqualTo(1.0);
        // σ = 100 nm: a draw fails when s < −40 nm, P(g < −0.4) ≈ 0.34 of the truncated normal
        assertThat(fractions[4]).isBetween(0.55, 0.77);
        assertThat(fractions[4]).isLessThan(fractions[2]);
        assertThat(yieldAt(300).disconnected()).isEqualTo((int) Math.round((1 - fractions[4]) * 200));
    }

    @Test
    void aStitchErrorOfZeroChangesNothing() throws Exception {
        var goals = List.<Goal>of(new Goal.PhaseIs(Phase.SUPERCONDUCTOR, 1));
        String spread = "fabrication: {min_feature_nm: 20, diameter_sigma_nm: 3, position_sigma_nm: 2}\n";
        Spec without = SpecReader.parse(OptimizerTest.spec("triangular", "phase: superconductor")
                .replace("fabrication: {min_feature_nm: 20}\n", spread), "t.yaml");
        Spec zero = SpecReader.parse(OptimizerTest.spec("triangular", "phase: superconductor")
                .replace("fabrication: {min_feature_nm: 20}\n", spread) + "ebeam: {stitch_error_nm: 0}\n", "t.yaml");
        YieldAnalysis.Result a = YieldAnalysis.run(without, goals, 40, false);
        YieldAnalysis.Result b = YieldAnalysis.run(zero, goals, 40, false);
        assertThat(b).usingRecursiveComparison().isEqualTo(a);
        assertThat(OptimizationSummary.yieldNode(b).toString()).isEqualTo(OptimizationSummary.yieldNode(a).toString())
                .doesNotContain("stitch");
        assertThat(OptimizationSummary.yieldNode(yieldAt(90)).toString()).contains("\"stitch_error_nm\":90");
    }
}
