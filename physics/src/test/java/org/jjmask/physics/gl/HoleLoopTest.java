package org.jjmask.physics.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The loop state around one hole in field against its closed-form limits. */
class HoleLoopTest {

    /** Saint-James &amp; de Gennes (1963): a straight clean wall nucleates at ε = 0.5901 (H_c3 = 1.695 H_c2). */
    @Test
    void aLargeCleanHoleIsTheStraightWall() {
        double last = 1.0;
        for (double rho : new double[] {1, 2, 5, 10, 20, 40}) {
            double e = HoleLoop.lowest(rho, Double.POSITIVE_INFINITY).ratio();
            // the wall curves away from the film: the loop sits higher than on a straight wall, less so as R grows
            assertThat(e).isLessThan(last).isGreaterThan(0.5901 - 1e-3);
            last = e;
        }
        assertThat(last).isCloseTo(0.5901, within(0.012));
    }

    /** ψ = 0 on the wall (b → 0), or no hole: nothing below the bulk Landau level, ε = 1. */
    @Test
    void pairBreakingWallsAndVanishingHolesLeaveTheLandauLevel() {
        for (double rho : new double[] {0.5, 2, 10, 30}) {
            assertThat(HoleLoop.lowest(rho, 0).ratio()).isCloseTo(1.0, within(1e-4));
        }
        assertThat(HoleLoop.lowest(0, Double.POSITIVE_INFINITY).ratio()).isEqualTo(1.0);
        // a small clean hole binds weakly: between the straight wall and the bulk
        assertThat(HoleLoop.lowest(0.5, Double.POSITIVE_INFINITY).ratio()).isBetween(0.7, 1.0);
    }

    /** A finite b: the large hole tends to the straight wall with the same b ({@link SurfaceState}). */
    @Test
    void finiteWallsTendToTheStraightWallsRatio() {
        for (double beta : new double[] {0.5, 1, 3}) {
            double straight = SurfaceState.node(beta);
            double loop = HoleLoop.lowest(40, beta).ratio();
            assertThat(loop).isGreaterThanOrEqualTo(straight - 1e-3).isCloseTo(straight, within(0.012));
        }
    }

    /**
     * The winding number steps by one per flux quantum through the loop: the loop is larger than the
     * hole (it sits off the wall) by less than about one magnetic length.
     */
    @Test
    void theWindingStepsOncePerQuantumThroughTheLoop() {
        // lengths in ℓ at flux φ through the hole: ρ_R² = 2φ
        int last = HoleLoop.lowest(Math.sqrt(2 * 8.0), Double.POSITIVE_INFINITY).angularMomentum();
        double first = Double.NaN;
        double prev = Double.NaN;
        int steps = 0;
        for (double phi = 8.0; phi <= 14.0; phi += 0.005) {
            int l = HoleLoop.lowest(Math.sqrt(2 * phi), Double.POSITIVE_INFINITY).angularMomentum();
            if (l != last) {
                assertThat(l).isEqualTo(last + 1);
                if (Double.isNaN(first)) {
                    first = phi;
                }
                prev = phi;
                steps++;
                last = l;
            }
        }
        assertThat(steps).isGreaterThanOrEqualTo(5);
        // flux through the hole per step = (R/R_loop)²; R_loop − R in ℓ at R ≈ √(2·11) ℓ ≈ 4.7 ℓ
        double perStep = (prev - first) / (steps - 1);
        double rho = Math.sqrt(2 * 11.0);
        double loopMinusHole = rho / Math.sqrt(perStep) - rho;
        assertThat(perStep).isLessThan(1.0);
        assertThat(loopMinusHole).isBetween(0.1, 1.0);
    }
}
