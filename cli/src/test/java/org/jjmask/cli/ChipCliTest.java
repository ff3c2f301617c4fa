package org.jjmask.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jjmask.design.chip.ChipDesigner;
import org.jjmask.design.chip.ChipReader;
import org.jjmask.design.chip.ChipSpec;
import org.jjmask.gds.testing.ExternalTool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jjmask chip} on the bundled example (4 pitches × 3 hole diameters of the Hall bar), its
 * mask read by tools nobody here wrote: KLayout counts the holes under each device cell, finds the
 * labels and marks where the JSON says and nothing in the dicing lane; gdspy and GDSIIConvert read
 * the hierarchy; the bytes repeat. Bad chip files are refused with exit 2 and nothing written.
 */
class ChipCliTest {

    static final Path EXAMPLE = Path.of("..", "examples", "nickelate-chip.yaml");

    @TempDir
    static Path out;

    static JsonNode json;
    static Path gds;

    @BeforeAll
    static void designTheExample() throws Exception {
        CliTest.Run r = CliTest.run("chip", EXAMPLE.toString(), "-o", out.toString(), "-q");
        assertThat(r.code()).as(r.err()).isZero();
        json = new ObjectMapper().readTree(out.resolve("nsno-chip-1.json").toFile());
        gds = out.resolve("nsno-chip-1.gds");
    }

    @Test
    void writesTheMaskAndItsCompanions() {
        for (String ext : List.of("gds", "pdf", "json", "csv", "lyp", "svg", "marks.csv")) {
            assertThat(out.resolve("nsno-chip-1." + ext)).isRegularFile();
        }
        assertThat(json.get("devices")).hasSize(12);
        assertThat(json.get("chip").get("rows").asInt()).isEqualTo(4);
        assertThat(json.get("chip").get("columns").asInt()).isEqualTo(3);
        JsonNode b2 = json.get("devices").get(4);
        assertThat(b2.get("id").asText()).isEqualTo("B2");
        assertThat(b2.get("cell").asText()).isEqualTo("B2_DEV");
        assertThat(b2.get("varied").get("lattice.pitch_nm").asInt()).isEqualTo(100);
        assertThat(b2.get("varied").get("lattice.hole_diameter_nm").asInt()).isEqualTo(60);
        assertThat(b2.get("label").asText()).isEqualTo("B2 A100 D60");
        // every key of a design's summary is there
        for (String k : List.of("lattice", "pitch_nm", "hole_diameter_nm", "neck_width_nm", "holes", "plaquette_area_nm2",
                "rn_ohm", "ej_K", "ec_K", "ej_over_ec", "tc_onset_K", "tbkt_K", "phase", "period_mT", "hc2_perp_T",
                "hc2_par_T", "drc")) {
            assertThat(b2.has(k)).as(k).isTrue();
        }
        long sum = 0;
        for (JsonNode d : json.get("devices")) {
            sum += d.get("holes").asLong();
        }
        assertThat(json.get("totals").get("holes").asLong()).isEqualTo(sum);
    }

    @Test
    void theCsvHasOneRowPerDeviceAsTheJsonSays() throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("nsno-chip-1.csv"));
        assertThat(lines).hasSize(13);
        List<String> header = List.of(lines.get(0).split(","));
        for (int i = 0; i < 12; i++) {
            String[] row = lines.get(i + 1).split(",", -1);
            JsonNode d = json.get("devices").get(i);
            assertThat(row[header.indexOf("id")]).isEqualTo(d.get("id").asText());
            assertThat(row[header.indexOf("holes")]).isEqualTo(d.get("holes").asText());
            assertThat(row[header.indexOf("tbkt_K")]).isEqualTo(d.get("tbkt_K").asText());
            assertThat(row[header.indexOf("lattice.pitch_nm")]).isEqualTo(d.get("varied").get("lattice.pitch_nm").asText());
        }
    }

    @Test
    void klayoutSeesTwelveDeviceCellsWithTheJsonsHolesLabelsAndMarks() throws Exception {
        Path jsonFile = out.resolve("nsno-chip-1.json");
        String result = Klayout.run(out, """
                import json
                d = json.load(open(jsonfile))
                top = ly.top_cell()
                print("tops %d %s" % (len(ly.top_cells()), top.name))
                holes = ly.layer(1, 0)
                # the holes under each device cell, arrays expanded
                for dev in d["devices"]:
                    c = ly.cell(dev["cell"])
                    n = 0
                    it = c.begin_shapes_rec(holes)
                    while not it.at_end():
                        n += 1
                        it.next()
                    print("device %s %d" % (dev["cell"], n))
                # each device cell placed once by the top cell, where the JSON says
                for inst in top.each_inst():
                    t = inst.trans
                    print("inst %s %d %d %d" % (inst.cell.name, t.disp.x, t.disp.y, inst.size()))
                # the cells that hold a hole polygon themselves, and the distinct polygons among them
                cells = [c for c in ly.each_cell() if not c.shapes(holes).is_empty() and c.shapes(holes).size() == 1]
                polys = set()
                for c in cells:
                    for s in c.shapes(holes).each():
                        polys.add(str(s.polygon))
                print("holecells %d" % len(cells))
                print("distinctholes %d" % len(polys))
                # flattened shapes of the labels and marks layers, as boxes in dbu
                def boxes(layer, datatype):
                    out = []
                    it = top.begin_shapes_rec(ly.layer(layer, datatype))
                    while not it.at_end():
                        out.append(it.shape().bbox().transformed(it.trans()))
                        it.next()
                    return out
                for b in boxes(5, 0):
                    print("label %d %d %d %d" % (b.left, b.bottom, b.right, b.top))
                for b in boxes(6, 0):
                    print("mark %d %d" % (b.center().x, b.center().y))
                for li in ly.layer_indexes():
                    info = ly.get_info(li)
                    b = top.dbbox_per_layer(li)
                    print("bbox %d/%d %f %f %f %f" % (info.layer, info.datatype, b.left, b.bottom, b.right, b.top))
                """, "infile=" + gds, "jsonfile=" + jsonFile);
        List<String> lines = result.lines().toList();
        assertThat(lines).contains("tops 1 " + json.get("top_cell").asText());
        Set<Double> diameters = new HashSet<>();
        for (JsonNode d : json.get("devices")) {
            assertThat(lines).contains("device " + d.get("cell").asText() + " " + d.get("holes").asLong());
            long x = Math.round(d.get("sref_um").get(0).asDouble() * 1000);
            long y = Math.round(d.get("sref_um").get(1).asDouble() * 1000);
            assertThat(lines).contains("inst " + d.get("cell").asText() + " " + x + " " + y + " 1");
            diameters.add(d.get("hole_diameter_nm").asDouble());
        }
        // one hole cell per distinct hole: three diameters, each shared by the four pitches
        assertThat(lines).contains("holecells " + diameters.size(), "distinctholes " + diameters.size());
        assertThat(json.get("totals").get("hole_cells").asInt()).isEqualTo(diameters.size());

        List<long[]> labelBoxes = lines.stream().filter(l -> l.startsWith("label ")).map(ChipCliTest::longs).toList();
        for (JsonNode l : json.get("labels")) {
            // every label's letters lie in the box the JSON gives it, and there are some (1 dbu of rounding)
            long x0 = Math.round(l.get("x_um").asDouble() * 1000) - 1;
            long y0 = Math.round(l.get("y_um").asDouble() * 1000) - 1;
            long x1 = Math.round((l.get("x_um").asDouble() + l.get("width_um").asDouble()) * 1000) + 1;
            long y1 = Math.round((l.get("y_um").asDouble() + l.get("height_um").asDouble()) * 1000) + 1;
            long inside = labelBoxes.stream().filter(b -> b[0] >= x0 && b[1] >= y0 && b[2] <= x1 && b[3] <= y1).count();
            assertThat(inside).as(l.get("text").asText()).isPositive();
        }
        Set<String> marks = new HashSet<>(lines.stream().filter(l -> l.startsWith("mark ")).toList());
        assertThat(marks).hasSize(json.get("marks").size());
        for (JsonNode m : json.get("marks")) {
            assertThat(marks).contains("mark " + Math.round(m.get("x_um").asDouble() * 1000) + " "
                    + Math.round(m.get("y_um").asDouble() * 1000));
        }
        // no shape on any layer in the dicing lane: everything within the die less the lane
        double half = json.get("chip").get("size_um").get(0).asDouble() / 2 - json.get("chip").get("dicing_lane_um").asDouble();
        List<String> bboxes = lines.stream().filter(l -> l.startsWith("bbox ")).toList();
        // holes, outline, labels, marks: the Hall bar has no pads
        assertThat(bboxes).hasSize(4);
        for (String b : bboxes) {
            String[] f = b.split(" ");
            for (int k = 2; k < 6; k++) {
                assertThat(Math.abs(Double.parseDouble(f[k]))).as(b).isLessThanOrEqualTo(half);
            }
        }
    }

    /**
     * The PDF through poppler: the map page, the device table (one line per device with its label
     * and T_BKT, the number the JSON has rounded to the digits shown, inside the JSON's interval)
     * and a summary page per device, headed by the device's name.
     */
    @Test
    void pdftotextSeesTheMapTheTableAndEveryDevicesPage() throws Exception {
        Path tool = ExternalTool.require("pdftotext", "apt-get install -y poppler-utils");
        Path pdf = out.resolve("nsno-chip-1.pdf");
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(1), tool.toString(), "-layout", "-enc", "UTF-8",
                pdf.toString(), "-");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<String> pages = List.of(r.stdout().split("\f", -1));
        int n = json.get("devices").size();
        assertThat(pages.subList(0, pages.size() - 1)).hasSize(2 + n);
        assertThat(pages.get(0)).contains("nsno-chip-1", "T", "BKT", "1000 µm");
        String table = pages.get(1);
        for (JsonNode d : json.get("devices")) {
            String label = d.get("label").asText();
            assertThat(pages.get(0)).as("map").contains(label);
            List<String> rows = table.lines().filter(l -> l.strip().startsWith(d.get("id").asText() + " ")
                    && l.contains(label)).toList();
            assertThat(rows).as(label).hasSize(1);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+\\.\\d+) \\(\\+([\\d.]+)/−([\\d.]+)\\)")
                    .matcher(rows.get(0));
            assertThat(m.find()).as(rows.get(0)).isTrue();
            double shown = Double.parseDouble(m.group(1));
            int decimals = m.group(1).length() - m.group(1).indexOf('.') - 1;
            double tbkt = d.get("tbkt_K").asDouble();
            assertThat(Math.abs(shown - tbkt)).as(label).isLessThanOrEqualTo(0.5 * Math.pow(10, -decimals) + 1e-9);
            JsonNode u = d.get("uncertainty").get("tbkt_K");
            assertThat(shown + Double.parseDouble(m.group(2))).isCloseTo(u.get("high").asDouble(),
                    org.assertj.core.data.Offset.offset(Math.pow(10, -decimals)));
            assertThat(shown - Double.parseDouble(m.group(3))).isCloseTo(u.get("low").asDouble(),
                    org.assertj.core.data.Offset.offset(Math.pow(10, -decimals)));
            assertThat(rows.get(0)).contains(String.format("%d", d.get("holes").asLong()), d.get("phase").asText());
        }
        for (int i = 0; i < n; i++) {
            assertThat(pages.get(2 + i)).contains(json.get("devices").get(i).get("name").asText());
        }
    }

    /**
     * Devices that differ only in the film share their lattice's array cell: two T_c0 × two pitches
     * write two array cells, and KLayout still counts each device's own holes under its cell.
     */
    @Test
    void devicesWithTheSameLatticeShareOneArrayCell(@TempDir Path dir) throws Exception {
        Path base = EXAMPLE.getParent().resolve("nickelate-hallbar.yaml").toAbsolutePath();
        Path file = Files.writeString(dir.resolve("film-chip.yaml"), """
                name: film-chip
                chip: {size_um: [3000, 2000], cell_um: [900, 700]}
                base: %s
                vary:
                  material.tc0_K: [13, 15]
                  lattice.pitch_nm: [100, 140]
                """.formatted(base));
        CliTest.Run r = CliTest.run("chip", file.toString(), "-o", dir.toString(), "-q");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(dir.resolve("film-chip.json").toFile());
        assertThat(j.get("totals").get("array_cells").asInt()).isEqualTo(2);
        JsonNode d = j.get("devices");
        assertThat(d.get(0).get("holes").asLong()).isEqualTo(d.get(2).get("holes").asLong());
        assertThat(d.get(1).get("holes").asLong()).isEqualTo(d.get(3).get("holes").asLong());
        assertThat(d.get(0).get("tbkt_K").asDouble()).isNotEqualTo(d.get(2).get("tbkt_K").asDouble());
        String result = Klayout.run(dir, """
                import json
                d = json.load(open(jsonfile))
                holes = ly.layer(1, 0)
                arrays = [c.name for c in ly.each_cell() if c.name.endswith("JJ_ARRAY")]
                print("arrays %d" % len(arrays))
                for dev in d["devices"]:
                    c = ly.cell(dev["cell"])
                    n = 0
                    it = c.begin_shapes_rec(holes)
                    while not it.at_end():
                        n += 1
                        it.next()
                    print("device %s %d" % (dev["cell"], n))
                """, "infile=" + dir.resolve("film-chip.gds"), "jsonfile=" + dir.resolve("film-chip.json"));
        assertThat(result.lines()).contains("arrays 2");
        for (JsonNode dev : d) {
            assertThat(result.lines()).contains("device " + dev.get("cell").asText() + " " + dev.get("holes").asLong());
        }
    }

    /**
     * {@code optimize --chip}: a chip file around the optimum, pitch and diameter 10 % below, at and
     * above it, which {@code jjmask chip} reads and lays out with the optimum as device B2.
     */
    @Test
    void optimizeWritesAChipFileBracketingTheOptimum(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("opt.yaml"), OptimizeCliTest.SPEC);
        Path chipFile = dir.resolve("chips").resolve("opt-chip.yaml");
        CliTest.Run r = CliTest.run("optimize", spec.toString(), "-o", dir.resolve("o").toString(), "--chip",
                chipFile.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + chipFile);
        JsonNode opt = new ObjectMapper().readTree(dir.resolve("o/opt.json").toFile());
        double pitch = opt.get("pitch_nm").asDouble();
        double diameter = opt.get("hole_diameter_nm").asDouble();

        ChipSpec chip = ChipReader.read(chipFile);
        assertThat(chip.rows()).isEqualTo(3);
        assertThat(chip.columns()).isEqualTo(3);
        assertThat(chip.varied()).containsExactly("lattice.pitch_nm", "lattice.hole_diameter_nm");
        var b2 = chip.devices().get(4);
        assertThat(b2.id()).isEqualTo("B2");
        assertThat(b2.spec().lattice().pitchNm()).isEqualTo(pitch);
        assertThat(b2.spec().lattice().holeDiameterNm()).isEqualTo(diameter);
        // the optimised spec is the base: everything but the lattice as optimize chose it
        assertThat(b2.spec().target()).isPresent();
        assertThat(chip.devices().get(0).spec().lattice().pitchNm()).isCloseTo(0.9 * pitch,
                org.assertj.core.data.Offset.offset(0.5));
        assertThat(chip.devices().get(8).spec().lattice().pitchNm()).isCloseTo(1.1 * pitch,
                org.assertj.core.data.Offset.offset(0.5));
        assertThat(chip.devices().get(0).spec().lattice().holeDiameterNm()).isCloseTo(0.9 * diameter,
                org.assertj.core.data.Offset.offset(0.5));
        assertThat(chip.devices().get(8).spec().lattice().holeDiameterNm()).isCloseTo(1.1 * diameter,
                org.assertj.core.data.Offset.offset(0.5));

        // jjmask chip lays it out: every device in its cell, nothing in the lane (corners may break min_neck)
        CliTest.Run c = CliTest.run("chip", chipFile.toString(), "-o", dir.resolve("c").toString(), "-q");
        assertThat(c.code()).as(c.err()).isIn(0, 3);
        assertThat(c.err()).doesNotContain("chip rule");
        JsonNode j = new ObjectMapper().readTree(dir.resolve("c/opt-chip.json").toFile());
        assertThat(j.get("devices")).hasSize(9);
        assertThat(j.get("drc")).isEmpty();
        assertThat(j.get("devices").get(4).get("tbkt_K").asDouble()).isEqualTo(opt.get("tbkt_K").asDouble());
    }

    @Test
    void gdspyReadsTheHierarchy() throws Exception {
        Path python = ExternalTool.requirePythonModule("gdspy", "apt-get install python3-gdspy");
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(2), python.toString(), "-c", String.join("\n",
                "import sys, gdspy",
                "lib = gdspy.GdsLibrary(infile=sys.argv[1])",
                "tops = lib.top_level()",
                "print('tops', len(tops), tops[0].name)",
                "print('refs', len(tops[0].references))",
                "for ref in sorted(tops[0].references, key=lambda r: r.ref_cell.name if hasattr(r.ref_cell, 'name') else r.ref_cell):",
                "    name = ref.ref_cell.name if hasattr(ref.ref_cell, 'name') else ref.ref_cell",
                "    print('ref', name, int(round(ref.origin[0] * 1000)), int(round(ref.origin[1] * 1000)))",
                "print('cells', len(lib.cell_dict))"), gds.toString());
        assertThat(r.ok()).as(r.describe()).isTrue();
        List<String> lines = r.stdout().lines().toList();
        assertThat(lines).contains("tops 1 " + json.get("top_cell").asText());
        // the twelve devices, the labels cell and the marks cell
        assertThat(lines).contains("refs 14");
        for (JsonNode d : json.get("devices")) {
            assertThat(lines).contains("ref " + d.get("cell").asText() + " " + Math.round(d.get("sref_um").get(0).asDouble() * 1000)
                    + " " + Math.round(d.get("sref_um").get(1).asDouble() * 1000));
        }
        // the top, per device its top and array cells, the shared hole cells, labels and marks, and
        // one cell per letter and height the labels use
        Set<String> glyphs = new HashSet<>();
        for (JsonNode l : json.get("labels")) {
            l.get("text").asText().chars().filter(c -> c != ' ')
                    .forEach(c -> glyphs.add((char) c + "@" + l.get("height_um").asText()));
        }
        assertThat(lines).contains("cells " + (1 + 2 * 12 + json.get("totals").get("hole_cells").asInt() + 2
                + glyphs.size()));
    }

    @Test
    void gdsiiConvertReadsItAndCountsTheDevicePlacements() throws Exception {
        Path tool = ExternalTool.require("GDSIIConvert", "apt-get install gdsiiconvert");
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(2), tool.toString(), gds.toString(), "--raw");
        assertThat(r.ok()).as(r.describe()).isTrue();
        List<String> snames = r.stdout().lines().filter(l -> l.matches(".*\\bSNAME\\b.*")).toList();
        for (JsonNode d : json.get("devices")) {
            assertThat(snames.stream().filter(l -> l.contains("\"" + d.get("cell").asText() + "\"")
                    || l.endsWith(" " + d.get("cell").asText()) || l.contains("= " + d.get("cell").asText())).count())
                    .as(d.get("cell").asText()).isEqualTo(1);
        }
    }

    @Test
    void checkAcceptsTheChipMask() {
        CliTest.Run r = CliTest.run("check", gds.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("checked " + String.format("%,d", json.get("totals").get("holes").asLong()) + " holes");
    }

    @Test
    void theSameChipFileGivesTheSameBytesAtAnyThreadCount(@TempDir Path dir) throws Exception {
        ChipSpec spec = ChipReader.read(EXAMPLE);
        // what SOURCE_DATE_EPOCH=1700000000 stamps
        Instant epoch = BuildTime.from(Map.of("SOURCE_DATE_EPOCH", "1700000000"));
        PrintWriter sink = new PrintWriter(new StringWriter());
        ChipCommand.write(ChipDesigner.run(spec, 1), dir.resolve("a"), epoch, true, false, sink, sink);
        ChipCommand.write(ChipDesigner.run(spec, 2), dir.resolve("b"), epoch, true, false, sink, sink);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("a"))) {
            files = s.sorted().toList();
        }
        assertThat(files).hasSize(7);
        for (Path f : files) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(f.getFileName()))).as(f.getFileName().toString())
                    .isEqualTo(Files.readAllBytes(f));
        }
    }

    @Test
    void aDeviceThatDoesNotFitItsCellExits3WithTheFilesWritten(@TempDir Path dir) throws Exception {
        String chip = Files.readString(EXAMPLE).replace("cell_um: [900, 700]", "cell_um: [90, 700]")
                .replace("base: nickelate-hallbar.yaml", "base: " + EXAMPLE.getParent().resolve("nickelate-hallbar.yaml")
                        .toAbsolutePath())
                .replace("lattice.pitch_nm: [90, 100, 120, 140]", "lattice.pitch_nm: [140]")
                .replace("lattice.hole_diameter_nm: [50, 60, 70]", "lattice.hole_diameter_nm: [50, 60]");
        Path file = Files.writeString(dir.resolve("tight-chip.yaml"), chip);
        CliTest.Run r = CliTest.run("chip", file.toString(), "-o", dir.resolve("o").toString(), "-q");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("chip rule device_outside_cell: device A1 is ")
                .contains("its cell 90 × 700 µm");
        assertThat(dir.resolve("o").resolve("nsno-chip-1.gds")).isRegularFile();
        JsonNode j = new ObjectMapper().readTree(dir.resolve("o").resolve("nsno-chip-1.json").toFile());
        assertThat(j.get("devices").get(0).get("drc_clean").asBoolean()).isFalse();
        assertThat(j.get("devices").get(0).get("chip_drc").get(0).get("rule").asText()).isEqualTo("device_outside_cell");
    }

    @Test
    void badChipFilesAreRefusedWithNothingWritten(@TempDir Path dir) throws Exception {
        String good = Files.readString(EXAMPLE).replace("base: nickelate-hallbar.yaml",
                "base: " + EXAMPLE.getParent().resolve("nickelate-hallbar.yaml").toAbsolutePath());
        Map<String, String> bad = Map.of(
                "unknown key", good.replace("  dicing_lane_um: 100", "  dicing_lane: 100"),
                "vary key that does not exist", good.replace("lattice.hole_diameter_nm:", "lattice.hole_diam_nm:"),
                "empty list", good.replace("[50, 60, 70]", "[]"),
                "bad value of one device", good.replace("[50, 60, 70]", "[50, 60, 700]"));
        for (var e : bad.entrySet()) {
            Path file = Files.writeString(dir.resolve("bad.yaml"), e.getValue());
            Path o = dir.resolve("o");
            CliTest.Run r = CliTest.run("chip", file.toString(), "-o", o.toString());
            assertThat(r.code()).as(e.getKey()).isEqualTo(2);
            assertThat(r.err()).as(e.getKey()).startsWith("jjmask: bad.yaml: ").hasLineCount(1);
            assertThat(o).as(e.getKey()).doesNotExist();
        }
    }

    /** The numbers after the first word of a line. */
    private static long[] longs(String line) {
        String[] f = line.split(" ");
        long[] out = new long[f.length - 1];
        for (int k = 1; k < f.length; k++) {
            out[k - 1] = Long.parseLong(f[k]);
        }
        return out;
    }
}
