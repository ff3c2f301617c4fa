package org.jjmask.exposure;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-hole dose factors that equalise the absorbed energy at every hole's rim, where the resist
 * develops, to the bulk hole's at the base dose; then quantised into geometric dose classes.
 *
 * <p>Self-consistent multiplicative update {@code d ← d · E_target / E_rim(d)} (neomicra smile2's
 * multiplicative form; urpec uses the additive {@code d += 1.2·(target − E)}, EBEAM.md): a change
 * smooth on the β scale is corrected in one step, a single hole's error shrinks by the
 * backscatter share ηρ/(F + ηρ) per step. It runs first on the backscatter grid's nodes (the
 * dose factor as a node field times the holes' area density, to 10⁻⁵), which leaves only the
 * holes' departures from a smooth field to the per-hole iterations; those stop when no factor
 * changes by more than 10⁻⁴, a hundredth of a class step at the default 32 classes (the residual
 * is then measured, not assumed, on the quantised doses).
 *
 * <p>Classes: factors {@code s^k}, anchored at 1 so that the bulk keeps the base dose, with
 * {@code s = (d_max/d_min)^{1/(N−2)}} so that at most N ranks cover the range. Rounding each
 * factor to the nearest class in log moves it by at most √s; the absorbed energy, a positive
 * linear function of the doses, then moves by at most that factor too: the residual is below half
 * a class step by construction, and the test checks it on the written result.
 */
public final class ProximityCorrection {

    public static final int DEFAULT_CLASSES = 32;
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-5;
    private static final double POLISH_TOLERANCE = 1e-4;

    private ProximityCorrection() {}

    public static DoseCorrection dose(ExposureModel model) {
        return dose(model, DEFAULT_CLASSES);
    }

    public static DoseCorrection dose(ExposureModel model, int classes) {
        if (classes < 3) {
            throw new IllegalArgumentException("dose classes must be at least 3, got " + classes);
        }
        HolePattern p = model.pattern();
        ProbeHoles probes = ProbeHoles.of(p);
        float[] d = model.uniformDose();
        ExposureModel.Energies e = model.energies(d);
        double target = e.rim(probes.bulk());
        double n = model.psf().norm();
        // first on the grid: the dose factor varies on the β scale, so a node field D with the
        // holes' area density A solves the smooth part of the problem without touching the holes
        BackscatterGrid grid = model.grid();
        double[] area = grid.deposit(p, new float[0]);
        double fRim = 0;
        for (int k = 0; k < p.shapes(); k++) {
            fRim = Math.max(fRim, model.forward(k).atRim());
        }
        double[] nodeDose = new double[area.length];
        java.util.Arrays.fill(nodeDose, 1);
        double[] rho = new double[area.length];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            for (int k = 0; k < area.length; k++) {
                rho[k] = nodeDose[k] * area[k];
            }
            double[] lr = grid.nodesLongRange(rho);
            double change = 0;
            for (int k = 0; k < area.length; k++) {
                if (area[k] > 0) {
                    double next = nodeDose[k] * target * n / (nodeDose[k] * fRim + lr[k]);
                    change = Math.max(change, Math.abs(next / nodeDose[k] - 1));
                    nodeDose[k] = next;
                }
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        for (int k = 0; k < area.length; k++) {
            rho[k] = nodeDose[k] * area[k];
        }
        float[] smooth = grid.read(p, grid.nodesLongRange(rho));
        double[] fRimOf = new double[p.shapes()];
        for (int k = 0; k < fRimOf.length; k++) {
            fRimOf[k] = model.forward(k).atRim();
        }
        Chunks.forEach(d.length, i -> d[i] = (float) ((target * n - smooth[i]) / fRimOf[p.shapeOf(i)]));
        // then hole by hole, exactly, from there; each hole's update is its own, the change a max
        int it = 0;
        double change = Double.MAX_VALUE;
        while (change > POLISH_TOLERANCE && it < MAX_ITERATIONS) {
            ExposureModel.Energies now = model.energies(d);
            change = Chunks.max(d.length, i -> {
                double next = d[i] * target / now.rim(i);
                double c = Math.abs(next / d[i] - 1);
                d[i] = (float) next;
                return c;
            });
            it++;
        }
        double lo = Math.min(-Chunks.max(d.length, i -> -d[i]), 1);
        double hi = Math.max(Chunks.max(d.length, i -> d[i]), 1);
        double logStep = hi / lo > 1 + 1e-12 ? Math.log(hi / lo) / (classes - 2) : Math.log(1.001);
        int kMin = (int) Math.round(Math.log(lo) / logStep);
        int kMax = (int) Math.round(Math.log(hi) / logStep);
        long[] counts = new long[kMax - kMin + 1];
        short[] cls = new short[d.length];
        int top = counts.length - 1;
        Chunks.forEach(d.length, i -> cls[i] = (short) Math.max(0, Math.min(top,
                (int) Math.round(Math.log(d[i]) / logStep) - kMin)));
        for (short k : cls) {
            counts[k]++;
        }
        List<DoseClass> table = new ArrayList<>();
        for (int k = 0; k < counts.length; k++) {
            table.add(new DoseClass(k, Math.exp((k + kMin) * logStep), counts[k]));
        }
        float[] factor = new float[table.size()];
        for (int k = 0; k < factor.length; k++) {
            factor[k] = (float) table.get(k).doseFactor();
        }
        float[] q = new float[d.length];
        Chunks.forEach(d.length, i -> q[i] = factor[cls[i]]);
        ExposureModel.Energies after = model.energies(q);
        double residual = Math.max(0, Chunks.max(q.length, i -> Math.abs(after.rim(i) / target - 1)));
        return new DoseCorrection(cls, table, Math.expm1(logStep), residual, target, it, cls[probes.bulk()]);
    }
}
