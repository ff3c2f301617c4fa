package org.jjmask.physics;

import java.util.Objects;

/**
 * Geometry of the array as laid out, plain numbers (nm).
 *
 * <p>{@code porosity} = hole area / unit-cell area (holes as drawn) = holeAreaNm2 / plaquetteAreaNm2;
 * {@code plaquetteAreaNm2} = area per hole (Voronoi cell); {@code holeAreaNm2} = area of one hole;
 * {@code unitCellAreaNm2} = primitive cell of the hole lattice (may hold several holes);
 * {@code islandAreaNm2} = film area per island (film area per hole / islands per hole).
 *
 * @param network the island network the holes form
 * @param pitchNm nearest-neighbour hole spacing a
 * @param holeDiameterNm hole diameter D as drawn
 * @param neckWidthNm narrowest film width between neighbouring holes, w = a − D for a periodic lattice
 * @param plaquetteAreaNm2 area per hole (Voronoi cell)
 * @param unitCellAreaNm2 primitive unit cell of the hole lattice
 * @param holeAreaNm2 area of one hole
 * @param porosity hole area fraction, in [0, 1)
 * @param islandAreaNm2 film area per island
 */
public record ArrayGeometry(IslandNetwork network, double pitchNm, double holeDiameterNm, double neckWidthNm,
        double plaquetteAreaNm2, double unitCellAreaNm2, double holeAreaNm2, double porosity,
        double islandAreaNm2) {

    /** Validates: all finite, lengths and areas positive (hole diameter and area may be 0), porosity in [0, 1). */
    public ArrayGeometry {
        Objects.requireNonNull(network, "network");
        Checks.positive("pitchNm", pitchNm);
        Checks.nonNegative("holeDiameterNm", holeDiameterNm);
        Checks.positive("neckWidthNm (holes must not touch)", neckWidthNm);
        Checks.positive("plaquetteAreaNm2", plaquetteAreaNm2);
        Checks.positive("unitCellAreaNm2", unitCellAreaNm2);
        Checks.nonNegative("holeAreaNm2", holeAreaNm2);
        Checks.nonNegative("porosity", porosity);
        if (porosity >= 1) {
            throw new IllegalArgumentException("porosity must be < 1, was " + porosity);
        }
        Checks.positive("islandAreaNm2", islandAreaNm2);
    }

    /**
     * A perfect periodic lattice of circular holes of diameter D and nearest-neighbour distance a,
     * with every number from the MODEL.md §1 table: w = a − D, S = (plaquette factor)·a², hole area
     * πD²/4, φ = πD²/(4S), island area = (S − πD²/4) / (islands per hole).
     *
     * @throws IllegalArgumentException when D ≥ a (holes touch) or a value is not finite
     */
    public static ArrayGeometry periodic(IslandNetwork network, double pitchNm, double holeDiameterNm) {
        Objects.requireNonNull(network, "network");
        Checks.positive("pitchNm", pitchNm);
        Checks.nonNegative("holeDiameterNm", holeDiameterNm);
        double s = network.plaquetteAreaPerPitch2() * pitchNm * pitchNm;
        double hole = Math.PI * holeDiameterNm * holeDiameterNm / 4.0;
        double cell = s * network.holesPerUnitCell();
        double island = (s - hole) / network.islandsPerHole();
        return new ArrayGeometry(network, pitchNm, holeDiameterNm, pitchNm - holeDiameterNm, s, cell, hole,
                hole / s, island);
    }
}
