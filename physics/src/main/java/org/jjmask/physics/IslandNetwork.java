package org.jjmask.physics;

import java.util.Locale;
import java.util.Optional;

/**
 * The island network formed between holes: triangular hole lattice → HONEYCOMB network, square →
 * SQUARE, honeycomb holes → TRIANGULAR network, kagome holes → DICE (MODEL.md §1).
 *
 * <p>Islands are the Voronoi vertices of the hole centres, junctions are the necks between
 * neighbouring holes (one neck per bond). For a periodic lattice with nearest-hole distance a every
 * number here follows from that construction [derived, MODEL.md §1].
 */
public enum IslandNetwork {
    /** Triangular hole lattice: 2 three-fold islands per hole, bond length a/√3. */
    HONEYCOMB("triangular", 3, Math.sqrt(3.0), 0.575, false,
            Math.sqrt(3.0) / 2.0, 1.0, 2.0, 1.0 / (2.0 * Math.sqrt(3.0)), 1.0 / (2.0 * Math.sqrt(3.0))),
    /** Square hole lattice: 1 four-fold island per hole, bond length a. */
    SQUARE("square", 4, 1.0, 0.8929, false,
            1.0, 1.0, 1.0, 0.5, 0.5),
    /** Honeycomb hole lattice: 1 six-fold island per 2 holes, bond length √3·a. */
    TRIANGULAR("honeycomb", 6, 1.0 / Math.sqrt(3.0), McConstants.TRIANGULAR, false,
            3.0 * Math.sqrt(3.0) / 4.0, 2.0, 0.5, Math.sqrt(3.0) / 2.0, Math.sqrt(3.0) / 2.0),
    /**
     * Kagome hole lattice: per 3 holes one six-fold hub and two three-fold rim islands, bond length
     * 2a/√3 split a√3/2 (hub side) + a/(2√3) (rim side).
     */
    DICE("kagome", 4, Math.sqrt(3.0) / 2.0, McConstants.DICE, false,
            2.0 / Math.sqrt(3.0), 3.0, 1.0, Math.sqrt(3.0) / 2.0, 1.0 / (2.0 * Math.sqrt(3.0)));

    private final String holeLattice;
    private final int coordination;
    private final double sheetToJunction;
    private final double xy;
    private final boolean xyEstimate;
    private final double plaquettePerA2;
    private final double holesPerCell;
    private final double islandsPerHole;
    private final double nodeDistance1;
    private final double nodeDistance2;

    IslandNetwork(String holeLattice, int coordination, double sheetToJunction, double xy, boolean xyEstimate,
            double plaquettePerA2, double holesPerCell, double islandsPerHole, double nodeDistance1,
            double nodeDistance2) {
        this.holeLattice = holeLattice;
        this.coordination = coordination;
        this.sheetToJunction = sheetToJunction;
        this.xy = xy;
        this.xyEstimate = xyEstimate;
        this.plaquettePerA2 = plaquettePerA2;
        this.holesPerCell = holesPerCell;
        this.islandsPerHole = islandsPerHole;
        this.nodeDistance1 = nodeDistance1;
        this.nodeDistance2 = nodeDistance2;
    }

    /**
     * R_□,eff / R_N: sheet resistance of a network of identical resistors R_N. For a network whose
     * bond vectors sum to zero at every island a uniform field is exact and
     * σ = Σ_bonds (x̂·ℓ_b)² / (R_N · A_cell) [derived, MODEL.md §1]: honeycomb √3, square 1,
     * triangular 1/√3. DICE (computed here): per kagome cell (area 2√3a²) six bonds of length 2a/√3
     * at 60° steps, Σ(x̂·ℓ)² = 3·(4a²/3) = 4a², so R_□,eff/R_N = 2√3a²/4a² = √3/2 ≈ 0.866.
     */
    public double sheetToJunctionFactor() {
        return sheetToJunction;
    }

    /**
     * Classical XY constant c = k_B T_BKT / E_J. Published: square 0.8929 (Hasenbusch, J. Phys. A 38,
     * 5869 (2005); Komura &amp; Okabe, JPSJ 81, 113001 (2012): 0.89289(5); Tomita &amp; Okabe PRB 65,
     * 184405 (2002): 0.8933(6)); honeycomb 0.575(8) (de Andrade et al. arXiv:2406.12076; Jiang,
     * arXiv:2406.14812: 0.571(8)). Measured here, none being published ({@link McConstants}, the
     * engine of {@code org.jjmask.physics.mc}): triangular 1.4605 ± 0.0018 (replacing the crude
     * 1.47), dice 0.9635 ± 0.0012 (replacing the guess 1.031 = Υ0 × the square lattice's c/Υ0).
     */
    public double xyConstant() {
        return xy;
    }

    /**
     * True when {@link #xyConstant()} is a guess rather than a published or measured value: none is
     * now (DICE was, until the Monte Carlo of issue 17 measured it).
     */
    public boolean xyConstantIsEstimate() {
        return xyEstimate;
    }

    /**
     * Coordination number z (junctions per island). DICE has 6-fold hubs and 3-fold rims; the mean
     * coordination 2·(bonds)/(islands) = 2·6/3 = 4 is returned.
     */
    public int coordination() {
        return coordination;
    }

    /** The hole lattice that produces this network: triangular, square, honeycomb or kagome. */
    public String holeLattice() {
        return holeLattice;
    }

    /** Plaquette (Voronoi cell of one hole) area in units of a² (MODEL.md §1 table). */
    public double plaquetteAreaPerPitch2() {
        return plaquettePerA2;
    }

    /** Holes per primitive unit cell of the hole lattice (1, 1, 2, 3). */
    public double holesPerUnitCell() {
        return holesPerCell;
    }

    /** Islands (Voronoi vertices) per hole (2, 1, 1/2, 1). */
    public double islandsPerHole() {
        return islandsPerHole;
    }

    /**
     * Distances, in units of a, from the middle of a neck to the two island nodes it joins
     * (half the bond length each for the symmetric networks; a√3/2 and a/(2√3) for DICE).
     */
    public double[] neckToIslandDistancesPerPitch() {
        return new double[] {nodeDistance1, nodeDistance2};
    }

    /**
     * The network formed by a hole lattice name (triangular, square, honeycomb, kagome; case and
     * surrounding blanks ignored).
     */
    public static Optional<IslandNetwork> forHoleLattice(String holeLattice) {
        if (holeLattice == null) {
            return Optional.empty();
        }
        String key = holeLattice.trim().toLowerCase(Locale.ROOT);
        for (IslandNetwork n : values()) {
            if (n.holeLattice.equals(key)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
