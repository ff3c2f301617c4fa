package org.jjmask.layout;

import java.util.List;

/**
 * A hole lattice as it is written: a rectangular super-cell {@code cellX × cellY} in database
 * units with a basis of hole positions inside it. Every lattice kind fits this form, so each basis
 * point becomes one orthogonal array (a triangular lattice is two interleaved rectangular arrays,
 * a honeycomb four, a kagome six), which every GDS reader handles, skewed-AREF bugs included.
 *
 * <p>The super-cell and basis are rounded once from exact arithmetic; positions in the mask are
 * {@code basis + i·cellX, j·cellY} with these integers, so what the fill checks is what is written.
 * The price is a small aspect distortion (a√3 is not on the grid), reported by
 * {@link #aspectDistortion()}.
 *
 * <p>{@link #of} puts a hole at the device origin (0, 0); {@link #withOriginNm} moves the whole
 * lattice so that a hole sits at a given point instead. The basis is kept inside the super-cell,
 * {@code [0, cellX) × [0, cellY)}, either way: only the set of written positions changes.
 */
public record GridLattice(LatticeType type, double pitchNm, long cellX, long cellY, List<long[]> basis) {

    public GridLattice {
        basis = List.copyOf(basis);
        if (cellX <= 0 || cellY <= 0) {
            throw new IllegalArgumentException("lattice super-cell must be positive: " + cellX + " x " + cellY);
        }
    }

    /** Builds the written lattice for a nearest-hole distance in nm on a grid of {@code dbuNm}. */
    public static GridLattice of(LatticeType type, double pitchNm, double dbuNm) {
        double a = pitchNm / dbuNm;
        double s3 = Math.sqrt(3.0);
        return switch (type) {
            case SQUARE -> new GridLattice(type, pitchNm, r(a), r(a), List.of(p(0, 0)));
            case TRIANGULAR -> {
                long cy = r(a * s3);
                yield new GridLattice(type, pitchNm, r(a), cy, List.of(p(0, 0), p(r(a / 2), r(a * s3 / 2))));
            }
            case HONEYCOMB -> {
                // hexagon edge a: rectangular cell √3a × 3a holding four holes
                long cx = r(s3 * a);
                long cy = r(3 * a);
                yield new GridLattice(type, pitchNm, cx, cy, List.of(
                        p(0, 0), p(0, r(a)), p(r(s3 * a / 2), r(1.5 * a)), p(r(s3 * a / 2), r(2.5 * a))));
            }
            case KAGOME -> {
                // nearest-neighbour a: Bravais vectors 2a(1,0), 2a(1/2,√3/2); rectangular cell 2a × 2√3a, six holes
                long cx = r(2 * a);
                long cy = r(2 * s3 * a);
                yield new GridLattice(type, pitchNm, cx, cy, List.of(
                        p(0, 0), p(r(a), 0), p(r(a / 2), r(s3 * a / 2)),
                        p(r(a), r(s3 * a)), p(0, r(s3 * a)),
                        p(r(1.5 * a), r(1.5 * s3 * a))));
            }
        };
    }

    /**
     * The same lattice with a hole at {@code (xNm, yNm)} (device coordinates) instead of at the
     * origin; the shift is snapped once to the grid.
     */
    public GridLattice withOriginNm(double xNm, double yNm, double dbuNm) {
        return shifted(Math.round(xNm / dbuNm), Math.round(yNm / dbuNm));
    }

    /** The lattice translated by {@code (dx, dy)} dbu, its basis folded back into the super-cell. */
    public GridLattice shifted(long dx, long dy) {
        List<long[]> moved = basis.stream()
                .map(b -> p(Math.floorMod(b[0] + dx, cellX), Math.floorMod(b[1] + dy, cellY)))
                .toList();
        return new GridLattice(type, pitchNm, cellX, cellY, moved);
    }

    /**
     * Directions (degrees in [0, 180)) of the nearest-neighbour bonds of the exact lattice, i.e.
     * the directions along which two holes are a pitch apart.
     */
    public static double[] bondAnglesDeg(LatticeType type) {
        return switch (type) {
            case SQUARE -> new double[] {0, 90};
            case TRIANGULAR, KAGOME -> new double[] {0, 60, 120};
            case HONEYCOMB -> new double[] {30, 90, 150};
        };
    }

    private static long r(double v) {
        return Math.round(v);
    }

    private static long[] p(long x, long y) {
        return new long[] {x, y};
    }

    /** Holes per unit area of the written lattice, in 1/dbu². */
    public double holeDensity() {
        return basis.size() / ((double) cellX * cellY);
    }

    /** Area per hole (the Voronoi cell, i.e. the plaquette) of the written lattice, dbu². */
    public double areaPerHole() {
        return (double) cellX * cellY / basis.size();
    }

    /** The shortest distance between two distinct holes of the written lattice, in dbu. */
    public double nearestDistance() {
        double best = Double.MAX_VALUE;
        for (long[] b1 : basis) {
            for (long[] b2 : basis) {
                for (int i = -1; i <= 1; i++) {
                    for (int j = -1; j <= 1; j++) {
                        double dx = b2[0] + i * cellX - b1[0];
                        double dy = b2[1] + j * cellY - b1[1];
                        double d = Math.hypot(dx, dy);
                        if (d > 0 && d < best) {
                            best = d;
                        }
                    }
                }
            }
        }
        return best;
    }

    /**
     * Relative aspect error of the written super-cell against the exact one,
     * {@code (cellY/cellX) / (exact ratio) − 1}: 0 for square lattices, −0.12 % for a = 100 nm
     * triangular (173 nm for 173.205 nm).
     */
    public double aspectDistortion() {
        double exact = switch (type) {
            case SQUARE -> 1.0;
            case TRIANGULAR -> Math.sqrt(3.0);
            case HONEYCOMB -> Math.sqrt(3.0);
            case KAGOME -> Math.sqrt(3.0);
        };
        return ((double) cellY / cellX) / exact - 1.0;
    }
}
