package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class NetworkStiffnessTest {

    /** An n × n square grid of islands, unit spacing, bonds to the right and up with couplings from {@code j}. */
    private static double relativeOnGrid(int n, DoubleSupplier j, List<Double> drawn) {
        double[] x = new double[n * n];
        double[] y = new double[n * n];
        List<NetworkStiffness.Bond> bonds = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int i = r * n + c;
                x[i] = c;
                y[i] = r;
                if (c + 1 < n) {
                    double v = j.getAsDouble();
                    drawn.add(v);
                    bonds.add(new NetworkStiffness.Bond(i, i + 1, v));
                }
                if (r + 1 < n) {
                    double v = j.getAsDouble();
                    drawn.add(v);
                    bonds.add(new NetworkStiffness.Bond(i, i + n, v));
                }
            }
        }
        return NetworkStiffness.relative(x, y, bonds);
    }

    @Test
    void equalCouplingsGiveOne() {
        assertThat(relativeOnGrid(12, () -> 3.7, new ArrayList<>())).isCloseTo(1.0, within(1e-9));
    }

    /** A chain is couplings in series: harmonic over arithmetic mean, exactly (between the electrodes). */
    @Test
    void aChainIsItsHarmonicMean() {
        int n = 41;
        double[] x = new double[n];
        double[] y = new double[n];
        List<NetworkStiffness.Bond> bonds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        double[] j = {1, 4};
        for (int i = 0; i + 1 < n; i++) {
            bonds.add(new NetworkStiffness.Bond(i, i + 1, j[i % 2]));
        }
        // electrodes hold islands 0..4 and 36..40; the current crosses bonds 4→5 ... 35→36, sixteen
        // with J = 1 and sixteen with J = 4, in series
        assertThat(NetworkStiffness.conductance(x, bonds, true)).isCloseTo(1.0 / 32, within(1e-12));
        assertThat(NetworkStiffness.conductance(x, bonds, false)).isCloseTo(1 / (16 / 1.0 + 16 / 4.0), within(1e-9));
    }

    /**
     * Random couplings on a square grid: within the Wiener bounds, and for a 50/50 mixture of J1
     * and J2 close to Dykhne's exact self-dual value √(J1 J2) (Keller, J. Math. Phys. 5, 548
     * (1964); Dykhne, JETP 32, 63 (1971)).
     */
    @Test
    void randomGridIsBetweenTheBoundsAndNearTheSelfDualValue() {
        SplittableRandom rng = new SplittableRandom(11);
        double sum = 0;
        int runs = 6;
        for (int k = 0; k < runs; k++) {
            List<Double> drawn = new ArrayList<>();
            double r = relativeOnGrid(40, () -> rng.nextBoolean() ? 1.0 : 9.0, drawn);
            double arithmetic = drawn.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double harmonic = drawn.size() / drawn.stream().mapToDouble(v -> 1 / v).sum();
            assertThat(r).isBetween(harmonic / arithmetic, 1.0);
            sum += r;
        }
        // √(1·9) / 5 = 0.6
        assertThat(sum / runs).isCloseTo(0.6, within(0.03));
    }

    @Test
    void noPathBetweenTheElectrodesIsNaN() {
        double[] x = {0, 1, 10, 11};
        double[] y = {0, 0, 0, 0};
        List<NetworkStiffness.Bond> bonds = List.of(new NetworkStiffness.Bond(0, 1, 1), new NetworkStiffness.Bond(2, 3, 1));
        assertThat(NetworkStiffness.relative(x, y, bonds)).isNaN();
    }
}
