package org.jjmask.physics.laplace;

/**
 * How fine the coarsest grid is; every further level halves every cell.
 *
 * @param cellsPerSpacing coarse cells per √(cell area / holes), the mean hole spacing
 * @param cellsAcrossNeck cells across the narrowest film between two holes, at least
 * @param cellsAcrossHole cells across a hole's equal-area diameter near the hole, at least
 * @param growth ratio of neighbouring cell sizes away from a neck or small hole, &gt; 1
 * @param maxRefinement largest ratio of coarse to fine cell size
 * @param levels grids solved, 2 or 3 (Richardson extrapolation over the last two; the third
 *     gives the error estimate from two extrapolations)
 * @param scheme how holes enter the face conductances
 */
public record Resolution(int cellsPerSpacing, double cellsAcrossNeck, double cellsAcrossHole, double growth,
        double maxRefinement, int levels, Scheme scheme) {

    /**
     * What a prediction uses: 12 cells per hole spacing, 3 across the narrowest neck, 2 across a
     * small hole, growth 1.3, refinement ≤ 32, two grids, face apertures. Over the four lattices at
     * 0.05 ≤ D/a ≤ 0.99 (square and triangular against Rayleigh's series, the others against
     * {@link #FINE}) the extrapolated value errs by at most 0.093 % and always by less than its
     * estimate; a warm solve takes on average 1.8 ms (square), 3.7 ms (triangular), 13 ms
     * (honeycomb), 24 ms (kagome), the slowest 0.16 s (kagome, D/a = 0.99) — measured with the
     * test-tree tool {@code LaplaceTiming}. Valid for disks; polygons with corners converge more
     * slowly and want {@link #FINE}.
     */
    public static final Resolution DEFAULT = new Resolution(12, 3, 2, 1.3, 32, 2, Scheme.FACE_APERTURE);

    /** Three grids from 24 cells per spacing: for references and tests (error ~10⁻⁴, ~25× the cost). */
    public static final Resolution FINE = new Resolution(24, 4, 4, 1.2, 64, 3, Scheme.FACE_APERTURE);

    /** Validates. */
    public Resolution {
        if (cellsPerSpacing < 2 || !(cellsAcrossNeck > 0) || !(cellsAcrossHole > 0) || !(growth > 1)
                || !(maxRefinement >= 1) || levels < 2 || levels > 3 || scheme == null) {
            throw new IllegalArgumentException("invalid resolution " + cellsPerSpacing + ", " + cellsAcrossNeck
                    + ", " + cellsAcrossHole + ", " + growth + ", " + maxRefinement + ", " + levels);
        }
    }

    /** The coarsest grid's axes for a cell: uniform, graded towards narrow necks and small holes. */
    GridAxis[] axes(PeriodicCell cell) {
        double spacing = Math.sqrt(cell.width() * cell.height() / Math.max(1, cell.holes().size()));
        double coarse = spacing / cellsPerSpacing;
        double floor = coarse / maxRefinement;
        java.util.List<double[]> fx = new java.util.ArrayList<>();
        java.util.List<double[]> fy = new java.util.ArrayList<>();
        for (Neck n : Necks.of(cell, coarse * cellsAcrossNeck)) {
            if (n.width() > 0) {
                double fine = Math.max(floor, n.width() / cellsAcrossNeck);
                fx.add(new double[] {n.x(), fine});
                fy.add(new double[] {n.y(), fine});
            }
        }
        for (Hole h : cell.holes()) {
            double size = Math.sqrt(4.0 * h.area() / Math.PI);
            if (size < coarse * cellsAcrossHole) {
                double fine = Math.max(floor, size / cellsAcrossHole);
                fx.add(new double[] {0.5 * (h.minX() + h.maxX()), fine});
                fy.add(new double[] {0.5 * (h.minY() + h.maxY()), fine});
            }
        }
        return new GridAxis[] {axis(cell.width(), coarse, fx), axis(cell.height(), coarse, fy)};
    }

    private GridAxis axis(double period, double coarse, java.util.List<double[]> foci) {
        int n = Math.max(2, (int) Math.round(period / coarse));
        if (foci.isEmpty()) {
            return GridAxis.uniform(period, n);
        }
        double[] at = new double[foci.size()];
        double[] fine = new double[foci.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = foci.get(i)[0];
            fine[i] = foci.get(i)[1];
        }
        return GridAxis.graded(period, period / n, growth, at, fine);
    }
}
