package org.jjmask.physics.mc;

/**
 * The periodic networks of unit bond length the engine builds: the four island networks of
 * MODEL.md §1 (square, honeycomb, triangular, dice) plus kagome.
 */
public enum Lattice {
    /** Square, one site per cell. */
    SQUARE(new PeriodicCell(1, 0, 1, new double[] {0}, new double[] {0}, PeriodicCell.bonds(0, 0, 1, 0, 0, 0, 0, 1))),
    /** Triangular, one site per rhombic cell, three bonds. */
    TRIANGULAR(new PeriodicCell(1, 0.5, Math.sqrt(3) / 2, new double[] {0}, new double[] {0},
            PeriodicCell.bonds(0, 0, 1, 0, 0, 0, 0, 1, 0, 0, -1, 1))),
    /** Honeycomb: two sites, bond A→B vertical inside the cell and two across. */
    HONEYCOMB(new PeriodicCell(Math.sqrt(3), Math.sqrt(3) / 2, 1.5, new double[] {0, 0}, new double[] {0, 1},
            PeriodicCell.bonds(0, 1, 0, 0, 0, 1, 0, -1, 0, 1, 1, -1))),
    /** Kagome: three sites (one up triangle) per cell of side 2. */
    KAGOME(new PeriodicCell(2, 1, Math.sqrt(3), new double[] {0, 1, 0.5}, new double[] {0, 0, Math.sqrt(3) / 2},
            PeriodicCell.bonds(0, 1, 0, 0, 0, 2, 0, 0, 1, 2, 0, 0, 1, 0, 1, 0, 2, 0, 0, 1, 2, 1, -1, 1))),
    /**
     * Dice: a six-fold hub on a triangular lattice of unit spacing and two three-fold rims at the
     * centroids of its up and down triangles (bond length 1/√3) — the network of a kagome hole
     * lattice (MODEL.md §1).
     */
    DICE(new PeriodicCell(1, 0.5, Math.sqrt(3) / 2, new double[] {0, 0.5, 1}, new double[] {0, Math.sqrt(3) / 6,
            Math.sqrt(3) / 3},
            PeriodicCell.bonds(1, 0, 0, 0, 1, 0, 1, 0, 1, 0, 0, 1, 2, 0, 1, 0, 2, 0, 0, 1, 2, 0, 1, 1)));

    private final PeriodicCell cell;

    Lattice(PeriodicCell cell) {
        this.cell = cell;
    }

    public PeriodicCell cell() {
        return cell;
    }

    /** L × L cells, unit couplings, frustration f per mean plaquette. */
    public XyNetwork patch(int size, double fieldFraction) {
        return cell.patch(size, fieldFraction);
    }
}
