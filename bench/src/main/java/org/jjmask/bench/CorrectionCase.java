package org.jjmask.bench;

import org.jjmask.exposure.DoseCorrection;
import org.jjmask.exposure.ExposureModel;
import org.jjmask.exposure.HolePattern;
import org.jjmask.exposure.ProximityCorrection;
import org.jjmask.exposure.PsfPreset;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.HallBar;
import org.jjmask.layout.HoleShape;
import org.jjmask.layout.LatticeType;
import org.jjmask.layout.Layout;

/**
 * The proximity-correction workload: {@link HallBarDesign}'s fill case (1000 µm × 200 µm Hall bar,
 * two pairs of 20 × 50 µm arms, 200 nm triangular lattice of 140 nm 64-gons, 200 nm margin:
 * 5.87 million holes) on Si at 30 kV, corrected into 32 dose classes. Built from the layout API,
 * not the spec, so it does not move with the spec's keys.
 */
public final class CorrectionCase {

    private CorrectionCase() {}

    public static Layout layout() {
        return Layout.of(new HallBar(1000, 200, 2, 20, 50), GridLattice.of(LatticeType.TRIANGULAR, 200, 1),
                HoleShape.regular(140, 64, 1), 200, 1);
    }

    /** Holes as numbers, the exposure model and the correction: the whole step after the fill. */
    public static DoseCorrection correct(Layout layout) {
        HolePattern p = HolePattern.of(layout);
        return ProximityCorrection.dose(new ExposureModel(p, PsfPreset.SI_30KV.psf()), 32);
    }
}
