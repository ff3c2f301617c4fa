package org.jjmask.design.chip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jjmask.design.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * The chip's design pass on a die of small bridges: where the devices land, and each chip rule
 * broken on purpose by one change of the die and kept by the unchanged one.
 */
class ChipDesignerTest {

    /** Bridges 16 µm × 5 µm (pads included) on 60 × 40 µm cells. */
    static final String CHIP = ChipReaderTest.CHIP.replace("cell_um: [200, 150]", "cell_um: [60, 40]")
            .replace("size_um: [1000, 800]", "size_um: [400, 300]")
            .replace("margin_um: 100", "margin_um: 70")
            .replace("\"Test chip\"", "\"T\"\n  title_height_um: 10\n  label_height_um: 4\n  clearance_um: 10");

    static ChipResult design(Path dir, String chip) throws Exception {
        return ChipDesigner.run(ChipReader.read(ChipReaderTest.write(dir, chip)), 2);
    }

    static List<ChipRule> rules(ChipResult r) {
        return r.violations().stream().map(ChipViolation::rule).distinct().toList();
    }

    @Test
    void aCleanDieCentresEachDeviceInItsCell(@TempDir Path dir) throws Exception {
        ChipResult r = design(dir, CHIP);
        assertThat(r.violations()).isEmpty();
        assertThat(r.clean()).isTrue();
        // 2 rows × 3 columns of 60 × 40 µm centred on the die's centre: B3 (row 2, column 3) at (+60, −20)
        Placement b3 = r.placements().get(5);
        assertThat(b3.xUm()).isEqualTo(60.0);
        assertThat(b3.yUm()).isEqualTo(-20.0);
        Envelope b = b3.boundsNm();
        assertThat(b.centre().x).isCloseTo(60_000, org.assertj.core.data.Offset.offset(1.0));
        assertThat(b.centre().y).isCloseTo(-20_000, org.assertj.core.data.Offset.offset(1.0));
        assertThat(r.holes()).isEqualTo(r.devices().stream().mapToLong(d -> d.holes()).sum()).isPositive();
        // a smaller hole at the same pitch leaves wider necks
        assertThat(Summary.sig(r.devices().get(0).geometry().neckWidthNm()))
                .isGreaterThan(Summary.sig(r.devices().get(2).geometry().neckWidthNm()));
    }

    @Test
    void theDesignPassesDoNotDependOnTheThreadCount(@TempDir Path dir) throws Exception {
        ChipSpec spec = ChipReader.read(ChipReaderTest.write(dir, CHIP));
        ChipResult one = ChipDesigner.run(spec, 1);
        ChipResult two = ChipDesigner.run(spec, 2);
        for (int i = 0; i < one.devices().size(); i++) {
            assertThat(Summary.toJson(Summary.of(two.devices().get(i), List.of())))
                    .isEqualTo(Summary.toJson(Summary.of(one.devices().get(i), List.of())));
        }
        assertThat(two.placements()).isEqualTo(one.placements());
    }

    @Test
    void aDeviceLargerThanItsCellIsFlagged(@TempDir Path dir) throws Exception {
        ChipResult r = design(dir, CHIP.replace("cell_um: [60, 40]", "cell_um: [12, 40]"));
        assertThat(rules(r)).contains(ChipRule.DEVICE_OUTSIDE_CELL, ChipRule.DEVICE_CLEARANCE);
        assertThat(r.violationsOf("A1")).extracting(ChipViolation::message)
                .contains("device A1 is 16 × 5 µm, its cell 12 × 40 µm");
        assertThat(r.clean()).isFalse();
    }

    @Test
    void devicesCloserThanTheClearanceAreFlagged(@TempDir Path dir) throws Exception {
        // 20 µm cells leave 4 µm between 16 µm bridges, under the 10 µm asked for
        ChipResult r = design(dir, CHIP.replace("cell_um: [60, 40]", "cell_um: [20, 40]"));
        assertThat(rules(r)).containsExactly(ChipRule.DEVICE_CLEARANCE);
        assertThat(r.violations()).extracting(ChipViolation::message)
                .contains("devices A1 and A2 are 4 µm apart, less than chip.clearance_um 10");
    }

    @Test
    void aLabelOnTheDeviceBelowIsFlagged(@TempDir Path dir) throws Exception {
        // cells 8 µm tall: the 5 µm bridge's label falls on the bridge of the next row
        ChipResult r = design(dir, CHIP.replace("cell_um: [60, 40]", "cell_um: [60, 8]").replace("clearance_um: 10",
                "clearance_um: 0"));
        assertThat(rules(r)).containsExactly(ChipRule.LABEL_ON_DEVICE);
        assertThat(r.violationsOf("A1")).extracting(ChipViolation::message)
                .containsExactly("the label 'A1 A100 D50' of A1 lies on device B1");
    }

    @Test
    void marksInTheDicingLaneAreFlagged(@TempDir Path dir) throws Exception {
        ChipResult r = design(dir, CHIP.replace("margin_um: 70", "margin_um: 40"));
        assertThat(rules(r)).containsExactly(ChipRule.IN_DICING_LANE);
        assertThat(r.violations()).hasSize(4).allMatch(v -> v.device().isEmpty());
    }

    @Test
    void aMatrixLargerThanTheDieReachesIntoTheLane(@TempDir Path dir) throws Exception {
        // columns 150 µm apart put the outer bridges (8 µm half-length) 8 µm past the lane at ±150 µm
        ChipResult r = design(dir, CHIP.replace("cell_um: [60, 40]", "cell_um: [150, 40]"));
        assertThat(rules(r)).containsExactly(ChipRule.IN_DICING_LANE);
        assertThat(r.violations()).extracting(ChipViolation::device).contains("A1", "A3", "B1", "B3");
    }
}
