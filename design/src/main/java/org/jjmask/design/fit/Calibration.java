package org.jjmask.design.fit;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.jjmask.design.Spec;
import org.jjmask.design.spec.SpecException;
import org.jjmask.physics.Prediction;

/**
 * Calibrates spec keys to a measured R(T): weighted least squares by Commons Math's
 * Levenberg–Marquardt (Moré, Lecture Notes in Math. 630, 105 (1978)) on the design pass's predicted
 * curve, in ln R when the data span a decade or more (a relative error is then the same weight at
 * every point), each point weighed with the stated relative uncertainty σ_R/R. Keys move inside
 * their declared bounds (the varied coordinate is clamped; see {@link FitKey} for which vary in
 * their logarithm).
 *
 * <p><b>Errors</b>: the covariance is (JᵀWJ)⁻¹ at the optimum (J by forward differences, W the
 * weights), scaled by χ²/dof when that exceeds 1 (the Birge ratio, as the Particle Data Group
 * inflates errors of an inconsistent fit), so an error is never smaller than the scatter of the
 * data supports.
 *
 * <p><b>Undetermined keys</b> are found at the optimum and are not reported as numbers: a key the
 * curve does not depend on (its column of J below 10⁻⁶ of the largest), one in a direction of J
 * with a singular value below 10⁻⁶ of the largest after the columns are normalised (degenerate with
 * another key: it has a weight above 0.3 there), one whose 1σ interval is wider than half its
 * value (for a log key, its factor e^0.5), and one pinned at a declared bound. Each such key is
 * held at the spec's value and the rest are fitted again, until every free key is determined; the
 * determined keys' errors are then conditional on the held ones.
 */
public final class Calibration {

    /** Column below this fraction of the largest: the data do not depend on the key. */
    static final double NO_SENSITIVITY = 1e-6;
    /** Normalised singular value below this fraction of the largest: a degenerate direction. */
    static final double DEGENERATE = 1e-6;
    /** A key's weight in a degenerate direction above which it is one of the degenerate keys. */
    static final double DEGENERATE_WEIGHT = 0.3;
    /** A 1σ wider than this fraction of the value (of the coordinate, for a log key): undetermined. */
    static final double LOOSE = 0.5;
    /** Forward-difference step of the varied coordinate (a factor 1.001 for a log key, 1 % of the scale else). */
    static final double STEP_LOG = 1e-3;
    static final double STEP_LINEAR = 1e-2;

    /**
     * @param vary          the dotted keys to fit
     * @param noiseRelative the per-point relative uncertainty σ_R/R (0.02: 2 %)
     * @param field         a measured R(B) joined to the R(T) ({@link FieldBackground}): two more residuals
     */
    public record Options(List<String> vary, double noiseRelative, java.util.Optional<FieldBackground> field) {
        /** R(T) alone. */
        public Options(List<String> vary, double noiseRelative) {
            this(vary, noiseRelative, java.util.Optional.empty());
        }

        public Options {
            vary = List.copyOf(vary);
            java.util.Objects.requireNonNull(field, "field");
            if (!(noiseRelative > 0) || !Double.isFinite(noiseRelative)) {
                throw new IllegalArgumentException("noiseRelative must be positive, not " + noiseRelative);
            }
        }

        /** The default keys at 2 % per point. */
        public static Options defaults() {
            return new Options(FitKey.DEFAULT_VARY, 0.02);
        }
    }

    private Calibration() {}

    /**
     * Fits {@code options.vary()} of the spec (its text, as the user wrote it) to the measured R(T).
     *
     * @param specDir the spec's folder, for a relative {@code device.gds.file}
     */
    public static FitResult fit(String specYaml, String source, Path specDir, MeasuredCurve rt, Options options)
            throws FitException, SpecException {
        if (rt.variable() != MeasuredCurve.Variable.TEMPERATURE) {
            throw new IllegalArgumentException("R(T) data expected");
        }
        List<FitKey> keys = new ArrayList<>();
        for (String k : options.vary()) {
            FitKey key = FitKey.resolve(k);
            if (keys.stream().anyMatch(o -> o.dotted().equals(key.dotted()))) {
                throw new FitException("--vary: '" + k + "' is named twice");
            }
            keys.add(key);
        }
        if (keys.isEmpty()) {
            throw new FitException("--vary: no key to fit");
        }
        if (rt.size() <= keys.size()) {
            throw new FitException(rt.source() + ": " + rt.size() + " data point" + (rt.size() == 1 ? "" : "s") + " for "
                    + keys.size() + " parameters: a fit needs more points than parameters (last row: line "
                    + rt.lines()[rt.size() - 1] + ")");
        }
        SpecEdit edit = new SpecEdit(specYaml, source, specDir);
        Spec base = edit.spec(List.of(), new double[0]);
        double[] start = new double[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            start[k] = startValue(base, keys.get(k), edit);
        }
        Problem problem = new Problem(new RtModel(edit, keys, base), keys, start, rt, options.noiseRelative(),
                options.field());
        if (problem.model.predict(start).isEmpty()) {
            throw new FitException(source + ": the spec as given has no R(T) to start the fit from (the holes or the "
                    + "damaged rims cut the film apart)");
        }

        boolean[] free = new boolean[keys.size()];
        Arrays.fill(free, true);
        String[] reasons = new String[keys.size()];
        Arrays.fill(reasons, "");
        double[] first = firstGuess(problem, keys, start, rt);
        double[] values = first.clone();
        Analysis analysis;
        while (true) {
            values = problem.minimise(values, free);
            analysis = problem.analyse(values, free);
            boolean changed = false;
            for (int k = 0; k < keys.size(); k++) {
                if (free[k] && !analysis.reasons[k].isEmpty()) {
                    free[k] = false;
                    reasons[k] = analysis.reasons[k];
                    values[k] = start[k];
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            // the refit starts where the fit did: the free keys' optimum may have been pulled off by the held ones
            for (int k = 0; k < keys.size(); k++) {
                values[k] = free[k] ? first[k] : start[k];
            }
            if (!anyTrue(free)) {
                analysis = problem.analyse(values, free);
                break;
            }
        }
        List<FittedParameter> parameters = new ArrayList<>();
        List<String> determined = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            if (free[k]) {
                determined.add(keys.get(k).dotted());
                parameters.add(new FittedParameter(keys.get(k).dotted(), values[k], OptionalDouble.of(analysis.stderr[k]),
                        true, start[k], ""));
            } else {
                parameters.add(new FittedParameter(keys.get(k).dotted(), values[k], OptionalDouble.empty(), false,
                        start[k], reasons[k]));
            }
        }
        String yaml = edit.yaml(keys, values);
        Spec fitted = edit.spec(keys, values);
        Prediction prediction = problem.model.predict(values).orElseThrow(() -> new FitException(source
                + ": the spec as given has no R(T) to fit from (the holes or the damaged rims cut the film apart)"));
        double[] model = problem.curve(prediction);
        return new FitResult(parameters, determined, analysis.correlation, analysis.chi2PerDof, analysis.dof,
                problem.logScale, options.noiseRelative(), rt, model, problem.residuals(model), yaml, fitted, prediction,
                problem.model.evaluations());
    }

    /**
     * Where Levenberg–Marquardt starts: the spec's values, but with T_c0 at the data's resistive
     * midpoint (the highest temperature where R falls to half its value at the top of the data, the
     * usual definition of T_c0) and R_□ scaled so the model's R at the data's top temperature is the
     * data's, when those keys are varied. A local method started across a phase boundary of the model
     * from the data stays there; these two set the scale of everything else.
     */
    static double[] firstGuess(Problem problem, List<FitKey> keys, double[] start, MeasuredCurve rt) {
        double[] guess = start.clone();
        double[] t = rt.x();
        double[] r = rt.rSqOhm();
        Integer[] order = new Integer[t.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(t[b], t[a]));
        int top = Math.min(3, order.length);
        double rTop = 0;
        double tTop = 0;
        for (int i = 0; i < top; i++) {
            rTop += r[order[i]] / top;
            tTop += t[order[i]] / top;
        }
        int tc = index(keys, "material.tc0_K");
        if (tc >= 0) {
            for (int i = 1; i < order.length; i++) {
                if (r[order[i]] <= rTop / 2 && r[order[i - 1]] > rTop / 2) {
                    guess[tc] = clamp(keys.get(tc), 0.5 * (t[order[i]] + t[order[i - 1]]));
                    break;
                }
            }
        }
        int sheet = index(keys, "material.sheet_resistance_ohm");
        if (sheet >= 0 && rTop > 0) {
            double tTopK = tTop;
            double model = problem.model.predict(guess)
                    .map(p -> RtModel.at(p.rOfT(), new double[] {tTopK}, Double.MIN_NORMAL)[0]).orElse(0.0);
            if (model > 0) {
                guess[sheet] = clamp(keys.get(sheet), guess[sheet] * rTop / model);
            }
        }
        return problem.model.predict(guess).isPresent() ? guess : start.clone();
    }

    private static int index(List<FitKey> keys, String dotted) {
        for (int k = 0; k < keys.size(); k++) {
            if (keys.get(k).dotted().equals(dotted)) {
                return k;
            }
        }
        return -1;
    }

    private static double clamp(FitKey key, double v) {
        return Math.max(key.min(), Math.min(key.max(), v));
    }

    private static boolean anyTrue(boolean[] b) {
        for (boolean x : b) {
            if (x) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value the spec gives a key: as read (a preset's or a default's value too), found by the
     * key's name in camelCase among the section record's components (tc0_K → tc0K), else as
     * written, else the declared default.
     */
    static double startValue(Spec spec, FitKey key, SpecEdit edit) throws FitException {
        Object node = spec;
        for (String part : key.path()) {
            Object next = component(node, camel(part));
            if (next == null) {
                node = null;
                break;
            }
            node = next;
        }
        if (node instanceof Number n) {
            return n.doubleValue();
        }
        OptionalDouble written = edit.written(key);
        if (written.isPresent()) {
            return written.getAsDouble();
        }
        throw new FitException("--vary: '" + key.dotted() + "' has no value in the spec to start from; write one in");
    }

    private static Object component(Object record, String name) {
        if (record == null || !record.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    Object v = c.getAccessor().invoke(record);
                    return v instanceof java.util.Optional<?> o ? o.orElse(null) : v;
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    static String camel(String snake) {
        String[] parts = snake.split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
            }
        }
        return b.toString();
    }

    /** A model R below the smallest measured one by 10³ is as far off as zero is: the floor of ln R. */
    static double floorOhm(double[] r) {
        double min = Arrays.stream(r).min().orElseThrow();
        double max = Arrays.stream(r).max().orElseThrow();
        return min > 0 ? min * 1e-3 : max * 1e-9;
    }

    /** What the optimum says of each free key. */
    private record Analysis(double[] stderr, String[] reasons, double[][] correlation, double chi2PerDof, int dof) {}

    /** The least-squares problem: data, weights, the model and the varied coordinates. */
    private static final class Problem {
        final RtModel model;
        final List<FitKey> keys;
        final double[] scale;
        final double[] temperatures;
        final double[] data;
        final double[] sigma;
        final boolean logScale;
        final double floorOhm;
        /** The R(B) joined, if any: {@link FieldBackground#ROWS} residuals after the R(T)'s. */
        final java.util.Optional<FieldBackground> field;
        /** R(T) points plus the R(B)'s rows. */
        final int rows;

        Problem(RtModel model, List<FitKey> keys, double[] start, MeasuredCurve rt, double noise,
                java.util.Optional<FieldBackground> field) {
            this.model = model;
            this.field = field;
            this.keys = keys;
            this.scale = new double[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                FitKey key = keys.get(k);
                scale[k] = Math.max(Math.abs(start[k]), 1e-3 * (key.max() - key.min()));
            }
            this.temperatures = rt.x();
            double[] r = rt.rSqOhm();
            double min = Arrays.stream(r).min().orElseThrow();
            double max = Arrays.stream(r).max().orElseThrow();
            this.logScale = min > 0 && max / min >= 10;
            // a model R below the smallest measured one by 10³ is as far off as zero is
            this.floorOhm = floorOhm(r);
            this.data = new double[r.length];
            this.sigma = new double[r.length];
            for (int i = 0; i < r.length; i++) {
                data[i] = logScale ? Math.log(r[i]) : r[i];
                // σ_lnR = σ_R/R; on a linear scale σ_R = (σ_R/R)·R, with the largest R's for a zero reading
                sigma[i] = logScale ? noise : noise * (r[i] > 0 ? r[i] : max);
            }
            this.rows = data.length + (field.isPresent() ? FieldBackground.ROWS : 0);
        }

        /** The R(T) residuals, then the R(B)'s. */
        double[] allResiduals(Prediction p) {
            double[] rt = residuals(curve(p));
            if (field.isEmpty()) {
                return rt;
            }
            double[] rb = field.get().residuals(p, floorOhm);
            double[] out = java.util.Arrays.copyOf(rt, rows);
            System.arraycopy(rb, 0, out, data.length, rb.length);
            return out;
        }

        double[] curve(Prediction p) {
            return RtModel.at(p.rOfT(), temperatures, floorOhm);
        }

        double[] residuals(double[] modelOhm) {
            double[] out = new double[modelOhm.length];
            for (int i = 0; i < out.length; i++) {
                double m = logScale ? Math.log(modelOhm[i]) : modelOhm[i];
                out[i] = (m - data[i]) / sigma[i];
            }
            return out;
        }

        /** Weighted residuals at the values; a refused spec is far from everything (LM steps back). */
        double[] residualsAt(double[] values) {
            return model.predict(values).map(this::allResiduals).orElseGet(() -> {
                double[] far = new double[rows];
                Arrays.fill(far, 1e6);
                return far;
            });
        }

        double[] values(double[] u, double[] held, boolean[] free) {
            double[] v = held.clone();
            int j = 0;
            for (int k = 0; k < keys.size(); k++) {
                if (free[k]) {
                    v[k] = keys.get(k).toValue(u[j++], scale[k]);
                }
            }
            return v;
        }

        double[] internal(double[] values, boolean[] free) {
            List<Double> u = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                if (free[k]) {
                    u.add(keys.get(k).toInternal(values[k], scale[k]));
                }
            }
            return u.stream().mapToDouble(Double::doubleValue).toArray();
        }

        int[] freeIndex(boolean[] free) {
            return java.util.stream.IntStream.range(0, keys.size()).filter(k -> free[k]).toArray();
        }

        /** Forward differences of the weighted residuals in the free coordinates (backward at an upper bound). */
        double[][] jacobian(double[] u, double[] held, boolean[] free) {
            int[] idx = freeIndex(free);
            double[] r0 = residualsAt(values(u, held, free));
            double[][] j = new double[rows][idx.length];
            for (int c = 0; c < idx.length; c++) {
                FitKey key = keys.get(idx[c]);
                double h = key.logarithmic() ? STEP_LOG : STEP_LINEAR;
                if (u[c] + h > key.internalMax(scale[idx[c]])) {
                    h = -h;
                }
                double[] up = u.clone();
                up[c] += h;
                double[] r1 = residualsAt(values(up, held, free));
                for (int i = 0; i < rows; i++) {
                    j[i][c] = (r1[i] - r0[i]) / h;
                }
            }
            return j;
        }

        double[] minimise(double[] start, boolean[] free) {
            int[] idx = freeIndex(free);
            if (idx.length == 0) {
                return start.clone();
            }
            double[] held = start.clone();
            double[] lo = new double[idx.length];
            double[] hi = new double[idx.length];
            for (int c = 0; c < idx.length; c++) {
                lo[c] = keys.get(idx[c]).internalMin(scale[idx[c]]);
                hi[c] = keys.get(idx[c]).internalMax(scale[idx[c]]);
            }
            LeastSquaresProblem lsq = new LeastSquaresBuilder()
                    .start(internal(start, free))
                    .target(new double[rows])
                    .model(point -> residualsAt(values(point, held, free)),
                            point -> jacobian(point, held, free))
                    .lazyEvaluation(true)
                    .parameterValidator(p -> {
                        double[] u = p.toArray();
                        for (int c = 0; c < u.length; c++) {
                            u[c] = Math.max(lo[c], Math.min(hi[c], u[c]));
                        }
                        return new ArrayRealVector(u, false);
                    })
                    .maxEvaluations(400)
                    .maxIterations(200)
                    .build();
            LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer()
                    .withCostRelativeTolerance(1e-8)
                    .withParameterRelativeTolerance(1e-8)
                    .optimize(lsq);
            return values(optimum.getPoint().toArray(), held, free);
        }

        Analysis analyse(double[] values, boolean[] free) {
            int[] idx = freeIndex(free);
            int m = idx.length;
            double[] r = residualsAt(values);
            double chi2 = Arrays.stream(r).map(x -> x * x).sum();
            int dof = rows - m;
            double chi2PerDof = chi2 / dof;
            String[] reasons = new String[keys.size()];
            Arrays.fill(reasons, "");
            double[] stderr = new double[keys.size()];
            if (m == 0) {
                return new Analysis(stderr, reasons, new double[0][0], chi2PerDof, dof);
            }
            double[] u = internal(values, free);
            double[][] j = jacobian(u, values, free);
            double[] norm = new double[m];
            double largest = 0;
            for (int c = 0; c < m; c++) {
                double s = 0;
                for (double[] row : j) {
                    s += row[c] * row[c];
                }
                norm[c] = Math.sqrt(s);
                largest = Math.max(largest, norm[c]);
            }
            boolean[] flat = new boolean[m];
            for (int c = 0; c < m; c++) {
                flat[c] = !(norm[c] > NO_SENSITIVITY * largest) || largest == 0;
                if (flat[c]) {
                    reasons[idx[c]] = "the data do not depend on it (R(T) does not change when it does)";
                }
            }
            RealMatrix jn = new Array2DRowRealMatrix(rows, m);
            for (int i = 0; i < rows; i++) {
                for (int c = 0; c < m; c++) {
                    jn.setEntry(i, c, flat[c] ? 0 : j[i][c] / norm[c]);
                }
            }
            SingularValueDecomposition svd = new SingularValueDecomposition(jn);
            double[] s = svd.getSingularValues();
            RealMatrix v = svd.getV();
            double smax = s[0];
            double[][] covN = new double[m][m];
            for (int q = 0; q < s.length; q++) {
                boolean degenerate = !(s[q] > DEGENERATE * smax);
                if (degenerate) {
                    List<String> with = new ArrayList<>();
                    for (int c = 0; c < m; c++) {
                        if (!flat[c] && Math.abs(v.getEntry(c, q)) > DEGENERATE_WEIGHT) {
                            with.add(keys.get(idx[c]).dotted());
                        }
                    }
                    for (int c = 0; c < m; c++) {
                        if (!flat[c] && Math.abs(v.getEntry(c, q)) > DEGENERATE_WEIGHT && reasons[idx[c]].isEmpty()) {
                            reasons[idx[c]] = "degenerate: the data fix only a combination of " + String.join(", ", with);
                        }
                    }
                    continue;
                }
                for (int a = 0; a < m; a++) {
                    for (int b = 0; b < m; b++) {
                        covN[a][b] += v.getEntry(a, q) * v.getEntry(b, q) / (s[q] * s[q]);
                    }
                }
            }
            double inflate = Math.max(1.0, chi2PerDof);
            double[][] corr = new double[m][m];
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    double d = Math.sqrt(covN[a][a] * covN[b][b]);
                    corr[a][b] = d > 0 ? covN[a][b] / d : (a == b ? 1 : 0);
                }
            }
            for (int c = 0; c < m; c++) {
                int k = idx[c];
                FitKey key = keys.get(k);
                if (flat[c]) {
                    continue;
                }
                double su = Math.sqrt(covN[c][c] * inflate) / norm[c];
                stderr[k] = key.logarithmic() ? values[k] * su : scale[k] * su;
                double lo = key.internalMin(scale[k]);
                double hi = key.internalMax(scale[k]);
                double tol = 1e-6 * Math.max(1, Math.abs(hi - lo));
                if (!reasons[k].isEmpty()) {
                    continue;
                }
                if (Math.abs(u[c] - lo) < tol || Math.abs(u[c] - hi) < tol) {
                    reasons[k] = "pinned at its declared bound " + (Math.abs(u[c] - lo) < tol ? key.min() : key.max());
                } else if (key.logarithmic() ? su > LOOSE
                        : stderr[k] > LOOSE * Math.max(Math.abs(values[k]), 1e-3 * (key.max() - key.min()))) {
                    reasons[k] = "its 1σ interval is wider than half its value: ±" + org.jjmask.design.Numbers.format(
                            stderr[k]) + " on " + org.jjmask.design.Numbers.format(values[k]);
                }
            }
            return new Analysis(stderr, reasons, corr, chi2PerDof, dof);
        }
    }
}
