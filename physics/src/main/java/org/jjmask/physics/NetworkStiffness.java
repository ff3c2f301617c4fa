package org.jjmask.physics;

import java.util.List;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.ConjugateGradient;
import org.apache.commons.math3.linear.RealLinearOperator;
import org.apache.commons.math3.linear.RealVector;
import org.jjmask.physics.laplace.ArrayOperator;

/**
 * The phase stiffness of a junction network with unequal couplings, relative to the same network
 * with every coupling equal to their mean.
 *
 * <p>At T = 0 the classical XY energy of a network twisted by small phase differences is
 * {@code ½ Σ J_ij (φ_i − φ_j)²}, the dissipated power of a resistor network with conductances
 * J_ij at node voltages φ_i: the helicity modulus of the network is its conductance (Kirchhoff;
 * the analogy used for disordered Josephson arrays, e.g. Fazio &amp; van der Zant, Phys. Rep. 355,
 * 235 (2001), §2). So the network's stiffness is measured as a conductance: the islands in the
 * first and last tenth of the span are held at phase 0 and 1 (electrodes), the rest relax
 * (Laplace's equation on the graph, Commons Math's conjugate gradient), and the current between the
 * electrodes is compared with that of the same graph with uniform couplings. Done along x and
 * along y, the result is their geometric mean. The ratio lies between the harmonic and the
 * arithmetic mean of the couplings over their arithmetic mean (Wiener bounds); weak links in
 * series pull it down, which a mean coupling misses.
 */
public final class NetworkStiffness {

    /** A junction between islands {@code a} and {@code b} with coupling {@code coupling} (any unit, ≥ 0). */
    public record Bond(int a, int b, double coupling) {}

    /** Fraction of the span held fixed at each end. */
    static final double ELECTRODE_FRACTION = 0.1;

    private NetworkStiffness() {}

    /**
     * The stiffness of the network relative to uniform couplings (their arithmetic mean):
     * 1 for equal couplings, below 1 when they differ; {@code NaN} when there is no path between the
     * electrodes in either direction.
     *
     * @param x island x positions (any length unit)
     * @param y island y positions
     */
    public static double relative(double[] x, double[] y, List<Bond> bonds) {
        double mean = bonds.stream().mapToDouble(Bond::coupling).average().orElse(Double.NaN);
        if (!(mean > 0)) {
            return Double.NaN;
        }
        double rx = conductance(x, bonds, false) / (mean * conductance(x, bonds, true));
        double ry = conductance(y, bonds, false) / (mean * conductance(y, bonds, true));
        if (!(rx > 0) || !(ry > 0) || !Double.isFinite(rx) || !Double.isFinite(ry)) {
            return Double.NaN;
        }
        return Math.sqrt(rx * ry);
    }

    /**
     * Conductance between the low and high ends along coordinate {@code u} (electrodes in the first
     * and last {@value #ELECTRODE_FRACTION} of the span); with {@code uniform} every coupling is 1.
     */
    static double conductance(double[] u, List<Bond> bonds, boolean uniform) {
        int n = u.length;
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (double v : u) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double span = hi - lo;
        // fixed[i]: −1 free, 0 or 1 the electrode's phase
        int[] fixed = new int[n];
        for (int i = 0; i < n; i++) {
            fixed[i] = u[i] <= lo + ELECTRODE_FRACTION * span ? 0 : u[i] >= hi - ELECTRODE_FRACTION * span ? 1 : -1;
        }
        int[] index = new int[n];
        int free = 0;
        for (int i = 0; i < n; i++) {
            index[i] = fixed[i] < 0 ? free++ : -1;
        }
        int m = bonds.size();
        int[] a = new int[m];
        int[] b = new int[m];
        double[] w = new double[m];
        double[] diag = new double[free];
        RealVector rhs = new ArrayRealVector(free);
        for (int k = 0; k < m; k++) {
            Bond bond = bonds.get(k);
            a[k] = bond.a();
            b[k] = bond.b();
            w[k] = uniform ? 1.0 : bond.coupling();
            int ia = index[a[k]];
            int ib = index[b[k]];
            if (ia >= 0) {
                diag[ia] += w[k];
                if (ib < 0) {
                    rhs.addToEntry(ia, w[k] * fixed[b[k]]);
                }
            }
            if (ib >= 0) {
                diag[ib] += w[k];
                if (ia < 0) {
                    rhs.addToEntry(ib, w[k] * fixed[a[k]]);
                }
            }
        }
        double[] phase = new double[n];
        for (int i = 0; i < n; i++) {
            phase[i] = fixed[i] < 0 ? 0 : fixed[i];
        }
        if (free > 0) {
            RealLinearOperator laplacian = ArrayOperator.asOperator(graphLaplacian(index, a, b, w, diag), free);
            RealVector solved = new ConjugateGradient(10 * free + 100, 1e-12, false).solve(laplacian, rhs);
            for (int i = 0; i < n; i++) {
                if (index[i] >= 0) {
                    phase[i] = solved.getEntry(index[i]);
                }
            }
        }
        // current leaving the phase-0 electrode
        double current = 0;
        for (int k = 0; k < m; k++) {
            if (fixed[a[k]] == 0 && fixed[b[k]] != 0) {
                current += w[k] * (phase[b[k]] - phase[a[k]]);
            } else if (fixed[b[k]] == 0 && fixed[a[k]] != 0) {
                current += w[k] * (phase[a[k]] - phase[b[k]]);
            }
        }
        return current;
    }

    /**
     * The graph Laplacian restricted to the free islands, applied without storing a matrix. An
     * island cut off from both electrodes has a singular block with a zero right-hand side; the
     * solve starts at 0 and leaves it there.
     */
    private static ArrayOperator graphLaplacian(int[] index, int[] a, int[] b, double[] w, double[] diag) {
        return (in, out) -> {
            for (int i = 0; i < out.length; i++) {
                out[i] = diag[i] * in[i];
            }
            for (int k = 0; k < a.length; k++) {
                int ia = index[a[k]];
                int ib = index[b[k]];
                if (ia >= 0 && ib >= 0) {
                    out[ia] -= w[k] * in[ib];
                    out[ib] -= w[k] * in[ia];
                }
            }
        };
    }
}
