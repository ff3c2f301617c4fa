package org.jjmask.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.jjmask.physics.gl.EdgeCondition;
import org.jjmask.physics.gl.GlCell;
import org.jjmask.physics.gl.SurfaceState;
import org.jjmask.physics.laplace.FilmGrid;
import org.jjmask.physics.laplace.GridAxis;
import org.jjmask.physics.laplace.HoleLattice;
import org.junit.jupiter.api.Test;

/** The written cell in a perpendicular field against closed forms and the plain film. */
class CellInFieldTest {

    private static final double XI0 = 5.4;
    private static final double TC = 15.0;
    private static final double GAP = BcsGap.gap0J(TC, Constants.BCS_GAP_RATIO);

    private static CellField cell(HoleLattice lattice, double pitch, double dOverA, double bOverA) {
        return new CellField(lattice, pitch, dOverA, bOverA, CriticalFields.glXiSquaredNm2(XI0), TC, GAP, 0.0);
    }

    @Test
    void aStraightCleanWallGivesSaintJamesAndDeGennes() {
        // Saint-James & de Gennes 1963: ε = 0.5901, H_c3/H_c2 = 1.695
        assertThat(SurfaceState.ratio(Double.POSITIVE_INFINITY)).isCloseTo(0.59010, within(2e-4));
        assertThat(1 / SurfaceState.ratio(Double.POSITIVE_INFINITY)).isCloseTo(CriticalFields.SURFACE_FACTOR,
                within(1e-3));
        // ψ = 0 on the wall: no surface state, the bulk Landau level
        assertThat(SurfaceState.ratio(0.0)).isCloseTo(1.0, within(1e-6));
        assertThat(SurfaceState.ratio(0.3)).isGreaterThan(SurfaceState.ratio(3.0));
        assertThat(SurfaceState.ratio(3.0)).isGreaterThan(SurfaceState.ratio(Double.POSITIVE_INFINITY));
    }

    @Test
    void theCommittedTableIsWhatTheSolverGives() {
        // a few entries of cell-in-field.csv re-solved: the table is a cache, not a fit
        assertThat(CellInField.table()).hasSizeGreaterThan(19 * 21);
        for (double[] e : List.of(new double[] {0.7, 1.0}, new double[] {0.3, 0.25}, new double[] {0.9, 12.0})) {
            CellInField.Key k = new CellInField.Key(HoleLattice.TRIANGULAR, e[0], Double.POSITIVE_INFINITY, e[1]);
            assertThat(CellInField.table()).containsKey(k);
            assertThat(CellInField.table().get(k))
                    .isCloseTo(CellInField.solve(HoleLattice.TRIANGULAR, e[0], Double.POSITIVE_INFINITY, e[1]),
                            within(1e-9));
        }
    }

    @Test
    void cleanHolesNucleateAboveThePlainFilm() {
        // Bezryadin & Pannetier 1994: a film with a lattice of holes has a higher T_c in perpendicular field
        for (double d : new double[] {0.3, 0.5, 0.7, 0.9}) {
            CellField c = cell(HoleLattice.TRIANGULAR, 100, d, Double.POSITIVE_INFINITY);
            for (double t : new double[] {0.05, 7.5, 13.0}) {
                double film = CriticalFields.at(t, TC, XI0, 5, 0, GAP).perpT();
                double patterned = CriticalFields.at(t, c, XI0, 5, 0, 0, 0).perpT();
                assertThat(patterned).as("D/a %s at %s K: %s against %s", d, t, patterned, film)
                        .isGreaterThanOrEqualTo(film);
            }
        }
        // and the same holes with ψ = 0 walls confine the nucleus instead: below the plain film
        double plain = CellInField.plainLandau(HoleLattice.TRIANGULAR, 20);
        assertThat(CellInField.lambdaA2(HoleLattice.TRIANGULAR, 0.7, 0.0, 20)).isGreaterThan(plain);
        assertThat(CellInField.lambdaA2(HoleLattice.TRIANGULAR, 0.7, Double.POSITIVE_INFINITY, 20)).isLessThan(plain);
    }

    @Test
    void atHighFieldTheCellGoesToTheStraightWall() {
        // ℓ_B ≪ holes and necks: the mode sits on the walls, r = λ/λ_LLL → 1/1.695 (here within the
        // grid's −2 % wall error and the holes' curvature), and nearer it the higher the field
        double sj = SurfaceState.ratio(Double.POSITIVE_INFINITY);
        double r16 = CellInField.node(HoleLattice.TRIANGULAR, 0.7, Double.POSITIVE_INFINITY, 16);
        double r48 = CellInField.node(HoleLattice.TRIANGULAR, 0.7, Double.POSITIVE_INFINITY, 48);
        assertThat(Math.abs(r48 - sj)).isLessThan(Math.abs(r16 - sj));
        assertThat(r48 / sj).isCloseTo(1.0, within(0.05));
        // beyond the last node the curve continues to the straight wall
        double far = CellInField.lambdaA2(HoleLattice.TRIANGULAR, 0.7, Double.POSITIVE_INFINITY, 4800)
                / CellInField.plainLandau(HoleLattice.TRIANGULAR, 4800);
        assertThat(far).isCloseTo(sj, within(0.003));
    }

    @Test
    void theLowFieldTcOfBPeaksAtOneFluxQuantumPerHoleCell() {
        // the seed's period: Φ0/A_hole = 238.8 mT for a triangular lattice of a = 100 nm
        CellField seed = cell(HoleLattice.TRIANGULAR, 100, 0.7, Double.POSITIVE_INFINITY);
        assertThat(seed.cellPeriodMT() / 238.8).isCloseTo(1.0, within(1e-3));
        assertThat(seed.cellPeriodMT()).isCloseTo(FluxPeriod.periodMT(Math.sqrt(3) / 2 * 100 * 100), within(1e-9));
        // T_c(B) at quarter quanta: its maxima at whole numbers of quanta per hole cell
        double[] f = CellInField.tcOfBFlux();
        double[] tc = new double[f.length];
        for (int k = 0; k < f.length; k++) {
            tc[k] = seed.tcAtNodeK(f[k]);
        }
        for (int k = 1; k < f.length - 1; k++) {
            boolean peak = tc[k] > tc[k - 1] && tc[k] > tc[k + 1];
            assertThat(peak).as("peak at f = %s", f[k]).isEqualTo(f[k] == Math.rint(f[k]));
        }
        // finer, on a wire-like square network: λ(f) at eighths is lowest at f = 1 and 2 within ± 1/2
        FilmGrid g = GlCell.tile(FilmGrid.of(HoleLattice.SQUARE.circles(1.0, 0.8), GridAxis.uniform(1, 32),
                GridAxis.uniform(1, 32)), 1, 8);
        double[] lam = new double[25];
        for (int k = 0; k < lam.length; k++) {
            lam[k] = GlCell.lowest(g, EdgeCondition.CLEAN, k).eigenvalue();
        }
        for (int n = 1; n <= 2; n++) {
            int lowest = 8 * n - 4;
            for (int k = 8 * n - 4; k <= 8 * n + 4; k++) {
                lowest = lam[k] < lam[lowest] ? k : lowest;
            }
            assertThat(lowest).as("lowest lambda within half a quantum of f = %s", n).isEqualTo(8 * n);
        }
    }

    @Test
    void interpolationBetweenNodesStaysNearADirectSolve() {
        // D/a = 0.725 between the 0.70 and 0.75 nodes, f = 10 between 8 and 12
        double direct = CellInField.solve(HoleLattice.TRIANGULAR, 0.725, Double.POSITIVE_INFINITY, 10.0);
        double interp = CellInField.lambdaA2(HoleLattice.TRIANGULAR, 0.725, Double.POSITIVE_INFINITY, 10.0)
                / CellInField.plainLandau(HoleLattice.TRIANGULAR, 10.0);
        assertThat(interp / direct).isCloseTo(1.0, within(0.03));
    }
}
