package org.jjmask.physics.laplace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Open (film) fraction of every cell face of a tensor grid over the periodic cell: {@code east[c]}
 * of the face between cell c and its east neighbour, {@code north[c]} of the face to its north
 * neighbour (row-major cells, periodic wrap).
 *
 * <p>The current across a face is that of the film crossing it: G = (open fraction)·h⊥ / d, d the
 * distance between the two cell centres — the aperture-weighted two-point flux of embedded-boundary
 * finite volumes (Johansen &amp; Colella, J. Comput. Phys. 147, 60 (1998), without their
 * interpolation of the flux to the face centroid). An insulating hole edge then stops current
 * where it crosses each face, exactly, instead of being smeared over a cell: measured here, the
 * error at 24 cells per pitch is 0.2 % for triangular holes at D/a = 0.7 against 1.2 % with
 * {@link FilmGrid}'s film fractions, and necks four times narrower than a cell are resolved to
 * about 1 %.
 *
 * @param x cell edges along x
 * @param y cell edges along y
 * @param east open fraction of each cell's east face, in [0, 1]
 * @param north open fraction of each cell's north face, in [0, 1]
 */
public record FaceGrid(GridAxis x, GridAxis y, double[] east, double[] north) implements ConductanceGrid {

    /** Validates and copies. */
    public FaceGrid {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        int n = x.cells() * y.cells();
        if (east == null || north == null || east.length != n || north.length != n) {
            throw new IllegalArgumentException("need one open fraction per cell and face");
        }
        east = east.clone();
        north = north.clone();
        for (int c = 0; c < n; c++) {
            if (!(east[c] >= 0 && east[c] <= 1 && north[c] >= 0 && north[c] <= 1)) {
                throw new IllegalArgumentException("open fractions must lie in [0, 1], cell " + c);
            }
        }
    }

    /**
     * The open fractions of {@code cell}'s faces on the grid x × y: 1 minus the length of each face
     * inside the union of the holes and their periodic images ({@link Hole#inside}), exact for
     * disks and polygons, overlapping holes included.
     */
    public static FaceGrid of(PeriodicCell cell, GridAxis x, GridAxis y) {
        if (Math.abs(x.period() - cell.width()) > 1e-9 * cell.width()
                || Math.abs(y.period() - cell.height()) > 1e-9 * cell.height()) {
            throw new IllegalArgumentException("grid periods differ from the cell's");
        }
        List<Hole> images = images(cell);
        int nx = x.cells();
        double[] east = new double[nx * y.cells()];
        double[] north = new double[nx * y.cells()];
        open(images, true, x, y, east);
        open(images, false, y, x, north);
        return new FaceGrid(x, y, east, north);
    }

    /** Every hole and every periodic image of it that reaches into [0, w] × [0, h]. */
    static List<Hole> images(PeriodicCell cell) {
        List<Hole> out = new ArrayList<>();
        double w = cell.width();
        double h = cell.height();
        for (Hole hole : cell.holes()) {
            for (int sx = (int) Math.floor(hole.minX() / w); sx <= (int) Math.floor(hole.maxX() / w); sx++) {
                for (int sy = (int) Math.floor(hole.minY() / h); sy <= (int) Math.floor(hole.maxY() / h); sy++) {
                    out.add(hole.shifted(-sx * w, -sy * h));
                }
            }
        }
        return out;
    }

    /**
     * Open fraction of the faces on the grid lines of {@code across} (x = const lines, the east
     * faces, when {@code vertical}); {@code along} indexes the faces on each line. A face line is
     * a cell's far edge, 1 … n (edge n, the period, is the wrapped edge 0).
     */
    private static void open(List<Hole> holes, boolean vertical, GridAxis across, GridAxis along, double[] out) {
        int nx = vertical ? across.cells() : along.cells();
        for (int i = 0; i < across.cells(); i++) {
            double at = across.edge(i + 1);
            List<double[]> blocked = new ArrayList<>();
            for (Hole hole : holes) {
                double lo = vertical ? hole.minX() : hole.minY();
                double hi = vertical ? hole.maxX() : hole.maxY();
                if (at < lo || at > hi) {
                    continue;
                }
                double[] in = hole.inside(vertical, at);
                for (int k = 0; k + 1 < in.length; k += 2) {
                    blocked.add(new double[] {in[k], in[k + 1]});
                }
            }
            blocked.sort((p, q) -> Double.compare(p[0], q[0]));
            double[] shut = new double[along.cells()];
            double reach = Double.NEGATIVE_INFINITY;
            for (double[] b : blocked) {
                // the union: skip what an earlier interval already covers
                double a = Math.max(Math.max(b[0], reach), 0.0);
                double e = Math.min(b[1], along.period());
                reach = Math.max(reach, b[1]);
                for (int j = along.cellOf(a); a < e && j < along.cells() && along.edge(j) < e; j++) {
                    double len = Math.min(e, along.edge(j + 1)) - Math.max(a, along.edge(j));
                    if (len > 0) {
                        shut[j] += len;
                    }
                }
            }
            for (int j = 0; j < along.cells(); j++) {
                int c = vertical ? j * nx + i : i * nx + j;
                out[c] = Math.max(0.0, Math.min(1.0, 1.0 - shut[j] / along.width(j)));
            }
        }
    }

    @Override
    public double[][] faceConductances() {
        int nx = x.cells();
        int ny = y.cells();
        double[] ge = new double[nx * ny];
        double[] gn = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int c = j * nx + i;
                ge[c] = east[c] * y.width(j) / (0.5 * (x.width(i) + x.width((i + 1) % nx)));
                gn[c] = north[c] * x.width(i) / (0.5 * (y.width(j) + y.width((j + 1) % ny)));
            }
        }
        return new double[][] {ge, gn};
    }

    @Override
    public double[] east() {
        return east.clone();
    }

    @Override
    public double[] north() {
        return north.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FaceGrid g && x.equals(g.x) && y.equals(g.y) && Arrays.equals(east, g.east)
                && Arrays.equals(north, g.north);
    }

    @Override
    public int hashCode() {
        return Objects.hash(x, y, Arrays.hashCode(east), Arrays.hashCode(north));
    }

    @Override
    public String toString() {
        return "FaceGrid[" + x.cells() + " x " + y.cells() + "]";
    }
}
