package org.jjmask.physics.mc;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * One Markov chain of the classical XY model on an {@link XyNetwork} at temperature T (in units of
 * the couplings). Spins are unit vectors (cos θ, sin θ): no trigonometry in the updates.
 *
 * <ul>
 *   <li>Metropolis: the proposal rotates a spin by an angle from a symmetric precomputed table of
 *   {@value #TABLE} angles in (−Δ, Δ) (Metropolis et al. 1953; symmetric proposals keep detailed
 *   balance); Δ is tuned towards half acceptance during thermalisation only.
 *   <li>Over-relaxation: reflection of the spin about its local field, s' = 2(s·h)h/|h|² − s, which
 *   keeps the energy (microcanonical, Creutz 1987; Brown &amp; Woch 1987) and decorrelates fast.
 *   <li>Wolff single-cluster updates (Wolff, PRL 62, 361 (1989)) reflecting spins about a random
 *   axis, for networks with no gauge phases and J ≥ 0.
 * </ul>
 * One random {@code long} per Metropolis step: its 10 low bits pick the angle, its 53 high bits the
 * acceptance draw.
 */
public final class XySimulation {
    static final int TABLE = 1024;

    private final int n;
    private final int[] start;
    private final int[] nbr;
    /** Per neighbour entry: J cos A, J sin A, oriented from the site to the neighbour. */
    private final double[] wc;
    private final double[] ws;
    private final double[] sx;
    private final double[] sy;
    private double beta;
    private final UniformRandomProvider rng;
    private final double[] rotC = new double[TABLE];
    private final double[] rotS = new double[TABLE];
    private final boolean wolff;
    private final int[] stamp;
    private final int[] stack;
    private int cluster;
    private double delta;
    private long proposed;
    private long accepted;
    private long updates;

    public XySimulation(XyNetwork net, double temperature, UniformRandomProvider rng) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive: " + temperature);
        }
        this.n = net.sites();
        this.beta = 1 / temperature;
        this.rng = rng;
        int m = net.bonds();
        start = new int[n + 1];
        for (int b = 0; b < m; b++) {
            start[net.from(b) + 1]++;
            start[net.to(b) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        nbr = new int[2 * m];
        wc = new double[2 * m];
        ws = new double[2 * m];
        int[] fill = java.util.Arrays.copyOf(start, n);
        for (int b = 0; b < m; b++) {
            int i = net.from(b);
            int j = net.to(b);
            double jb = net.coupling(b);
            double c = jb * Math.cos(net.gauge(b));
            double s = jb * Math.sin(net.gauge(b));
            int p = fill[i]++;
            nbr[p] = j;
            wc[p] = c;
            ws[p] = s;
            p = fill[j]++;
            nbr[p] = i;
            wc[p] = c;
            ws[p] = -s;
        }
        boolean ferro = net.unfrustrated();
        for (int b = 0; b < m && ferro; b++) {
            ferro = net.coupling(b) >= 0;
        }
        this.wolff = ferro;
        this.stamp = new int[n];
        this.stack = new int[n];
        sx = new double[n];
        sy = new double[n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * rng.nextDouble();
            sx[i] = Math.cos(t);
            sy[i] = Math.sin(t);
        }
        setDelta(Math.min(Math.PI, 2.0 * Math.sqrt(temperature)));
    }

    /** Changes the temperature (annealing); the chain continues from its present spins. */
    public void setTemperature(double temperature) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive: " + temperature);
        }
        beta = 1 / temperature;
    }

    /** True when Wolff clusters are used (no gauge phases). */
    public boolean usesWolff() {
        return wolff;
    }

    public int sites() {
        return n;
    }

    /** The spins' x components (a copy). */
    public double[] spinX() {
        return sx.clone();
    }

    /** The spins' y components (a copy). */
    public double[] spinY() {
        return sy.clone();
    }

    /** Sets every spin along angle {@code theta}. */
    public void align(double theta) {
        for (int i = 0; i < n; i++) {
            sx[i] = Math.cos(theta);
            sy[i] = Math.sin(theta);
        }
    }

    /** Sets the spins from angles (e.g. a known ground state). */
    public void setAngles(double[] theta) {
        for (int i = 0; i < n; i++) {
            sx[i] = Math.cos(theta[i]);
            sy[i] = Math.sin(theta[i]);
        }
    }

    private void setDelta(double d) {
        delta = d;
        for (int k = 0; k < TABLE; k++) {
            double a = d * (2 * k + 1 - TABLE) / TABLE;
            rotC[k] = Math.cos(a);
            rotS[k] = Math.sin(a);
        }
    }

    /** One Metropolis sweep over the sites in index order. */
    public void metropolisSweep() {
        final double[] sx = this.sx;
        final double[] sy = this.sy;
        final int[] start = this.start;
        final int[] nbr = this.nbr;
        final double[] wc = this.wc;
        final double[] ws = this.ws;
        final double beta = this.beta;
        long acc = 0;
        for (int i = 0; i < n; i++) {
            double hx = 0;
            double hy = 0;
            for (int p = start[i], e = start[i + 1]; p < e; p++) {
                int j = nbr[p];
                double cx = sx[j];
                double cy = sy[j];
                hx += wc[p] * cx - ws[p] * cy;
                hy += ws[p] * cx + wc[p] * cy;
            }
            long r = rng.nextLong();
            int k = (int) (r & (TABLE - 1));
            double ox = sx[i];
            double oy = sy[i];
            double nx = rotC[k] * ox - rotS[k] * oy;
            double ny = rotS[k] * ox + rotC[k] * oy;
            double de = (ox - nx) * hx + (oy - ny) * hy;
            if (de <= 0 || (r >>> 11) * 0x1.0p-53 < Math.exp(-beta * de)) {
                sx[i] = nx;
                sy[i] = ny;
                acc++;
            }
        }
        proposed += n;
        accepted += acc;
        updates += n;
    }

    /** One over-relaxation sweep: every spin reflected about its local field. */
    public void overRelaxationSweep() {
        final double[] sx = this.sx;
        final double[] sy = this.sy;
        final int[] start = this.start;
        final int[] nbr = this.nbr;
        final double[] wc = this.wc;
        final double[] ws = this.ws;
        for (int i = 0; i < n; i++) {
            double hx = 0;
            double hy = 0;
            for (int p = start[i], e = start[i + 1]; p < e; p++) {
                int j = nbr[p];
                double cx = sx[j];
                double cy = sy[j];
                hx += wc[p] * cx - ws[p] * cy;
                hy += ws[p] * cx + wc[p] * cy;
            }
            double h2 = hx * hx + hy * hy;
            if (h2 > 0) {
                double f = 2 * (sx[i] * hx + sy[i] * hy) / h2;
                sx[i] = f * hx - sx[i];
                sy[i] = f * hy - sy[i];
            }
        }
        updates += n;
    }

    /**
     * Wolff clusters until at least N spins have been flipped (one cluster sweep); a no-op where
     * gauge phases exist.
     */
    public void wolffSweep() {
        if (!wolff) {
            return;
        }
        int flipped = 0;
        while (flipped < n) {
            flipped += wolffCluster();
        }
        updates += flipped;
    }

    private int wolffCluster() {
        double t = 2 * Math.PI * rng.nextDouble();
        double rx = Math.cos(t);
        double ry = Math.sin(t);
        int id = ++cluster;
        int seed = rng.nextInt(n);
        int top = 0;
        stack[top++] = seed;
        stamp[seed] = id;
        int size = 0;
        while (top > 0) {
            int i = stack[--top];
            double pi = sx[i] * rx + sy[i] * ry;
            sx[i] -= 2 * pi * rx;
            sy[i] -= 2 * pi * ry;
            size++;
            for (int p = start[i], e = start[i + 1]; p < e; p++) {
                int j = nbr[p];
                if (stamp[j] == id) {
                    continue;
                }
                double pj = sx[j] * rx + sy[j] * ry;
                double x = 2 * beta * wc[p] * pi * pj;
                if (x > 0 && rng.nextDouble() < 1 - Math.exp(-x)) {
                    stamp[j] = id;
                    stack[top++] = j;
                }
            }
        }
        return size;
    }

    /**
     * One Monte Carlo step of the schedule: Metropolis sweeps, over-relaxation sweeps and (where
     * allowed) a Wolff cluster sweep.
     */
    public void step(Schedule s) {
        for (int k = 0; k < s.metropolis(); k++) {
            metropolisSweep();
        }
        for (int k = 0; k < s.overRelaxation(); k++) {
            overRelaxationSweep();
        }
        if (s.wolff()) {
            wolffSweep();
        }
        renormalise();
    }

    /**
     * Thermalisation: {@code steps} steps, tuning the rotation table towards half acceptance every
     * 20 steps during the first half (the table is then fixed, so the measured chain is a proper
     * Metropolis chain).
     */
    public void thermalise(Schedule s, int steps) {
        for (int t = 0; t < steps; t++) {
            step(s);
            if (t < steps / 2 && (t + 1) % 20 == 0 && proposed > 0) {
                double rate = accepted / (double) proposed;
                double d = delta * Math.max(0.5, Math.min(2.0, rate / 0.5));
                setDelta(Math.min(Math.PI, Math.max(1e-4, d)));
                proposed = 0;
                accepted = 0;
            }
        }
        proposed = 0;
        accepted = 0;
    }

    /** Removes the rounding drift of |s| = 1. */
    private void renormalise() {
        for (int i = 0; i < n; i++) {
            double inv = 1 / Math.sqrt(sx[i] * sx[i] + sy[i] * sy[i]);
            sx[i] *= inv;
            sy[i] *= inv;
        }
    }

    /** Spin updates done so far (Metropolis proposals, reflections, cluster flips). */
    public long updates() {
        return updates;
    }

    /** Metropolis acceptance since thermalisation ended. */
    public double acceptance() {
        return proposed == 0 ? Double.NaN : accepted / (double) proposed;
    }

    double beta() {
        return beta;
    }

    /** The live spin arrays, for the estimators (not copied). */
    double[] liveX() {
        return sx;
    }

    double[] liveY() {
        return sy;
    }
}
