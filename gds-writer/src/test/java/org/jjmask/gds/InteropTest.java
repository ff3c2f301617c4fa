package org.jjmask.gds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jjmask.gds.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files our writer produces, read by independent readers (KLayout, gdspy, GDSIIConvert), must
 * say what our reader and inspector say; and a file KLayout writes must inspect the same here.
 * Each tool missing skips its test visibly, or fails it when jjmask.interop.required=true.
 */
class InteropTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    java.nio.file.Path dir;

    /** Boundaries, paths, a 3 x 2 AREF, SREFs (plain, reflected+rotated, rotated+magnified) and a text. */
    private static byte[] sample() {
        return Gds.write(w -> {
            w.beginCell("HOLE");
            w.boundary(1, 0, Gds.regularPolygon(32, 35, 0, 0));
            w.boundary(2, 0, new int[] {40, 40, 90, 40, 40, 90});
            w.endCell();
            w.beginCell("ARRAY");
            w.aref("HOLE", 3, 2, 0, 0, 100, 0, 0, 173);
            w.endCell();
            w.beginCell("TOP");
            w.sref("ARRAY", 0, 0);
            w.sref("HOLE", 5000, 3000, Strans.of(true, 90, 1));
            w.sref("ARRAY", -4000, 2500, Strans.of(false, 30, 1.5));
            w.boundary(1, 0, new int[] {-100, -100, 800, -100, 800, -60, -100, -60});
            w.path(3, 0, 0, 20, new int[] {0, -1000, 2000, -1000, 2000, -500});
            w.path(3, 1, 2, 30, new int[] {0, 0, 1000, 377, 1200, 2100});
            w.path(3, 2, 1, 25, new int[] {-500, -500, -1500, -700});
            w.text(10, 0, -300, 7000, "label");
            w.endCell();
        });
    }

    private java.nio.file.Path sampleFile() throws IOException {
        java.nio.file.Path file = dir.resolve("interop.gds");
        Files.write(file, sample());
        return file;
    }

    // ---- KLayout

    static final String KLAYOUT_STATS = """
        import pya

        def stats(ly):
            print("cells %d" % ly.cells())
            for name in sorted(c.name for c in ly.top_cells()):
                print("top %s" % name)
            counts = {}
            bbox = pya.Box()
            for top in ly.top_cells():
                bbox = bbox + top.bbox()
                for li in ly.layer_indexes():
                    info = ly.get_info(li)
                    it = top.begin_shapes_rec(li)
                    while not it.at_end():
                        s = it.shape()
                        c = counts.setdefault((info.layer, info.datatype), [0, 0])
                        if s.is_polygon() or s.is_box() or s.is_path():
                            c[0] += 1
                        elif s.is_text():
                            c[1] += 1
                        it.next()
            for key in sorted(counts):
                if counts[key][0] or counts[key][1]:
                    print("layer %d %d %d %d" % (key[0], key[1], counts[key][0], counts[key][1]))
            if bbox.empty():
                print("bbox empty")
            else:
                print("bbox %d %d %d %d" % (bbox.left, bbox.bottom, bbox.right, bbox.top))
            print("dbu %r" % ly.dbu)
        """;

    /** KLayout's view of a file, parsed from the script's lines. */
    record KlayoutStats(int cells, List<String> tops, Map<String, long[]> layers, long[] bbox, double dbu) {
        static KlayoutStats parse(String out) {
            int cells = -1;
            List<String> tops = new ArrayList<>();
            Map<String, long[]> layers = new TreeMap<>();
            long[] bbox = new long[0];
            double dbu = Double.NaN;
            for (String line : out.strip().split("\n")) {
                String[] f = line.strip().split(" ");
                switch (f[0]) {
                    case "cells" -> cells = Integer.parseInt(f[1]);
                    case "top" -> tops.add(f[1]);
                    case "layer" -> layers.put(f[1] + "/" + f[2], new long[] {Long.parseLong(f[3]), Long.parseLong(f[4])});
                    case "bbox" -> bbox = f[1].equals("empty") ? new long[0]
                        : new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4])};
                    case "dbu" -> dbu = Double.parseDouble(f[1]);
                    default -> { }
                }
            }
            return new KlayoutStats(cells, tops, layers, bbox, dbu);
        }
    }

    private KlayoutStats klayout(String scriptBody, String... defines) throws IOException {
        java.nio.file.Path klayout = ExternalTool.require("klayout", "apt-get install klayout");
        java.nio.file.Path script = dir.resolve("stats.py");
        Files.writeString(script, KLAYOUT_STATS + "\n" + scriptBody);
        List<String> cmd = new ArrayList<>(List.of(klayout.toString(), "-b", "-r", script.toString()));
        for (String d : defines) {
            cmd.add("-rd");
            cmd.add(d);
        }
        ExternalTool.Result r = ExternalTool.run(TIMEOUT, cmd);
        assertThat(r.ok()).as(r.describe()).isTrue();
        return KlayoutStats.parse(r.stdout());
    }

    private static void assertSame(Inspection ours, KlayoutStats theirs) {
        assertThat(ours.cells()).isEqualTo(theirs.cells());
        assertThat(ours.topCells()).isEqualTo(theirs.tops());
        Map<String, long[]> mine = new TreeMap<>();
        for (LayerCount c : ours.layers()) {
            mine.put(c.layer() + "/" + c.datatype(), new long[] {c.polygons(), c.texts()});
        }
        assertThat(mine.keySet()).isEqualTo(theirs.layers().keySet());
        mine.forEach((k, v) -> assertThat(v).as("layer %s polygons, texts", k).containsExactly(theirs.layers().get(k)));
        assertThat(ours.dbuUm()).isCloseTo(theirs.dbu(), within(1e-15));
        double[] expected = new double[theirs.bbox().length];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = theirs.bbox()[i] * theirs.dbu();
        }
        assertThat(ours.bboxUm()).as("bbox in µm").containsExactly(expected, within(1e-9));
    }

    @Test
    void klayoutReadsOurFileAsWeDo() throws IOException, GdsFormatException {
        java.nio.file.Path file = sampleFile();
        KlayoutStats theirs = klayout("""
            ly = pya.Layout()
            ly.read(infile)
            stats(ly)
            """, "infile=" + file);
        Inspection ours = GdsInspector.inspect(GdsReader.read(file));
        assertSame(ours, theirs);
        // the sample is not trivial: both agree on a hierarchy that multiplies
        assertThat(ours.layerCount(1, 0).polygons()).isEqualTo(6 + 1 + 6 + 1);
        assertThat(ours.layerCount(10, 0).texts()).isEqualTo(1);
    }

    @Test
    void weReadAKlayoutWrittenFileAsKlayoutDoes() throws IOException, GdsFormatException {
        java.nio.file.Path file = dir.resolve("from-klayout.gds");
        KlayoutStats theirs = klayout("""
            ly = pya.Layout()
            ly.dbu = 0.001
            child = ly.create_cell("CHILD")
            l1 = ly.layer(1, 0)
            l2 = ly.layer(2, 3)
            lt = ly.layer(10, 0)
            child.shapes(l1).insert(pya.Polygon([pya.Point(0, 0), pya.Point(300, 0), pya.Point(300, 100), pya.Point(50, 250)]))
            child.shapes(l2).insert(pya.Box(-40, -40, 20, 60))
            child.shapes(l2).insert(pya.Path([pya.Point(0, 0), pya.Point(400, 130), pya.Point(420, 600)], 31, 15, 15, True))
            child.shapes(l2).insert(pya.Path([pya.Point(0, 0), pya.Point(-300, 0), pya.Point(-300, -211)], 20, 0, 0, False))
            child.shapes(l2).insert(pya.Path([pya.Point(0, 0), pya.Point(100, 100), pya.Point(100, 300), pya.Point(90, 10)], 20, 3, 17, False))
            child.shapes(lt).insert(pya.Text("c", pya.Trans(pya.Point(-77, 500))))
            mid = ly.create_cell("MID")
            mid.insert(pya.CellInstArray(child.cell_index(), pya.Trans(pya.Trans.M45, pya.Vector(0, 9000)), pya.Vector(1000, 0), pya.Vector(0, 700), 4, 3))
            mid.insert(pya.CellInstArray(child.cell_index(), pya.ICplxTrans(0.5, -120.0, False, pya.Vector(3000, -3000)), pya.Vector(333, 0), pya.Vector(0, 999), 5, 2))
            top = ly.create_cell("TOP")
            top.insert(pya.CellInstArray(child.cell_index(), pya.Trans(pya.Trans.R90, pya.Vector(1000, 0))))
            top.insert(pya.CellInstArray(child.cell_index(), pya.ICplxTrans(1.7, 33.0, True, pya.Vector(-5000, 200))))
            top.insert(pya.CellInstArray(mid.cell_index(), pya.ICplxTrans(1.0, 45.0, False, pya.Vector(123, 456))))
            top.insert(pya.CellInstArray(mid.cell_index(), pya.Trans(pya.Trans.R270, pya.Vector(-20000, 0))))
            other = ly.create_cell("OTHER")
            other.shapes(l1).insert(pya.Box(100000, 100000, 100010, 100010))
            ly.write(outfile)
            back = pya.Layout()
            back.read(outfile)
            stats(back)
            """, "outfile=" + file);
        Inspection ours = GdsInspector.inspect(GdsReader.read(file));
        assertSame(ours, theirs);
        assertThat(ours.topCells()).containsExactly("OTHER", "TOP");
    }

    /** A random hierarchy: arbitrary angles, magnifications, mirrors, skewed arrays, paths of every type, texts. */
    static byte[] randomLibrary(long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        GdsWriterOptions options = GdsWriterOptions.defaults().withAllowSkewedArrays(true);
        return Gds.write(options, w -> {
            int cells = 2 + r.nextInt(4);
            for (int c = 0; c < cells; c++) {
                w.beginCell("C" + c);
                int shapes = 1 + r.nextInt(4);
                for (int k = 0; k < shapes; k++) {
                    int layer = 1 + r.nextInt(3);
                    int x = r.nextInt(-2000, 2000);
                    int y = r.nextInt(-2000, 2000);
                    switch (r.nextInt(4)) {
                        case 0 -> w.boundary(layer, 0, Gds.regularPolygon(3 + r.nextInt(30), 10 + r.nextInt(500), x, y));
                        case 1 -> {
                            int[] xy = new int[2 * (2 + r.nextInt(4))];
                            for (int i = 0; i < xy.length; i++) {
                                xy[i] = (i % 2 == 0 ? x : y) + r.nextInt(-800, 800);
                            }
                            int type = new int[] {0, 1, 2, 4}[r.nextInt(4)];
                            int width = 2 * r.nextInt(1, 60) + r.nextInt(2);
                            if (type == 4) {
                                w.path(layer, 1, width, r.nextInt(-5, 40), r.nextInt(-5, 40), xy);
                            } else {
                                w.path(layer, 1, type, width, xy);
                            }
                        }
                        case 2 -> w.text(9, r.nextInt(2), x, y, "t" + k);
                        default -> w.boundary(layer, 2, new int[] {x, y, x + 1 + r.nextInt(300), y, x, y + 1 + r.nextInt(300)});
                    }
                }
                for (int child = 0; child < c; child++) {
                    if (r.nextInt(3) == 0) {
                        continue;
                    }
                    Strans t = switch (r.nextInt(4)) {
                        case 0 -> Strans.IDENTITY;
                        case 1 -> Strans.of(r.nextBoolean(), 90.0 * r.nextInt(4), 1);
                        default -> Strans.of(r.nextBoolean(), r.nextInt(-3600, 3600) / 10.0, 0.25 + r.nextInt(30) / 10.0);
                    };
                    if (r.nextBoolean()) {
                        w.sref("C" + child, r.nextInt(-5000, 5000), r.nextInt(-5000, 5000), t);
                    } else {
                        w.aref("C" + child, 1 + r.nextInt(5), 1 + r.nextInt(5), r.nextInt(-5000, 5000), r.nextInt(-5000, 5000),
                            r.nextInt(-3000, 3000), r.nextInt(3) == 0 ? r.nextInt(-500, 500) : 0,
                            r.nextInt(3) == 0 ? r.nextInt(-500, 500) : 0, r.nextInt(-3000, 3000), t);
                    }
                }
                w.endCell();
            }
        });
    }

    @Test
    void randomHierarchiesInspectAsInKlayout() throws IOException, GdsFormatException {
        int count = 40;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            java.nio.file.Path f = dir.resolve("random" + i + ".gds");
            Files.write(f, randomLibrary(1000 + i));
            files.add(f.toString());
        }
        java.nio.file.Path list = dir.resolve("files.txt");
        Files.write(list, files);
        java.nio.file.Path klayout = ExternalTool.require("klayout", "apt-get install klayout");
        java.nio.file.Path script = dir.resolve("many.py");
        Files.writeString(script, KLAYOUT_STATS + """

            for name in open(listfile).read().split():
                ly = pya.Layout()
                ly.read(name)
                print("file %s" % name)
                stats(ly)
            """);
        ExternalTool.Result r = ExternalTool.run(TIMEOUT, klayout.toString(), "-b", "-r", script.toString(),
            "-rd", "listfile=" + list);
        assertThat(r.ok()).as(r.describe()).isTrue();
        String[] perFile = r.stdout().split("(?m)^file ");
        assertThat(perFile).hasSize(count + 1);
        for (int i = 0; i < count; i++) {
            String block = perFile[i + 1];
            String name = block.substring(0, block.indexOf('\n'));
            assertThat(name).isEqualTo(files.get(i));
            Inspection ours = GdsInspector.inspect(GdsReader.read(java.nio.file.Path.of(name)));
            KlayoutStats theirs = KlayoutStats.parse(block.substring(block.indexOf('\n') + 1));
            try {
                assertSame(ours, theirs);
            } catch (AssertionError e) {
                throw new AssertionError("random library seed " + (1000 + i) + ": " + e.getMessage(), e);
            }
        }
    }

    // ---- gdspy

    @Test
    void gdspyCountsTheSamePolygonsPerLayer() throws IOException, GdsFormatException {
        java.nio.file.Path python = ExternalTool.requirePythonModule("gdspy", "apt-get install python3-gdspy");
        java.nio.file.Path file = sampleFile();
        String script = """
            import sys, gdspy
            lib = gdspy.GdsLibrary(infile=sys.argv[1])
            counts = {}
            for top in lib.top_level():
                for key, polys in top.get_polygons(by_spec=True).items():
                    counts[key] = counts.get(key, 0) + len(polys)
            for key in sorted(counts):
                print("%d/%d %d" % (key[0], key[1], counts[key]))
            """;
        ExternalTool.Result r = ExternalTool.run(TIMEOUT, python.toString(), "-c", script, file.toString());
        assertThat(r.ok()).as(r.describe()).isTrue();
        Map<String, Long> theirs = new TreeMap<>();
        for (String line : r.stdout().strip().split("\n")) {
            String[] f = line.split(" ");
            theirs.put(f[0], Long.parseLong(f[1]));
        }
        Map<String, Long> ours = new TreeMap<>();
        for (LayerCount c : GdsInspector.inspect(GdsReader.read(file)).layers()) {
            if (c.polygons() > 0) {
                ours.put(c.layer() + "/" + c.datatype(), c.polygons());
            }
        }
        assertThat(theirs).isEqualTo(ours);
    }

    // ---- GDSIIConvert (libgdsii)

    @Test
    void gdsiiConvertDumpsOurFileRecordByRecord() throws IOException, GdsFormatException {
        java.nio.file.Path tool = ExternalTool.require("GDSIIConvert", "apt-get install gdsiiconvert");
        java.nio.file.Path file = sampleFile();
        ExternalTool.Result r = ExternalTool.run(TIMEOUT, tool.toString(), file.toString(), "--raw");
        assertThat(r.ok()).as(r.describe()).isTrue();
        assertThat(r.stdout()).contains("STRNAME").contains("HOLE").contains("ARRAY").contains("TOP")
            .contains("= 600").contains("COLROW").contains("3 2");
        // one dumped line per record we wrote, ENDLIB included
        long boundaries = r.stdout().lines().filter(l -> l.matches(".*\\bBOUNDARY\\b.*")).count();
        long ours = GdsReader.read(file).cells().stream().flatMap(c -> c.elements().stream())
            .filter(e -> e instanceof Boundary).count();
        assertThat(boundaries).isEqualTo(ours);
        assertThat(r.stdout()).contains("ENDLIB");
    }
}
