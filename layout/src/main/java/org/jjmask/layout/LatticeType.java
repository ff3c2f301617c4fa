package org.jjmask.layout;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The hole lattices jjmask lays out. {@code pitch} is always the nearest-hole distance a.
 * The island network between the holes is the lattice's dual: triangular holes leave a honeycomb
 * network of islands, square holes a square one, honeycomb holes a triangular one, kagome holes a
 * dice network.
 */
public enum LatticeType {
    TRIANGULAR, SQUARE, HONEYCOMB, KAGOME;

    /** The spelling used in spec files and JSON. */
    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LatticeType> fromSpecName(String name) {
        return Arrays.stream(values()).filter(t -> t.specName().equals(name)).findFirst();
    }

    /** Islands (Voronoi vertices of the hole lattice) per hole. */
    public double islandsPerHole() {
        return switch (this) {
            case TRIANGULAR -> 2.0;  // each Voronoi hexagon has 6 vertices, each shared by 3 cells
            case SQUARE -> 1.0;      // 4 vertices shared by 4
            case HONEYCOMB -> 0.5;   // triangular Voronoi cell, 3 vertices shared by 6
            case KAGOME -> 1.0;      // dice network: one 6-fold and two 3-fold sites per 3 holes
        };
    }

    /** Junctions (Delaunay edges between nearest holes) per hole: half the hole coordination. */
    public double junctionsPerHole() {
        return switch (this) {
            case TRIANGULAR -> 3.0;
            case SQUARE -> 2.0;
            case HONEYCOMB -> 1.5;
            case KAGOME -> 2.0;
        };
    }
}
