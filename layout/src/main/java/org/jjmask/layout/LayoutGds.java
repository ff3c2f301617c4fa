package org.jjmask.layout;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.jjmask.gds.GdsWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a {@link Layout} as GDSII: a hole cell, an array cell placing it by orthogonal AREFs
 * (SREFs for single holes on ragged edges), and a top cell with the array, the outline and the
 * template's contact pads (layer {@code pads}, hole-free pieces).
 */
public final class LayoutGds {

    public static final String HOLE_CELL = "JJ_HOLE";
    public static final String ARRAY_CELL = "JJ_ARRAY";
    public static final String FILM_TILE_CELL = "JJ_FILM_TILE";
    public static final String FILM_CELL = "JJ_FILM";
    public static final String LABELS_CELL = "JJ_LABELS";
    public static final String MARKS_CELL = "JJ_MARKS";

    private LayoutGds() {}

    /** The top cell name for a design name: GDS-safe (old tools accept only A-Z a-z 0-9 _ ? $), at most 32 characters. */
    public static String topCellName(String designName) {
        String s = designName.replace('-', '_');
        if (s.length() > 32) {
            s = s.substring(0, 32);
        }
        String upper = s.toUpperCase(Locale.ROOT);
        if (upper.startsWith(HOLE_CELL) || upper.equals(ARRAY_CELL) || upper.equals(FILM_TILE_CELL)
                || upper.equals(FILM_CELL) || upper.equals(LABELS_CELL) || upper.equals(MARKS_CELL)) {
            s = s.length() > 28 ? s.substring(0, 28) : s;
            s = s + "_TOP";
        }
        return s;
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
     * are any), as hole-free boundaries on the labels and marks layers.
     */
    public static void write(Layout layout, Optional<FilmLayout> film, Annotations annotations, String designName,
            LocalDateTime timestamp, GdsWriter w) throws IOException {
        double dbuNm = layout.dbuNm();
        w.beginLibrary("JJMASK", dbuNm * 1e-3, dbuNm * 1e-9, timestamp);

        // an unreferenced cell would be a top cell of its own, and a tool exposing every top cell
        // would write a stray hole at the origin: the hole cell exists only when arrays place it
        if (!layout.arrays().isEmpty()) {
            w.beginCell(HOLE_CELL);
            w.boundary(layout.layers().holes().layer(), layout.layers().holes().datatype(), layout.hole().xy());
            w.endCell();
        }
        if (layout.scattered().isPresent()) {
            writeScattered(layout.scattered().get(), layout.layers().holes(), w);
        }

        w.beginCell(ARRAY_CELL);
        for (HoleArray a : layout.arrays()) {
            if (a.columns() == 1 && a.rows() == 1) {
                w.sref(HOLE_CELL, Math.toIntExact(a.x()), Math.toIntExact(a.y()));
            } else {
                w.aref(HOLE_CELL, a.columns(), a.rows(), Math.toIntExact(a.x()), Math.toIntExact(a.y()),
                        Math.toIntExact(a.stepX()), 0, 0, Math.toIntExact(a.stepY()));
            }
        }
        if (layout.scattered().isPresent()) {
            placeScattered(layout.scattered().get(), w);
        }
        w.endCell();

        if (film.isPresent()) {
            writeFilm(film.get(), layout.layers().film(), w);
        }

        if (!annotations.labels().isEmpty()) {
            w.beginCell(LABELS_CELL);
            for (int[] piece : annotations.labelBoundaries(dbuNm)) {
                w.boundary(layout.layers().labels().layer(), layout.layers().labels().datatype(), piece);
            }
            w.endCell();
        }
        if (!annotations.marks().isEmpty()) {
            w.beginCell(MARKS_CELL);
            for (int[] piece : annotations.markBoundaries(dbuNm)) {
                w.boundary(layout.layers().marks().layer(), layout.layers().marks().datatype(), piece);
            }
            w.endCell();
        }

        w.beginCell(topCellName(designName));
        w.sref(ARRAY_CELL, 0, 0);
        if (film.isPresent()) {
            w.sref(FILM_CELL, 0, 0);
        }
        if (!annotations.labels().isEmpty()) {
            w.sref(LABELS_CELL, 0, 0);
        }
        if (!annotations.marks().isEmpty()) {
            w.sref(MARKS_CELL, 0, 0);
        }
        Polygon outline = layout.outlineNm();
        if (outline.getNumInteriorRing() == 0) {
            Coordinate[] ring = outline.getExteriorRing().getCoordinates();
            int[] xy = new int[2 * ring.length];
            for (int k = 0; k < ring.length; k++) {
                xy[2 * k] = (int) Math.round(ring[k].x / dbuNm);
                xy[2 * k + 1] = (int) Math.round(ring[k].y / dbuNm);
            }
            w.boundary(layout.layers().outline().layer(), layout.layers().outline().datatype(), xy);
        } else {
            // GDS boundaries have no holes: an outline with interior rings goes out in hole-free pieces
            for (int[] piece : Fracture.holeFree(LatticeFill.scale(outline, 1 / dbuNm))) {
                w.boundary(layout.layers().outline().layer(), layout.layers().outline().datatype(), piece);
            }
        }
        for (Polygon pad : layout.padsNm()) {
            for (int[] piece : Fracture.holeFree(LatticeFill.scale(pad, 1 / dbuNm))) {
                w.boundary(layout.layers().pads().layer(), layout.layers().pads().datatype(), piece);
            }
        }
        w.endCell();
        w.endLibrary();
    }

    /** The layers {@link #write} puts shapes on, in layer order. */
    public static java.util.List<LayerMap.LayerSpec> usedLayers(Layout layout, boolean film, Annotations annotations) {
        LayerMap m = layout.layers();
        java.util.List<LayerMap.LayerSpec> out = new java.util.ArrayList<>(java.util.List.of(m.holes(), m.outline()));
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
        return java.util.List.copyOf(out);
    }

    /** One cell per size class that holes use (an unused cell would be a stray top cell). */
    private static void writeScattered(ScatteredHoles holes, LayerMap.LayerSpec layer, GdsWriter w) throws IOException {
        for (int k : holes.classCounts().keySet()) {
            w.beginCell(holes.cellName(k));
            w.boundary(layer.layer(), layer.datatype(), holes.shape(k).xy());
            w.endCell();
        }
    }

    /** Each hole an SREF of its size class's cell, streamed from the seeded draws. */
    private static void placeScattered(ScatteredHoles holes, GdsWriter w) throws IOException {
        java.util.Map<Integer, String> names = new java.util.HashMap<>();
        for (int k : holes.classCounts().keySet()) {
            names.put(k, holes.cellName(k));
        }
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

    private static void writeFilm(FilmLayout film, LayerMap.LayerSpec layer, GdsWriter w) throws IOException {
        if (!film.tileArrays().isEmpty()) {
            w.beginCell(FILM_TILE_CELL);
            for (int[] piece : film.tilePieces()) {
                w.boundary(layer.layer(), layer.datatype(), piece);
            }
            w.endCell();
        }
        w.beginCell(FILM_CELL);
        for (HoleArray a : film.tileArrays()) {
            if (a.columns() == 1 && a.rows() == 1) {
                w.sref(FILM_TILE_CELL, Math.toIntExact(a.x()), Math.toIntExact(a.y()));
            } else {
                w.aref(FILM_TILE_CELL, a.columns(), a.rows(), Math.toIntExact(a.x()), Math.toIntExact(a.y()),
                        Math.toIntExact(a.stepX()), 0, 0, Math.toIntExact(a.stepY()));
            }
        }
        for (int[] piece : film.edgePieces()) {
            w.boundary(layer.layer(), layer.datatype(), piece);
        }
        w.endCell();
    }
}
