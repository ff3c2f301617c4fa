package org.jjmask.gds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jjmask.gds.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdsFlattenerTest {

    static final int[] RECT = {0, 0, 10, 0, 10, 5, 0, 5};

    static List<PlacedShape> flatten(byte[] gds, String top) throws GdsFormatException {
        return GdsFlattener.stream(Gds.read(gds), top).toList();
    }

    /** A boundary's points without the closing repeat, as written. */
    static int[] open(PlacedShape s) {
        int[] xy = s.xy();
        return Arrays.copyOf(xy, xy.length - 2);
    }

    @Test
    void rotatedMirroredAndMagnifiedReferencesPlaceExactly() throws GdsFormatException {
        byte[] gds = Gds.write(w -> {
            w.beginCell("R");
            w.boundary(1, 0, RECT);
            w.endCell();
            w.beginCell("TOP");
            w.sref("R", 100, 0, Strans.rotation(90));
            w.sref("R", 0, 100, Strans.of(true, 0, 2));
            w.endCell();
        });
        List<PlacedShape> shapes = flatten(gds, "TOP");
        assertThat(shapes).hasSize(2);
        // 90°: (x, y) → (−y, x), then moved by (100, 0)
        assertThat(open(shapes.get(0))).containsExactly(100, 0, 100, 10, 95, 10, 95, 0);
        // mirror about x, magnify 2: (x, y) → (2x, −2y), moved by (0, 100)
        assertThat(open(shapes.get(1))).containsExactly(0, 100, 20, 100, 20, 90, 0, 90);
        assertThat(shapes.get(1).transform().mirrors()).isTrue();
        assertThat(shapes.get(1).transform().magnification()).isEqualTo(2.0);
    }

    @Test
    void arraysExpandLazilyInFileOrder() throws GdsFormatException {
        byte[] gds = Gds.write(w -> {
            w.beginCell("R");
            w.boundary(1, 0, RECT);
            w.endCell();
            w.beginCell("TOP");
            w.aref("R", 3, 2, 0, 0, 20, 0, 0, 30);
            w.text(5, 0, 7, 7, "label");
            w.endCell();
        });
        List<PlacedShape> shapes = flatten(gds, "TOP");
        assertThat(shapes).hasSize(7);
        assertThat(shapes.subList(0, 6)).extracting(s -> s.xy()[0] + "," + s.xy()[1])
                .containsExactly("0,0", "20,0", "40,0", "0,30", "20,30", "40,30");
        assertThat(shapes.get(6).layer()).isEqualTo(5);
        assertThat(shapes.get(6).xy()).containsExactly(7, 7);
    }

    @Test
    void tenMillionInstancesStreamWithoutMaterialising() throws GdsFormatException {
        byte[] gds = Gds.write(w -> {
            w.beginCell("H");
            w.boundary(1, 0, RECT);
            w.endCell();
            w.beginCell("TOP");
            w.aref("H", 5000, 2000, 0, 0, 20, 0, 0, 20);
            w.endCell();
        });
        Iterator<PlacedShape> it = GdsFlattener.shapes(Gds.read(gds), "TOP");
        long n = 0;
        long sumX = 0;
        while (it.hasNext()) {
            sumX += it.next().transform().dx();
            n++;
        }
        assertThat(n).isEqualTo(10_000_000L).isEqualTo(Gds.inspect(gds).layerCount(1, 0).polygons());
        assertThat(sumX).isEqualTo(2000L * 20 * (4999L * 5000 / 2));
    }

    @Test
    void unknownTopCellAndCyclesAreNamed() {
        byte[] gds = Gds.cell(w -> w.boundary(1, 0, RECT));
        assertThatThrownBy(() -> GdsFlattener.shapes(Gds.read(gds), "NOPE"))
                .isInstanceOf(GdsFormatException.class).hasMessageContaining("NOPE");
        GdsLibrary cyclic = new GdsLibrary("L", 1e-3, 1e-9, List.of(
                new GdsCell("A", List.of(new SRef("B", 0, 0, Strans.IDENTITY, List.of()))),
                new GdsCell("B", List.of(new SRef("A", 0, 0, Strans.IDENTITY, List.of())))));
        assertThatThrownBy(() -> GdsFlattener.shapes(cyclic, "A"))
                .isInstanceOf(GdsFormatException.class).hasMessageContaining("cycle");
    }

    @Test
    void countsAgreeWithTheInspectorOnRandomHierarchies() throws GdsFormatException {
        for (long seed = 1000; seed < 1040; seed++) {
            byte[] gds = InteropTest.randomLibrary(seed);
            Inspection in = Gds.inspect(gds);
            Map<String, long[]> counts = new HashMap<>();
            for (String top : in.topCells()) {
                GdsFlattener.stream(Gds.read(gds), top).forEach(s -> {
                    long[] c = counts.computeIfAbsent(s.layer() + "/" + s.datatype(), k -> new long[2]);
                    c[s.element() instanceof Text ? 1 : 0]++;
                });
            }
            for (LayerCount l : in.layers()) {
                long[] c = counts.getOrDefault(l.layer() + "/" + l.datatype(), new long[2]);
                assertThat(c).as("seed %d layer %d/%d", seed, l.layer(), l.datatype()).containsExactly(l.polygons(), l.texts());
            }
        }
    }

    /**
     * Every flattened boundary of random hierarchies (any angle, magnification, mirror, skewed
     * arrays) lands where KLayout puts it: per-polygon bounding boxes within one database unit.
     */
    @Test
    void boundariesLandWhereKlayoutPutsThem(@TempDir Path dir) throws IOException, GdsFormatException {
        Path klayout = ExternalTool.require("klayout", "apt-get install klayout");
        Path script = Files.writeString(dir.resolve("boxes.py"), """
                import pya
                for n, infile in enumerate(open(files).read().split()):
                  print("file %d" % n)
                  ly = pya.Layout()
                  ly.read(infile)
                  for top in ly.top_cells():
                    for li in ly.layer_indexes():
                      info = ly.get_info(li)
                      if info.datatype == 1 or info.layer == 9:
                        continue
                      it = top.begin_shapes_rec(li)
                      while not it.at_end():
                        b = it.shape().polygon.transformed(it.trans()).bbox()
                        print("%d %d %d %d %d" % (info.layer, b.left, b.bottom, b.right, b.top))
                        it.next()
                """);
        int count = 20;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(Files.write(dir.resolve("r" + i + ".gds"), InteropTest.randomLibrary(1000 + i)).toString());
        }
        Path list = Files.write(dir.resolve("files.txt"), files);
        // one KLayout process for all files: its start-up is a second
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(2), klayout.toString(), "-b", "-r",
                script.toString(), "-rd", "files=" + list);
        assertThat(r.ok()).as(r.describe()).isTrue();
        String[] perFile = r.stdout().split("file \\d+\n", -1);
        assertThat(perFile).hasSize(count + 1);
        for (int i = 0; i < count; i++) {
            long seed = 1000 + i;
            byte[] gds = InteropTest.randomLibrary(seed);
            List<long[]> theirs = new ArrayList<>(perFile[i + 1].lines().filter(l -> !l.isBlank())
                    .map(l -> Arrays.stream(l.trim().split(" ")).mapToLong(Long::parseLong).toArray()).toList());
            List<long[]> ours = new ArrayList<>();
            for (String top : Gds.inspect(gds).topCells()) {
                GdsFlattener.stream(Gds.read(gds), top).filter(s -> s.element() instanceof Boundary).forEach(s -> {
                    int[] xy = s.xy();
                    long[] b = {s.layer(), Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE};
                    for (int k = 0; k < xy.length; k += 2) {
                        b[1] = Math.min(b[1], xy[k]);
                        b[2] = Math.min(b[2], xy[k + 1]);
                        b[3] = Math.max(b[3], xy[k]);
                        b[4] = Math.max(b[4], xy[k + 1]);
                    }
                    ours.add(b);
                });
            }
            assertThat(ours).as("seed %d", seed).hasSameSizeAs(theirs);
            Comparator<long[]> order = Comparator.<long[]>comparingLong(b -> b[0]).thenComparingLong(b -> b[1]);
            theirs.sort(order);
            for (long[] b : ours) {
                long[] match = theirs.stream().filter(t -> t[0] == b[0] && Math.abs(t[1] - b[1]) <= 1
                        && Math.abs(t[2] - b[2]) <= 1 && Math.abs(t[3] - b[3]) <= 1 && Math.abs(t[4] - b[4]) <= 1)
                        .findFirst().orElse(null);
                assertThat(match).as("seed %d: our polygon box %s has no KLayout twin", seed, Arrays.toString(b)).isNotNull();
                theirs.remove(match);
            }
        }
    }
}
