package org.jjmask.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jjmask.design.Designer;
import org.jjmask.design.SpecReader;
import org.jjmask.design.fit.Calibration;
import org.jjmask.design.fit.FitKey;
import org.jjmask.design.fit.FitResult;
import org.jjmask.design.fit.MeasuredCurve;
import org.jjmask.physics.RtPoint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The calibration's speed goal (issue 15, docs/BENCHMARKS.md): a four-key R(T) fit of 200 points
 * ({@link Calibration#fit} with the default keys) on the model's own curve with 2 % noise, from the
 * guesses of {@code examples/fit/}. Steady state: the Laplace solves of the unit cell are cached
 * across fits in one JVM (by D/a), so the whole command's time is the figure that counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
public class FitBenchmark {

    static String spec(double sheet, double tc, double edge, double scale) {
        return String.format(Locale.ROOT, """
                name: bench-fit
                material: {preset: Nd0.8Sr0.2NiO2, sheet_resistance_ohm: %s, tc0_K: %s}
                substrate: {preset: sapphire}
                device: {type: hallbar, length_um: 60, width_um: 10, arm_pairs: 2, arm_width_um: 2, arm_length_um: 5}
                lattice: {type: triangular, pitch_nm: 100, hole_diameter_nm: 85}
                fabrication: {min_feature_nm: 5, edge_damage_nm: %s}
                model: {phase_slip_scale: %s}
                conditions: {base_temperature_K: 0.05}
                """, sheet, tc, edge, scale);
    }

    private String start;
    private MeasuredCurve data;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        start = spec(1200, 13, 4, 0.03);
        List<RtPoint> curve = Designer.cell(SpecReader.parse(spec(1800, 13.2, 5.5, 0.006), "truth"))
                .prediction().orElseThrow().rOfT();
        int n = 200;
        double[] t = new double[n];
        double[] r = new double[n];
        int[] lines = new int[n];
        SplittableRandom rng = new SplittableRandom(2026);
        for (int i = 0; i < n; i++) {
            t[i] = 0.4 + (28 - 0.4) * i / (n - 1);
            r[i] = at(curve, t[i]) * Math.exp(0.02 * rng.nextGaussian());
            lines[i] = i + 2;
        }
        data = new MeasuredCurve("bench.csv", MeasuredCurve.Variable.TEMPERATURE, t, r, lines, 1.0);
    }

    private static double at(List<RtPoint> c, double t) {
        for (int k = 1; k < c.size(); k++) {
            if (c.get(k).temperatureK() >= t) {
                RtPoint lo = c.get(k - 1);
                RtPoint hi = c.get(k);
                double w = (t - lo.temperatureK()) / (hi.temperatureK() - lo.temperatureK());
                return Math.exp(Math.log(lo.sheetResistanceOhm())
                        + w * (Math.log(hi.sheetResistanceOhm()) - Math.log(lo.sheetResistanceOhm())));
            }
        }
        return c.get(c.size() - 1).sheetResistanceOhm();
    }

    @Benchmark
    public FitResult fitFourKeys200Points() throws Exception {
        return Calibration.fit(start, "bench-fit.yaml", Path.of(""), data,
                new Calibration.Options(FitKey.DEFAULT_VARY, 0.02));
    }
}
