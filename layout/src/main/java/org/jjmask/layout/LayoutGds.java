package org.jjmask.layout;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jjmask.gds.GdsWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a {@link Layout} as GDSII: a hole cell, an array cell placing it by orthogonal AREFs
 * (SREFs for single holes on ragged edges), and a top cell with the array, the outline and the
 * template's contact pads (layer {@code pads}, hole-free pieces).
 *
 * <p>{@link #write} makes a library of one device with the fixed cell names below;
 * {@link #writeInto} writes a device under a name prefix into a {@link LayoutLibrary} the caller
 * opened, sharing hole cells with the devices already in it, and returns its top cell to place.
 */
public final class LayoutGds {

    public static final String HOLE_CELL = "JJ_HOLE";
    public static final String ARRAY_CELL = "JJ_ARRAY";
    public static final String FILM_TILE_CELL = "JJ_FILM_TILE";
    public static final String FILM_CELL = "JJ_FILM";
    public static final String LABELS_CELL = "JJ_LABELS";
    public static final String MARKS_CELL = "JJ_MARKS";
    /** The longest device prefix: the longest cell name, {@value #FILM_TILE_CELL}, still fits 32 characters. */
    public static final int MAX_PREFIX = 32 - FILM_TILE_CELL.length();

    private LayoutGds() {}

    /**
     * The names of one device's own cells under a prefix (hole cells are the library's): every one
     * GDS-safe (A-Z a-z 0-9 _ ? $) and at most 32 characters.
     */
    public record DeviceCells(String array, String filmTile, String film, String labels, String marks, String top) {

        /**
         * {@code prefix} + the fixed names, and {@code prefix} + {@link #topCellName(String, String)}
         * for the top. The prefix is empty (one device: the names above) or up to {@value #MAX_PREFIX}
         * of A-Z a-z 0-9 _ ? $.
         */
        public static DeviceCells of(String prefix, String designName) {
            checkPrefix(prefix);
            return new DeviceCells(prefix + ARRAY_CELL, prefix + FILM_TILE_CELL, prefix + FILM_CELL,
                    prefix + LABELS_CELL, prefix + MARKS_CELL, topCellName(prefix, designName));
        }
    }

    /** The top cell name for a design name: GDS-safe (old tools accept only A-Z a-z 0-9 _ ? $), at most 32 characters. */
    public static String topCellName(String designName) {
        return topCellName("", designName);
    }

    /**
     * {@code prefix} and the design name with {@code -} as {@code _}, cut to 32 characters in all;
     * {@code _TOP} is appended where the name would be one of the device's other cells or a hole's.
     */
    public static String topCellName(String prefix, String designName) {
        checkPrefix(prefix);
        int room = 32 - prefix.length();
        String s = designName.replace('-', '_');
        if (s.length() > room) {
            s = s.substring(0, room);
        }
        String upper = s.toUpperCase(Locale.ROOT);
        if (upper.startsWith(HOLE_CELL) || upper.equals(ARRAY_CELL) || upper.equals(FILM_TILE_CELL)
                || upper.equals(FILM_CELL) || upper.equals(LABELS_CELL) || upper.equals(MARKS_CELL)) {
            s = s.length() > room - 4 ? s.substring(0, room - 4) : s;
            s = s + "_TOP";
        }
        return prefix + s;
    }

    private static void checkPrefix(String prefix) {
        if (prefix.length() > MAX_PREFIX || !prefix.matches("[A-Za-z0-9_?$]*")) {
            throw new IllegalArgumentException("cell name prefix '" + prefix + "' must be at most " + MAX_PREFIX
                    + " of A-Z a-z 0-9 _ ? $");
        }
    }

    public static void write(Layout layout, String designName, LocalDateTime timestamp, GdsWriter w) throws IOException {
        write(layout, Optional.empty(), designName, timestamp, w);
    }

    /**
     * Writes the layout and, for negative tone, its film: cell {@value #FILM_TILE_CELL} holds one
     * super-cell of film in hole-free pieces, cell {@value #FILM_CELL} places it by orthogonal
     * arrays and holds the edge pieces flat.
     */
    public static void write(Layout layout, Optional<FilmLayout> film, String designName, LocalDateTime timestamp,
            GdsWriter w) throws IOException {
        write(layout, film, Annotations.NONE, designName, timestamp, w);
    }

    /**
     * As {@link #write(Layout, Optional, String, LocalDateTime, GdsWriter)}, plus labels in cell
     * {@value #LABELS_CELL} and alignment marks in cell {@value #MARKS_CELL} (each only when there
     * are any), as hole-free boundaries on the labels and marks layers: a library of this one device.
     */
    public static void write(Layout layout, Optional<FilmLayout> film, Annotations annotations, String designName,
            LocalDateTime timestamp, GdsWriter w) throws IOException {
        LayoutLibrary library = LayoutLibrary.open(w, layout.dbuNm(), timestamp);
        writeInto(library, "", designName, layout, film, annotations);
        library.end();
    }

    /** {@link #writeInto(LayoutLibrary, String, String, Layout, Optional, Annotations)} of the holes and outline alone. */
    public static String writeInto(LayoutLibrary library, String prefix, String designName, Layout layout)
            throws IOException {
        return writeInto(library, prefix, designName, layout, Optional.empty(), Annotations.NONE);
    }

    /**
     * Writes one device's cells, named by {@link DeviceCells#of}{@code (prefix, designName)}, into
     * {@code library}, and returns the name of its top cell, which nothing references yet. Its hole
     * cells are the library's: a hole polygon an earlier device wrote is placed, not written again.
     * Call between cells; the layout's database unit must be the library's.
     */
    public static String writeInto(LayoutLibrary library, String prefix, String designName, Layout layout,
            Optional<FilmLayout> film, Annotations annotations) throws IOException {
        double dbuNm = layout.dbuNm();
        if (dbuNm != library.dbuNm()) {
            throw new IllegalArgumentException("device '" + designName + "' is on a " + dbuNm
                    + " nm grid, the library on " + library.dbuNm() + " nm");
        }
        DeviceCells cells = DeviceCells.of(prefix, designName);
        reserve(library, cells, layout, film, annotations);
        GdsWriter w = library.writer();

        // an unreferenced cell would be a top cell of its own, and a tool exposing every top cell
        // would write a stray hole at the origin: the hole cell exists only when arrays place it
        String hole = layout.arrays().isEmpty() ? ""
                : library.holeCell(layout.layers().holes(), layout.hole().xy(), HOLE_CELL);
        Map<Integer, String> scatteredCells = new HashMap<>();
        if (layout.scattered().isPresent()) {
            ScatteredHoles holes = layout.scattered().get();
            // one cell per size class that holes use
            for (int k : holes.classCounts().keySet()) {
                scatteredCells.put(k, library.holeCell(layout.layers().holes(), holes.shape(k).xy(), holes.cellName(k)));
            }
        }

        w.beginCell(cells.array());
        for (HoleArray a : layout.arrays()) {
            place(w, hole, a);
        }
        if (layout.scattered().isPresent()) {
            placeScattered(layout.scattered().get(), scatteredCells, w);
        }
        w.endCell();

        if (film.isPresent()) {
            writeFilm(film.get(), layout.layers().film(), cells, w);
        }

        if (!annotations.labels().isEmpty()) {
            w.beginCell(cells.labels());
            for (int[] piece : annotations.labelBoundaries(dbuNm)) {
                w.boundary(layout.layers().labels().layer(), layout.layers().labels().datatype(), piece);
            }
            w.endCell();
        }
        if (!annotations.marks().isEmpty()) {
            w.beginCell(cells.marks());
            for (int[] piece : annotations.markBoundaries(dbuNm)) {
                w.boundary(layout.layers().marks().layer(), layout.layers().marks().datatype(), piece);
            }
            w.endCell();
        }

        w.beginCell(cells.top());
        w.sref(cells.array(), 0, 0);
        if (film.isPresent()) {
            w.sref(cells.film(), 0, 0);
        }
        if (!annotations.labels().isEmpty()) {
            w.sref(cells.labels(), 0, 0);
        }
        if (!annotations.marks().isEmpty()) {
            w.sref(cells.marks(), 0, 0);
        }
        for (int[] piece : outlineBoundaries(layout)) {
            w.boundary(layout.layers().outline().layer(), layout.layers().outline().datatype(), piece);
        }
        for (Polygon pad : layout.padsNm()) {
            for (int[] piece : Fracture.holeFree(LatticeFill.scale(pad, 1 / dbuNm))) {
                w.boundary(layout.layers().pads().layer(), layout.layers().pads().datatype(), piece);
            }
        }
        w.endCell();
        return cells.top();
    }

    /**
     * The outline's boundaries as written, dbu: its ring on the database grid, or hole-free pieces
     * when it has interior rings (GDS boundaries have none). Shared with the design rules of a
     * scattered layout, which read them without a file.
     */
    public static List<int[]> outlineBoundaries(Layout layout) {
        double dbuNm = layout.dbuNm();
        Polygon outline = layout.outlineNm();
        if (outline.getNumInteriorRing() == 0) {
            Coordinate[] ring = outline.getExteriorRing().getCoordinates();
            int[] xy = new int[2 * ring.length];
            for (int k = 0; k < ring.length; k++) {
                xy[2 * k] = (int) Math.round(ring[k].x / dbuNm);
                xy[2 * k + 1] = (int) Math.round(ring[k].y / dbuNm);
            }
            return List.of(xy);
        }
        return Fracture.holeFree(LatticeFill.scale(outline, 1 / dbuNm));
    }

    /** Claims every cell name the device will write, so that a clash is refused before any of it is written. */
    private static void reserve(LayoutLibrary library, DeviceCells cells, Layout layout, Optional<FilmLayout> film,
            Annotations annotations) {
        List<String> own = new ArrayList<>(List.of(cells.array(), cells.top()));
        if (film.isPresent()) {
            own.add(cells.film());
            if (!film.get().tileArrays().isEmpty()) {
                own.add(cells.filmTile());
            }
        }
        if (!annotations.labels().isEmpty()) {
            own.add(cells.labels());
        }
        if (!annotations.marks().isEmpty()) {
            own.add(cells.marks());
        }
        for (String name : own) {
            if (library.contains(name)) {
                throw new IllegalArgumentException("device '" + cells.top() + "': cell '" + name
                        + "' is already in the library; give each device its own name prefix");
            }
        }
        own.forEach(library::reserve);
    }

    /** One block of sites: an SREF for a single site, else an AREF. */
    private static void place(GdsWriter w, String cell, HoleArray a) throws IOException {
        if (a.columns() == 1 && a.rows() == 1) {
            w.sref(cell, Math.toIntExact(a.x()), Math.toIntExact(a.y()));
        } else {
            w.aref(cell, a.columns(), a.rows(), Math.toIntExact(a.x()), Math.toIntExact(a.y()),
                    Math.toIntExact(a.stepX()), 0, 0, Math.toIntExact(a.stepY()));
        }
    }

    /** The layers {@link #write} puts shapes on, in layer order. */
    public static List<LayerMap.LayerSpec> usedLayers(Layout layout, boolean film, Annotations annotations) {
        LayerMap m = layout.layers();
        List<LayerMap.LayerSpec> out = new ArrayList<>(List.of(m.holes(), m.outline()));
        if (film) {
            out.add(m.film());
        }
        if (!layout.padsNm().isEmpty()) {
            out.add(m.pads());
        }
        if (!annotations.labels().isEmpty()) {
            out.add(m.labels());
        }
        if (!annotations.marks().isEmpty()) {
            out.add(m.marks());
        }
        return List.copyOf(out);
    }

    /** Each hole an SREF of its size class's cell, streamed from the seeded draws. */
    private static void placeScattered(ScatteredHoles holes, Map<Integer, String> names, GdsWriter w)
            throws IOException {
        try {
            holes.forEach((x, y, k) -> {
                try {
                    w.sref(names.get(k), Math.toIntExact(x), Math.toIntExact(y));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writeFilm(FilmLayout film, LayerMap.LayerSpec layer, DeviceCells cells, GdsWriter w)
            throws IOException {
        if (!film.tileArrays().isEmpty()) {
            w.beginCell(cells.filmTile());
            for (int[] piece : film.tilePieces()) {
                w.boundary(layer.layer(), layer.datatype(), piece);
            }
            w.endCell();
        }
        w.beginCell(cells.film());
        for (HoleArray a : film.tileArrays()) {
            place(w, cells.filmTile(), a);
        }
        for (int[] piece : film.edgePieces()) {
            w.boundary(layer.layer(), layer.datatype(), piece);
        }
        w.endCell();
    }
}
