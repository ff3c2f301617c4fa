package org.jjmask.layout;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jjmask.gds.GdsWriter;
import org.jjmask.gds.Points;

/**
 * A GDSII library that devices are written into one after another ({@link LayoutGds#writeInto}):
 * each device's cells under its own name prefix, the hole cells shared — one cell per distinct
 * hole, written by the device that first used it — so a chip of many devices with the same hole
 * holds one hole cell — and likewise the array cells: devices whose holes are the same blocks of
 * the same hole cell (the same lattice filling the same outline) place the array cell the first
 * of them wrote, under that device's prefix.
 *
 * <p>A hole is its polygon on its layer and the name it asks for ({@value LayoutGds#HOLE_CELL}
 * for a lattice's hole, {@code JJ_HOLE_D}<i>diameter</i> for a size class of a disordered one):
 * two size classes whose nominal diameters snap to the same polygon stay two cells, because the
 * cell name is how a reader (or a dose assignment by class) tells the diameters apart. The same
 * name with another polygon is another hole, written as {@code JJ_HOLE_2}, {@code JJ_HOLE_3}, ...
 *
 * <p>The caller opens the library on a {@link GdsWriter} it owns, writes the devices, may write
 * cells of its own through {@link #writer()} between devices (a chip's top cell placing each
 * device's top cell), and ends it with {@link #end()}. Every cell name goes through the library, so
 * a name used twice is refused here, with the device that asked for it, before the stream has it.
 */
public final class LayoutLibrary {

    /** The library name every jjmask GDS carries. */
    public static final String LIBRARY_NAME = "JJMASK";

    private final GdsWriter w;
    private final double dbuNm;
    private final Map<HoleKey, String> holeCells = new HashMap<>();
    private final Map<ArrayKey, String> arrayCells = new HashMap<>();
    private final Set<String> names = new HashSet<>();

    /** One hole: the polygon on its layer, in database units, and the name it asked for. */
    private record HoleKey(int layer, int datatype, Points xy, String preferredName) {}

    /** One array cell's content: the hole cell it places and its blocks, in order. */
    private record ArrayKey(String holeCell, java.util.List<HoleArray> blocks) {}

    private LayoutLibrary(GdsWriter w, double dbuNm) {
        this.w = w;
        this.dbuNm = dbuNm;
    }

    /**
     * Begins library {@value #LIBRARY_NAME} on {@code w} with a database unit of {@code dbuNm}
     * nanometres (user unit µm); every device written into it must be on that grid.
     */
    public static LayoutLibrary open(GdsWriter w, double dbuNm, LocalDateTime timestamp) throws IOException {
        Objects.requireNonNull(w, "w");
        w.beginLibrary(LIBRARY_NAME, dbuNm * 1e-3, dbuNm * 1e-9, timestamp);
        return new LayoutLibrary(w, dbuNm);
    }

    /** The stream, for the caller's own cells; a cell written here should be {@link #reserve}d first. */
    public GdsWriter writer() {
        return w;
    }

    public double dbuNm() {
        return dbuNm;
    }

    /** Whether a cell of this name is in the library already (a device's, a hole's or the caller's). */
    public boolean contains(String cellName) {
        return names.contains(cellName);
    }

    /** Claims {@code cellName} for a cell about to be written; refused when the library has it already. */
    public String reserve(String cellName) {
        if (!names.add(cellName)) {
            throw new IllegalArgumentException("cell '" + cellName + "' is already in the library; "
                    + "give each device its own name prefix");
        }
        return cellName;
    }

    /** How many distinct hole cells the library holds so far. */
    public int holeCellCount() {
        return holeCells.size();
    }

    /**
     * The cell that holds {@code xy} on {@code layer} for {@code preferredName}: the one an earlier
     * device wrote, or a new cell written now under {@code preferredName} (with {@code _2},
     * {@code _3}, ... appended when another cell has that name). Call between cells, never inside one.
     */
    String holeCell(LayerMap.LayerSpec layer, int[] xy, String preferredName) throws IOException {
        HoleKey key = new HoleKey(layer.layer(), layer.datatype(), Points.of(xy), preferredName);
        String known = holeCells.get(key);
        if (known != null) {
            return known;
        }
        String name = freeName(preferredName);
        reserve(name);
        w.beginCell(name);
        w.boundary(layer.layer(), layer.datatype(), xy);
        w.endCell();
        holeCells.put(key, name);
        return name;
    }

    /** How many distinct array cells the library holds so far. */
    public int arrayCellCount() {
        return arrayCells.size();
    }

    /**
     * The array cell an earlier device wrote with exactly these blocks of {@code holeCell}, if any:
     * two devices with the same lattice in the same fill region place one cell.
     */
    java.util.Optional<String> arrayCell(String holeCell, java.util.List<HoleArray> blocks) {
        return java.util.Optional.ofNullable(arrayCells.get(new ArrayKey(holeCell, java.util.List.copyOf(blocks))));
    }

    /** Records that {@code name} holds these blocks of {@code holeCell}, for the devices after. */
    void arrayWritten(String name, String holeCell, java.util.List<HoleArray> blocks) {
        arrayCells.putIfAbsent(new ArrayKey(holeCell, java.util.List.copyOf(blocks)), name);
    }

    /**
     * The cell holding one dot on {@code layer}/{@code datatype} at its origin: a PATH of two
     * identical vertices and no width, how Raith marks a single-shot exposure (EBEAM.md); shared
     * like the hole cells.
     */
    String dotCell(int layer, int datatype, String preferredName) throws IOException {
        HoleKey key = new HoleKey(layer, datatype, Points.of(new int[] {0, 0}), preferredName + "\u0000dot");
        String known = holeCells.get(key);
        if (known != null) {
            return known;
        }
        String name = freeName(preferredName);
        reserve(name);
        w.beginCell(name);
        w.path(layer, datatype, 0, 0, new int[] {0, 0, 0, 0});
        w.endCell();
        holeCells.put(key, name);
        return name;
    }

    /** {@code preferred}, or with {@code _2}, {@code _3}, ... appended (within 32 characters) when a cell has that name. */
    private String freeName(String preferred) {
        String name = preferred;
        for (int n = 2; names.contains(name); n++) {
            String suffix = "_" + n;
            name = preferred.substring(0, Math.min(preferred.length(), 32 - suffix.length())) + suffix;
        }
        return name;
    }

    /** ENDLIB; the writer refuses it when a referenced cell was never written. */
    public void end() throws IOException {
        w.endLibrary();
    }
}
