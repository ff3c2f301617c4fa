package org.jjmask.layout;

import java.util.List;

/**
 * The film of a negative-tone mask (outline minus holes) as GDSII can carry it: hole-free
 * pieces of one lattice super-cell ({@code tilePieces}, a cell placed by {@code tileArrays}) over
 * the interior, and hole-free pieces along the edges where the tiling stops. Coordinates in dbu;
 * rings without the closing point.
 */
public record FilmLayout(List<int[]> tilePieces, List<HoleArray> tileArrays, List<int[]> edgePieces,
        double filmAreaDbu2) {

    public FilmLayout {
        tilePieces = List.copyOf(tilePieces);
        tileArrays = List.copyOf(tileArrays);
        edgePieces = List.copyOf(edgePieces);
    }

    /** Boundaries the mask stores for the film: tile pieces once, edge pieces each. */
    public long storedPieces() {
        return tilePieces.size() + (long) edgePieces.size();
    }

    /** Film polygons an e-beam tool exposes, arrays expanded. */
    public long exposedPieces() {
        return tilePieces.size() * LatticeFill.count(tileArrays) + edgePieces.size();
    }
}
