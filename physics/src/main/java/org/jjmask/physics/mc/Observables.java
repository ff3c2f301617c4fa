package org.jjmask.physics.mc;

/**
 * Estimators of one configuration (SIMULATION.md, Estimators), with φ_b = θ_i − θ_j − A_b the
 * gauge-invariant bond phase:
 * <ul>
 *   <li>E = −Σ_b J_b cos φ_b;
 *   <li>the twist sums C_x = Σ_b J_b cos φ_b (e_b·x̂)² and S_x = Σ_b J_b sin φ_b (e_b·x̂) (and y) of
 *   the helicity modulus Υ_x = (1/A)[⟨C_x⟩ − β(⟨S_x²⟩ − ⟨S_x⟩²)] (Teitel &amp; Jayaprakash, PRB 27,
 *   598 (1983); the ⟨S_x⟩² term vanishes by symmetry and is kept for finite samples);
 *   <li>the vorticity of each plaquette, n_p = (Σ_{b∈p} ±[φ_b]_{2π} + Σ ±A_b)/2π, an integer; the
 *   vortex density is Σ_p |n_p − f_p|/N_p with f_p = Σ ±A_b/2π (for f = 0, vortices plus antivortices
 *   per plaquette).
 * </ul>
 */
final class Observables {
    static final int E = 0;
    static final int E2 = 1;
    static final int CX = 2;
    static final int CY = 3;
    static final int SX = 4;
    static final int SY = 5;
    static final int SX2 = 6;
    static final int SY2 = 7;
    static final int VORTEX = 8;
    static final int COUNT = 9;

    private final XyNetwork net;
    private final int m;
    private final int[] from;
    private final int[] to;
    private final double[] jc;
    private final double[] js;
    private final double[] jxx;
    private final double[] jyy;
    private final double[] jx;
    private final double[] jy;
    private final double[] phase;
    private final double[] faceFlux;

    Observables(XyNetwork net) {
        this.net = net;
        m = net.bonds();
        from = new int[m];
        to = new int[m];
        jc = new double[m];
        js = new double[m];
        jxx = new double[m];
        jyy = new double[m];
        jx = new double[m];
        jy = new double[m];
        phase = new double[m];
        for (int b = 0; b < m; b++) {
            from[b] = net.from(b);
            to[b] = net.to(b);
            double j = net.coupling(b);
            jc[b] = Math.cos(net.gauge(b));
            js[b] = Math.sin(net.gauge(b));
            jxx[b] = j * net.bondX(b) * net.bondX(b);
            jyy[b] = j * net.bondY(b) * net.bondY(b);
            jx[b] = j * net.bondX(b);
            jy[b] = j * net.bondY(b);
        }
        Faces f = net.faces();
        faceFlux = new double[f.count()];
        for (int k = 0; k < f.count(); k++) {
            double s = 0;
            for (int p = f.start(k); p < f.end(k); p++) {
                s += f.sign(p) * net.gauge(f.bond(p));
            }
            faceFlux[k] = s / (2 * Math.PI);
        }
    }

    /** Fills {@code out[E..SY2]}, and {@code out[VORTEX]} when {@code vortices}. */
    void measure(double[] sx, double[] sy, boolean vortices, double[] out) {
        double e = 0;
        double cx = 0;
        double cy = 0;
        double sxs = 0;
        double sys = 0;
        for (int b = 0; b < m; b++) {
            int i = from[b];
            int j = to[b];
            // u = R(A_b) s_j; cos φ = s_i·u, sin φ = s_i × u with the sign of θ_i − (θ_j + A)
            double ux = jc[b] * sx[j] - js[b] * sy[j];
            double uy = js[b] * sx[j] + jc[b] * sy[j];
            double c = sx[i] * ux + sy[i] * uy;
            double s = sy[i] * ux - sx[i] * uy;
            e -= net.coupling(b) * c;
            cx += jxx[b] * c;
            cy += jyy[b] * c;
            sxs += jx[b] * s;
            sys += jy[b] * s;
            if (vortices) {
                phase[b] = Math.atan2(s, c);
            }
        }
        out[E] = e;
        out[E2] = e * e;
        out[CX] = cx;
        out[CY] = cy;
        out[SX] = sxs;
        out[SY] = sys;
        out[SX2] = sxs * sxs;
        out[SY2] = sys * sys;
        if (vortices) {
            Faces f = net.faces();
            double sum = 0;
            for (int k = 0; k < f.count(); k++) {
                double w = 0;
                for (int p = f.start(k); p < f.end(k); p++) {
                    w += f.sign(p) * phase[f.bond(p)];
                }
                double nk = w / (2 * Math.PI) + faceFlux[k];
                sum += Math.abs(Math.rint(nk) - faceFlux[k]);
            }
            out[VORTEX] = f.count() == 0 ? 0 : sum / f.count();
        }
    }
}
