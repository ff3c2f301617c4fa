package org.jjmask.exposure;

import org.apache.commons.math3.special.Erf;

/**
 * The long-range part of the absorbed energy, {@code η·(ρ_d ⊛ g_β) + ν·(ρ_d ⊛ h_γ)}, on a coarse
 * grid instead of a pixel image of the device: each hole's charge (dose factor × area) is shared
 * among the four nearest grid nodes (cloud-in-cell), the node values are convolved with the
 * kernels, and each hole reads the result back bilinearly at its centre.
 *
 * <p>The β Gaussian is separable, so it is convolved as two 1-D passes with cell-integrated
 * weights {@code [erf((k+½)h/β) − erf((k−½)h/β)]/2}, which sum to one and make the convolution
 * conserve charge exactly; this costs {@code O(cells · β/h)} against an FFT's padding to powers of
 * two, and has no wrap-around. The mid-range term (urpec "version 2", not separable) is a direct
 * 2-D convolution truncated where its tail falls below 10⁻⁴, its centre cell taking the rest of
 * its unit weight. Cloud-in-cell sharing and bilinear reading each widen the kernel by a variance
 * of h²/6 per axis [standard particle-mesh result, Hockney &amp; Eastwood, Computer Simulation
 * Using Particles (1988) §5]; at the default h = β/4 that is 1 % of β², which the NumPy
 * cross-check bounds.
 */
final class BackscatterGrid {

    private final Psf psf;
    private final double h;
    private final double x0;
    private final double y0;
    private final int nx;
    private final int ny;
    private final double[] wBeta;
    private final double[] wThird;
    private final int kThird;

    BackscatterGrid(Psf psf, double[] centreBoundsNm, double cellNm) {
        this.psf = psf;
        double beta = psf.betaNm();
        double reachThird = psf.nu() > 0 ? 300 * psf.gammaNm() : 0;
        double pad = Math.max(4 * beta, reachThird);
        double width = centreBoundsNm[2] - centreBoundsNm[0] + 2 * pad;
        double height = centreBoundsNm[3] - centreBoundsNm[1] + 2 * pad;
        // never more than 2^26 nodes: a coarser grid rather than an out-of-memory error
        double hMin = Math.sqrt(width * height / (1 << 26));
        this.h = Math.max(cellNm, hMin);
        this.x0 = centreBoundsNm[0] - pad;
        this.y0 = centreBoundsNm[1] - pad;
        this.nx = (int) Math.ceil(width / h) + 2;
        this.ny = (int) Math.ceil(height / h) + 2;
        int k = (int) Math.ceil(4 * beta / h);
        wBeta = new double[2 * k + 1];
        double sum = 0;
        for (int i = -k; i <= k; i++) {
            wBeta[i + k] = (Erf.erf((i + 0.5) * h / beta) - Erf.erf((i - 0.5) * h / beta)) / 2;
            sum += wBeta[i + k];
        }
        for (int i = 0; i < wBeta.length; i++) {
            wBeta[i] /= sum;
        }
        if (psf.nu() > 0) {
            kThird = Math.max(1, (int) Math.ceil(reachThird / h));
            int m = 2 * kThird + 1;
            wThird = new double[m * m];
            int sub = 8;
            double others = 0;
            double g = psf.gammaNm();
            for (int j = -kThird; j <= kThird; j++) {
                for (int i = -kThird; i <= kThird; i++) {
                    if (i == 0 && j == 0) {
                        continue;
                    }
                    double w = 0;
                    for (int b = 0; b < sub; b++) {
                        for (int a = 0; a < sub; a++) {
                            double dx = (i - 0.5 + (a + 0.5) / sub) * h;
                            double dy = (j - 0.5 + (b + 0.5) / sub) * h;
                            w += Math.exp(-Math.sqrt(Math.hypot(dx, dy) / g));
                        }
                    }
                    w *= h * h / (sub * sub) / (24 * Math.PI * g * g);
                    wThird[(j + kThird) * m + i + kThird] = w;
                    others += w;
                }
            }
            wThird[kThird * m + kThird] = Math.max(0, 1 - others);
        } else {
            kThird = 0;
            wThird = new double[0];
        }
    }

    double cellNm() {
        return h;
    }

    int nodes() {
        return nx * ny;
    }

    /** {@code η·B + ν·M} at every hole's centre, per unit base dose (not yet divided by 1 + η + ν). */
    float[] longRange(HolePattern p, float[] dose) {
        return read(p, nodesLongRange(deposit(p, dose)));
    }

    /**
     * Each hole's charge (dose × area) shared among its four nodes, divided by the cell area: the
     * exposed fraction. The grid's rows are cut into stripes, one task each; a stripe scans every
     * hole and adds only to its own rows, so each node still sums its holes in hole order and the
     * result is the same at any number of stripes.
     */
    double[] deposit(HolePattern p, float[] dose) {
        double[] rho = new double[nx * ny];
        double cellArea = h * h;
        double[] area = new double[p.shapes()];
        for (int k = 0; k < area.length; k++) {
            area[k] = p.areaNm2(k);
        }
        int stripes = Math.max(1, Math.min(ny, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism()));
        java.util.stream.IntStream.range(0, stripes).parallel().forEach(s -> {
            int rowLo = (int) ((long) ny * s / stripes);
            int rowHi = (int) ((long) ny * (s + 1) / stripes);
            for (int i = 0; i < p.size(); i++) {
                double fy = (p.yNm(i) - y0) / h;
                int iy = (int) fy;
                if (iy + 1 < rowLo || iy >= rowHi) {
                    continue;
                }
                double q = (dose.length == 0 ? 1 : dose[i]) * area[p.shapeOf(i)] / cellArea;
                double fx = (p.xNm(i) - x0) / h;
                int ix = (int) fx;
                double ax = fx - ix;
                double ay = fy - iy;
                int o = iy * nx + ix;
                if (iy >= rowLo) {
                    rho[o] += q * (1 - ax) * (1 - ay);
                    rho[o + 1] += q * ax * (1 - ay);
                }
                if (iy + 1 < rowHi) {
                    rho[o + nx] += q * (1 - ax) * ay;
                    rho[o + nx + 1] += q * ax * ay;
                }
            }
        });
        return rho;
    }

    /** The long-range field at the nodes for a node density {@code rho}. */
    double[] nodesLongRange(double[] rho) {
        double[] field = gaussian(rho);
        double eta = psf.eta();
        for (int i = 0; i < field.length; i++) {
            field[i] *= eta;
        }
        if (psf.nu() > 0) {
            double[] third = third(rho);
            for (int i = 0; i < field.length; i++) {
                field[i] += psf.nu() * third[i];
            }
        }
        return field;
    }

    /** A node field read bilinearly at every hole's centre. */
    float[] read(HolePattern p, double[] field) {
        float[] out = new float[p.size()];
        Chunks.forEach(p.size(), i -> {
            double fx = (p.xNm(i) - x0) / h;
            double fy = (p.yNm(i) - y0) / h;
            int ix = (int) fx;
            int iy = (int) fy;
            double ax = fx - ix;
            double ay = fy - iy;
            int o = iy * nx + ix;
            out[i] = (float) (field[o] * (1 - ax) * (1 - ay) + field[o + 1] * ax * (1 - ay)
                    + field[o + nx] * (1 - ax) * ay + field[o + nx + 1] * ax * ay);
        });
        return out;
    }

    /**
     * The two 1-D passes, each row (then each output row) on its own so that rows run in parallel;
     * every node sums its terms in ascending source index, whatever the thread count.
     */
    private double[] gaussian(double[] rho) {
        int k = wBeta.length / 2;
        double[] tmp = new double[rho.length];
        boolean[] empty = new boolean[ny];
        Chunks.forEachRow(ny, j -> {
            int row = j * nx;
            boolean none = true;
            for (int i = 0; i < nx; i++) {
                double v = rho[row + i];
                if (v == 0) {
                    continue;
                }
                none = false;
                int lo = Math.max(0, i - k);
                int hi = Math.min(nx - 1, i + k);
                for (int t = lo; t <= hi; t++) {
                    tmp[row + t] += v * wBeta[t - i + k];
                }
            }
            empty[j] = none;
        });
        double[] out = new double[rho.length];
        Chunks.forEachRow(ny, t -> {
            int dst = t * nx;
            // the source rows in ascending order, as a scatter over them would add them
            for (int j = Math.max(0, t - k); j <= Math.min(ny - 1, t + k); j++) {
                if (empty[j]) {
                    continue;
                }
                double w = wBeta[t - j + k];
                int row = j * nx;
                for (int i = 0; i < nx; i++) {
                    out[dst + i] += w * tmp[row + i];
                }
            }
        });
        return out;
    }

    /**
     * The mid-range term gathered per output node, each output row on its own; the sources are
     * visited in ascending (row, column), the order a scatter over them would add them in.
     */
    private double[] third(double[] rho) {
        int m = 2 * kThird + 1;
        double[] out = new double[rho.length];
        Chunks.forEachRow(ny, jj -> {
            for (int ii = 0; ii < nx; ii++) {
                double sum = out[jj * nx + ii];
                for (int j = Math.max(0, jj - kThird); j <= Math.min(ny - 1, jj + kThird); j++) {
                    int b = jj - j;
                    int row = j * nx;
                    for (int i = Math.max(0, ii - kThird); i <= Math.min(nx - 1, ii + kThird); i++) {
                        double v = rho[row + i];
                        if (v != 0) {
                            sum += v * wThird[(b + kThird) * m + (ii - i) + kThird];
                        }
                    }
                }
                out[jj * nx + ii] = sum;
            }
        });
        return out;
    }
}
