package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jjmask.exposure.vendor.Raith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code design} with the exposure model on (issue 14): the corrected, classed, vendor-encoded mask
 * as KLayout reads it against the JSON's class histogram, the dot PATHs, the sidecars, the
 * field_boundary rule and the refusals.
 */
class EbeamCliTest {

    /**
     * A small Hall bar, Si at 30 kV with β shortened to 1 µm (the user's value over the preset's) so
     * that 12 µm of width holds edge, corner and a bulk several β from any edge.
     */
    static final String SPEC = """
            name: pec
            material: {preset: Nd0.8Sr0.2NiO2}
            substrate: {preset: SrTiO3}
            device: {type: hallbar, length_um: 30, width_um: 12, arm_pairs: 1, arm_width_um: 3, arm_length_um: 4}
            lattice: {type: triangular, pitch_nm: 100, hole_diameter_nm: 70, hole_vertices: 16, edge_margin_nm: 200}
            ebeam: {preset: si_30kv, psf: {beta_um: 1.0}, correction: dose, vendor: raith, dose_uC_cm2: 300, current_nA: 0.1}
            """;

    private static JsonNode design(Path dir, String spec, int expectedCode) throws Exception {
        Path file = Files.writeString(dir.resolve("spec.yaml"), spec);
        CliTest.Run run = CliTest.run("design", file.toString(), "-o", dir.toString(), "-q");
        assertThat(run.code()).as(run.err()).isEqualTo(expectedCode);
        String name = spec.lines().filter(l -> l.startsWith("name:")).findFirst().orElseThrow().substring(5).trim();
        return new ObjectMapper().readTree(dir.resolve(name + ".json").toFile());
    }

    @Test
    void correctedMaskHoldsTheJsonsClassHistogramInKlayout(@TempDir Path dir) throws Exception {
        JsonNode json = design(dir, SPEC, 0);
        JsonNode e = json.get("ebeam");
        assertThat(e.at("/psf/beta_um").asDouble()).isEqualTo(1.0);
        assertThat(e.at("/psf/alpha_nm").asDouble()).isEqualTo(10.0);
        assertThat(e.at("/psf/source").asText()).contains("overridden by user: beta");
        // uncorrected: the edge and corner holes get less backscatter than the bulk
        double edge = e.at("/absorbed_relative/edge/value").asDouble();
        double corner = e.at("/absorbed_relative/corner/value").asDouble();
        assertThat(e.at("/absorbed_relative/bulk/value").asDouble()).isEqualTo(1.0);
        assertThat(edge).isBetween(0.8, 0.99);
        assertThat(corner).isBetween(0.7, edge);
        // corrected: every rim within half a class step of the bulk's
        assertThat(e.get("residual_pct").asDouble()).isLessThanOrEqualTo(e.get("class_step_pct").asDouble() / 2 * 1.0001);
        assertThat(e.at("/absorbed_relative_rim_corrected/corner/value").asDouble()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(e.get("class_step_pct").asDouble() / 200));

        Map<Integer, Long> histogram = new HashMap<>();
        long sum = 0;
        for (JsonNode c : e.get("dose_classes")) {
            int dt = c.get("datatype").asInt();
            assertThat(dt).isEqualTo(Raith.datatype(c.get("dose_factor").asDouble()));
            histogram.merge(dt, c.get("holes").asLong(), Long::sum);
            sum += c.get("holes").asLong();
        }
        assertThat(sum).isEqualTo(json.get("holes").asLong());
        assertThat(histogram).hasSizeGreaterThan(3);

        String out = Klayout.run(dir, """
                for li in ly.layer_indexes():
                    info = ly.get_info(li)
                    print("dt%d_%d %d" % (info.layer, info.datatype, count(info.layer, info.datatype)))
                arr = ly.cell("JJ_ARRAY")
                insts = 0
                biggest = 0
                for inst in arr.each_inst():
                    insts += 1
                    n = inst.na * inst.nb if inst.is_regular_array() else 1
                    biggest = max(biggest, n)
                print("insts %d" % insts)
                print("biggest %d" % biggest)
                """, "infile=" + dir.resolve("pec.gds"));
        for (var h : histogram.entrySet()) {
            assertThat(Klayout.value(out, "dt1_" + h.getKey())).as("datatype " + h.getKey()).isEqualTo(h.getValue());
        }
        assertThat(out).doesNotContain("dt1_0 ");
        // the hierarchy survives: few references, and the bulk in one large AREF
        long holes = json.get("holes").asLong();
        assertThat(Klayout.value(out, "insts")).isLessThan(holes / 10);
        assertThat(Klayout.value(out, "biggest")).isGreaterThan(holes / 10);
        assertThat(e.get("class_blocks").asLong()).isEqualTo(Klayout.value(out, "insts"));

        // NAME.doses.csv: the same table
        var csv = Files.readAllLines(dir.resolve("pec.doses.csv"));
        assertThat(csv.get(0)).isEqualTo("layer,datatype,dose_factor,dose_uC_cm2,holes");
        assertThat(csv).hasSize(e.get("dose_classes").size() + 1);
        // the report has the exposure page
        assertThat(json.get("files").findValuesAsText("name")).contains("pec.doses.csv", "pec.gds", "pec.pdf");
    }

    @Test
    void aRotatedDisorderedArrayIsWrittenInTheSameClassesKlayoutCounts(@TempDir Path dir) throws Exception {
        // one SREF per hole: each hole's class cell on its class's datatype (NPGS: its class's layer)
        for (String vendor : List.of("raith", "npgs")) {
            String spec = SPEC.replace("name: pec", "name: dis-" + vendor).replace("vendor: raith", "vendor: " + vendor)
                    .replace("edge_margin_nm: 200}", "edge_margin_nm: 200, rotation_deg: 15}")
                    + "fabrication: {preset: ebeam, seed: 3, min_feature_nm: 5}\n";
            JsonNode json = design(dir, spec, 0);
            assertThat(json.at("/variation/holes_as_srefs").asLong()).isEqualTo(json.get("holes").asLong());
            JsonNode e = json.get("ebeam");
            assertThat(e.get("residual_pct").asDouble()).isLessThanOrEqualTo(e.get("class_step_pct").asDouble() / 2 * 1.0001);
            String out = Klayout.run(dir, """
                    total = 0
                    for li in ly.layer_indexes():
                        info = ly.get_info(li)
                        n = count(info.layer, info.datatype)
                        print("dt%d_%d %d" % (info.layer, info.datatype, n))
                    """, "infile=" + dir.resolve("dis-" + vendor + ".gds"));
            long sum = 0;
            for (JsonNode c : e.get("dose_classes")) {
                assertThat(Klayout.value(out, "dt" + c.get("layer").asInt() + "_" + c.get("datatype").asInt()))
                        .as(vendor + " class " + c).isEqualTo(c.get("holes").asLong());
                sum += c.get("holes").asLong();
            }
            assertThat(e.get("dose_classes").size()).isGreaterThan(3);
            assertThat(sum).isEqualTo(json.get("holes").asLong());
            assertThat(Files.readAllLines(dir.resolve("dis-" + vendor + ".doses.csv"))).hasSize(e.get("dose_classes").size() + 1);
        }
        assertThat(Files.readString(dir.resolve("dis-npgs.npgs.txt"))).contains("layer,dose_uC_cm2");
    }

    @Test
    void raithDotIsAZeroWidthPathOfTwoIdenticalVertices(@TempDir Path dir) throws Exception {
        JsonNode json = design(dir, SPEC.replace("name: pec", "name: dots").replace("correction: dose", "exposure: dot"),
                0);
        String out = Klayout.run(dir, """
                li = ly.find_layer(1, 1000)
                paths = 0
                bad = 0
                it = ly.top_cell().begin_shapes_rec(li)
                while not it.at_end():
                    s = it.shape()
                    if s.is_path():
                        paths += 1
                        pts = list(s.path.each_point())
                        if len(pts) != 2 or pts[0] != pts[1] or s.path.width != 0:
                            bad += 1
                    else:
                        bad += 1
                    it.next()
                print("paths %d" % paths)
                print("bad %d" % bad)
                """, "infile=" + dir.resolve("dots.gds"));
        assertThat(Klayout.value(out, "paths")).isEqualTo(json.get("holes").asLong());
        assertThat(Klayout.value(out, "bad")).isZero();
        assertThat(json.at("/ebeam/shots").asLong()).isEqualTo(json.get("holes").asLong());
    }

    @Test
    void jeolNcsAndNpgsGetTheirTables(@TempDir Path dir) throws Exception {
        JsonNode jeol = design(dir, SPEC.replace("name: pec", "name: jeol").replace("raith", "jeol"), 0);
        String jdi = Files.readString(dir.resolve("jeol.jdi"));
        assertThat(jdi).contains("MODULAT (");
        int classes = jeol.at("/ebeam/dose_classes").size();
        assertThat(jdi.split("\\( \\d+ ,", -1)).hasSize(classes + 1);
        // the datatype is the shot rank
        for (int k = 0; k < classes; k++) {
            assertThat(jeol.at("/ebeam/dose_classes/" + k + "/datatype").asInt()).isEqualTo(k);
        }
        design(dir, SPEC.replace("name: pec", "name: ncs").replace("raith", "ncs"), 0);
        assertThat(Files.readString(dir.resolve("ncs.ncs.txt"))).contains("[0, ");
        JsonNode npgs = design(dir, SPEC.replace("name: pec", "name: npgs").replace("raith", "npgs"), 0);
        assertThat(npgs.at("/ebeam/dose_classes/0/layer").asInt()).isEqualTo(100);
        assertThat(Files.readString(dir.resolve("npgs.npgs.txt"))).contains("layer,dose_uC_cm2");
        String out = Klayout.run(dir, """
                print("first %d" % count(100, 0))
                print("holes1 %d" % count(1, 0))
                """, "infile=" + dir.resolve("npgs.gds"));
        assertThat(Klayout.value(out, "first")).isEqualTo(npgs.at("/ebeam/dose_classes/0/holes").asLong());
        assertThat(Klayout.value(out, "holes1")).isZero();
    }

    @Test
    void sizeCorrectionWritesBiasedHolesAtOneDose(@TempDir Path dir) throws Exception {
        JsonNode json = design(dir, SPEC.replace("name: pec", "name: size").replace("correction: dose",
                "correction: size"), 0);
        JsonNode sizes = json.at("/ebeam/size_classes");
        long sum = 0;
        for (JsonNode s : sizes) {
            sum += s.get("holes").asLong();
        }
        assertThat(sum).isEqualTo(json.get("holes").asLong());
        assertThat(sizes.size()).isGreaterThan(1);
        // the edge holes are drawn larger to print like the bulk
        assertThat(sizes.get(sizes.size() - 1).get("diameter_nm").asDouble())
                .isGreaterThan(sizes.get(0).get("diameter_nm").asDouble());
        String out = Klayout.run(dir, "print(\"holes %d\" % count(1, 1000))\n", "infile=" + dir.resolve("size.gds"));
        assertThat(Klayout.value(out, "holes")).isEqualTo(json.get("holes").asLong());
    }

    @Test
    void sizeCorrectionHolesSitWhereEveryVendorsDoseTableSays(@TempDir Path dir) throws Exception {
        // the one base-dose row of the table (JSON, doses.csv, the vendor sidecar) names the layer and
        // datatype the machine exposes; every written hole must be there and nowhere else
        for (String vendor : List.of("raith", "jeol", "ncs", "npgs", "generic")) {
            String name = "size-" + vendor;
            JsonNode json = design(dir, SPEC.replace("name: pec", "name: " + name).replace("correction: dose",
                    "correction: size").replace("raith", vendor), 0);
            JsonNode rows = json.at("/ebeam/dose_classes");
            assertThat(rows.size()).as(vendor).isEqualTo(1);
            int layer = rows.get(0).get("layer").asInt();
            int datatype = rows.get(0).get("datatype").asInt();
            assertThat(Files.readAllLines(dir.resolve(name + ".doses.csv")).get(1)).as(vendor)
                    .startsWith(layer + "," + datatype + ",");
            // the places a hole could land: the spec's hole layer, Raith's DF-1 datatype, NPGS's first layer
            String out = Klayout.run(dir, """
                    listed = count(%d, %d)
                    print("listed %%d" %% listed)
                    print("elsewhere %%d" %% (count(1, 0) + count(1, 1000) + count(100, 0) - listed))
                    """.formatted(layer, datatype), "infile=" + dir.resolve(name + ".gds"));
            assertThat(Klayout.value(out, "elsewhere")).as(vendor).isZero();
            assertThat(Klayout.value(out, "listed")).as(vendor).isEqualTo(json.get("holes").asLong());
            assertThat(rows.get(0).get("holes").asLong()).as(vendor).isEqualTo(json.get("holes").asLong());
        }
    }

    @Test
    void fieldBoundaryRuleFiresWhereABoundaryCutsHoles(@TempDir Path dir) throws Exception {
        // a square lattice, a field corner put through a row of holes on purpose
        String spec = """
                name: fields
                material: {preset: Nb}
                substrate: {preset: Si}
                device: {type: bridge, length_um: 12, width_um: 4, taper_length_um: 2, pad_size_um: 10}
                lattice: {type: square, pitch_nm: 200, hole_diameter_nm: 100, edge_margin_nm: 200}
                ebeam: {field_size_um: 5, field_origin_um: [0, 0]}
                """;
        Path file = Files.writeString(dir.resolve("fields.yaml"), spec);
        CliTest.Run run = CliTest.run("design", file.toString(), "-o", dir.toString(), "-q");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("design rule field_boundary").contains("the boundary cuts it");
        // without the origin, the planner puts the boundaries in the film: clean
        Files.writeString(file, spec.replace(", field_origin_um: [0, 0]", ""));
        run = CliTest.run("design", file.toString(), "-o", dir.toString(), "-q");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(dir.resolve("fields.json").toFile());
        assertThat(json.at("/ebeam/fields/holes_crossing").asLong()).isZero();
        assertThat(json.at("/ebeam/fields/rule_applied").asBoolean()).isTrue();
    }

    @Test
    void correctionWithoutAPsfIsRefusedNamingTheKey(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), SPEC.replace("preset: si_30kv, psf: {beta_um: 1.0}, ", ""));
        CliTest.Run run = CliTest.run("design", file.toString(), "-o", dir.resolve("o").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("ebeam.correction").contains("ebeam.preset").doesNotContain("Exception");
        assertThat(dir.resolve("o")).doesNotExist();
        // a PSF of the user's own needs all three numbers
        Files.writeString(file, SPEC.replace("preset: si_30kv, ", ""));
        run = CliTest.run("design", file.toString(), "-o", dir.resolve("o").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("ebeam.psf.alpha_nm").contains("missing");
        Files.writeString(file, SPEC.replace("si_30kv", "si_300kv"));
        run = CliTest.run("design", file.toString(), "-o", dir.resolve("o").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("ebeam.preset").contains("si_300kv");
    }

    @Test
    void dosetestWritesALabelledLadderKlayoutReads(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("dt.yaml"), SPEC.replace("name: pec", "name: dt")
                .replace("correction: dose, vendor: raith", "vendor: generic"));
        CliTest.Run run = CliTest.run("dosetest", file.toString(), "--doses", "75:700:18", "--diameters", "60,70",
                "--field-um", "3", "-o", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        // CNF's ladder: 18 doses from 75 to 700 µC/cm² step by 1.1404
        assertThat(run.out()).contains("ratio 1.1404").contains("1 top cell");
        var csv = Files.readAllLines(dir.resolve("dt.dosetest.csv"));
        assertThat(csv).hasSize(19);
        assertThat(csv.get(18)).startsWith("DOSETEST,1,17,").contains(",700.0000,");
        String out = Klayout.run(dir, """
                print("tops %d" % len(list(ly.each_top_cell())))
                for k in range(18):
                    print("dt%d %d" % (k, count(1, k)))
                print("labels %d" % count(5, 0))
                """, "infile=" + dir.resolve("dt.dosetest.gds"));
        assertThat(Klayout.value(out, "tops")).isEqualTo(1);
        for (int k = 0; k < 18; k++) {
            long holes = Long.parseLong(csv.get(k + 1).substring(csv.get(k + 1).lastIndexOf(',') + 1));
            assertThat(Klayout.value(out, "dt" + k)).isEqualTo(holes).isPositive();
        }
        assertThat(Klayout.value(out, "labels")).isGreaterThan(36);

        // with correction: one top cell per base dose, each array corrected about it (Raith datatypes)
        Files.writeString(file, SPEC.replace("name: pec", "name: dt"));
        run = CliTest.run("dosetest", file.toString(), "--doses", "200:400:3", "--field-um", "3", "-o", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        out = Klayout.run(dir, """
                names = sorted([ly.cell(c).name for c in ly.each_top_cell()])
                print("tops %d" % len(names))
                print("first %s" % names[0])
                """, "infile=" + dir.resolve("dt.dosetest.gds"));
        assertThat(Klayout.value(out, "tops")).isEqualTo(3);
        assertThat(out).contains("first DOSE_00");
        assertThat(Files.readString(dir.resolve("dt.dosetest.csv"))).contains("DOSE_02,1,1000,");

        run = CliTest.run("dosetest", file.toString(), "--doses", "400:200:3", "-o", dir.resolve("bad").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--doses").contains("400:200:3");
        assertThat(dir.resolve("bad")).doesNotExist();
    }
}
