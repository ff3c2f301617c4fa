package org.jjmask.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProximityCorrectionTest {

    /**
     * The criterion: after correction every hole's rim energy is within half a class step
     * of the bulk's (the target: the bulk hole's rim energy at the base dose). Checked on every
     * hole of a 40 × 30 µm array (β = 2.85 µm) from the energies recomputed with the quantised doses.
     */
    @Test
    void everyRimWithinHalfAClassStep() {
        HolePattern p = HolePattern.of(AbsorbedEnergyTest.rectangle(40, 30, 100, 70));
        ExposureModel model = new ExposureModel(p, PsfPreset.SI_30KV.psf());
        DoseCorrection c = ProximityCorrection.dose(model, 32);
        assertThat(c.classes()).hasSizeLessThanOrEqualTo(32);
        double halfStep = Math.sqrt(1 + c.classStep()) - 1;
        var after = model.energies(c.doseFactors());
        for (int i = 0; i < p.size(); i++) {
            assertThat(Math.abs(after.rim(i) / c.targetRim() - 1)).as("hole %d", i).isLessThanOrEqualTo(halfStep);
        }
        assertThat(c.residual()).isLessThanOrEqualTo(halfStep).isGreaterThan(0);
        // the bulk keeps the base dose; the corner needs the most: 1/0.708 of the rim energy at the
        // corner is reached by raising the corner's own forward term (F_rim 0.46 of 0.455·1.67)
        assertThat(c.classes().get(c.bulkClass()).doseFactor()).isEqualTo(1.0);
        ProbeHoles probes = ProbeHoles.of(p);
        assertThat(c.classes().get(c.classOf(probes.corner())).doseFactor()).isGreaterThan(1.4);
        assertThat(c.classes().stream().mapToLong(DoseClass::holes).sum()).isEqualTo(p.size());
        // only holes within a few β of the edge leave the bulk's class: fewer than the ring 4β wide
        double ringArea = 40e3 * 30e3 - (40e3 - 8 * 2850) * (30e3 - 8 * 2850);
        assertThat(c.holesOutsideBulkClass()).isLessThan((long) (ringArea / p.lattice().areaPerHole()));
    }

    /** An unconverged or unquantised correction is caught: with 3 classes the step is coarse but the bound still holds. */
    @Test
    void fewClassesGiveACoarserStepAndLargerResidual() {
        HolePattern p = HolePattern.of(AbsorbedEnergyTest.rectangle(20, 20, 100, 70));
        ExposureModel model = new ExposureModel(p, PsfPreset.SI_30KV.psf());
        DoseCorrection fine = ProximityCorrection.dose(model, 32);
        DoseCorrection coarse = ProximityCorrection.dose(model, 3);
        assertThat(coarse.classStep()).isGreaterThan(fine.classStep());
        assertThat(coarse.residual()).isGreaterThan(fine.residual());
        assertThat(coarse.residual()).isLessThanOrEqualTo(Math.sqrt(1 + coarse.classStep()) - 1);
        assertThat(fine.iterations()).isBetween(1, 100);
        assertThat(fine.classStep()).isCloseTo(Math.pow(maxFactor(fine) / 1.0, 1.0 / 30) - 1, within(0.01));
    }

    private static double maxFactor(DoseCorrection c) {
        return c.classes().get(c.classes().size() - 1).doseFactor();
    }
}
