package org.jjmask.physics.mc;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * T_BKT from the helicity modulus of several sizes, by the universal jump Υ(T_BKT⁻) = 2T_BKT/π
 * (Nelson &amp; Kosterlitz, PRL 39, 1201 (1977)) with the finite-size form of Weber &amp; Minnhagen
 * (PRB 37, 5986 (1988)): Υ(L, T_BKT) = (2T/π)[1 + 1/(2 ln L + C)] with C free. For each trial T the
 * data Υ(L, T), interpolated linearly between the simulated temperatures, are fitted for C (χ²
 * weighted by the errors); T_BKT is the T of the best fit (SIMULATION.md, Estimators). The error is
 * the jackknife over bins of the whole procedure (each leave-one-out sample drops the same bin of
 * every chain; chains are independent, so the samples are those of one joint jackknife).
 */
public final class BktFit {
    private BktFit() {
    }

    /**
     * The outcome.
     *
     * @param tbkt T_BKT in units of the reference coupling
     * @param error jackknife one-sigma error
     * @param constant the fitted C at T_BKT
     * @param chi2PerDof χ²/(sizes − 1) of the best fit (about 1 when the form holds)
     * @param bracketed false when the best T lies at an end of the temperature grid (widen it)
     * @param helicity Υ[size][temperature], draws averaged
     * @param helicityError its jackknife error
     */
    public record Result(double tbkt, double error, double constant, double chi2PerDof, boolean bracketed,
            int[] sizes, double[] temperatures, double[][] helicity, double[][] helicityError) {
    }

    /** Fits the chains of {@code plan}; {@code chains[k]} is the result of task k. */
    public static Result fit(ScanPlan plan, ChainResult[] chains) {
        int[] sizes = plan.sizes();
        double[] temps = plan.temperatures();
        int nb = chains[0].bins();
        int ns = sizes.length;
        int nt = temps.length;
        // y[s][t][sample]: sample 0 the full data, 1..nb leave-one-out
        double[][][] y = new double[ns][nt][nb + 1];
        for (int k = 0; k < plan.taskCount(); k++) {
            ScanPlan.Task task = plan.task(k);
            ChainResult c = chains[k];
            if (c.bins() != nb) {
                throw new IllegalArgumentException("chains differ in bins");
            }
            double[] v = y[task.sizeIndex()][task.temperatureIndex()];
            v[0] += c.helicity(-1)[2] / plan.draws();
            for (int b = 0; b < nb; b++) {
                v[b + 1] += c.helicity(b)[2] / plan.draws();
            }
        }
        double[][] value = new double[ns][nt];
        double[][] err = new double[ns][nt];
        for (int s = 0; s < ns; s++) {
            for (int t = 0; t < nt; t++) {
                value[s][t] = y[s][t][0];
                err[s][t] = jackknifeError(y[s][t], nb);
                if (!(err[s][t] > 0)) {
                    err[s][t] = 1e-12;
                }
            }
        }
        double[] best = bestT(sizes, temps, y, err, 0);
        double[] samples = new double[nb + 1];
        for (int b = 1; b <= nb; b++) {
            samples[b] = bestT(sizes, temps, y, err, b)[0];
        }
        double jk = jackknifeError(samples, nb);
        double span = temps[nt - 1] - temps[0];
        boolean bracketed = nt > 1 && best[0] > temps[0] + 1e-3 * span && best[0] < temps[nt - 1] - 1e-3 * span;
        int dof = Math.max(1, ns - 1);
        return new Result(best[0], jk, best[1], best[2] / dof, bracketed, sizes, temps, value, err);
    }

    private static double jackknifeError(double[] v, int nb) {
        double m = 0;
        for (int b = 1; b <= nb; b++) {
            m += v[b];
        }
        m /= nb;
        double var = 0;
        for (int b = 1; b <= nb; b++) {
            var += (v[b] - m) * (v[b] - m);
        }
        return Math.sqrt((nb - 1.0) / nb * var);
    }

    /** {T, C, χ²} of the best Weber–Minnhagen fit for jackknife sample {@code sample}. */
    static double[] bestT(int[] sizes, double[] temps, double[][][] y, double[][] err, int sample) {
        int nt = temps.length;
        if (nt == 1) {
            double[] c = bestC(sizes, temps, y, err, sample, temps[0]);
            return new double[] {temps[0], c[0], c[1]};
        }
        int grid = 40 * (nt - 1);
        double lo = temps[0];
        double hi = temps[nt - 1];
        double bestT = lo;
        double bestChi = Double.POSITIVE_INFINITY;
        for (int g = 0; g <= grid; g++) {
            double t = lo + (hi - lo) * g / grid;
            double chi = bestC(sizes, temps, y, err, sample, t)[1];
            if (chi < bestChi) {
                bestChi = chi;
                bestT = t;
            }
        }
        double step = (hi - lo) / grid;
        double a = Math.max(lo, bestT - step);
        double b = Math.min(hi, bestT + step);
        if (b > a) {
            var opt = new BrentOptimizer(1e-10, 1e-12).optimize(new MaxEval(200), GoalType.MINIMIZE,
                    new UnivariateObjectiveFunction(t -> bestC(sizes, temps, y, err, sample, t)[1]),
                    new SearchInterval(a, b, bestT));
            if (opt.getValue() < bestChi) {
                bestT = opt.getPoint();
            }
        }
        double[] c = bestC(sizes, temps, y, err, sample, bestT);
        return new double[] {bestT, c[0], c[1]};
    }

    /** {C, χ²} minimising χ² over C at trial temperature t. */
    static double[] bestC(int[] sizes, double[] temps, double[][][] y, double[][] err, int sample, double t) {
        int ns = sizes.length;
        double[] yy = new double[ns];
        double[] ee = new double[ns];
        int nt = temps.length;
        int k = 0;
        while (k < nt - 2 && t > temps[k + 1]) {
            k++;
        }
        double w = nt == 1 ? 0 : (t - temps[k]) / (temps[k + 1] - temps[k]);
        for (int s = 0; s < ns; s++) {
            if (nt == 1) {
                yy[s] = y[s][0][sample];
                ee[s] = err[s][0];
            } else {
                yy[s] = (1 - w) * y[s][k][sample] + w * y[s][k + 1][sample];
                ee[s] = (1 - w) * err[s][k] + w * err[s][k + 1];
            }
        }
        double lnMin = Math.log(sizes[0]);
        // C = −2 ln L_min + e^u keeps every 2 ln L + C positive
        java.util.function.DoubleUnaryOperator chi = u -> {
            double c = -2 * lnMin + Math.exp(u);
            double sum = 0;
            for (int s = 0; s < ns; s++) {
                double model = 2 * t / Math.PI * (1 + 1 / (2 * Math.log(sizes[s]) + c));
                double r = (yy[s] - model) / ee[s];
                sum += r * r;
            }
            return sum;
        };
        double bu = -8;
        double bv = Double.POSITIVE_INFINITY;
        for (double u = -8; u <= 9.0001; u += 0.25) {
            double v = chi.applyAsDouble(u);
            if (v < bv) {
                bv = v;
                bu = u;
            }
        }
        var opt = new BrentOptimizer(1e-10, 1e-14).optimize(new MaxEval(200), GoalType.MINIMIZE,
                new UnivariateObjectiveFunction(chi::applyAsDouble), new SearchInterval(bu - 0.25, bu + 0.25, bu));
        if (opt.getValue() < bv) {
            bu = opt.getPoint();
            bv = opt.getValue();
        }
        return new double[] {-2 * lnMin + Math.exp(bu), bv};
    }

    /**
     * The temperature where Υ(L, T) of one size crosses the line 2T/π, by linear interpolation
     * between the simulated temperatures (the first downward crossing); NaN when it does not cross.
     * A cheap single-size estimate that lies above T_BKT by the finite-size correction.
     */
    public static double crossing(double[] temperatures, double[] helicity) {
        for (int k = 0; k + 1 < temperatures.length; k++) {
            double d0 = helicity[k] - 2 * temperatures[k] / Math.PI;
            double d1 = helicity[k + 1] - 2 * temperatures[k + 1] / Math.PI;
            if (d0 >= 0 && d1 < 0) {
                return temperatures[k] + (temperatures[k + 1] - temperatures[k]) * d0 / (d0 - d1);
            }
        }
        return Double.NaN;
    }
}
