package org.jjmask.physics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Sheet resistance R(T) of the patterned film (MODEL.md §5), written as a conductance ratio
 * s = R_n/R that only grows as T falls, so the curve is continuous and monotonic by construction:
 *
 * <ul>
 *   <li>Above T_c0, Aslamazov–Larkin, Phys. Lett. A 26, 238 (1968): 2D paraconductivity
 *       σ_AL = (e²/16ħ)·T_c0/(T − T_c0) adds to the film's local conductance, so
 *       {@code s = 1 + g_AL}, g_AL = (R_□/R_0)·T_c0/(T − T_c0), R_0 = 16ħ/e² = 65.73 kΩ (R_□ the
 *       unpatterned film's, the geometric factor applying to the whole conductivity).
 *       <b>At T_c0 AL diverges</b>: the mean-field divergence is cut at the 2D Ginzburg width
 *       Γ = Gi·T_c0, Gi = e²R_□/(16ħ) (Larkin &amp; Varlamov, Theory of Fluctuations in
 *       Superconductors, 2005: where σ_AL equals the normal conductance), as
 *       {@code g_AL = (R_□/R_0)·T_c0/√((T − T_c0)² + Γ²)}, which equals 1 at T_c0: R(T_c0) = R_n/2
 *       (the usual resistive-midpoint definition of T_c0), and is held at 1 below T_c0.</li>
 *   <li>Between T_BKT and T_c0, Halperin–Nelson, J. Low Temp. Phys. 36, 599 (1979), interpolation form
 *       {@code R/R_n = exp(−2√(b(T_c0 − T)/(T − T_BKT)))}: here s = 1 + e^x,
 *       x = 2√(b(T_c0 − T)/(T − T_BKT)), b = {@value #HN_B} [lit: b of order 1] — continuous with
 *       the AL side at T_c0 (x = 0, s = 2) and R → 0 at T_BKT.</li>
 *   <li>Below T_BKT, R = R_sat (0 for a superconductor); everywhere R = max(R_n/s, R_sat), which joins
 *       the Halperin–Nelson tail continuously.</li>
 * </ul>
 *
 * <p>The sampled curve ({@link #curve}) starts from a grid (linear from the top down to 0.2·T_c0,
 * then log-spaced down to the base temperature; ≥ 210 points), adds T_c0 and T_BKT, and bisects
 * every interval whose step exceeds max(1 % of the larger end, 0.1 % of R_n), so neighbouring samples
 * never differ by more than that — also across the joins, where the Halperin–Nelson side has an
 * infinite slope at T_c0.
 */
public final class ResistanceCurve {
    private ResistanceCurve() {
    }

    /** Halperin–Nelson b (dimensionless, order 1) [lit]. */
    public static final double HN_B = 1.0;
    /** R_0 = 16ħ/e² (Ω), the Aslamazov–Larkin sheet scale. */
    public static final double R0_OHM = 16.0 * Constants.HBAR / (Constants.E * Constants.E);
    /** Largest relative step between neighbouring samples. */
    public static final double MAX_RELATIVE_STEP = 0.01;
    /** Largest step between neighbouring samples relative to R_n (where R itself is small). */
    public static final double MAX_STEP_OF_RN = 1e-3;
    private static final int MAX_POINTS = 20_000;

    /**
     * Inputs of the curve.
     *
     * @param tc0K mean-field transition T_c0
     * @param tbktK array T_BKT (0: none)
     * @param normalOhm R_n = R_□,eff of the patterned film
     * @param filmSheetOhm R_□ of the unpatterned film (sets the AL amplitude and the Ginzburg width)
     * @param rSatOhm saturation value below T_BKT (0 for a superconductor)
     */
    public record Parameters(double tc0K, double tbktK, double normalOhm, double filmSheetOhm, double rSatOhm) {
        /** Validates: finite, T_c0, R_n, R_□ &gt; 0, 0 ≤ T_BKT ≤ T_c0, 0 ≤ R_sat. */
        public Parameters {
            Checks.positive("tc0K", tc0K);
            Checks.nonNegative("tbktK", tbktK);
            if (tbktK > tc0K) {
                throw new IllegalArgumentException("tbktK must not exceed tc0K");
            }
            Checks.positive("normalOhm", normalOhm);
            Checks.positive("filmSheetOhm", filmSheetOhm);
            Checks.nonNegative("rSatOhm", rSatOhm);
        }
    }

    /** R(T) in Ω at one temperature (T &gt; 0). */
    public static double sheetResistanceOhm(Parameters p, double temperatureK) {
        Checks.positive("temperatureK", temperatureK);
        double tc = p.tc0K();
        if (p.tbktK() > 0 && temperatureK <= p.tbktK()) {
            return p.rSatOhm();
        }
        double r;
        if (temperatureK >= tc) {
            double gi = p.filmSheetOhm() / R0_OHM;
            double gamma = gi * tc;
            double dt = temperatureK - tc;
            double gAl = gi * tc / Math.sqrt(dt * dt + gamma * gamma);
            r = p.normalOhm() / (1.0 + gAl);
        } else {
            double x = 2.0 * Math.sqrt(HN_B * (tc - temperatureK) / (temperatureK - p.tbktK()));
            double e = Math.exp(-x); // R_n/(1 + e^x) = R_n e^-x/(1 + e^-x), no overflow
            r = p.normalOhm() * e / (1.0 + e);
        }
        return Math.max(r, p.rSatOhm());
    }

    /**
     * R(T) ascending in temperature, from the base temperature to max(1.5·T_c0, 1.5·T_base), dense
     * and refined as described in the class comment.
     */
    public static List<RtPoint> curve(Parameters p, double baseTemperatureK) {
        Checks.positive("baseTemperatureK", baseTemperatureK);
        double tc = p.tc0K();
        double top = Math.max(1.5 * tc, 1.5 * baseTemperatureK);
        TreeSet<Double> grid = new TreeSet<>();
        double knee = 0.2 * tc;
        if (baseTemperatureK < knee) {
            int nLin = 150;
            for (int i = 0; i <= nLin; i++) {
                grid.add(knee + (top - knee) * i / nLin);
            }
            int nLog = 60;
            double lr = Math.log(knee / baseTemperatureK);
            for (int i = 0; i <= nLog; i++) {
                grid.add(baseTemperatureK * Math.exp(lr * i / nLog));
            }
        } else {
            int n = 220;
            for (int i = 0; i <= n; i++) {
                grid.add(baseTemperatureK + (top - baseTemperatureK) * i / n);
            }
        }
        if (tc > baseTemperatureK && tc < top) {
            grid.add(tc);
        }
        if (p.tbktK() > baseTemperatureK && p.tbktK() < top) {
            grid.add(p.tbktK());
        }
        grid.add(baseTemperatureK);
        grid.add(top);
        List<Double> ts = new ArrayList<>(grid);
        List<RtPoint> out = new ArrayList<>();
        double rPrev = sheetResistanceOhm(p, ts.get(0));
        out.add(new RtPoint(ts.get(0), rPrev));
        for (int i = 1; i < ts.size(); i++) {
            double t0 = ts.get(i - 1);
            double t1 = ts.get(i);
            double r1 = sheetResistanceOhm(p, t1);
            refine(p, t0, rPrev, t1, r1, 0, out);
            out.add(new RtPoint(t1, r1));
            rPrev = r1;
        }
        return out;
    }

    private static void refine(Parameters p, double t0, double r0, double t1, double r1, int depth, List<RtPoint> out) {
        double tol = Math.max(MAX_RELATIVE_STEP * Math.max(r0, r1), MAX_STEP_OF_RN * p.normalOhm());
        if (Math.abs(r1 - r0) <= tol || depth >= 60 || out.size() >= MAX_POINTS || !(t1 - t0 > 1e-12 * t1)) {
            return;
        }
        double tm = 0.5 * (t0 + t1);
        double rm = sheetResistanceOhm(p, tm);
        refine(p, t0, r0, tm, rm, depth + 1, out);
        out.add(new RtPoint(tm, rm));
        refine(p, tm, rm, t1, r1, depth + 1, out);
    }
}
