package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jjmask.design.DesignResult;
import org.jjmask.design.chip.ChipDesigner;
import org.jjmask.design.chip.ChipReader;
import org.jjmask.design.chip.ChipResult;
import org.jjmask.exposure.vendor.DoseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jjmask chip} of a base spec with {@code ebeam: {correction: dose}} (issue 14): each device
 * written in its own dose classes, the class cells shared across devices, one merged
 * {@code NAME.doses.csv}; a vendor whose datatypes would give one datatype two doses is refused.
 */
class ChipEbeamCliTest {

    private static Path chip(Path dir, String name, String ebeamVendor, String vary) throws Exception {
        Files.writeString(dir.resolve(name + "-base.yaml"), EbeamCliTest.SPEC.replace("vendor: raith", "vendor: " + ebeamVendor));
        return Files.writeString(dir.resolve(name + ".yaml"), """
                name: %s
                chip: {size_um: [300, 200], dicing_lane_um: 10, cell_um: [120, 80], origin: lower_left}
                base: %s-base.yaml
                vary:
                  %s
                """.formatted(name, name, vary));
    }

    @Test
    void klayoutCountsEachDevicesClassHistogramUnderItsCell(@TempDir Path dir) throws Exception {
        Path file = chip(dir, "pecchip", "raith", "material.tc0_K: [13, 15]");
        CliTest.Run run = CliTest.run("chip", file.toString(), "-o", dir.toString(), "-q");
        assertThat(run.code()).as(run.err()).isZero();
        ChipResult chip = ChipDesigner.run(ChipReader.read(file), 1);
        DesignResult a1 = chip.devices().get(0);
        DoseTable table = a1.ebeam().orElseThrow().table();
        String cell = org.jjmask.design.chip.ChipGds.deviceCell(chip.spec().devices().get(0));
        String out = Klayout.run(dir, """
                c = ly.cell(cellname)
                for li in ly.layer_indexes():
                    info = ly.get_info(li)
                    n = 0
                    it = c.begin_shapes_rec(li)
                    while not it.at_end():
                        n += 1
                        it.next()
                    print("dt%d_%d %d" % (info.layer, info.datatype, n))
                print("classcells %d" % len([x for x in ly.each_cell() if "JJ_HOLE_C" in x.name]))
                """, "infile=" + dir.resolve("pecchip.gds"), "cellname=" + cell);
        assertThat(table.rows()).hasSizeGreaterThan(3);
        long sum = 0;
        for (DoseTable.Row r : table.rows()) {
            assertThat(Klayout.value(out, "dt" + r.layer() + "_" + r.datatype())).as("datatype " + r.datatype())
                    .isEqualTo(r.holes());
            sum += r.holes();
        }
        assertThat(sum).isEqualTo(a1.holes());
        assertThat(out).doesNotContain("dt1_0 ");
        // the two devices differ only in the film: their classes are the same cells, written once
        assertThat(Klayout.value(out, "classcells")).isEqualTo(table.rows().size());
        // the chip's dose table: both devices' holes, one row per datatype
        List<String> csv = Files.readAllLines(dir.resolve("pecchip.doses.csv"));
        assertThat(csv).hasSize(table.rows().size() + 1);
        long chipHoles = csv.stream().skip(1).mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(',') + 1))).sum();
        assertThat(chipHoles).isEqualTo(chip.holes());
    }

    @Test
    void aDatatypeWithTwoDosesIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        // generic: datatype = class rank, and the two diameters' ladders differ
        Path file = chip(dir, "gchip", "generic", "lattice.hole_diameter_nm: [60, 70]");
        CliTest.Run run = CliTest.run("chip", file.toString(), "-o", dir.resolve("out").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("datatype", "different doses", "ebeam.vendor generic").doesNotContain("Exception");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
