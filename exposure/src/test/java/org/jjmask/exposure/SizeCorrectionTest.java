package org.jjmask.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizeCorrectionTest {

    /**
     * Biased holes print at the nominal size: every hole within 1 nm of the nominal printed
     * diameter (the database unit rounds the drawn diameter to 1 nm, which moves the printed one
     * by about as much; uncorrected the corner prints 9 nm small). The edge holes are drawn larger
     * than the bulk's, the bulk keeps its size.
     */
    @Test
    void biasedHolesPrintAtTheNominalSize() {
        HolePattern p = HolePattern.of(AbsorbedEnergyTest.rectangle(20, 20, 100, 70));
        ExposureModel m = new ExposureModel(p, PsfPreset.SI_30KV.psf());
        PrintedGeometry before = Development.calibrated(m).atProbes(m.energies(m.uniformDose()));
        assertThat(p.diameterNm(0) - before.corner().printedDiameterNm()).isGreaterThan(5);
        SizeCorrection s = SizeCorrection.size(m);
        assertThat(s.residualNm()).isLessThan(1.0);
        assertThat(s.classes().size()).isGreaterThan(2);
        ProbeHoles h = ProbeHoles.of(p);
        double bulk = s.pattern().diameterNm(s.pattern().shapeOf(h.bulk()));
        double corner = s.pattern().diameterNm(s.pattern().shapeOf(h.corner()));
        assertThat(Math.abs(bulk - p.diameterNm(0))).isLessThanOrEqualTo(1.0);
        assertThat(corner).isGreaterThan(bulk + 3);
        assertThat(s.classes().stream().mapToLong(SizeCorrection.SizeClass::holes).sum()).isEqualTo(p.size());
    }
}
