package org.jjmask.physics.mc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The field enters only through the gauge phases: plaquette sums, gauge changes and the
 * symmetries f → f + 1, f → −f (SIMULATION.md, Model: "free checks").
 */
class GaugeTest {

    /**
     * Every plaquette of every periodic patch, seams included, carries 2π·B·S_p/Φ0 (mod 2π) — Green's
     * theorem for the Landau gauge, the magnetic translation across the seams — and the traced faces
     * tile the torus (Euler: faces = bonds − sites).
     */
    @ParameterizedTest
    @CsvSource({"SQUARE, 6, 0.5", "SQUARE, 8, 0.125", "TRIANGULAR, 6, 0.5", "TRIANGULAR, 4, 0.0625",
        "HONEYCOMB, 4, 0.25", "KAGOME, 4, 0.25", "DICE, 6, 0.5", "DICE, 4, 0.75"})
    void plaquetteFluxIsTwoPiBTimesArea(Lattice lattice, int size, double f) {
        XyNetwork net = lattice.patch(size, f);
        Faces faces = net.faces();
        assertThat(faces.count()).isEqualTo(net.bonds() - net.sites());
        assertThat(faces.totalArea()).isCloseTo(net.area(), within(1e-9 * net.area()));
        double b = f / lattice.cell().plaquetteArea();
        for (int k = 0; k < faces.count(); k++) {
            double sum = 0;
            for (int p = faces.start(k); p < faces.end(k); p++) {
                sum += faces.sign(p) * net.gauge(faces.bond(p));
            }
            double expected = 2 * Math.PI * b * faces.area(k);
            assertThat(Math.IEEEremainder(sum - expected, 2 * Math.PI)).as("face %d", k).isCloseTo(0, within(1e-9));
        }
    }

    /** Open networks: the plain Landau gauge, any f, every bounded face has its flux. */
    @Test
    void openNetworkFlux() {
        XyNetwork torus = Lattice.HONEYCOMB.patch(4, 0);
        XyNetwork open = XyNetwork.open(xs(torus), ys(torus), new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 0},
                new double[] {1, 1, 1, 1}, 0.37, 1.0);
        // four points of a honeycomb patch, joined in a loop; whatever its shape, flux = 2π·0.37·S
        Faces faces = open.faces();
        for (int k = 0; k < faces.count(); k++) {
            double sum = 0;
            for (int p = faces.start(k); p < faces.end(k); p++) {
                sum += faces.sign(p) * open.gauge(faces.bond(p));
            }
            assertThat(sum).isCloseTo(2 * Math.PI * 0.37 * faces.area(k), within(1e-9));
        }
    }

    @Test
    void periodicPatchRefusesFractionalTotalFlux() {
        assertThatThrownBy(() -> Lattice.SQUARE.patch(8, 0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("integer total flux");
    }

    private static double meanEnergy(XyNetwork net, long seed) {
        return Chain.run(net, 1.0, Schedule.of(3000), RandomSource.L64_X128_MIX.create(seed)).energyPerSite().value();
    }

    private static double energyError(XyNetwork net, long seed) {
        return Chain.run(net, 1.0, Schedule.of(3000), RandomSource.L64_X128_MIX.create(seed)).energyPerSite().error();
    }

    /**
     * A random gauge change θ_i → θ_i + χ_i, A_b → A_b + χ_i − χ_j leaves the model unchanged, so
     * ⟨E⟩ agrees within the errors (4σ of the difference: fails by chance once in ~10⁴ runs).
     */
    @Test
    void randomGaugeChangeKeepsTheEnergy() {
        XyNetwork net = Lattice.SQUARE.patch(8, 0.125);
        SplittableRandom r = new SplittableRandom(4);
        double[] chi = new double[net.sites()];
        for (int i = 0; i < chi.length; i++) {
            chi[i] = 2 * Math.PI * r.nextDouble();
        }
        double[] a = net.gauges();
        for (int b = 0; b < a.length; b++) {
            a[b] += chi[net.from(b)] - chi[net.to(b)];
        }
        XyNetwork changed = net.withGauge(a);
        assertThat(changed.unfrustrated()).isFalse();
        double e1 = meanEnergy(net, 1);
        double e2 = meanEnergy(changed, 2);
        double s = Math.hypot(energyError(net, 1), energyError(changed, 2));
        assertThat(Math.abs(e1 - e2)).isLessThan(4 * s);
        // and a pure gauge on f = 0 is no frustration at all: same energy as the plain lattice
        XyNetwork plain = Lattice.SQUARE.patch(8, 0);
        double[] g = plain.gauges();
        for (int b = 0; b < g.length; b++) {
            g[b] += chi[plain.from(b)] - chi[plain.to(b)];
        }
        double e3 = meanEnergy(plain.withGauge(g), 3);
        double e4 = meanEnergy(plain, 4);
        assertThat(Math.abs(e3 - e4)).isLessThan(4 * Math.hypot(energyError(plain, 4), energyError(plain.withGauge(g), 3)));
    }

    /** f → f + 1 changes every A_b by a multiple of 2π on the square lattice; f → −f is a mirror. */
    @Test
    void periodicityAndMirrorInTheField() {
        XyNetwork f = Lattice.SQUARE.patch(8, 0.125);
        XyNetwork f1 = Lattice.SQUARE.patch(8, 1.125);
        XyNetwork fm = Lattice.SQUARE.patch(8, -0.125);
        for (int b = 0; b < f.bonds(); b++) {
            assertThat(Math.IEEEremainder(f1.gauge(b) - f.gauge(b), 2 * Math.PI)).isCloseTo(0, within(1e-9));
        }
        double e = meanEnergy(f, 5);
        double s = energyError(f, 5);
        assertThat(Math.abs(meanEnergy(f1, 6) - e)).isLessThan(4 * Math.hypot(s, energyError(f1, 6)));
        assertThat(Math.abs(meanEnergy(fm, 7) - e)).isLessThan(4 * Math.hypot(s, energyError(fm, 7)));
        // the field matters: f = 1/8 lies clearly above the unfrustrated energy
        assertThat(e).isGreaterThan(meanEnergy(Lattice.SQUARE.patch(8, 0), 8) + 20 * s);
    }

    private static double[] xs(XyNetwork n) {
        return new double[] {n.x(0), n.x(1), n.x(3), n.x(2)};
    }

    private static double[] ys(XyNetwork n) {
        return new double[] {n.y(0), n.y(1), n.y(3), n.y(2)};
    }
}
