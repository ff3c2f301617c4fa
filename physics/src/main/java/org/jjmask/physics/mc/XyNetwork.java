package org.jjmask.physics.mc;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A classical XY network of plain numbers: islands at positions, bonds b = (i, j) with their bond
 * vector e_b (from i to j, unwrapped across a periodic seam), coupling J_b ≥ 0 and gauge phase
 * A_b, for H = −Σ_b J_b cos(θ_i − θ_j − A_b) (SIMULATION.md, Model). Immutable.
 *
 * <p>{@code area} is the area the helicity modulus is normalised by (the torus area of a periodic
 * patch; the hull or film area of an open one), in the square of the length unit of the bond
 * vectors. {@code faces} are the plaquettes with the oriented bonds around each (from
 * {@link Faces}), used for vortex counting and flux checks.
 */
public final class XyNetwork {
    private final double[] x;
    private final double[] y;
    private final int[] from;
    private final int[] to;
    private final double[] ex;
    private final double[] ey;
    private final double[] coupling;
    private final double[] gauge;
    private final double area;
    private final boolean periodic;
    private final Faces faces;

    XyNetwork(double[] x, double[] y, int[] from, int[] to, double[] ex, double[] ey, double[] coupling,
            double[] gauge, double area, boolean periodic) {
        int n = x.length;
        int m = from.length;
        if (y.length != n || to.length != m || ex.length != m || ey.length != m || coupling.length != m
                || gauge.length != m) {
            throw new IllegalArgumentException("array lengths differ");
        }
        if (!(area > 0) || Double.isInfinite(area)) {
            throw new IllegalArgumentException("area must be positive and finite: " + area);
        }
        for (int b = 0; b < m; b++) {
            if (from[b] < 0 || from[b] >= n || to[b] < 0 || to[b] >= n || from[b] == to[b]) {
                throw new IllegalArgumentException("bond " + b + " joins " + from[b] + "-" + to[b] + " of " + n);
            }
            if (!(coupling[b] >= 0) || Double.isInfinite(coupling[b]) || !Double.isFinite(gauge[b])
                    || !Double.isFinite(ex[b]) || !Double.isFinite(ey[b])) {
                throw new IllegalArgumentException("bond " + b + ": J must be ≥ 0 and every number finite");
            }
        }
        this.x = x.clone();
        this.y = y.clone();
        this.from = from.clone();
        this.to = to.clone();
        this.ex = ex.clone();
        this.ey = ey.clone();
        this.coupling = coupling.clone();
        this.gauge = gauge.clone();
        this.area = area;
        this.periodic = periodic;
        this.faces = Faces.trace(n, this.from, this.to, this.ex, this.ey);
    }

    /**
     * An open network (a device with free edges) in a perpendicular field: the gauge phases follow
     * the Landau gauge A = B·x·ŷ, A_b = 2π(B/Φ0)·((x_i + x_j)/2)·(y_j − y_i), whose sum around any
     * polygon is 2πB·S_p/Φ0 by Green's theorem (SIMULATION.md, Model).
     *
     * @param fluxDensity B/Φ0 in flux quanta per unit area of the positions' length unit
     * @param area the normalisation area of the helicity modulus
     */
    public static XyNetwork open(double[] x, double[] y, int[] from, int[] to, double[] coupling, double fluxDensity,
            double area) {
        int m = from.length;
        double[] ex = new double[m];
        double[] ey = new double[m];
        double[] a = new double[m];
        for (int b = 0; b < m; b++) {
            ex[b] = x[to[b]] - x[from[b]];
            ey[b] = y[to[b]] - y[from[b]];
            a[b] = LandauGauge.phase(fluxDensity, x[from[b]], y[from[b]], x[to[b]], y[to[b]]);
        }
        return new XyNetwork(x, y, from, to, ex, ey, coupling, a, area, false);
    }

    public int sites() {
        return x.length;
    }

    public int bonds() {
        return from.length;
    }

    public int from(int b) {
        return from[b];
    }

    public int to(int b) {
        return to[b];
    }

    public double bondX(int b) {
        return ex[b];
    }

    public double bondY(int b) {
        return ey[b];
    }

    public double coupling(int b) {
        return coupling[b];
    }

    public double gauge(int b) {
        return gauge[b];
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public double area() {
        return area;
    }

    public boolean periodic() {
        return periodic;
    }

    public Faces faces() {
        return faces;
    }

    /** True when every gauge phase is zero (mod 2π): Wolff clusters apply. */
    public boolean unfrustrated() {
        for (double a : gauge) {
            double r = Math.IEEEremainder(a, 2 * Math.PI);
            if (Math.abs(r) > 1e-12) {
                return false;
            }
        }
        return true;
    }

    /**
     * Zero-temperature helicity modulus of the aligned state, Σ_b J_b (e_b·x̂)²/A and likewise for ŷ
     * (SIMULATION.md, exact checks); exact for f = 0.
     */
    public double[] groundStateStiffness() {
        double sx = 0;
        double sy = 0;
        for (int b = 0; b < from.length; b++) {
            sx += coupling[b] * ex[b] * ex[b];
            sy += coupling[b] * ey[b] * ey[b];
        }
        return new double[] {sx / area, sy / area};
    }

    /** The same network with other couplings (e.g. each junction's own E_J, or disorder). */
    public XyNetwork withCouplings(double[] j) {
        return new XyNetwork(x, y, from, to, ex, ey, j, gauge, area, periodic);
    }

    /** The same network with other gauge phases (a gauge change, another field). */
    public XyNetwork withGauge(double[] a) {
        return new XyNetwork(x, y, from, to, ex, ey, coupling, a, area, periodic);
    }

    /** The same network with only the bonds {@code keep} accepts (bond dilution). */
    public XyNetwork keepBonds(IntPredicate keep) {
        int[] idx = java.util.stream.IntStream.range(0, from.length).filter(keep).toArray();
        return new XyNetwork(x, y, pick(from, idx), pick(to, idx), pick(ex, idx), pick(ey, idx), pick(coupling, idx),
                pick(gauge, idx), area, periodic);
    }

    /** A copy of the gauge phases. */
    public double[] gauges() {
        return gauge.clone();
    }

    /** A copy of the couplings. */
    public double[] couplings() {
        return coupling.clone();
    }

    private static int[] pick(int[] a, int[] idx) {
        return Arrays.stream(idx).map(k -> a[k]).toArray();
    }

    private static double[] pick(double[] a, int[] idx) {
        return Arrays.stream(idx).mapToDouble(k -> a[k]).toArray();
    }
}
