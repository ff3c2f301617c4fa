package org.jjmask.physics.laplace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The four hole lattices as rectangular periodic super-cells, nearest-hole distance a, sites at
 * their exact (unrounded) positions [derived, MODEL.md §1]:
 * <ul>
 *   <li>square: a × a, one site (0, 0);</li>
 *   <li>triangular: a × √3a, sites (0, 0), (a/2, √3a/2);</li>
 *   <li>honeycomb: √3a × 3a, sites (0, 0), (0, a), (√3a/2, 3a/2), (√3a/2, 5a/2) — the graphene
 *       lattice of constant √3a, zigzag rows along x;</li>
 *   <li>kagome: 2a × 2√3a, sites (0, 0), (a, 0), (a/2, √3a/2) and the same moved by (a, √3a).</li>
 * </ul>
 * Every one has 3- or 4-fold rotation symmetry, so its effective sheet resistance is isotropic.
 */
public enum HoleLattice {
    SQUARE(1.0, 1.0, new double[][] {{0, 0}}),
    TRIANGULAR(1.0, Math.sqrt(3.0), new double[][] {{0, 0}, {0.5, Math.sqrt(3.0) / 2}}),
    HONEYCOMB(Math.sqrt(3.0), 3.0, new double[][] {{0, 0}, {0, 1}, {Math.sqrt(3.0) / 2, 1.5},
        {Math.sqrt(3.0) / 2, 2.5}}),
    KAGOME(2.0, 2.0 * Math.sqrt(3.0), new double[][] {{0, 0}, {1, 0}, {0.5, Math.sqrt(3.0) / 2},
        {1, Math.sqrt(3.0)}, {0, Math.sqrt(3.0)}, {1.5, 1.5 * Math.sqrt(3.0)}});

    private final double widthPerPitch;
    private final double heightPerPitch;
    private final double[][] sitesPerPitch;

    HoleLattice(double w, double h, double[][] sites) {
        this.widthPerPitch = w;
        this.heightPerPitch = h;
        this.sitesPerPitch = sites;
    }

    /** Super-cell width in units of a. */
    public double widthPerPitch() {
        return widthPerPitch;
    }

    /** Super-cell height in units of a. */
    public double heightPerPitch() {
        return heightPerPitch;
    }

    /** Holes per super-cell. */
    public int sites() {
        return sitesPerPitch.length;
    }

    /** Site centres for pitch a, each {x, y}. */
    public List<double[]> siteCentres(double pitch) {
        List<double[]> out = new ArrayList<>();
        for (double[] s : sitesPerPitch) {
            out.add(new double[] {s[0] * pitch, s[1] * pitch});
        }
        return out;
    }

    /** Circular holes of diameter d on every site, pitch a. */
    public PeriodicCell circles(double pitch, double diameter) {
        return withHoles(pitch, (x, y) -> new Disk(x, y, diameter / 2.0));
    }

    /** One hole per site, made by {@code holeAt(x, y)} from the site centre: any shape per site. */
    public PeriodicCell withHoles(double pitch, BiFunction<Double, Double, Hole> holeAt) {
        if (!(pitch > 0) || !Double.isFinite(pitch)) {
            throw new IllegalArgumentException("pitch must be finite and > 0, was " + pitch);
        }
        List<Hole> holes = new ArrayList<>();
        for (double[] c : siteCentres(pitch)) {
            holes.add(holeAt.apply(c[0], c[1]));
        }
        return new PeriodicCell(widthPerPitch * pitch, heightPerPitch * pitch, holes);
    }
}
