package org.jjmask.exposure;

import java.util.List;

/**
 * The forward-scattered (α) energy a hole receives, per unit dose, at its centre and at its rim:
 * its own disc plus its lattice neighbours' discs within reach of the α Gaussian.
 *
 * <p>The fraction of a normalised Gaussian {@code exp(−r²/α²)/(πα²)} centred at a point that falls
 * in a disc is integrated along rays from the point: along a ray the radial integral is exact,
 * {@code ∫ 2t/α² e^{−t²/α²} dt = e^{−t₁²/α²} − e^{−t₂²/α²}} for the chord [t₁, t₂], so only the
 * angle is integrated numerically (periodic, trapezoid rule). At the disc's centre this is
 * {@code 1 − e^{−R²/α²}}, the closed form the test checks.
 *
 * <p>Neighbours are taken at the hole's own dose [pheno: dose factors vary on the β scale, µm,
 * while the α Gaussian reaches a neighbour's rim only across a gap of a few α, where its weight is
 * e^{−(gap/α)²}]; a hole at the array's edge is given its interior neighbours too, an overestimate
 * of at most {@link #neighbourRim} of the forward term.
 *
 * @param centre       own disc at the centre
 * @param rim          own disc at the rim (a point on the rim towards the nearest neighbour)
 * @param neighbourCentre neighbours' share at the centre
 * @param neighbourRim neighbours' share at the rim point
 */
public record ForwardTerm(double centre, double rim, double neighbourCentre, double neighbourRim) {

    private static final int ANGLES = 4096;

    /** Fraction of the α Gaussian centred at distance {@code sNm} from a disc's centre lying in the disc of radius {@code rNm}. */
    public static double discFraction(double sNm, double rNm, double alphaNm) {
        double a2 = alphaNm * alphaNm;
        double sum = 0;
        for (int k = 0; k < ANGLES; k++) {
            double th = 2 * Math.PI * (k + 0.5) / ANGLES;
            // ray p + t(cos th, sin th), disc centre at distance s along th = 0
            double b = sNm * Math.cos(th);
            double disc = rNm * rNm - sNm * sNm * Math.sin(th) * Math.sin(th);
            if (disc < 0) {
                continue;
            }
            double q = Math.sqrt(disc);
            double t1 = Math.max(0, b - q);
            double t2 = b + q;
            if (t2 <= 0) {
                continue;
            }
            sum += Math.exp(-t1 * t1 / a2) - Math.exp(-t2 * t2 / a2);
        }
        return sum / ANGLES;
    }

    /** The forward term of a disc of {@code diameterNm} in {@code pattern}'s lattice. */
    public static ForwardTerm of(HolePattern pattern, double diameterNm, double alphaNm) {
        double r = diameterNm / 2;
        double reach = 2 * r + 6 * alphaNm;
        List<double[]> nbrs = pattern.neighbourOffsetsNm(reach + r);
        // the rim point faces the nearest neighbour, where the neck is
        double[] toward = {1, 0};
        double nearest = Double.MAX_VALUE;
        for (double[] o : nbrs) {
            double d = Math.hypot(o[0], o[1]);
            if (d < nearest - 1e-9) {
                nearest = d;
                toward = new double[] {o[0] / d, o[1] / d};
            }
        }
        double rimX = r * toward[0];
        double rimY = r * toward[1];
        double nc = 0;
        double nr = 0;
        for (double[] o : nbrs) {
            double dc = Math.hypot(o[0], o[1]);
            if (dc - r < 6 * alphaNm) {
                nc += discFraction(dc, r, alphaNm);
            }
            double dr = Math.hypot(o[0] - rimX, o[1] - rimY);
            if (dr - r < 6 * alphaNm) {
                nr += discFraction(dr, r, alphaNm);
            }
        }
        return new ForwardTerm(discFraction(0, r, alphaNm), discFraction(r, r, alphaNm), nc, nr);
    }

    public double atCentre() {
        return centre + neighbourCentre;
    }

    public double atRim() {
        return rim + neighbourRim;
    }
}
