package org.jjmask.physics.laplace;

import java.util.Arrays;
import java.util.Objects;

/**
 * Fraction of film (conducting area over cell area) in each cell of a tensor grid over the periodic
 * cell, row-major ({@code j·nx + i}). Built from holes here, or handed over as plain numbers by a
 * module that computed the fractions itself.
 *
 * <p>Each cell conducts as a uniform medium of conductivity σ = its film fraction, and a face joins
 * the two half cells in series: G = h⊥ / (h₁/2σ₁ + h₂/2σ₂), the harmonic mean, the standard
 * cell-centred treatment of a discontinuous coefficient (Patankar, Numerical Heat Transfer and
 * Fluid Flow (1980) §4.2-4). It smears each hole edge over one cell: first order in h, with a
 * ±20 % ripple of that error as the edge moves across cells (measured here).
 *
 * @param x cell edges along x
 * @param y cell edges along y
 * @param film fractions in [0, 1], length nx·ny
 */
public record FilmGrid(GridAxis x, GridAxis y, double[] film) implements ConductanceGrid {

    /** Validates and copies. */
    public FilmGrid {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (film == null || film.length != x.cells() * y.cells()) {
            throw new IllegalArgumentException("need one film fraction per cell");
        }
        film = film.clone();
        for (double f : film) {
            if (!(f >= 0 && f <= 1)) {
                throw new IllegalArgumentException("film fractions must lie in [0, 1], found " + f);
            }
        }
    }

    /**
     * The film fractions of {@code cell} on the grid x × y: 1 minus the exact area of every hole and
     * of its periodic images in each grid cell ({@link Hole#areaIn}). Where holes overlap, the
     * doubly removed area is clamped at no film, which is exact only for cells the overlap fills.
     */
    public static FilmGrid of(PeriodicCell cell, GridAxis x, GridAxis y) {
        if (Math.abs(x.period() - cell.width()) > 1e-9 * cell.width()
                || Math.abs(y.period() - cell.height()) > 1e-9 * cell.height()) {
            throw new IllegalArgumentException("grid periods differ from the cell's");
        }
        int nx = x.cells();
        double[] film = new double[nx * y.cells()];
        Arrays.fill(film, 1.0);
        double w = cell.width();
        double h = cell.height();
        for (Hole hole : cell.holes()) {
            for (int sx = (int) Math.floor(hole.minX() / w); sx <= (int) Math.floor(hole.maxX() / w); sx++) {
                for (int sy = (int) Math.floor(hole.minY() / h); sy <= (int) Math.floor(hole.maxY() / h); sy++) {
                    subtract(hole.shifted(-sx * w, -sy * h), x, y, film);
                }
            }
        }
        for (int k = 0; k < film.length; k++) {
            film[k] = Math.max(0.0, Math.min(1.0, film[k]));
        }
        return new FilmGrid(x, y, film);
    }

    private static void subtract(Hole hole, GridAxis x, GridAxis y, double[] film) {
        double x0 = Math.max(0.0, hole.minX());
        double x1 = Math.min(x.period(), hole.maxX());
        double y0 = Math.max(0.0, hole.minY());
        double y1 = Math.min(y.period(), hole.maxY());
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        int i0 = x.cellOf(x0);
        int i1 = x.cellOf(x1);
        int j0 = y.cellOf(y0);
        int j1 = y.cellOf(y1);
        int nx = x.cells();
        for (int j = j0; j <= j1; j++) {
            double ya = y.edge(j);
            double yb = y.edge(j + 1);
            for (int i = i0; i <= i1; i++) {
                double xa = x.edge(i);
                double xb = x.edge(i + 1);
                double a = hole.areaIn(xa, ya, xb, yb);
                if (a > 0) {
                    film[j * nx + i] -= a / ((xb - xa) * (yb - ya));
                }
            }
        }
    }

    @Override
    public double[][] faceConductances() {
        int nx = x.cells();
        int ny = y.cells();
        double[] east = new double[nx * ny];
        double[] north = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            int jn = (j + 1) % ny;
            for (int i = 0; i < nx; i++) {
                int ie = (i + 1) % nx;
                int c = j * nx + i;
                east[c] = series(y.width(j), x.width(i), film[c], x.width(ie), film[j * nx + ie]);
                north[c] = series(x.width(i), y.width(j), film[c], y.width(jn), film[jn * nx + i]);
            }
        }
        return new double[][] {east, north};
    }

    /** Two half cells in series across a face of width {@code across}. */
    private static double series(double across, double h1, double s1, double h2, double s2) {
        if (s1 <= 0 || s2 <= 0) {
            return 0.0;
        }
        return across / (0.5 * h1 / s1 + 0.5 * h2 / s2);
    }

    /** Film fraction of cell (i, j). */
    public double at(int i, int j) {
        return film[j * x.cells() + i];
    }

    /** Film area over cell area: 1 − porosity. */
    public double filmFraction() {
        double s = 0;
        for (int j = 0; j < y.cells(); j++) {
            for (int i = 0; i < x.cells(); i++) {
                s += film[j * x.cells() + i] * x.width(i) * y.width(j);
            }
        }
        return s / (x.period() * y.period());
    }

    @Override
    public double[] film() {
        return film.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FilmGrid g && x.equals(g.x) && y.equals(g.y) && Arrays.equals(film, g.film);
    }

    @Override
    public int hashCode() {
        return Objects.hash(x, y, Arrays.hashCode(film));
    }

    @Override
    public String toString() {
        return "FilmGrid[" + x.cells() + " x " + y.cells() + "]";
    }
}
