package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The per-hole regime of a hole lattice at high field (Bezryadin &amp; Pannetier 1994). */
class HoleLoopFieldTest {

    private static final double PHI0 = Constants.PHI0;
    private static final double NM2 = Constants.NM * Constants.NM;

    /**
     * Nb-like: 240 nm holes, 160 nm necks, ξ = 10 nm. The regime starts where ℓ = w/4; the period lies
     * between one quantum through the hole (Φ0/πR²) and one through a loop a magnetic length larger, and
     * is larger than the plaquette's Φ0/a² for a 400 nm square lattice.
     */
    @Test
    void cleanHolesOscillateOnceperQuantumThroughALoopHuggingTheWall() {
        double r = 120;
        double w = 160;
        double tc = 9.0;
        HoleLoopField h = HoleLoopField.of(r, Double.POSITIVE_INFINITY, w, 0.693 * 100, tc, BcsGap.gap0J(tc, 3.53));
        double from = PHI0 / (2 * Math.PI * (w / 4) * (w / 4) * NM2);
        assertThat(h.validFromT()).isCloseTo(from, within(1e-12));
        assertThat(h.reached()).isTrue();
        assertThat(h.loopState()).isTrue();
        double periodT = h.periodMT().getAsDouble() * 1e-3;
        double ell = Math.sqrt(PHI0 / (2 * Math.PI * from)) / Constants.NM;
        assertThat(periodT).isLessThan(PHI0 / (Math.PI * r * r * NM2))
                .isGreaterThan(PHI0 / (Math.PI * (r + ell) * (r + ell) * NM2));
        assertThat(periodT).isGreaterThan(PHI0 / (400.0 * 400.0 * NM2));
        assertThat(h.loopRadiusNm().getAsDouble()).isBetween(r, r + ell);
        // T_c along the loops: below the film's, above the bulk Landau level's at the same field (clean walls help)
        for (HoleLoopField.Point p : h.points()) {
            assertThat(p.ratio()).isLessThan(1.0);
            assertThat(p.tcK()).isLessThan(tc);
        }
        // the winding number only grows with the field
        for (int k = 1; k < h.points().size(); k++) {
            assertThat(h.points().get(k).winding()).isGreaterThanOrEqualTo(h.points().get(k - 1).winding());
        }
    }

    /** ψ → 0 on the walls (b ≪ ℓ): no loop state, no per-hole period. */
    @Test
    void pairBreakingWallsBindNoLoop() {
        HoleLoopField h = HoleLoopField.of(120, 0.01, 160, 69.3, 9.0, BcsGap.gap0J(9.0, 3.53));
        assertThat(h.loopState()).isFalse();
        assertThat(h.periodMT()).isEmpty();
        assertThat(h.loopRadiusNm()).isEmpty();
    }

    /** Necks so narrow that ℓ = w/4 needs a field far above H_c2: the regime is not reached. */
    @Test
    void narrowNecksPushTheRegimeAboveHc2() {
        // w = 8 nm: ℓ = 2 nm, B ≈ 82 T, far above the Pauli limit of a 9 K film (≈ 17 T)
        HoleLoopField h = HoleLoopField.of(30, Double.POSITIVE_INFINITY, 8, 69.3, 9.0, BcsGap.gap0J(9.0, 3.53));
        assertThat(h.reached()).isFalse();
        assertThat(h.points()).hasSize(1);
        assertThat(h.points().get(0).tcK()).isZero();
    }
}
