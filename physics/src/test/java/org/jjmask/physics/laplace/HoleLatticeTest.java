package org.jjmask.physics.laplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The super-cells reproduce the lattices of MODEL.md §1: distances, coordination, porosity. */
class HoleLatticeTest {

    /** Distances from site s to every site image, sorted, nearest first. */
    private static double[] distances(HoleLattice l, int s) {
        List<double[]> sites = l.siteCentres(1.0);
        double w = l.widthPerPitch();
        double h = l.heightPerPitch();
        double[] out = new double[sites.size() * 25];
        int n = 0;
        for (double[] t : sites) {
            for (int i = -2; i <= 2; i++) {
                for (int j = -2; j <= 2; j++) {
                    double dx = t[0] + i * w - sites.get(s)[0];
                    double dy = t[1] + j * h - sites.get(s)[1];
                    out[n++] = Math.hypot(dx, dy);
                }
            }
        }
        java.util.Arrays.sort(out);
        return out;
    }

    @Test
    void everySiteHasItsNeighboursAtThePitch() {
        int[] coordination = {4, 6, 3, 4}; // square, triangular, honeycomb, kagome
        for (HoleLattice l : HoleLattice.values()) {
            for (int s = 0; s < l.sites(); s++) {
                double[] d = distances(l, s);
                assertThat(d[0]).isZero(); // itself
                int z = coordination[l.ordinal()];
                for (int k = 1; k <= z; k++) {
                    assertThat(d[k]).as("%s site %d neighbour %d", l, s, k).isCloseTo(1.0, within(1e-12));
                }
                assertThat(d[z + 1]).as("%s site %d", l, s).isGreaterThan(1.0 + 1e-9);
            }
        }
    }

    @Test
    void porosityMatchesTheModelTable() {
        double dd = 0.6 * 0.6;
        assertThat(HoleLattice.SQUARE.circles(1, 0.6).holeFraction()).isCloseTo(Math.PI * dd / 4, within(1e-14));
        assertThat(HoleLattice.TRIANGULAR.circles(1, 0.6).holeFraction())
                .isCloseTo(Math.PI * dd / (2 * Math.sqrt(3)), within(1e-14));
        assertThat(HoleLattice.HONEYCOMB.circles(1, 0.6).holeFraction())
                .isCloseTo(Math.PI * dd / (3 * Math.sqrt(3)), within(1e-14));
        assertThat(HoleLattice.KAGOME.circles(1, 0.6).holeFraction())
                .isCloseTo(Math.sqrt(3) * Math.PI * dd / 8, within(1e-14));
    }

    @Test
    void necksSitMidwayBetweenNeighbours() {
        List<Neck> necks = Necks.of(HoleLattice.TRIANGULAR.circles(1, 0.8), 0.5);
        // 2 holes x 6 neighbours / 2 = 6 necks per cell, each 0.2 wide
        assertThat(necks).hasSize(6).allSatisfy(n -> assertThat(n.width()).isCloseTo(0.2, within(1e-12)));
        assertThat(necks).anySatisfy(n -> {
            assertThat(n.x()).isCloseTo(0.5, within(1e-12));
            assertThat(n.y()).isCloseTo(0.0, within(1e-12));
        });
        List<Neck> poly = Necks.of(HoleLattice.SQUARE.withHoles(1, (x, y) -> new PolygonHole(
                new double[] {x - 0.4, x + 0.4, x + 0.4, x - 0.4}, new double[] {y - 0.4, y - 0.4, y + 0.4, y + 0.4})), 0.25);
        assertThat(poly).hasSize(2).allSatisfy(n -> assertThat(n.width()).isCloseTo(0.2, within(1e-12)));
    }
}
