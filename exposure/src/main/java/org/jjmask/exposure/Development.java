package org.jjmask.exposure;

/**
 * Threshold development [pheno]: the resist clears where the absorbed energy exceeds a threshold,
 * so a hole prints out to the radius at which its energy falls to it (pecpy
 * {@code EblSimulator.predict}; EvoDose contours; EBEAM.md). The threshold defaults to the bulk
 * hole's rim energy at the base dose: the base dose is taken to be the one the process was tuned
 * to, printing the bulk at its drawn size.
 *
 * <p>The printed radius solves {@code (d·F(r) + L)/(1+η+ν) = T} with F the hole's own forward
 * share at distance r from its centre, tabulated once per shape and inverted by interpolation
 * (F falls monotonically from the centre outwards); L, the long-range part, is the hole's own.
 * Neighbours' forward share is left out of the radius (it is 10⁻⁵ of F at a 30 nm gap, see
 * {@link ForwardTerm}).
 */
public final class Development {

    private static final int TABLE = 1024;

    private final ExposureModel model;
    private final double threshold;
    private final double[][] radii;
    private final double[][] fractions;

    public Development(ExposureModel model, double threshold) {
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("development threshold must be positive: " + threshold);
        }
        this.model = model;
        this.threshold = threshold;
        HolePattern p = model.pattern();
        radii = new double[p.shapes()][];
        fractions = new double[p.shapes()][];
        double alpha = model.psf().alphaNm();
        for (int k = 0; k < p.shapes(); k++) {
            double r = p.diameterNm(k) / 2;
            double rMax = r + 8 * alpha;
            radii[k] = new double[TABLE];
            fractions[k] = new double[TABLE];
            for (int t = 0; t < TABLE; t++) {
                radii[k][t] = rMax * t / (TABLE - 1);
                fractions[k][t] = ForwardTerm.discFraction(radii[k][t], r, alpha);
            }
        }
    }

    /** The calibrated model: threshold = the bulk hole's rim energy at the base dose. */
    public static Development calibrated(ExposureModel model) {
        var e = model.energies(model.uniformDose());
        return new Development(model, e.rim(ProbeHoles.of(model.pattern()).bulk()));
    }

    public double threshold() {
        return threshold;
    }

    /**
     * Printed diameter of hole {@code i}, nm: 0 when the centre does not clear, at most the drawn
     * diameter plus 16 α (overexposed: the hole grows into its neighbours, which the neck shows).
     */
    public double printedDiameterNm(ExposureModel.Energies e, int i) {
        int k = model.pattern().shapeOf(i);
        double need = (threshold * model.psf().norm() - e.longRange(i) * model.psf().norm()) / e.dose(i);
        double[] f = fractions[k];
        double[] r = radii[k];
        if (need > f[0]) {
            return 0;
        }
        if (need <= f[TABLE - 1]) {
            return 2 * r[TABLE - 1];
        }
        int lo = 0;
        int hi = TABLE - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (f[mid] >= need) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double t = (f[lo] - need) / (f[lo] - f[hi]);
        return 2 * (r[lo] + t * (r[hi] - r[lo]));
    }

    /**
     * Printed diameter and neck (nearest-hole distance minus the printed diameter, neighbours
     * taken to print alike) at the bulk, mid-edge and corner holes.
     */
    public PrintedGeometry atProbes(ExposureModel.Energies e) {
        HolePattern p = model.pattern();
        ProbeHoles h = ProbeHoles.of(p);
        double pitch = p.lattice().nearestDistance() * p.dbuNm();
        return new PrintedGeometry(printed(p, e, h.bulk(), pitch), printed(p, e, h.edge(), pitch),
                printed(p, e, h.corner(), pitch));
    }

    private PrintedGeometry.Site printed(HolePattern p, ExposureModel.Energies e, int i, double pitchNm) {
        double d = printedDiameterNm(e, i);
        return new PrintedGeometry.Site(i, p.xNm(i) / 1000, p.yNm(i) / 1000, p.diameterNm(p.shapeOf(i)), d,
                Math.max(0, pitchNm - d));
    }
}
