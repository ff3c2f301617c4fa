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
 * @param holeOutlineNm the written hole polygon, x0, y0, x1, y1, ... nm about the hole centre, in the
 *     lattice's own frame; empty when the holes are taken as circles of {@code holeDiameterNm}
 * @param stiffnessFactor phase stiffness of the network over that of a uniform network of the junction
 *     these numbers describe: 1 for a periodic lattice, the measured ratio for a disordered one
 * @param plaquetteAreaStdNm2 (population) standard deviation of the plaquette areas over the bulk of
 *     the array: 0 for a periodic lattice; for a disordered one it spreads the frustration
 *     f = B·S/Φ0 from plaquette to plaquette and damps the h/2e oscillations ({@link FieldPredictor})
 * @param neckWidthStdNm standard deviation of the neck widths (0 for a periodic lattice): the weakest
 *     necks decide the anomalous metal ({@link WeakLinks})
 */
public record ArrayGeometry(IslandNetwork network, double pitchNm, double holeDiameterNm, double neckWidthNm,
        double plaquetteAreaNm2, double unitCellAreaNm2, double holeAreaNm2, double porosity,
        double islandAreaNm2, double[] holeOutlineNm, double stiffnessFactor, double plaquetteAreaStdNm2,
        double neckWidthStdNm) {

    /** Without a neck-width spread. */
    public ArrayGeometry(IslandNetwork network, double pitchNm, double holeDiameterNm, double neckWidthNm,
            double plaquetteAreaNm2, double unitCellAreaNm2, double holeAreaNm2, double porosity,
            double islandAreaNm2, double[] holeOutlineNm, double stiffnessFactor, double plaquetteAreaStdNm2) {
        this(network, pitchNm, holeDiameterNm, neckWidthNm, plaquetteAreaNm2, unitCellAreaNm2, holeAreaNm2, porosity,
                islandAreaNm2, holeOutlineNm, stiffnessFactor, plaquetteAreaStdNm2, 0.0);
    }

    /** Without a plaquette-area spread (a periodic lattice, or not measured). */
    public ArrayGeometry(IslandNetwork network, double pitchNm, double holeDiameterNm, double neckWidthNm,
            double plaquetteAreaNm2, double unitCellAreaNm2, double holeAreaNm2, double porosity,
            double islandAreaNm2, double[] holeOutlineNm, double stiffnessFactor) {
        this(network, pitchNm, holeDiameterNm, neckWidthNm, plaquetteAreaNm2, unitCellAreaNm2, holeAreaNm2, porosity,
                islandAreaNm2, holeOutlineNm, stiffnessFactor, 0.0);
    }

    /** Circular holes (no outline), a regular network (stiffness factor 1). */
    public ArrayGeometry(IslandNetwork network, double pitchNm, double holeDiameterNm, double neckWidthNm,
            double plaquetteAreaNm2, double unitCellAreaNm2, double holeAreaNm2, double porosity,
            double islandAreaNm2) {
        this(network, pitchNm, holeDiameterNm, neckWidthNm, plaquetteAreaNm2, unitCellAreaNm2, holeAreaNm2, porosity,
                islandAreaNm2, new double[0], 1.0, 0.0, 0.0);
    }

    /** The same geometry with the written hole's outline (x0, y0, x1, y1, ... nm about its centre). */
    public ArrayGeometry withHoleOutline(double[] outlineNm) {
        return new ArrayGeometry(network, pitchNm, holeDiameterNm, neckWidthNm, plaquetteAreaNm2, unitCellAreaNm2,
                holeAreaNm2, porosity, islandAreaNm2, outlineNm, stiffnessFactor, plaquetteAreaStdNm2, neckWidthStdNm);
    }

    /**
     * The same geometry whose network is {@code factor} times as stiff as a uniform network of its
     * mean junction (a disordered array, {@code NetworkStiffness}).
     */
    public ArrayGeometry withStiffnessFactor(double factor) {
        return new ArrayGeometry(network, pitchNm, holeDiameterNm, neckWidthNm, plaquetteAreaNm2, unitCellAreaNm2,
                holeAreaNm2, porosity, islandAreaNm2, holeOutlineNm, factor, plaquetteAreaStdNm2, neckWidthStdNm);
    }

    /** The same geometry with the plaquette areas spread by this standard deviation (nm²). */
    public ArrayGeometry withPlaquetteAreaStdNm2(double stdNm2) {
        return new ArrayGeometry(network, pitchNm, holeDiameterNm, neckWidthNm, plaquetteAreaNm2, unitCellAreaNm2,
                holeAreaNm2, porosity, islandAreaNm2, holeOutlineNm, stiffnessFactor, stdNm2, neckWidthStdNm);
    }

    /** The same geometry with the neck widths spread by this standard deviation (nm). */
    public ArrayGeometry withNeckWidthStdNm(double stdNm) {
        return new ArrayGeometry(network, pitchNm, holeDiameterNm, neckWidthNm, plaquetteAreaNm2, unitCellAreaNm2,
                holeAreaNm2, porosity, islandAreaNm2, holeOutlineNm, stiffnessFactor, plaquetteAreaStdNm2, stdNm);
    }

    /** σ_S/S: the relative spread of the plaquette areas, hence of the frustration at any field. */
    public double plaquetteAreaRelativeSpread() {
        return plaquetteAreaStdNm2 / plaquetteAreaNm2;
    }

    @Override
    public double[] holeOutlineNm() {
        return holeOutlineNm.clone();
    }

    /** True when the written hole's outline is known (else the holes are taken as circles). */
    public boolean hasHoleOutline() {
        return holeOutlineNm.length >= 6;
    }

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
        holeOutlineNm = holeOutlineNm == null ? new double[0] : holeOutlineNm.clone();
        if (holeOutlineNm.length % 2 != 0) {
            throw new IllegalArgumentException("hole outline needs x, y pairs, got " + holeOutlineNm.length + " numbers");
        }
        Checks.positive("stiffnessFactor", stiffnessFactor);
        Checks.nonNegative("plaquetteAreaStdNm2", plaquetteAreaStdNm2);
        Checks.nonNegative("neckWidthStdNm", neckWidthStdNm);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayGeometry g && g.network == network && g.pitchNm == pitchNm
                && g.holeDiameterNm == holeDiameterNm && g.neckWidthNm == neckWidthNm
                && g.plaquetteAreaNm2 == plaquetteAreaNm2 && g.unitCellAreaNm2 == unitCellAreaNm2
                && g.holeAreaNm2 == holeAreaNm2 && g.porosity == porosity && g.islandAreaNm2 == islandAreaNm2
                && java.util.Arrays.equals(g.holeOutlineNm, holeOutlineNm) && g.stiffnessFactor == stiffnessFactor
                && g.plaquetteAreaStdNm2 == plaquetteAreaStdNm2 && g.neckWidthStdNm == neckWidthStdNm;
    }

    @Override
    public int hashCode() {
        return Objects.hash(network, pitchNm, holeDiameterNm, neckWidthNm, plaquetteAreaNm2, porosity,
                java.util.Arrays.hashCode(holeOutlineNm), stiffnessFactor,
                plaquetteAreaStdNm2, neckWidthStdNm);
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
