package org.jjmask.physics.mc;

import java.util.Arrays;

/**
 * The measurements of one chain, kept as bin means of the raw sums so that errors (and any fit
 * built on them) can be taken by the jackknife over bins (Efron 1982; binning for autocorrelated
 * chains as in Flyvbjerg &amp; Petersen, J. Chem. Phys. 91, 461 (1989)).
 *
 * @param temperature T in units of the couplings
 * @param sites islands N
 * @param area normalisation area of Υ
 * @param binMeans {@code [bin][observable]}, observables indexed as in {@link Observables}
 * @param updates spin updates the chain made, thermalisation included
 */
public record ChainResult(double temperature, int sites, double area, double[][] binMeans, long updates) {

    public ChainResult {
        binMeans = Arrays.stream(binMeans).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[][] binMeans() {
        return Arrays.stream(binMeans).map(double[]::clone).toArray(double[][]::new);
    }

    public int bins() {
        return binMeans.length;
    }

    /** Mean of observable {@code k} over all bins, or with bin {@code skip} left out (−1: none). */
    double mean(int k, int skip) {
        double s = 0;
        int c = 0;
        for (int b = 0; b < binMeans.length; b++) {
            if (b != skip) {
                s += binMeans[b][k];
                c++;
            }
        }
        return s / c;
    }

    /** Υ_x, Υ_y and the combined Υ of the full data (skip −1) or a jackknife sample. */
    double[] helicity(int skip) {
        double beta = 1 / temperature;
        double ux = (mean(Observables.CX, skip) - beta * (mean(Observables.SX2, skip)
                - sq(mean(Observables.SX, skip)))) / area;
        double uy = (mean(Observables.CY, skip) - beta * (mean(Observables.SY2, skip)
                - sq(mean(Observables.SY, skip)))) / area;
        return new double[] {ux, uy, combine(ux, uy)};
    }

    /**
     * The stiffness an isotropic criterion applies to: √(Υ_x Υ_y) (an anisotropic XY model maps to an
     * isotropic one of that stiffness by rescaling one axis), the mean where either is not positive.
     */
    static double combine(double ux, double uy) {
        return ux > 0 && uy > 0 ? Math.sqrt(ux * uy) : 0.5 * (ux + uy);
    }

    private static double sq(double v) {
        return v * v;
    }

    /** ⟨E⟩/N. */
    public Estimate energyPerSite() {
        return jackknife(skip -> mean(Observables.E, skip) / sites);
    }

    /** Specific heat per site, β²(⟨E²⟩ − ⟨E⟩²)/N. */
    public Estimate specificHeat() {
        double b = 1 / temperature;
        return jackknife(skip -> b * b * (mean(Observables.E2, skip) - sq(mean(Observables.E, skip))) / sites);
    }

    public Estimate helicityX() {
        return jackknife(skip -> helicity(skip)[0]);
    }

    public Estimate helicityY() {
        return jackknife(skip -> helicity(skip)[1]);
    }

    /** √(Υ_x Υ_y), see {@link #combine}. */
    public Estimate helicity() {
        return jackknife(skip -> helicity(skip)[2]);
    }

    /** Vortices plus antivortices per plaquette (|n_p − f_p| averaged). */
    public Estimate vortexDensity() {
        return jackknife(skip -> mean(Observables.VORTEX, skip));
    }

    private Estimate jackknife(java.util.function.IntToDoubleFunction f) {
        int nb = binMeans.length;
        double full = f.applyAsDouble(-1);
        double s = 0;
        double[] v = new double[nb];
        for (int b = 0; b < nb; b++) {
            v[b] = f.applyAsDouble(b);
            s += v[b];
        }
        double m = s / nb;
        double var = 0;
        for (double x : v) {
            var += (x - m) * (x - m);
        }
        return new Estimate(full, Math.sqrt((nb - 1.0) / nb * var));
    }

    /** A value and its one-sigma error. */
    public record Estimate(double value, double error) {
    }
}
