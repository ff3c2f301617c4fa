package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jjmask.design.DesignResult;
import org.jjmask.design.chip.ChipDesigner;
import org.jjmask.design.chip.ChipGds;
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

    /**
     * JEOL, NCS, NPGS and generic number classes by rank, and two devices of different hole
     * diameters have different ladders: the chip writes one table for both. The test reads back
     * what a machine would: KLayout's holes per (layer, datatype) under each device's cell, each
     * datatype's dose from the vendor's own sidecar (parsed here from its text), and asks that every
     * device receives exactly the doses its own design pass gave its holes.
     */
    @Test
    void rankVendorsWriteOneChipTableThatGivesEveryDeviceItsOwnDoses(@TempDir Path dir) throws Exception {
        for (String vendor : List.of("jeol", "ncs", "npgs", "generic")) {
            Path file = chip(dir, "c" + vendor, vendor, "lattice.hole_diameter_nm: [60, 70]");
            CliTest.Run run = CliTest.run("chip", file.toString(), "-o", dir.toString(), "-q");
            assertThat(run.code()).as(run.err()).isZero();
            ChipResult chip = ChipDesigner.run(ChipReader.read(file), 1);
            double base = chip.devices().get(0).ebeam().orElseThrow().table().baseUCcm2();
            Map<String, Double> doseOf = sidecar(dir, "c" + vendor, vendor, base);
            StringBuilder cells = new StringBuilder();
            for (int i = 0; i < chip.devices().size(); i++) {
                cells.append(i == 0 ? "" : ",").append(ChipGds.deviceCell(chip.spec().devices().get(i)));
            }
            String out = Klayout.run(dir, """
                    for i, name in enumerate(cellnames.split(",")):
                        c = ly.cell(name)
                        for li in ly.layer_indexes():
                            info = ly.get_info(li)
                            n = 0
                            it = c.begin_shapes_rec(li)
                            while not it.at_end():
                                n += 1
                                it.next()
                            if n > 0:
                                print("c%d %d/%d %d" % (i, info.layer, info.datatype, n))
                    """, "infile=" + dir.resolve("c" + vendor + ".gds"), "cellnames=" + cells);
            assertThat(chip.devices().get(0).ebeam().get().table().rows())
                    .as("the two ladders differ, or the test shows nothing")
                    .isNotEqualTo(chip.devices().get(1).ebeam().get().table().rows());
            for (int i = 0; i < chip.devices().size(); i++) {
                // the device as designed alone: dose factor → holes
                Map<Long, Long> want = new TreeMap<>();
                for (DoseTable.Row r : chip.devices().get(i).ebeam().get().table().rows()) {
                    want.merge(Math.round(r.doseFactor() * 1e5), r.holes(), Long::sum);
                }
                // as the chip's files write it: KLayout's holes per layer/datatype at the sidecar's dose
                Map<Long, Long> got = new TreeMap<>();
                String prefix = "c" + i + " ";
                for (String line : out.lines().filter(l -> l.startsWith(prefix)).toList()) {
                    String[] f = line.split(" ");
                    Double dose = doseOf.get(f[1]);
                    if (dose == null) {
                        // the device's outline and other layers carry no dose
                        assertThat(f[1]).as(vendor + ": a hole layer without a dose").isIn("2/0", "3/0", "4/0", "5/0", "6/0");
                        continue;
                    }
                    got.merge(Math.round(dose / base * 1e5), Long.parseLong(f[2]), Long::sum);
                }
                assertThat(got).as(vendor + " device " + i).isEqualTo(want);
            }
            // the generic table beside it: one row per class, every hole of the chip
            List<String> csv = Files.readAllLines(dir.resolve("c" + vendor + ".doses.csv"));
            assertThat(csv).hasSize(doseOf.size() + 1);
            assertThat(csv.stream().skip(1).mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(',') + 1))).sum())
                    .isEqualTo(chip.holes());
        }
    }

    /** layer/datatype → dose µC/cm², from the vendor's own file (generic: NAME.doses.csv). */
    private static Map<String, Double> sidecar(Path dir, String name, String vendor, double base) throws Exception {
        Map<String, Double> out = new TreeMap<>();
        switch (vendor) {
            case "jeol" -> {
                Matcher m = Pattern.compile("\\(\\s*(\\d+)\\s*,\\s*(-?[0-9.]+)\\s*\\)")
                        .matcher(Files.readString(dir.resolve(name + ".jdi")));
                while (m.find()) {
                    out.put("1/" + m.group(1), base * (100 + Double.parseDouble(m.group(2))) / 100);
                }
            }
            case "ncs" -> {
                Matcher m = Pattern.compile("\\[(\\d+), (-?[0-9.]+)\\]").matcher(Files.readString(dir.resolve(name + ".ncs.txt")));
                while (m.find()) {
                    out.put("1/" + m.group(1), base * (1 + Double.parseDouble(m.group(2)) / 100));
                }
            }
            case "npgs" -> {
                for (String l : Files.readAllLines(dir.resolve(name + ".npgs.txt"))) {
                    if (l.matches("\\d+,[0-9.]+")) {
                        out.put(l.split(",")[0] + "/0", Double.parseDouble(l.split(",")[1]));
                    }
                }
            }
            default -> {
                for (String l : Files.readAllLines(dir.resolve(name + ".doses.csv")).stream().skip(1).toList()) {
                    String[] f = l.split(",");
                    out.put(f[0] + "/" + f[1], Double.parseDouble(f[3]));
                }
            }
        }
        assertThat(out).as(vendor + " sidecar").hasSizeGreaterThan(3);
        return out;
    }

    @Test
    void devicesAtTwoBaseDosesAreRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path file = chip(dir, "bchip", "jeol", "ebeam.dose_uC_cm2: [300, 350]");
        CliTest.Run run = CliTest.run("chip", file.toString(), "-o", dir.resolve("out").toString());
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("ebeam.dose_uC_cm2", "one base dose").doesNotContain("Exception");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
