package org.jjmask.exposure;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The alternative to dose classes ({@code ebeam.correction: size}): every hole written at the base
 * dose, its drawn diameter biased so that it prints at the nominal diameter under the threshold
 * development model ({@link Development}, calibrated on the uncorrected bulk).
 *
 * <p>A hole of drawn radius R' prints at the nominal R when its own forward share at distance R,
 * {@code G(R') = F(R; R')}, equals {@code T(1+η+ν) − L}, L its long-range energy; G grows with R'
 * and is tabulated once, so each hole's R' is one interpolation. L depends on every hole's area,
 * so the bias is iterated with L recomputed from the biased areas (the backscatter changes by
 * the area change times η, a few per cent of a few per cent: three rounds settle it to far below
 * the database unit). Diameters are rounded to the database unit: one size class per written
 * diameter.
 *
 * @param classOf   size class of every hole
 * @param classes   the size classes, ascending diameter
 * @param pattern   the biased pattern (each hole's drawn disc)
 * @param residualNm largest |printed − nominal| diameter over all holes, nm
 */
public record SizeCorrection(short[] classOf, List<SizeClass> classes, HolePattern pattern, double residualNm) {

    /** A size class: rank, drawn (equal-area) diameter in nm and the holes drawn at it. */
    public record SizeClass(int rank, double diameterNm, long holes) {}

    public SizeCorrection {
        classOf = classOf.clone();
        classes = List.copyOf(classes);
    }

    @Override
    public short[] classOf() {
        return classOf.clone();
    }

    private static final int TABLE = 2048;
    private static final int ROUNDS = 3;

    public static SizeCorrection size(ExposureModel model) {
        HolePattern p0 = model.pattern();
        if (p0.shapes() != 1) {
            throw new IllegalArgumentException("size correction needs one nominal hole shape; the pattern has " + p0.shapes());
        }
        Development dev = Development.calibrated(model);
        Psf psf = model.psf();
        double r = p0.diameterNm(0) / 2;
        double alpha = psf.alphaNm();
        double rLo = Math.max(alpha / 10, r - 6 * alpha);
        double rHi = r + 6 * alpha;
        double[] rs = new double[TABLE];
        double[] g = new double[TABLE];
        for (int t = 0; t < TABLE; t++) {
            rs[t] = rLo + (rHi - rLo) * t / (TABLE - 1);
            g[t] = ForwardTerm.discFraction(r, rs[t], alpha);
        }
        double need = dev.threshold() * psf.norm();
        double dbu = p0.dbuNm();
        HolePattern p = p0;
        ExposureModel m = model;
        short[] cls = new short[p0.size()];
        double[] diameters = {p0.diameterNm(0)};
        for (int round = 0; round < ROUNDS; round++) {
            ExposureModel.Energies e = m.energies(m.uniformDose());
            TreeMap<Long, Short> index = new TreeMap<>();
            long[] snapped = new long[p0.size()];
            for (int i = 0; i < p0.size(); i++) {
                double want = need - e.longRange(i) * psf.norm();
                double rd = invert(rs, g, want);
                snapped[i] = Math.round(2 * rd / dbu);
                index.putIfAbsent(snapped[i], (short) 0);
            }
            short k = 0;
            diameters = new double[index.size()];
            for (var en : index.entrySet()) {
                en.setValue(k);
                diameters[k++] = en.getKey() * dbu;
            }
            for (int i = 0; i < cls.length; i++) {
                cls[i] = index.get(snapped[i]);
            }
            p = p0.withShapes(cls, diameters);
            m = new ExposureModel(p, psf);
        }
        Development after = new Development(m, dev.threshold());
        ExposureModel.Energies e = m.energies(m.uniformDose());
        double residual = 0;
        long[] counts = new long[diameters.length];
        for (int i = 0; i < cls.length; i++) {
            counts[cls[i]]++;
            residual = Math.max(residual, Math.abs(after.printedDiameterNm(e, i) - 2 * r));
        }
        List<SizeClass> table = new ArrayList<>();
        for (int k = 0; k < diameters.length; k++) {
            table.add(new SizeClass(k, diameters[k], counts[k]));
        }
        return new SizeCorrection(cls, table, p, residual);
    }

    private static double invert(double[] x, double[] y, double want) {
        if (want <= y[0]) {
            return x[0];
        }
        if (want >= y[y.length - 1]) {
            return x[x.length - 1];
        }
        int lo = 0;
        int hi = y.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (y[mid] <= want) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return x[lo] + (want - y[lo]) / (y[hi] - y[lo]) * (x[hi] - x[lo]);
    }
}
