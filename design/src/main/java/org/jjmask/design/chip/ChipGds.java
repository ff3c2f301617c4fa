package org.jjmask.design.chip;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Designer;
import org.jjmask.gds.GdsWriter;
import org.jjmask.layout.Annotations;
import org.jjmask.layout.LabelGlyphs;
import org.jjmask.layout.LayerMap;
import org.jjmask.layout.LayoutGds;
import org.jjmask.layout.LayoutLibrary;

/**
 * A chip as one GDSII library: each device's cells under its own prefix ({@code A1_}), the hole
 * cells shared by every device with the same hole ({@link LayoutLibrary}), cell {@value #LABELS}
 * with the device labels and the title (each letter a cell {@code CHIP_G..} of its own, placed by
 * SREF), cell {@value #MARKS} with the die's marks, and the top
 * cell placing each device's top cell by SREF at its place. The caller owns the stream.
 */
public final class ChipGds {

    public static final String LABELS = "CHIP_LABELS";
    public static final String MARKS = "CHIP_MARKS";
    /** The design name each device's top cell carries after its prefix: {@code A1_DEV}. */
    static final String DEVICE = "DEV";

    /**
     * What was written: the top cell, each device's top cell (device order), and how many distinct
     * hole cells and array cells (one per distinct lattice and fill: devices that differ only in
     * material, conditions or model share theirs).
     */
    public record Written(String top, List<String> deviceCells, int holeCells, int arrayCells) {
        public Written {
            deviceCells = List.copyOf(deviceCells);
        }
    }

    private ChipGds() {}

    /** The top cell's name: the chip's name, GDS-safe. */
    public static String topCell(ChipSpec spec) {
        return LayoutGds.topCellName(spec.name());
    }

    /** The cell of one letter at one height: {@code CHIP_G41_20000} is an A 20 µm tall (hex code, nm). */
    static String glyphCell(LabelGlyphs.Glyph g) {
        return String.format(java.util.Locale.ROOT, "CHIP_G%X_%d", (int) g.character(), Math.round(g.heightNm()));
    }

    /** The name of device {@code d}'s top cell. */
    public static String deviceCell(ChipDevice d) {
        return LayoutGds.topCellName(d.cellPrefix(), DEVICE);
    }

    public static Written write(ChipResult chip, LocalDateTime timestamp, GdsWriter w) throws IOException {
        LayoutLibrary library = LayoutLibrary.open(w, Designer.DBU_NM, timestamp);
        String top = library.reserve(topCell(chip.spec()));
        Annotations a = chip.annotations();
        if (!a.labels().isEmpty()) {
            library.reserve(LABELS);
        }
        if (!a.marks().isEmpty()) {
            library.reserve(MARKS);
        }
        List<String> cells = new ArrayList<>();
        var classes = ChipDoses.classes(chip);
        for (int i = 0; i < chip.devices().size(); i++) {
            DesignResult r = chip.devices().get(i);
            // a classed device writes its class cells (JJ_HOLE_C07 ...): the library shares each one
            // with every device whose class has the same layer, datatype and polygon
            cells.add(LayoutGds.writeInto(library, chip.spec().devices().get(i).cellPrefix(), DEVICE, r.layout(),
                    r.film(), r.annotations(), classes.get(i)));
        }
        LayerMap layers = chip.devices().get(0).layout().layers();
        double dbu = library.dbuNm();
        if (!a.labels().isEmpty()) {
            // each letter once, placed by reference: 64 labels as polygons were most of the file
            LabelGlyphs glyphs = new LabelGlyphs();
            List<List<LabelGlyphs.Placed>> placed = a.labels().stream().map(glyphs::place).toList();
            for (LabelGlyphs.Glyph g : glyphs.glyphs()) {
                w.beginCell(library.reserve(glyphCell(g)));
                for (int[] piece : glyphs.boundaries(g, dbu)) {
                    w.boundary(layers.labels().layer(), layers.labels().datatype(), piece);
                }
                w.endCell();
            }
            w.beginCell(LABELS);
            for (List<LabelGlyphs.Placed> label : placed) {
                for (LabelGlyphs.Placed p : label) {
                    w.sref(glyphCell(p.glyph()), Math.toIntExact(Math.round(p.xNm() / dbu)),
                            Math.toIntExact(Math.round(p.yNm() / dbu)));
                }
            }
            w.endCell();
        }
        if (!a.marks().isEmpty()) {
            w.beginCell(MARKS);
            for (int[] piece : a.markBoundaries(dbu)) {
                w.boundary(layers.marks().layer(), layers.marks().datatype(), piece);
            }
            w.endCell();
        }
        w.beginCell(top);
        for (int i = 0; i < cells.size(); i++) {
            Placement p = chip.placements().get(i);
            w.sref(cells.get(i), Math.toIntExact(p.offsetXNm()), Math.toIntExact(p.offsetYNm()));
        }
        if (!a.labels().isEmpty()) {
            w.sref(LABELS, 0, 0);
        }
        if (!a.marks().isEmpty()) {
            w.sref(MARKS, 0, 0);
        }
        w.endCell();
        int holeCells = library.holeCellCount();
        int arrayCells = library.arrayCellCount();
        library.end();
        return new Written(top, cells, holeCells, arrayCells);
    }

    /** The layers the chip writes, in layer order: every device's, and labels and marks when the die has them. */
    public static List<LayerMap.LayerSpec> usedLayers(ChipResult chip) {
        LayerMap map = chip.devices().get(0).layout().layers();
        java.util.Set<LayerMap.LayerSpec> used = new java.util.HashSet<>();
        for (DesignResult r : chip.devices()) {
            used.addAll(LayoutGds.usedLayers(r.layout(), r.film().isPresent(), r.annotations()));
        }
        if (!chip.annotations().labels().isEmpty()) {
            used.add(map.labels());
        }
        if (!chip.annotations().marks().isEmpty()) {
            used.add(map.marks());
        }
        var classes = ChipDoses.classes(chip);
        if (classes.stream().allMatch(java.util.Optional::isEmpty)) {
            return map.all().stream().filter(used::contains).toList();
        }
        // classed devices: each class's (layer, datatype) too, in layer/datatype order
        java.util.TreeMap<Long, LayerMap.LayerSpec> out = new java.util.TreeMap<>();
        for (int i = 0; i < chip.devices().size(); i++) {
            DesignResult r = chip.devices().get(i);
            for (LayerMap.LayerSpec l : LayoutGds.usedLayers(r.layout(), r.film().isPresent(), r.annotations(),
                    classes.get(i))) {
                out.putIfAbsent(((long) l.layer() << 16) | l.datatype(), l);
            }
        }
        for (LayerMap.LayerSpec l : used) {
            if (!l.equals(map.holes()) || classes.stream().anyMatch(java.util.Optional::isEmpty)) {
                out.putIfAbsent(((long) l.layer() << 16) | l.datatype(), l);
            }
        }
        return List.copyOf(out.values());
    }
}
