package org.jjmask.exposure;

import java.util.Arrays;

/**
 * Absorbed energy per hole for a {@link HolePattern} under a {@link Psf}, without a pixel image of
 * the device: the forward term is local ({@link ForwardTerm}, per hole shape), the backscatter
 * term the pattern's charge density convolved with the long-range kernels ({@link BackscatterGrid}).
 *
 * <p>Energies are in units of the base dose's energy per area: a plane exposed uniformly at the
 * base dose absorbs 1. At hole {@code i} with dose factor {@code d_i}:
 * {@code E = [d_i·F + η·(ρ⊛g_β) + ν·(ρ⊛h_γ)] / (1 + η + ν)} (Chang 1975, with urpec's third
 * term), F the forward fraction at the centre or rim. The long-range part is read at the hole's
 * centre for its rim too: the rim is a hole radius (tens of nm) from the centre, the kernel varies
 * on β (µm).
 */
public final class ExposureModel {

    /** Grid cells per β of the backscatter grid (see {@link BackscatterGrid} for the error this costs). */
    public static final double DEFAULT_CELLS_PER_BETA = 4;

    private final HolePattern pattern;
    private final Psf psf;
    private final ForwardTerm[] forward;
    private final BackscatterGrid grid;
    private final Energies[] recent = new Energies[2];

    public ExposureModel(HolePattern pattern, Psf psf) {
        this(pattern, psf, DEFAULT_CELLS_PER_BETA);
    }

    public ExposureModel(HolePattern pattern, Psf psf, double cellsPerBeta) {
        if (pattern.size() == 0) {
            throw new IllegalArgumentException("no holes to expose");
        }
        this.pattern = pattern;
        this.psf = psf;
        this.forward = new ForwardTerm[pattern.shapes()];
        for (int k = 0; k < forward.length; k++) {
            forward[k] = ForwardTerm.of(pattern, pattern.diameterNm(k), psf.alphaNm());
        }
        this.grid = new BackscatterGrid(psf, pattern.centreBoundsNm(), psf.betaNm() / cellsPerBeta);
    }

    public HolePattern pattern() {
        return pattern;
    }

    public Psf psf() {
        return psf;
    }

    public ForwardTerm forward(int shape) {
        return forward[shape];
    }

    /** Edge length of the backscatter grid's cells, nm. */
    public double gridCellNm() {
        return grid.cellNm();
    }

    BackscatterGrid grid() {
        return grid;
    }

    /** All holes at the base dose. */
    public float[] uniformDose() {
        float[] d = new float[pattern.size()];
        Arrays.fill(d, 1f);
        return d;
    }

    /**
     * Absorbed energy at every hole's centre and rim for dose factors {@code dose}. The last two
     * results are kept: a design pass asks for the base dose's energies three times (probes,
     * development threshold, correction target) and for the corrected doses' twice.
     */
    public synchronized Energies energies(float[] dose) {
        if (dose.length != pattern.size()) {
            throw new IllegalArgumentException("one dose factor per hole: " + dose.length + " for " + pattern.size());
        }
        for (Energies e : recent) {
            if (e != null && Arrays.equals(e.dose, dose)) {
                return e;
            }
        }
        float[] longRange = grid.longRange(pattern, dose);
        Energies e = new Energies(longRange, dose.clone(), this);
        recent[1] = recent[0];
        recent[0] = e;
        return e;
    }

    /**
     * Absorbed energies of one exposure. Stored as the long-range part per hole; centre and rim
     * follow from the hole's dose and forward term.
     */
    public static final class Energies {
        private final float[] longRange;
        private final float[] dose;
        private final ExposureModel model;

        private Energies(float[] longRange, float[] dose, ExposureModel model) {
            this.longRange = longRange;
            this.dose = dose;
            this.model = model;
        }

        public int size() {
            return dose.length;
        }

        public double dose(int i) {
            return dose[i];
        }

        public double centre(int i) {
            ForwardTerm f = model.forward[model.pattern.shapeOf(i)];
            return (dose[i] * f.atCentre() + longRange[i]) / model.psf.norm();
        }

        public double rim(int i) {
            ForwardTerm f = model.forward[model.pattern.shapeOf(i)];
            return (dose[i] * f.atRim() + longRange[i]) / model.psf.norm();
        }

        /** The backscattered and mid-range share at hole {@code i}, normalised like the energies. */
        public double longRange(int i) {
            return longRange[i] / model.psf.norm();
        }
    }
}
