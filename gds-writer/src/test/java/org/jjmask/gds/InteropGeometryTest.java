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
import org.jjmask.gds.InteropTest.KlayoutStats;
import org.jjmask.gds.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Geometry, not only counts, across tools: per-layer flattened polygon counts and total areas
 * (KLayout's merged {@code Region.area()}, gdspy polygons through a shoelace, ours through
 * {@link FlatAreas}) for files KLayout writes (keyholes, a 4000-vertex polygon, a 0.5 nm
 * database unit, skewed arrays, mirrored magnified references), a hand-made file with BOX
 * records (which no tool here writes), and a file our writer had to split (AREF above 32767
 * columns, a polygon above 4094 vertices). All area-carrying coordinates are even and the
 * transforms exact (multiples of 90°, MAG 2 or 3), so every area is an integer on every side
 * and compared exactly; shapes on one layer never overlap, so merged area = sum of areas.
 * Each tool missing skips its test visibly, or fails it when jjmask.interop.required=true.
 */
class InteropGeometryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    @TempDir
    java.nio.file.Path dir;

    /** Prints per layer: flattened polygons, merged Region area, sum of polygon area2, most points in one polygon. */
    private static final String KLAYOUT_AREAS = """

        def areas(ly):
            for li in ly.layer_indexes():
                info = ly.get_info(li)
                merged = 0
                area2 = 0
                n = 0
                maxpts = 0
                for top in ly.top_cells():
                    merged += pya.Region(top.begin_shapes_rec(li)).area()
                    it = top.begin_shapes_rec(li)
                    while not it.at_end():
                        s = it.shape()
                        if s.is_polygon() or s.is_box() or s.is_path():
                            p = s.polygon.transformed(it.trans())
                            area2 += p.area2()
                            n += 1
                            maxpts = max(maxpts, p.num_points())
                        it.next()
                if n:
                    print("area %d/%d %d %d %d %d" % (info.layer, info.datatype, n, merged, area2, maxpts))
        """;

    /** KLayout's per-layer numbers: flattened polygons, merged area, sum of twice the polygon areas, most points. */
    private record KlayoutArea(long polygons, long mergedArea, long area2, long maxPoints) {
        static Map<String, KlayoutArea> parse(String out) {
            Map<String, KlayoutArea> m = new TreeMap<>();
            for (String line : out.strip().split("\n")) {
                String[] f = line.strip().split(" ");
                if (f[0].equals("area")) {
                    m.put(f[1], new KlayoutArea(Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                        Long.parseLong(f[5])));
                }
            }
            return m;
        }
    }

    private String klayout(String body, String... defines) throws IOException {
        java.nio.file.Path klayout = ExternalTool.require("klayout", "apt-get install klayout");
        java.nio.file.Path script = dir.resolve("geometry.py");
        Files.writeString(script, InteropTest.KLAYOUT_STATS + KLAYOUT_AREAS + "\n" + body);
        List<String> cmd = new ArrayList<>(List.of(klayout.toString(), "-b", "-r", script.toString()));
        for (String d : defines) {
            cmd.add("-rd");
            cmd.add(d);
        }
        ExternalTool.Result r = ExternalTool.run(TIMEOUT, cmd);
        assertThat(r.ok()).as(r.describe()).isTrue();
        return r.stdout();
    }

    /** Cells, tops, per-layer counts exactly; dbu exactly; bbox within one database unit. */
    private static void assertSameStats(Inspection ours, KlayoutStats theirs) {
        assertThat(ours.cells()).as("cells").isEqualTo(theirs.cells());
        assertThat(ours.topCells()).as("top cells").isEqualTo(theirs.tops());
        Map<String, List<Long>> mine = new TreeMap<>();
        for (LayerCount c : ours.layers()) {
            mine.put(c.layer() + "/" + c.datatype(), List.of(c.polygons(), c.texts()));
        }
        Map<String, List<Long>> klayout = new TreeMap<>();
        theirs.layers().forEach((k, v) -> klayout.put(k, List.of(v[0], v[1])));
        assertThat(mine).as("per layer: flattened polygons, texts").isEqualTo(klayout);
        assertThat(ours.dbuUm()).as("dbu in µm").isEqualTo(theirs.dbu());
        assertThat(theirs.bbox()).hasSize(4);
        double[] bboxDbu = ours.bboxUm();
        for (int i = 0; i < 4; i++) {
            assertThat(bboxDbu[i] / ours.dbuUm()).as("bbox[%d] in dbu", i).isCloseTo(theirs.bbox()[i], within(1.0));
        }
    }

    /**
     * Per layer, the same flattened polygon count as our inspection and, where the layer holds
     * no paths, twice the area ours computes equals twice KLayout's merged area and its sum of areas.
     */
    private static void assertSameAreas(Inspection ours, FlatAreas flat, Map<String, KlayoutArea> theirs) {
        Map<String, Long> mine = new TreeMap<>();
        for (LayerCount c : ours.layers()) {
            if (c.polygons() > 0) {
                mine.put(c.layer() + "/" + c.datatype(), c.polygons());
            }
        }
        Map<String, Long> klayout = new TreeMap<>();
        theirs.forEach((k, v) -> klayout.put(k, v.polygons()));
        assertThat(mine).as("flattened polygons per layer").isEqualTo(klayout);
        int compared = 0;
        for (Map.Entry<String, KlayoutArea> e : theirs.entrySet()) {
            String layer = e.getKey();
            if (flat.pathLayers().contains(layer)) {
                continue;
            }
            double area2 = flat.area2(layer);
            assertThat(area2).as("layer %s: no precision lost", layer).isLessThan(0x1p53);
            assertThat((long) area2).as("layer %s: 2 x area = KLayout's 2 x merged Region area", layer)
                .isEqualTo(2 * e.getValue().mergedArea());
            assertThat((long) area2).as("layer %s: 2 x area = KLayout's sum of polygon area2", layer)
                .isEqualTo(e.getValue().area2());
            compared++;
        }
        assertThat(compared).as("layers whose area was compared").isPositive();
    }

    // ---- 1. files KLayout writes

    @Test
    void weReadKlayoutKeyholesLongPolygonsSkewedArraysAndHalfNanometreUnitsAsKlayoutDoes()
            throws IOException, GdsFormatException {
        java.nio.file.Path file = dir.resolve("klayout-geometry.gds");
        String out = klayout("""
            import math
            ly = pya.Layout()
            ly.dbu = 0.0005
            l5 = ly.layer(5, 0)
            l6 = ly.layer(6, 0)
            l7 = ly.layer(7, 0)
            l8 = ly.layer(8, 0)
            lt = ly.layer(10, 0)

            kh = ly.create_cell("KEYHOLE")
            square = pya.Polygon(pya.Box(0, 0, 20000, 20000))
            square.insert_hole(pya.Box(2000, 2000, 6000, 6000))
            square.insert_hole(pya.Box(10000, 10000, 16000, 18000))
            square.insert_hole([pya.Point(2000, 12000), pya.Point(8000, 12000), pya.Point(2000, 18000)])
            kh.shapes(l5).insert(square)
            # an island with its own hole inside the second hole
            octagon = pya.Polygon([pya.Point(12000, 11000), pya.Point(14000, 11000), pya.Point(15000, 12000),
                                   pya.Point(15000, 16000), pya.Point(14000, 17000), pya.Point(12000, 17000),
                                   pya.Point(11000, 16000), pya.Point(11000, 12000)])
            octagon.insert_hole(pya.Box(12000, 13000, 14000, 15000))
            kh.shapes(l5).insert(octagon)
            kh.shapes(l8).insert(pya.Box(22000, 0, 24000, 4000))
            kh.shapes(l7).insert(pya.Path([pya.Point(0, 21000), pya.Point(18000, 21000), pya.Point(18000, 23000)], 400))
            kh.shapes(lt).insert(pya.Text("kh", pya.Trans(pya.Point(100, 100))))

            big = ly.create_cell("BIG")
            n = 4000
            radius = 10000000
            pts = [pya.Point(2 * round(radius * math.cos(2 * math.pi * i / n) / 2),
                             2 * round(radius * math.sin(2 * math.pi * i / n) / 2)) for i in range(n)]
            big.shapes(l6).insert(pya.Polygon(pts))

            arr = ly.create_cell("ARR")
            arr.insert(pya.CellInstArray(kh.cell_index(), pya.Trans(pya.Vector(0, 0)),
                                         pya.Vector(30000, 6000), pya.Vector(-8000, 26000), 3, 4))
            arr.insert(pya.CellInstArray(kh.cell_index(), pya.ICplxTrans(2.0, 90.0, True, pya.Vector(200000, 0)),
                                         pya.Vector(50000, 10000), pya.Vector(4000, 50000), 2, 3))

            top = ly.create_cell("TOP")
            top.insert(pya.CellInstArray(arr.cell_index(), pya.Trans(pya.Vector(0, 0))))
            top.insert(pya.CellInstArray(arr.cell_index(), pya.Trans(pya.Trans.M135, pya.Vector(-600000, 0))))
            top.insert(pya.CellInstArray(kh.cell_index(), pya.ICplxTrans(3.0, 270.0, True, pya.Vector(0, -300000))))
            top.insert(pya.CellInstArray(kh.cell_index(), pya.ICplxTrans(2.0, 180.0, True, pya.Vector(-900000, -300000)),
                                         pya.Vector(60000, -12000), pya.Vector(14000, 70000), 2, 2))
            top.insert(pya.CellInstArray(big.cell_index(), pya.Trans(pya.Vector(0, 30000000))))
            # non-orthogonal: bounding box only (its areas are rounded by KLayout)
            deco = ly.create_cell("DECO")
            deco.shapes(l7).insert(pya.Path([pya.Point(0, 0), pya.Point(5000, 1000)], 300, 150, 150, True))
            deco.shapes(lt).insert(pya.Text("deco", pya.Trans(pya.Point(-333, 777))))
            top.insert(pya.CellInstArray(deco.cell_index(), pya.ICplxTrans(1.25, 30.0, True, pya.Vector(-2000000, 1000000)),
                                         pya.Vector(7000, 3000), pya.Vector(-1000, 9000), 3, 2))
            ly.write(outfile)

            back = pya.Layout()
            back.read(outfile)
            stats(back)
            areas(back)
            """, "outfile=" + file);
        GdsLibrary lib = GdsReader.read(file);
        Inspection ours = GdsInspector.inspect(lib);
        assertSameStats(ours, KlayoutStats.parse(out));
        assertSameAreas(ours, FlatAreas.of(lib), KlayoutArea.parse(out));
        Map<String, KlayoutArea> theirs = KlayoutArea.parse(out);

        // 0.5 nm: UNITS as KLayout wrote them
        assertThat(ours.dbuUm()).isEqualTo(0.0005);
        assertThat(lib.metresPerDbu()).isCloseTo(5e-10, within(1e-24));
        // the holes came out as keyholes: one BOUNDARY per polygon, each a single ring, area hull - holes
        List<Boundary> keyholes = boundaries(lib, "KEYHOLE", 5);
        assertThat(keyholes).hasSize(2);
        assertThat(keyholes.stream().mapToInt(Boundary::pointCount).min().orElseThrow()).isGreaterThan(9);
        long expectedKeyholeArea2 = 2L * (20000L * 20000 - 4000 * 4000 - 6000 * 8000 - 6000 * 6000 / 2)
            + 2L * (4000 * 6000 - 4 * (1000 * 1000 / 2) - 2000 * 2000);
        assertThat(keyholes.stream().mapToLong(b -> FlatAreas.shoelace2(b.xy())).sum()).isEqualTo(expectedKeyholeArea2);
        // the 4000-gon: one BOUNDARY, all 4000 vertices read (closed: 4001 points), as KLayout reads it back
        List<Boundary> big = boundaries(lib, "BIG", 6);
        assertThat(big).hasSize(1);
        assertThat(big.get(0).pointCount()).isEqualTo(4001);
        assertThat(big.get(0).x(0)).isEqualTo(big.get(0).x(4000));
        assertThat(big.get(0).y(0)).isEqualTo(big.get(0).y(4000));
        assertThat(theirs.get("6/0").maxPoints()).isEqualTo(4000);
        // KLayout kept the arrays skewed (no resolution into single instances)
        List<ARef> arrays = lib.cell("ARR").orElseThrow().elements().stream()
            .filter(ARef.class::isInstance).map(ARef.class::cast).toList();
        assertThat(arrays).hasSize(2).allMatch(a -> a.colEndY() != a.originY() && a.rowEndX() != a.originX());
        // KLayout writes boxes as BOUNDARY, never BOX (see the hand-made BOX test)
        assertThat(lib.cells().stream().flatMap(c -> c.elements().stream())).noneMatch(Box.class::isInstance);
        assertThat(boundaries(lib, "KEYHOLE", 8)).hasSize(1);
    }

    private static List<Boundary> boundaries(GdsLibrary lib, String cell, int layer) {
        return lib.cell(cell).orElseThrow().elements().stream()
            .filter(e -> e instanceof Boundary b && b.layer() == layer).map(Boundary.class::cast).toList();
    }

    @Test
    void klayoutReadsHandMadeBoxRecordsAsWeDo() throws IOException, GdsFormatException {
        // KLayout, gdspy and our writer never write BOX; these bytes are made by hand
        byte[] bytes = GdsBytes.library()
            .beginCell("BOXES")
            // points not starting at the lower-left corner, clockwise
            .none(RecordType.BOX).i16(RecordType.LAYER, 8).i16(RecordType.BOXTYPE, 0)
            .i32(RecordType.XY, 300, 400, 300, 0, 100, 0, 100, 400, 300, 400).none(RecordType.ENDEL)
            .none(RecordType.BOX).i16(RecordType.LAYER, 8).i16(RecordType.BOXTYPE, 3)
            .i32(RecordType.XY, -50, -20, 0, -20, 0, 80, -50, 80, -50, -20).none(RecordType.ENDEL)
            .boundary(1, 0, 0, 500, 60, 500, 60, 560, 0, 500)
            .endCell()
            .beginCell("TOP")
            .sref("BOXES", 0, 0)
            .none(RecordType.SREF).str(RecordType.SNAME, "BOXES").i16(RecordType.STRANS, 0x8000)
            .real8(RecordType.MAG, 2).real8(RecordType.ANGLE, 90).i32(RecordType.XY, -2000, 1000).none(RecordType.ENDEL)
            .none(RecordType.AREF).str(RecordType.SNAME, "BOXES").i16(RecordType.STRANS, 0x8000)
            .real8(RecordType.MAG, 3).real8(RecordType.ANGLE, 180)
            .i16(RecordType.COLROW, 4, 2).i32(RecordType.XY, 5000, 0, 5000 + 4 * 1500, 0, 5000, 2 * 2000)
            .none(RecordType.ENDEL)
            .endCell()
            .endLibrary().bytes();
        java.nio.file.Path file = dir.resolve("boxes.gds");
        Files.write(file, bytes);
        String out = klayout("""
            ly = pya.Layout()
            ly.read(infile)
            stats(ly)
            areas(ly)
            """, "infile=" + file);
        GdsLibrary lib = GdsReader.read(file);
        assertThat(lib.cell("BOXES").orElseThrow().elements()).filteredOn(Box.class::isInstance).hasSize(2);
        Inspection ours = GdsInspector.inspect(lib);
        assertSameStats(ours, KlayoutStats.parse(out));
        FlatAreas flat = FlatAreas.of(lib);
        assertSameAreas(ours, flat, KlayoutArea.parse(out));
        long instances = 1 + 1 + 8;
        double magSquares = 1 + 4 + 8 * 9;
        assertThat(ours.layerCount(8, 0).polygons()).isEqualTo(instances);
        assertThat(ours.layerCount(8, 3).polygons()).isEqualTo(instances);
        assertThat(flat.area2("8/0")).isEqualTo(2 * 200 * 400 * magSquares);
        assertThat(flat.area2("8/3")).isEqualTo(2 * 50 * 100 * magSquares);
    }

    // ---- 2. files our writer had to split, read by KLayout, gdspy and GDSIIConvert

    private static final int UNIT_COLUMNS = 40_000;
    private static final int STAR_VERTICES = 10_000;

    /** A star of {@code n} vertices (alternating radii), even coordinates, counter-clockwise. */
    private static int[] star(int n, int outer, int inner) {
        int[] xy = new int[2 * n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double r = i % 2 == 0 ? outer : inner;
            xy[2 * i] = 2 * (int) Math.round(r * Math.cos(a) / 2);
            xy[2 * i + 1] = 2 * (int) Math.round(r * Math.sin(a) / 2);
        }
        return xy;
    }

    /**
     * TOP -> MID -> ROW -> UNIT (4 levels): ROW is a 40000 x 2 array (split at 32767 columns), STAR a
     * 10,000-vertex star (fractured below 4095 vertices), placed in MID and in TOP; TOP places MID
     * reflected, rotated 90° and magnified 2.
     */
    private static byte[] deepSplitLibrary() {
        return Gds.write(w -> {
            w.beginCell("UNIT");
            w.boundary(1, 0, new int[] {0, 0, 6, 0, 6, 8, 2, 8});
            w.endCell();
            w.beginCell("ROW");
            w.aref("UNIT", UNIT_COLUMNS, 2, 0, 0, 10, 0, 0, 20);
            w.endCell();
            w.beginCell("STAR");
            w.boundary(2, 0, star(STAR_VERTICES, 200_000, 180_000));
            w.endCell();
            w.beginCell("MID");
            w.sref("ROW", 0, 0);
            w.sref("STAR", 200_000, 300_000);
            w.boundary(3, 0, new int[] {-100, -100, -20, -100, -20, -40});
            w.endCell();
            w.beginCell("TOP");
            w.sref("MID", 1_000_000, 0, Strans.of(true, 90, 2));
            w.sref("STAR", -500_000, 0, Strans.rotation(180));
            w.boundary(3, 0, new int[] {-1000, -1000, -800, -1000, -800, -600, -1000, -600});
            w.endCell();
        });
    }

    private java.nio.file.Path deepSplitFile() throws IOException {
        java.nio.file.Path file = dir.resolve("deep-split.gds");
        Files.write(file, deepSplitLibrary());
        return file;
    }

    /** What our side expects of {@link #deepSplitLibrary()}: counts from the inspection, areas from FlatAreas. */
    private static void assertDeepSplitSelfConsistent(GdsLibrary lib, Inspection ours) {
        List<ARef> rows = lib.cell("ROW").orElseThrow().elements().stream()
            .filter(ARef.class::isInstance).map(ARef.class::cast).toList();
        assertThat(rows).extracting(ARef::columns).containsExactly(32767, UNIT_COLUMNS - 32767);
        List<Boundary> pieces = boundaries(lib, "STAR", 2);
        assertThat(pieces).hasSizeGreaterThanOrEqualTo(3).allMatch(b -> b.pointCount() <= 4095);
        assertThat(pieces.stream().mapToLong(b -> FlatAreas.shoelace2(b.xy())).sum())
            .as("the pieces tile the star").isEqualTo(Gds.area2(star(STAR_VERTICES, 200_000, 180_000)));
        assertThat(ours.layerCount(1, 0).polygons()).isEqualTo(2L * UNIT_COLUMNS);
        assertThat(ours.layerCount(2, 0).polygons()).isEqualTo(2L * pieces.size());
        assertThat(ours.layerCount(3, 0).polygons()).isEqualTo(2);
        FlatAreas flat = FlatAreas.of(lib);
        assertThat(flat.area2("1/0")).isEqualTo(2L * UNIT_COLUMNS * FlatAreas.shoelace2(new int[] {0, 0, 6, 0, 6, 8, 2, 8}) * 4);
    }

    @Test
    void klayoutMeasuresOurSplitArraysAndFracturedPolygonsAsWeDo() throws IOException, GdsFormatException {
        java.nio.file.Path file = deepSplitFile();
        String out = klayout("""
            ly = pya.Layout()
            ly.read(infile)
            stats(ly)
            areas(ly)
            """, "infile=" + file);
        GdsLibrary lib = GdsReader.read(file);
        Inspection ours = GdsInspector.inspect(lib);
        assertDeepSplitSelfConsistent(lib, ours);
        assertSameStats(ours, KlayoutStats.parse(out));
        assertSameAreas(ours, FlatAreas.of(lib), KlayoutArea.parse(out));
    }

    @Test
    void gdspyMeasuresOurSplitArraysAndFracturedPolygonsAsWeDo() throws IOException, GdsFormatException {
        java.nio.file.Path python = ExternalTool.requirePythonModule("gdspy", "apt-get install python3-gdspy");
        java.nio.file.Path file = deepSplitFile();
        // coordinates back to integer database units, then an exact int64 shoelace per polygon
        String script = """
            import sys, gdspy, numpy
            lib = gdspy.GdsLibrary(infile=sys.argv[1], units='import')
            scale = lib.unit / lib.precision
            counts = {}
            area2 = {}
            for top in lib.top_level():
                for key, polys in top.get_polygons(by_spec=True).items():
                    counts[key] = counts.get(key, 0) + len(polys)
                    s = 0
                    for p in polys:
                        q = numpy.rint(numpy.asarray(p) * scale).astype(numpy.int64)
                        x = q[:, 0]
                        y = q[:, 1]
                        s += abs(int(numpy.dot(x, numpy.roll(y, -1)) - numpy.dot(numpy.roll(x, -1), y)))
                    area2[key] = area2.get(key, 0) + s
            for key in sorted(counts):
                print("%d/%d %d %d" % (key[0], key[1], counts[key], area2[key]))
            """;
        ExternalTool.Result r = ExternalTool.run(TIMEOUT, python.toString(), "-c", script, file.toString());
        assertThat(r.ok()).as(r.describe()).isTrue();
        Map<String, List<Long>> theirs = new TreeMap<>();
        for (String line : r.stdout().strip().split("\n")) {
            String[] f = line.split(" ");
            theirs.put(f[0], List.of(Long.parseLong(f[1]), Long.parseLong(f[2])));
        }
        GdsLibrary lib = GdsReader.read(file);
        Inspection ours = GdsInspector.inspect(lib);
        assertDeepSplitSelfConsistent(lib, ours);
        FlatAreas flat = FlatAreas.of(lib);
        Map<String, List<Long>> mine = new TreeMap<>();
        for (LayerCount c : ours.layers()) {
            String key = c.layer() + "/" + c.datatype();
            mine.put(key, List.of(c.polygons(), (long) flat.area2(key)));
        }
        assertThat(theirs).as("per layer: flattened polygons, 2 x area").isEqualTo(mine);
    }

    @Test
    void gdsiiConvertSeesOurSplitArraysAndFracturedPolygons() throws IOException, GdsFormatException {
        java.nio.file.Path tool = ExternalTool.require("GDSIIConvert", "apt-get install gdsiiconvert");
        java.nio.file.Path file = deepSplitFile();
        ExternalTool.Result r = ExternalTool.run(TIMEOUT, tool.toString(), file.toString(), "--raw");
        assertThat(r.ok()).as(r.describe()).isTrue();
        List<String> colrows = r.stdout().lines().filter(l -> l.matches(".*\\bCOLROW\\b.*"))
            .map(l -> l.substring(l.indexOf('=') + 1).strip()).toList();
        assertThat(colrows).containsExactly("32767 2", (UNIT_COLUMNS - 32767) + " 2");
        GdsLibrary lib = GdsReader.read(file);
        long boundaries = r.stdout().lines().filter(l -> l.matches(".*\\bBOUNDARY\\b.*")).count();
        assertThat(boundaries).isEqualTo(lib.cells().stream().flatMap(c -> c.elements().stream())
            .filter(Boundary.class::isInstance).count());
        // GDSIIConvert prints the number of int32s per XY: every record within 4095 points
        long maxXy = r.stdout().lines().filter(l -> l.matches(".*\\bXY \\(.*"))
            .mapToLong(l -> Long.parseLong(l.replaceAll(".*\\bXY \\(\\s*(\\d+)\\).*", "$1"))).max().orElseThrow();
        assertThat(maxXy).isBetween(2L * 1000, 2L * 4095);
    }
}
