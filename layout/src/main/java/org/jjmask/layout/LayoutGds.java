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
        return writeInto(library, prefix, designName, layout, film, annotations, Optional.empty());
    }

    /** As a library of this one device, the holes written in {@code classes} (dose classes, size classes or dots). */
    public static void write(Layout layout, Optional<FilmLayout> film, Annotations annotations,
            Optional<HoleClasses> classes, String designName, LocalDateTime timestamp, GdsWriter w) throws IOException {
        LayoutLibrary library = LayoutLibrary.open(w, layout.dbuNm(), timestamp);
        writeInto(library, "", designName, layout, film, annotations, classes);
        library.end();
    }

    /**
     * As {@link #writeInto(LayoutLibrary, String, String, Layout, Optional, Annotations)}, with the
     * holes in {@code classes} when given: one cell per class actually used (named
     * {@code JJ_HOLE_C}<i>rank</i>, {@code JJ_DOT_C}<i>rank</i> for dots), the bulk one AREF.
     */
    public static String writeInto(LayoutLibrary library, String prefix, String designName, Layout layout,
            Optional<FilmLayout> film, Annotations annotations, Optional<HoleClasses> classes) throws IOException {
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
        String hole = layout.arrays().isEmpty() || classes.isPresent() ? ""
                : library.holeCell(layout.layers().holes(), layout.hole().xy(), HOLE_CELL);
        Map<Integer, String> scatteredCells = new HashMap<>();
        Map<Long, String> classedScattered = new HashMap<>();
        String[] classCells = new String[0];
        if (classes.isPresent()) {
            HoleClasses hc = classes.get();
            classCells = new String[hc.classes().size()];
            // only the classes a block uses get a cell: an unreferenced cell would be a stray top cell
            for (HoleClasses.Block b : hc.blocks()) {
                int k = b.classRank();
                if (classCells[k] == null) {
                    classCells[k] = classCell(library, hc.classes().get(k), layout.hole().xy(), k, "");
                }
            }
            if (layout.scattered().isPresent()) {
                ScatteredHoles holes = layout.scattered().get();
                int[] i = {0};
                List<long[]> used = new ArrayList<>();
                java.util.Set<Long> seen = new java.util.HashSet<>();
                holes.forEach((x, y, k) -> {
                    long key = ((long) k << 20) | hc.classOf(i[0]++);
                    if (seen.add(key)) {
                        used.add(new long[] {k, key & 0xFFFFF});
                    }
                });
                used.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
                for (long[] u : used) {
                    int k = (int) u[0];
                    int rank = (int) u[1];
                    classedScattered.put(((long) k << 20) | rank, classCell(library, hc.classes().get(rank),
                            holes.shape(k).xy(), rank, holes.cellName(k).replace(HOLE_CELL, "")));
                }
            }
        } else if (layout.scattered().isPresent()) {
            ScatteredHoles holes = layout.scattered().get();
            // one cell per size class that holes use
            for (int k : holes.classCounts().keySet()) {
                scatteredCells.put(k, library.holeCell(layout.layers().holes(), holes.shape(k).xy(), holes.cellName(k)));
            }
        }

        // a lattice's blocks another device wrote already are placed, not written again (a
        // scattered layout's holes are seeded draws, and a dose-classed layout's classes follow its
        // own edges: both written per device)
        java.util.Optional<String> shared = layout.scattered().isPresent() || classes.isPresent()
                ? java.util.Optional.empty()
                : library.arrayCell(hole, layout.arrays());
        String array = shared.orElse(cells.array());
        if (shared.isEmpty()) {
            w.beginCell(cells.array());
            if (classes.isPresent()) {
                for (HoleClasses.Block b : classes.get().blocks()) {
                    place(w, classCells[b.classRank()], b.holes());
                }
                if (layout.scattered().isPresent()) {
                    placeScatteredClassed(layout.scattered().get(), classes.get(), classedScattered, w);
                }
            } else {
                for (HoleArray a : layout.arrays()) {
                    place(w, hole, a);
                }
                if (layout.scattered().isPresent()) {
                    placeScattered(layout.scattered().get(), scatteredCells, w);
                } else {
                    library.arrayWritten(cells.array(), hole, layout.arrays());
                }
            }
            w.endCell();
        }

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
        w.sref(array, 0, 0);
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

    /**
     * The layers {@link #write} puts shapes on with the holes in {@code classes}: the classes'
     * layer/datatypes instead of the holes layer, then the others, in layer order.
     */
    public static List<LayerMap.LayerSpec> usedLayers(Layout layout, boolean film, Annotations annotations,
            Optional<HoleClasses> classes) {
        List<LayerMap.LayerSpec> base = usedLayers(layout, film, annotations);
        if (classes.isEmpty()) {
            return base;
        }
        HoleClasses hc = classes.get();
        java.util.TreeMap<Long, LayerMap.LayerSpec> out = new java.util.TreeMap<>();
        boolean[] used = new boolean[hc.classes().size()];
        hc.blocks().forEach(b -> used[b.classRank()] = true);
        for (short k : hc.perHole()) {
            used[k] = true;
        }
        for (int k = 0; k < used.length; k++) {
            if (used[k]) {
                HoleClasses.ClassCell c = hc.classes().get(k);
                out.putIfAbsent(((long) c.layer() << 16) | c.datatype(), new LayerMap.LayerSpec(c.layer(), c.datatype(),
                        String.format(Locale.ROOT, "holes, %s class %d", c.dot() ? "dot" : "dose", k)));
            }
        }
        for (LayerMap.LayerSpec l : base) {
            if (!l.equals(layout.layers().holes())) {
                out.putIfAbsent(((long) l.layer() << 16) | l.datatype(), l);
            }
        }
        return List.copyOf(out.values());
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

    /** The cell of one class: its hole polygon (the class's own, else {@code xy}) or a dot, on the class's layer. */
    private static String classCell(LayoutLibrary library, HoleClasses.ClassCell c, int[] xy, int rank, String infix)
            throws IOException {
        String r = String.format(Locale.ROOT, "_C%02d", rank);
        if (c.dot()) {
            return library.dotCell(c.layer(), c.datatype(), "JJ_DOT" + infix + r);
        }
        return library.holeCell(new LayerMap.LayerSpec(c.layer(), c.datatype(), "holes"), c.xy().orElse(xy),
                HOLE_CELL + infix + r);
    }

    /** Each scattered hole an SREF of the cell of its size class and its class. */
    private static void placeScatteredClassed(ScatteredHoles holes, HoleClasses classes, Map<Long, String> names,
            GdsWriter w) throws IOException {
        int[] i = {0};
        try {
            holes.forEach((x, y, k) -> {
                try {
                    w.sref(names.get(((long) k << 20) | classes.classOf(i[0]++)), Math.toIntExact(x), Math.toIntExact(y));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
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
