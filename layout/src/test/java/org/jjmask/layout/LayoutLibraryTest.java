package org.jjmask.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jjmask.gds.ARef;
import org.jjmask.gds.Boundary;
import org.jjmask.gds.GdsCell;
import org.jjmask.gds.GdsElement;
import org.jjmask.gds.GdsInspector;
import org.jjmask.gds.GdsLibrary;
import org.jjmask.gds.GdsReader;
import org.jjmask.gds.GdsWriter;
import org.jjmask.gds.SRef;
import org.jjmask.gds.testing.ExternalTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several devices in one library, as a chip will write them: each under its prefix, hole cells
 * shared by hole, and KLayout (an independent reader) counting each device's holes.
 */
class LayoutLibraryTest {

    private static final LocalDateTime T = LocalDateTime.of(2024, 1, 2, 3, 4, 5);
    private static final HoleShape HOLE_70 = HoleShape.regular(70, 32, 1.0);

    private static final Layout BAR = Layout.of(new HallBar(12, 3, 2, 1, 2), GridLattice.of(LatticeType.TRIANGULAR, 120, 1.0),
            HOLE_70, 200, 1.0);
    /** Another device and lattice with the same hole as {@link #BAR}. */
    private static final Layout SMALL_BAR = Layout.of(new HallBar(8, 2, 1, 1, 1.5),
            GridLattice.of(LatticeType.SQUARE, 150, 1.0), HoleShape.regular(70, 32, 1.0), 200, 1.0);
    /** Another hole: 60 nm hexadecagons. */
    private static final Layout OTHER_HOLE = Layout.of(new HallBar(8, 2, 1, 1, 1.5),
            GridLattice.of(LatticeType.HONEYCOMB, 130, 1.0), HoleShape.regular(60, 16, 1.0), 200, 1.0);
    /** Disordered: one hole cell per size class. */
    private static final Layout SCATTERED = Layout.scattered(new HallBar(6, 2, 1, 1, 1.5),
            GridLattice.of(LatticeType.TRIANGULAR, 100, 1.0), new IdealHole.Circle(60, 32, false), 150, 0, 1.0,
            new HoleVariation(3, 2, 11), 0, 0, 0);

    private record Device(String prefix, String name, Layout layout, Optional<FilmLayout> film, Annotations annotations) {
        Device(String prefix, String name, Layout layout) {
            this(prefix, name, layout, Optional.empty(), Annotations.NONE);
        }
    }

    /** A chip: the devices side by side, 40 µm apart, placed by a top cell CHIP. */
    private record Chip(byte[] gds, List<String> tops, int holeCells) {
        static Chip of(Device... devices) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            List<String> tops = new ArrayList<>();
            int holeCells;
            try (GdsWriter w = GdsWriter.open(bytes)) {
                LayoutLibrary library = LayoutLibrary.open(w, 1.0, T);
                for (Device d : devices) {
                    tops.add(LayoutGds.writeInto(library, d.prefix(), d.name(), d.layout(), d.film(), d.annotations()));
                }
                w.beginCell(library.reserve("CHIP"));
                for (int i = 0; i < tops.size(); i++) {
                    w.sref(tops.get(i), 40_000 * i, 0);
                }
                w.endCell();
                holeCells = library.holeCellCount();
                library.end();
            }
            return new Chip(bytes.toByteArray(), tops, holeCells);
        }

        GdsLibrary read() throws Exception {
            return GdsReader.read(gds);
        }
    }

    /** Cells holding a boundary on the holes layer, by name, with that boundary's points. */
    private static Map<String, int[]> holeCells(GdsLibrary lib) {
        Map<String, int[]> out = new TreeMap<>();
        for (GdsCell c : lib.cells()) {
            for (GdsElement e : c.elements()) {
                if (e instanceof Boundary b && b.layer() == 1 && b.datatype() == 0) {
                    out.put(c.name(), b.xy());
                }
            }
        }
        return out;
    }

    private static List<String> referenced(GdsLibrary lib, String cell) {
        return lib.cell(cell).orElseThrow().elements().stream()
                .map(e -> e instanceof SRef r ? r.cellName() : e instanceof ARef a ? a.cellName() : "")
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static int[] closed(int[] open) {
        int[] c = java.util.Arrays.copyOf(open, open.length + 2);
        c[open.length] = open[0];
        c[open.length + 1] = open[1];
        return c;
    }

    @Test
    void twoDevicesWithTheSameHoleShareOneHoleCell() throws Exception {
        Chip chip = Chip.of(new Device("A_", "bar", BAR), new Device("B_", "small-bar", SMALL_BAR));
        GdsLibrary lib = chip.read();
        assertThat(chip.holeCells()).isEqualTo(1);
        assertThat(holeCells(lib)).containsOnlyKeys(LayoutGds.HOLE_CELL);
        assertThat(referenced(lib, "A_JJ_ARRAY")).containsExactly(LayoutGds.HOLE_CELL);
        assertThat(referenced(lib, "B_JJ_ARRAY")).containsExactly(LayoutGds.HOLE_CELL);
        assertThat(chip.tops()).containsExactly("A_bar", "B_small_bar");
        // the chip holds every hole of both devices, once
        assertThat(GdsInspector.inspect(lib).layerCount(1, 0).polygons())
                .isEqualTo(BAR.holeCount() + SMALL_BAR.holeCount());
        assertThat(GdsInspector.inspect(lib).topCells()).containsExactly("CHIP");
    }

    @Test
    void twoDevicesWithDifferentHolesGetTwoHoleCells() throws Exception {
        Chip chip = Chip.of(new Device("A_", "bar", BAR), new Device("C_", "hex", OTHER_HOLE));
        GdsLibrary lib = chip.read();
        assertThat(chip.holeCells()).isEqualTo(2);
        Map<String, int[]> holes = holeCells(lib);
        assertThat(holes).containsOnlyKeys("JJ_HOLE", "JJ_HOLE_2");
        assertThat(holes.get("JJ_HOLE")).isEqualTo(closed(BAR.hole().xy()));
        assertThat(holes.get("JJ_HOLE_2")).isEqualTo(closed(OTHER_HOLE.hole().xy())).hasSize(2 * 17);
        assertThat(referenced(lib, "C_JJ_ARRAY")).containsExactly("JJ_HOLE_2");
        // a third device with the first hole goes back to the first cell
        Chip three = Chip.of(new Device("A_", "bar", BAR), new Device("C_", "hex", OTHER_HOLE),
                new Device("D_", "small", SMALL_BAR));
        assertThat(three.holeCells()).isEqualTo(2);
        assertThat(referenced(three.read(), "D_JJ_ARRAY")).containsExactly("JJ_HOLE");
    }

    @Test
    void sizeClassesOfTwoDisorderedDevicesAreSharedByClass() throws Exception {
        ScatteredHoles s = SCATTERED.scattered().orElseThrow();
        assertThat(s.classCounts()).hasSizeGreaterThan(3);
        Chip chip = Chip.of(new Device("S1_", "d1", SCATTERED), new Device("S2_", "d2", SCATTERED),
                new Device("A_", "bar", BAR));
        List<String> classCells = new ArrayList<>();
        for (int k : s.classCounts().keySet()) {
            classCells.add(s.cellName(k));
        }
        assertThat(chip.holeCells()).isEqualTo(classCells.size() + 1);
        GdsLibrary lib = chip.read();
        assertThat(holeCells(lib).keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(classCells.stream(), java.util.stream.Stream.of("JJ_HOLE")).toList());
        assertThat(referenced(lib, "S1_JJ_ARRAY")).containsExactlyInAnyOrderElementsOf(classCells);
        assertThat(referenced(lib, "S2_JJ_ARRAY")).containsExactlyInAnyOrderElementsOf(classCells);
        assertThat(GdsInspector.inspect(lib).layerCount(1, 0).polygons())
                .isEqualTo(2 * SCATTERED.holeCount() + BAR.holeCount());
    }

    @Test
    void cellNamesAreUniqueAndSafeForOldTools() throws Exception {
        Device full = new Device("F_", "jj-hole", BAR, Optional.of(FilmTiling.of(BAR)), AnnotationsTest.sample());
        Device longName = new Device("LONG_PREFIX_1234567_", "a-very-long-device-name-indeed", SMALL_BAR);
        Chip chip = Chip.of(full, longName, new Device("", "plain", OTHER_HOLE), new Device("S_", "s", SCATTERED));
        List<String> names = chip.read().cells().stream().map(GdsCell::name).toList();
        assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.matches("[A-Za-z0-9_?$]{1,32}"), "GDS-safe");
        assertThat(names).contains("F_JJ_ARRAY", "F_JJ_FILM", "F_JJ_FILM_TILE", "F_JJ_LABELS", "F_JJ_MARKS",
                "LONG_PREFIX_1234567_JJ_ARRAY", "JJ_ARRAY");
        // the top cell's own name never looks like a hole cell, with or without prefix
        assertThat(chip.tops()).containsExactly("F_jj_hole_TOP", "LONG_PREFIX_1234567_a_very_long_", "plain", "S_s");
        assertThat(LayoutGds.DeviceCells.of("LONG_PREFIX_1234567_", "x").filmTile()).hasSize(32);
    }

    @Test
    void refusesAPrefixUsedTwiceAnotherGridAndUnsafePrefixes() throws Exception {
        try (GdsWriter w = GdsWriter.open(new ByteArrayOutputStream())) {
            LayoutLibrary library = LayoutLibrary.open(w, 1.0, T);
            LayoutGds.writeInto(library, "A_", "one", BAR);
            assertThatThrownBy(() -> LayoutGds.writeInto(library, "A_", "two", SMALL_BAR))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("device 'A_two': cell 'A_JJ_ARRAY' is already in the library; "
                            + "give each device its own name prefix");
            Layout coarse = Layout.of(new HallBar(8, 2, 1, 1, 1.5), GridLattice.of(LatticeType.SQUARE, 150, 2.0),
                    HoleShape.regular(70, 32, 2.0), 200, 2.0);
            assertThatThrownBy(() -> LayoutGds.writeInto(library, "B_", "coarse", coarse))
                    .hasMessage("device 'coarse' is on a 2.0 nm grid, the library on 1.0 nm");
            assertThatThrownBy(() -> LayoutGds.writeInto(library, "B-", "x", SMALL_BAR))
                    .hasMessageContaining("prefix 'B-' must be at most 20 of A-Z a-z 0-9 _ ? $");
            assertThatThrownBy(() -> LayoutGds.writeInto(library, "P".repeat(21), "x", SMALL_BAR))
                    .hasMessageContaining("must be at most 20");
            // nothing of the refused devices reached the stream: the library still ends cleanly
            LayoutGds.writeInto(library, "B_", "two", SMALL_BAR);
            library.end();
        }
    }

    /** KLayout reads the chip and counts, per device top cell, the holes the layouts say they have. */
    @Test
    void klayoutCountsEachDevicesHoles(@TempDir Path dir) throws Exception {
        Path klayout = ExternalTool.require("klayout", "apt-get install klayout");
        Map<String, Layout> devices = new LinkedHashMap<>();
        Chip chip = Chip.of(new Device("A_", "bar", BAR), new Device("B_", "small", SMALL_BAR),
                new Device("C_", "hex", OTHER_HOLE), new Device("S_", "scattered", SCATTERED));
        devices.put("A_bar", BAR);
        devices.put("B_small", SMALL_BAR);
        devices.put("C_hex", OTHER_HOLE);
        devices.put("S_scattered", SCATTERED);
        assertThat(chip.tops()).containsExactlyElementsOf(devices.keySet());
        Path gds = Files.write(dir.resolve("chip.gds"), chip.gds());
        Path script = Files.writeString(dir.resolve("count.py"), """
                import pya
                ly = pya.Layout()
                ly.read(infile)
                li = ly.find_layer(1, 0)
                print("tops " + " ".join(sorted(c.name for c in ly.top_cells())))
                print("holecells " + " ".join(sorted(c.name for c in ly.each_cell() if not c.shapes(li).is_empty())))
                for name in names.split(","):
                  n = 0
                  it = ly.cell(name).begin_shapes_rec(li)
                  while not it.at_end():
                    n += 1
                    it.next()
                  print("holes %s %d" % (name, n))
                """);
        ExternalTool.Result r = ExternalTool.run(Duration.ofMinutes(2), klayout.toString(), "-b", "-r", script.toString(),
                "-rd", "infile=" + gds, "-rd", "names=" + String.join(",", devices.keySet()));
        assertThat(r.ok()).as(r.describe()).isTrue();
        Map<String, Long> counted = new LinkedHashMap<>();
        List<String> lines = r.stdout().lines().toList();
        for (String line : lines) {
            String[] f = line.split(" ");
            if (f[0].equals("holes")) {
                counted.put(f[1], Long.parseLong(f[2]));
            }
        }
        Map<String, Long> expected = new LinkedHashMap<>();
        devices.forEach((name, layout) -> expected.put(name, layout.holeCount()));
        assertThat(counted).as(r.stdout()).isEqualTo(expected);
        assertThat(expected.values()).allMatch(n -> n > 0);
        assertThat(lines).contains("tops CHIP");
        // KLayout sees as many cells holding a hole as the library wrote
        String holeLine = lines.stream().filter(l -> l.startsWith("holecells ")).findFirst().orElseThrow();
        assertThat(holeLine.split(" ")).hasSize(1 + chip.holeCells());
    }
}
