package org.jjmask.physics.mc;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit cell of a periodic network: primitive vectors a1 = (a1x, 0) and a2 = (a2x, a2y), the
 * sites of the basis and the bonds, each from a site of cell (0, 0) to a site of cell (n1, n2).
 * {@link #patch} tiles L × L cells on a torus.
 *
 * @param siteX x of each basis site
 * @param siteY y of each basis site
 * @param bonds bonds of one cell
 */
public record PeriodicCell(double a1x, double a2x, double a2y, double[] siteX, double[] siteY, List<Bond> bonds) {

    /**
     * A bond from basis site {@code from} of cell (0,0) to basis site {@code to} of cell (n1, n2),
     * with its coupling J (in units of the reference coupling).
     */
    public record Bond(int from, int to, int n1, int n2, double coupling) {
        public Bond(int from, int to, int n1, int n2) {
            this(from, to, n1, n2, 1.0);
        }
    }

    public PeriodicCell {
        siteX = siteX.clone();
        siteY = siteY.clone();
        bonds = List.copyOf(bonds);
        if (!(a1x > 0) || !(a2y > 0) || siteX.length != siteY.length || siteX.length == 0
                || bonds.size() <= siteX.length) {
            throw new IllegalArgumentException("a cell needs positive a1x, a2y, sites and more bonds than sites");
        }
    }

    @Override
    public double[] siteX() {
        return siteX.clone();
    }

    @Override
    public double[] siteY() {
        return siteY.clone();
    }

    public int basis() {
        return siteX.length;
    }

    public double cellArea() {
        return a1x * a2y;
    }

    /** Plaquettes per cell on the torus, from Euler's formula V − E + F = 0. */
    public int facesPerCell() {
        return bonds.size() - siteX.length;
    }

    /** The mean plaquette area, cell area / faces per cell: the area f is counted against. */
    public double plaquetteArea() {
        return cellArea() / facesPerCell();
    }

    /**
     * L × L cells on a torus with uniform coupling 1 and frustration f = B·S/Φ0 per mean plaquette
     * S = {@link #plaquetteArea()}, in the Landau gauge with magnetic-translation seams
     * ({@link LandauGauge}).
     *
     * @throws IllegalArgumentException when the total flux f·L²·(faces per cell) is not an integer:
     *     a torus holds whole flux quanta only
     */
    public XyNetwork patch(int size, double fieldFraction) {
        if (size < 1) {
            throw new IllegalArgumentException("a periodic patch needs L ≥ 1: " + size);
        }
        double flux = fieldFraction * size * (double) size * facesPerCell();
        if (Math.abs(flux - Math.rint(flux)) > 1e-9 * Math.max(1, Math.abs(flux))) {
            throw new IllegalArgumentException("a periodic " + size + " × " + size + " patch needs an integer total flux; f·N_p = "
                    + flux + " (choose f or L so that f·" + (size * size * facesPerCell()) + " is whole)");
        }
        double b = fieldFraction / plaquetteArea();
        int nb = basis();
        int n = size * size * nb;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int c2 = 0; c2 < size; c2++) {
            for (int c1 = 0; c1 < size; c1++) {
                for (int s = 0; s < nb; s++) {
                    int i = (c2 * size + c1) * nb + s;
                    x[i] = c1 * a1x + c2 * a2x + siteX[s];
                    y[i] = c2 * a2y + siteY[s];
                }
            }
        }
        double t1x = size * a1x;
        double t2x = size * a2x;
        double t2y = size * a2y;
        int m = size * size * bonds.size();
        int[] from = new int[m];
        int[] to = new int[m];
        double[] ex = new double[m];
        double[] ey = new double[m];
        double[] a = new double[m];
        double[] j = new double[m];
        int k = 0;
        for (int c2 = 0; c2 < size; c2++) {
            for (int c1 = 0; c1 < size; c1++) {
                for (Bond bond : bonds) {
                    int i = (c2 * size + c1) * nb + bond.from();
                    int u1 = c1 + bond.n1();
                    int u2 = c2 + bond.n2();
                    int k1 = Math.floorDiv(u1, size);
                    int k2 = Math.floorDiv(u2, size);
                    int w = (Math.floorMod(u2, size) * size + Math.floorMod(u1, size)) * nb + bond.to();
                    double xj = x[w] + k1 * t1x + k2 * t2x;
                    double yj = y[w] + k2 * t2y;
                    from[k] = i;
                    to[k] = w;
                    ex[k] = xj - x[i];
                    ey[k] = yj - y[i];
                    a[k] = LandauGauge.phase(b, x[i], y[i], xj, yj)
                            - LandauGauge.translation(b, y[w], k1, t1x, 0, k2, t2x, t2y);
                    j[k] = bond.coupling();
                    k++;
                }
            }
        }
        return new XyNetwork(x, y, from, to, ex, ey, j, a, size * (double) size * cellArea(), true);
    }

    /**
     * The frustration nearest to f that an L × L patch can hold (a whole number of flux quanta over
     * its f·L²·(faces per cell) plaquettes).
     */
    public double nearestFieldFraction(int size, double fieldFraction) {
        double plaquettes = size * (double) size * facesPerCell();
        return Math.rint(fieldFraction * plaquettes) / plaquettes;
    }

    static List<Bond> bonds(int... v) {
        List<Bond> out = new ArrayList<>();
        for (int p = 0; p < v.length; p += 4) {
            out.add(new Bond(v[p], v[p + 1], v[p + 2], v[p + 3]));
        }
        return out;
    }
}
