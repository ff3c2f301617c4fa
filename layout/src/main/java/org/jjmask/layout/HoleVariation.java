package org.jjmask.layout;

import java.util.SplittableRandom;

/**
 * Seeded fabrication disorder of a hole array: each hole's diameter and centre drawn from normal
 * distributions around the nominal lattice, truncated at {@value #TRUNCATION} σ.
 *
 * <p>Each hole's draws come from its own generator, seeded by the variation's seed and the hole's
 * lattice site, not from one stream consumed in writing order: the same site gets the same hole
 * however the array is cut into blocks, windowed for a drawing or visited again, and nothing per
 * hole needs to be stored. The truncation bounds how far a hole can move and grow, which is what
 * lets the fill decide almost every hole from its lattice site alone (see {@link ScatteredHoles}).
 *
 * @param diameterSigmaNm standard deviation of each hole's diameter ({@code hole_diameter_nm}, the width along x), nm
 * @param positionSigmaNm standard deviation of each centre's displacement along x and along y, nm
 * @param seed seed of the draws
 */
public record HoleVariation(double diameterSigmaNm, double positionSigmaNm, long seed) {

    /** No disorder. */
    public static final HoleVariation NONE = new HoleVariation(0, 0, 1);

    /** Draws beyond this many σ are redrawn, so no hole moves or grows without bound. */
    public static final double TRUNCATION = 3.0;

    public HoleVariation {
        if (!(diameterSigmaNm >= 0) || !Double.isFinite(diameterSigmaNm)) {
            throw new IllegalArgumentException("diameter sigma must be finite and >= 0, got " + diameterSigmaNm);
        }
        if (!(positionSigmaNm >= 0) || !Double.isFinite(positionSigmaNm)) {
            throw new IllegalArgumentException("position sigma must be finite and >= 0, got " + positionSigmaNm);
        }
    }

    public boolean isNone() {
        return diameterSigmaNm == 0 && positionSigmaNm == 0;
    }

    /** The largest displacement of a centre, nm: both components at the truncation. */
    public double maxDisplacementNm() {
        return TRUNCATION * positionSigmaNm * Math.sqrt(2);
    }

    /** The largest change of a diameter, nm. */
    public double maxDiameterChangeNm() {
        return TRUNCATION * diameterSigmaNm;
    }

    /**
     * The draws of the hole at lattice site {@code (siteX, siteY)} (dbu, the site's nominal
     * position in the lattice's own frame): displacement {@code (dx, dy)} and diameter change
     * {@code dd}, nm.
     */
    public Draw draw(long siteX, long siteY) {
        // SplittableRandom mixes its seed (SplitMix64), so neighbouring sites give unrelated streams
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + siteX * 0xC2B2AE3D27D4EB4FL
                + siteY * 0x165667B19E3779F9L);
        double gx = truncated(rng);
        double gy = truncated(rng);
        double gd = truncated(rng);
        return new Draw(positionSigmaNm * gx, positionSigmaNm * gy, diameterSigmaNm * gd);
    }

    private static double truncated(SplittableRandom rng) {
        double g;
        do {
            g = rng.nextGaussian();
        } while (Math.abs(g) > TRUNCATION);
        return g;
    }

    /** One hole's draws, nm. */
    public record Draw(double dxNm, double dyNm, double dDiameterNm) {}
}
