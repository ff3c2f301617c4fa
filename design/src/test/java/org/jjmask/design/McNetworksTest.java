package org.jjmask.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jjmask.physics.mc.Lattice;
import org.jjmask.physics.mc.XyNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The extracted network closed on a torus is the island network of MODEL.md §1: the same
 * ground-state stiffness Σ J (e·x̂)²/A as the engine's own lattice (1/√3 honeycomb, 1 square, √3
 * triangular, 2/√3 dice, whatever the pitch), equal couplings on the grid, one plaquette per hole.
 */
class McNetworksTest {

    private static Spec spec(String type, double pitch, double d, String extra) throws Exception {
        return SpecReader.parse(SpecReaderTest.GOOD.replace("type: triangular", "type: " + type)
                .replace("pitch_nm: 100", "pitch_nm: " + pitch).replace("hole_diameter_nm: 70", "hole_diameter_nm: " + d)
                + extra, "t.yaml");
    }

    @ParameterizedTest
    @CsvSource({"triangular, 100, 70, HONEYCOMB", "square, 200, 120, SQUARE", "honeycomb, 100, 60, TRIANGULAR",
        "kagome, 100, 60, DICE"})
    void periodicSpecGivesTheLatticeNetwork(String holes, double pitch, double d, Lattice expected)
            throws Exception {
        Spec s = spec(holes, pitch, d, "");
        int holesPerCell = s.lattice().gridLattice(Designer.DBU_NM).basis().size();
        McNetworks.McFamily fam = McNetworks.of(s, 0, 3);
        assertThat(fam.scattered()).isFalse();
        assertThat(fam.draws()).isEqualTo(1);
        assertThat(fam.plaquettesPerCell()).isEqualTo(holesPerCell);
        XyNetwork net = fam.family().patch(4, 0);
        double[] g = net.groundStateStiffness();
        double want = expected.patch(4, 0).groundStateStiffness()[0];
        // the written grid rounds rows to 1 nm: the stiffness of the written lattice, within 0.3 %
        assertThat(Math.sqrt(g[0] * g[1])).isCloseTo(want, within(0.003 * want));
        for (int b = 0; b < net.bonds(); b++) {
            assertThat(net.coupling(b)).isCloseTo(1.0, within(0.02));
        }
        assertThat(net.faces().count()).isEqualTo(16 * holesPerCell);
    }

    @Test
    void fieldFractionIsRoundedToWholeFluxQuanta() throws Exception {
        McNetworks.McFamily fam = McNetworks.of(spec("square", 200, 120, ""), 0.3, 1);
        XyNetwork net = fam.family().patch(4, 0);
        double flux = 0;
        var faces = net.faces();
        for (int k = 0; k < faces.count(); k++) {
            for (int p = faces.start(k); p < faces.end(k); p++) {
                flux += faces.sign(p) * net.gauge(faces.bond(p));
            }
        }
        // f = 0.3 on 16 plaquettes holds 5 quanta: f = 5/16
        assertThat(Math.IEEEremainder(flux / (2 * Math.PI) / 16 - 5.0 / 16, 1.0 / 16)).isCloseTo(0, within(1e-9));
    }

    @Test
    void disorderedArrayGivesItsOwnWindowsWithSpreadCouplings() throws Exception {
        Spec s = SpecReader.parse(SpecReaderTest.GOOD.replace("length_um: 10", "length_um: 20")
                .replace("width_um: 2", "width_um: 8").replace("hole_diameter_nm: 70", "hole_diameter_nm: 55")
                + "fabrication:\n  preset: aao\n  seed: 3\n", "t.yaml");
        McNetworks.McFamily fam = McNetworks.of(s, 0, 2);
        assertThat(fam.scattered()).isTrue();
        XyNetwork a = fam.family().patch(8, 0);
        XyNetwork b = fam.family().patch(8, 1);
        assertThat(a.sites()).isGreaterThan(100);
        double[] j = a.couplings();
        double mean = java.util.Arrays.stream(j).average().orElseThrow();
        double var = java.util.Arrays.stream(j).map(v -> (v - mean) * (v - mean)).average().orElseThrow();
        assertThat(Math.sqrt(var)).as("coupling spread").isGreaterThan(0.02);
        assertThat(mean).isCloseTo(1.0, within(0.2));
        assertThat(b.couplings()).isNotEqualTo(j);
    }
}
