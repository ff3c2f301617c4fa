package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** MODEL.md §1 table. */
class IslandNetworkTest {

    /**
     * σ·R_N = Σ_bonds (x̂·ℓ_b)² / A_cell for one cell of each network with a = 1 (bond vectors listed
     * once per bond), so R_□,eff/R_N = A_cell / Σ(x̂·ℓ)².
     */
    private static double bondSumFactor(double cellArea, List<double[]> bonds) {
        double sum = 0;
        for (double[] b : bonds) {
            sum += b[0] * b[0];
        }
        return cellArea / sum;
    }

    private static List<double[]> star(int n, double length, double phase) {
        List<double[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            double ang = phase + 2 * Math.PI * i / n;
            out.add(new double[] {length * Math.cos(ang), length * Math.sin(ang)});
        }
        return out;
    }

    @Test
    void sheetToJunctionFactorsFromTheBondSum() {
        // honeycomb net from triangular holes: per hole (area √3/2) 3 bonds of length 1/√3
        assertThat(bondSumFactor(Math.sqrt(3) / 2, star(3, 1 / Math.sqrt(3), 0.3)))
                .isCloseTo(IslandNetwork.HONEYCOMB.sheetToJunctionFactor(), within(1e-12));
        // square: per hole (area 1) 2 bonds of length 1
        assertThat(bondSumFactor(1, List.of(new double[] {1, 0}, new double[] {0, 1})))
                .isCloseTo(IslandNetwork.SQUARE.sheetToJunctionFactor(), within(1e-12));
        // triangular net from honeycomb holes: per island (area 3√3/2) 3 bonds of length √3
        assertThat(bondSumFactor(3 * Math.sqrt(3) / 2, star(3, Math.sqrt(3), 0.1)))
                .isCloseTo(IslandNetwork.TRIANGULAR.sheetToJunctionFactor(), within(1e-12));
        // dice from kagome holes: per cell (area 2√3) 6 bonds of length 2/√3 around the hub
        assertThat(bondSumFactor(2 * Math.sqrt(3), star(6, 2 / Math.sqrt(3), 0.2)))
                .isCloseTo(IslandNetwork.DICE.sheetToJunctionFactor(), within(1e-12));
        assertThat(IslandNetwork.DICE.sheetToJunctionFactor()).isCloseTo(0.8660, within(1e-4));
    }

    @Test
    void tableValues() {
        assertThat(IslandNetwork.HONEYCOMB.coordination()).isEqualTo(3);
        assertThat(IslandNetwork.SQUARE.coordination()).isEqualTo(4);
        assertThat(IslandNetwork.TRIANGULAR.coordination()).isEqualTo(6);
        assertThat(IslandNetwork.DICE.coordination()).isEqualTo(4);
        assertThat(IslandNetwork.HONEYCOMB.xyConstant()).isEqualTo(0.575);
        assertThat(IslandNetwork.SQUARE.xyConstant()).isEqualTo(0.8929);
        // measured by the Monte Carlo of issue 17 (McConstants; BktTemperatureTest re-measures them)
        assertThat(IslandNetwork.TRIANGULAR.xyConstant()).isEqualTo(McConstants.TRIANGULAR);
        assertThat(IslandNetwork.DICE.xyConstant()).isEqualTo(McConstants.DICE);
        assertThat(IslandNetwork.DICE.xyConstantIsEstimate()).isFalse();
        assertThat(IslandNetwork.SQUARE.xyConstantIsEstimate()).isFalse();
    }

    @Test
    void holeLatticeNames() {
        assertThat(IslandNetwork.forHoleLattice("triangular")).contains(IslandNetwork.HONEYCOMB);
        assertThat(IslandNetwork.forHoleLattice(" Square ")).contains(IslandNetwork.SQUARE);
        assertThat(IslandNetwork.forHoleLattice("honeycomb")).contains(IslandNetwork.TRIANGULAR);
        assertThat(IslandNetwork.forHoleLattice("kagome")).contains(IslandNetwork.DICE);
        assertThat(IslandNetwork.forHoleLattice("penrose")).isEmpty();
        assertThat(IslandNetwork.forHoleLattice(null)).isEmpty();
    }
}
