package org.jjmask.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class PsfTest {

    /**
     * A uniformly exposed plane absorbs exactly its dose: ∫ f(r) 2πr dr = 1. Integrated piecewise
     * (0..10α, 10α..10β, 10β..∞ as far as each term reaches) with Gauss–Legendre to 1e-10 relative,
     * so the tolerance 1e-6 is the PSF's normalisation, not the quadrature's.
     */
    @ParameterizedTest
    @EnumSource(PsfPreset.class)
    void integratesToOne(PsfPreset preset) {
        Psf psf = preset.psf();
        var integ = new IterativeLegendreGaussIntegrator(16, 1e-12, 1e-14);
        double[] cuts = {0, 10 * psf.alphaNm(), 100 * psf.alphaNm(), psf.betaNm(), 10 * psf.betaNm(),
            psf.nu() > 0 ? 1000 * psf.gammaNm() : 10 * psf.betaNm(), psf.nu() > 0 ? 10000 * psf.gammaNm() : 10 * psf.betaNm()};
        java.util.Arrays.sort(cuts);
        double total = 0;
        for (int k = 0; k + 1 < cuts.length; k++) {
            if (cuts[k + 1] > cuts[k]) {
                total += integ.integrate(1_000_000, r -> psf.density(r) * 2 * Math.PI * r, cuts[k], cuts[k + 1]);
            }
        }
        assertThat(total).isCloseTo(1.0, within(1e-6));
    }

    /** EBEAM.md's table: Si 30 kV α 10 nm, β 2.85 µm, η 0.67; LiNbO3 flagged as SrTiO3's stand-in. */
    @Test
    void presetsCarryTheirSourceAndStandIn() {
        Psf si = PsfPreset.SI_30KV.psf();
        assertThat(si.alphaNm()).isEqualTo(10);
        assertThat(si.betaUm()).isEqualTo(2.85);
        assertThat(si.eta()).isEqualTo(0.67);
        assertThat(si.source()).contains("urpec");
        assertThat(si.standIn()).isEmpty();
        assertThat(PsfPreset.LINBO3_30KV.psf().standIn()).contains("SrTiO3");
        assertThat(PsfPreset.fromSpecName("GaAs_50kV")).contains(PsfPreset.GAAS_50KV);
    }

    @Test
    void userValuesOverrideThePreset() {
        Psf p = PsfPreset.SI_30KV.psf().overriddenBy(Optional.empty(), Optional.of(3.1), Optional.empty());
        assertThat(p.betaUm()).isEqualTo(3.1);
        assertThat(p.alphaNm()).isEqualTo(10);
        assertThat(p.source()).contains("overridden");
    }
}
