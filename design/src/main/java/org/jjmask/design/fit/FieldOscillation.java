package org.jjmask.design.fit;

import java.util.Arrays;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.util.Pair;
import org.jjmask.physics.Constants;

/**
 * The h/2e oscillation of a measured R(B), fitted by Levenberg–Marquardt in ln R:
 *
 * <pre>ln R(B) = c₀ + c₂B² + a·exp(−½(2πσ_S B/Φ₀)²)·cos(2πS B/Φ₀)</pre>
 *
 * The period Φ₀/S gives the effective plaquette area S (frustration f = BS/Φ₀: Pannetier et al.,
 * PRL 53, 1845 (1984)), a check of the written pitch. Plaquettes whose areas scatter as a Gaussian of
 * width σ_S average the cosine to cos(2πS̄B/Φ₀)·exp(−½(2πσ_S B/Φ₀)²) (the characteristic function
 * of a Gaussian), so the envelope's damping gives σ_S. The background c₀ + c₂B² is [pheno]: the
 * lowest even order of the field dependence of the resistive state (the anomalous metal's
 * magnetoresistance) under the oscillation, with no claim on its mechanism. The data must hold at
 * least three periods for S to be determined; the first guess of S is the highest peak of the
 * Lomb–Scargle periodogram (Scargle, ApJ 263, 835 (1982)) of the detrended data, which takes
 * uneven field steps.
 */
public final class FieldOscillation {

    /**
     * @param plaquetteAreaNm2 S, nm²
     * @param areaStderrNm2    its standard error
     * @param periodMT         Φ₀/S, mT
     * @param periodStderrMT   its standard error
     * @param areaSpreadNm2    σ_S, nm² (|σ_S|: the sign does not matter)
     * @param spreadStderrNm2  its standard error
     * @param amplitude        a, in ln R
     * @param backgroundC2PerT2 c₂, per T²
     * @param chi2PerDof       χ²/dof with the stated relative noise
     * @param model            ln R of the fit at each point
     * @param background       the fit's zero-field ln R (c₀ + a: the curve at B = 0) and its amplitude a, with
     *     their covariance: what the anomalous metal's field dependence is compared with ({@link Background})
     */
    public record Result(double plaquetteAreaNm2, double areaStderrNm2, double periodMT, double periodStderrMT,
            double areaSpreadNm2, double spreadStderrNm2, double amplitude, double backgroundC2PerT2, double chi2PerDof,
            double[] modelRsqOhm, Background background) {}

    /**
     * The measured R(B)'s zero-field value and oscillation amplitude, both in ln R, with their
     * covariance (the fit's, inflated by χ²/dof when above 1).
     *
     * @param zeroFieldLnR c₀ + a
     * @param amplitudeLnR a
     * @param varZero var(c₀ + a)
     * @param varAmplitude var(a)
     * @param covariance cov(c₀ + a, a)
     */
    public record Background(double zeroFieldLnR, double amplitudeLnR, double varZero, double varAmplitude,
            double covariance) {}

    private FieldOscillation() {}

    /** Fits the oscillation; refused when the data hold fewer than three periods of any guess or all R are not positive. */
    public static Result fit(MeasuredCurve rb, double noiseRelative) throws FitException {
        double[] b = rb.x();
        double[] r = rb.rSqOhm();
        int n = b.length;
        if (n < 12) {
            throw new FitException(rb.source() + ": " + n + " points: an R(B) oscillation needs at least 12");
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(r[i] > 0)) {
                throw new FitException(rb.source() + ":" + rb.lines()[i] + ": R = 0: the oscillation is fitted in ln R");
            }
            y[i] = Math.log(r[i]);
        }
        double bMin = Arrays.stream(b).min().orElseThrow();
        double bMax = Arrays.stream(b).max().orElseThrow();
        double span = bMax - bMin;
        double[] sorted = b.clone();
        Arrays.sort(sorted);
        double step = (sorted[n - 1] - sorted[0]) / (n - 1);
        double period0 = periodogramPeak(b, detrend(b, y), 4 * step, span / 3);
        double phi0 = Constants.PHI0;
        // coordinates: c0, c2 (per T²), a, k = 2π/period (per T), s = 2πσ_S/Φ0 (per T)
        double[] start = {mean(y), 0, 0.5 * (max(y) - min(y)), 2 * Math.PI / period0, 0.1 * 2 * Math.PI / period0};
        double sigma = noiseRelative;
        LeastSquaresBuilder lsq = new LeastSquaresBuilder()
                .start(start)
                .target(scaled(y, sigma))
                .model(p -> {
                    double[] q = p.toArray();
                    double[] v = new double[n];
                    double[][] j = new double[n][5];
                    for (int i = 0; i < n; i++) {
                        double x = b[i];
                        double env = Math.exp(-0.5 * q[4] * q[4] * x * x);
                        double c = Math.cos(q[3] * x);
                        double s = Math.sin(q[3] * x);
                        v[i] = (q[0] + q[1] * x * x + q[2] * env * c) / sigma;
                        j[i][0] = 1 / sigma;
                        j[i][1] = x * x / sigma;
                        j[i][2] = env * c / sigma;
                        j[i][3] = -q[2] * env * s * x / sigma;
                        j[i][4] = -q[2] * env * c * q[4] * x * x / sigma;
                    }
                    return new Pair<>(new ArrayRealVector(v, false), new Array2DRowRealMatrix(j, false));
                })
                .maxEvaluations(2000)
                .maxIterations(1000);
        LeastSquaresOptimizer.Optimum opt = new LevenbergMarquardtOptimizer().optimize(lsq.build());
        double[] q = opt.getPoint().toArray();
        int dof = n - 5;
        double chi2 = opt.getCost() * opt.getCost();
        double chi2PerDof = chi2 / dof;
        RealMatrix jac = opt.getJacobian();
        RealMatrix cov = new SingularValueDecomposition(jac.transpose().multiply(jac)).getSolver().getInverse()
                .scalarMultiply(Math.max(1, chi2PerDof));
        double k = Math.abs(q[3]);
        double sk = Math.sqrt(cov.getEntry(3, 3));
        double areaM2 = k * phi0 / (2 * Math.PI);
        double area = areaM2 / (Constants.NM * Constants.NM);
        double areaErr = sk * phi0 / (2 * Math.PI) / (Constants.NM * Constants.NM);
        double period = 2 * Math.PI / k;
        double periodErr = period * sk / k;
        double spread = Math.abs(q[4]) * phi0 / (2 * Math.PI) / (Constants.NM * Constants.NM);
        double spreadErr = Math.sqrt(cov.getEntry(4, 4)) * phi0 / (2 * Math.PI) / (Constants.NM * Constants.NM);
        double[] model = new double[n];
        for (int i = 0; i < n; i++) {
            double x = b[i];
            model[i] = Math.exp(q[0] + q[1] * x * x + q[2] * Math.exp(-0.5 * q[4] * q[4] * x * x) * Math.cos(q[3] * x));
        }
        if (!(Math.abs(q[2]) > 2 * Math.sqrt(cov.getEntry(2, 2)))) {
            throw new FitException(rb.source() + ": no oscillation: its amplitude " + fmt(q[2]) + " in ln R is within 2 "
                    + "standard errors of 0");
        }
        double v00 = cov.getEntry(0, 0);
        double v22 = cov.getEntry(2, 2);
        double v02 = cov.getEntry(0, 2);
        Background bg = new Background(q[0] + q[2], q[2], v00 + v22 + 2 * v02, v22, v02 + v22);
        return new Result(area, areaErr, period * 1e3, periodErr * 1e3, spread, spreadErr, q[2], q[1], chi2PerDof, model,
                bg);
    }

    /** ln R less its least-squares parabola in B. */
    static double[] detrend(double[] b, double[] y) {
        int n = b.length;
        RealMatrix a = new Array2DRowRealMatrix(n, 3);
        for (int i = 0; i < n; i++) {
            a.setEntry(i, 0, 1);
            a.setEntry(i, 1, b[i]);
            a.setEntry(i, 2, b[i] * b[i]);
        }
        double[] c = new SingularValueDecomposition(a).getSolver().solve(new ArrayRealVector(y)).toArray();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = y[i] - c[0] - c[1] * b[i] - c[2] * b[i] * b[i];
        }
        return out;
    }

    /** The period with the highest Lomb–Scargle power between {@code shortest} and {@code longest}. */
    static double periodogramPeak(double[] b, double[] y, double shortest, double longest) throws FitException {
        if (!(longest > shortest)) {
            throw new FitException("R(B): the field range holds fewer than three periods of any period the steps resolve");
        }
        int m = 2000;
        double best = shortest;
        double power = -1;
        for (int q = 0; q <= m; q++) {
            // even in frequency: the peak's width is the same everywhere
            double f = 1 / longest + (1 / shortest - 1 / longest) * q / m;
            double w = 2 * Math.PI * f;
            double s2 = 0;
            double c2 = 0;
            for (double x : b) {
                s2 += Math.sin(2 * w * x);
                c2 += Math.cos(2 * w * x);
            }
            double tau = Math.atan2(s2, c2) / (2 * w);
            double yc = 0;
            double ys = 0;
            double cc = 0;
            double ss = 0;
            for (int i = 0; i < b.length; i++) {
                double c = Math.cos(w * (b[i] - tau));
                double s = Math.sin(w * (b[i] - tau));
                yc += y[i] * c;
                ys += y[i] * s;
                cc += c * c;
                ss += s * s;
            }
            double p = yc * yc / cc + ys * ys / ss;
            if (p > power) {
                power = p;
                best = 1 / f;
            }
        }
        return best;
    }

    private static double[] scaled(double[] y, double s) {
        return Arrays.stream(y).map(v -> v / s).toArray();
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElseThrow();
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElseThrow();
    }

    private static String fmt(double v) {
        return org.jjmask.design.Numbers.format(v);
    }
}
