package org.jjmask.physics.laplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The discrete solve on cases with exact answers. */
class GridSolverTest {

    @Test
    void aPlainFilmHasItsOwnSheetResistanceOnAnyGrid() {
        PeriodicCell plain = new PeriodicCell(1.0, Math.sqrt(3), List.of());
        GridAxis x = GridAxis.graded(1.0, 0.1, 1.3, new double[] {0.2}, new double[] {0.003});
        GridAxis y = GridAxis.uniform(Math.sqrt(3), 17);
        for (Direction d : Direction.values()) {
            assertThat(GridSolver.solve(FaceGrid.of(plain, x, y), d).conductance()).isCloseTo(1.0, within(1e-12));
            assertThat(GridSolver.solve(FilmGrid.of(plain, x, y), d).conductance()).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void aSlotAcrossTheCellConductsAlongItAndIsolatesAcross() {
        // film strips 0.7 wide between slots that span the period: σ_x = 0.7 exactly, σ_y = 0
        PeriodicCell slot = new PeriodicCell(1.0, 1.0, List.of(new PolygonHole(new double[] {-0.1, 1.1, 1.1, -0.1},
                new double[] {0.35, 0.35, 0.65, 0.65})));
        SheetEstimate x = SheetSolver.solve(slot, Direction.X, Resolution.DEFAULT);
        assertThat(x.resistanceFactor()).isCloseTo(1 / 0.7, within(1e-12));
        SheetEstimate y = SheetSolver.solve(slot, Direction.Y, Resolution.DEFAULT);
        assertThat(y.isolated()).isTrue();
        assertThat(y.resistanceFactor()).isInfinite();
        assertThat(y.errorEstimate()).isZero();
    }

    @Test
    void overlappingHolesLeaveIsolatedIslandsAnInfiniteResistanceNotNaN() {
        for (HoleLattice l : HoleLattice.values()) {
            for (Scheme s : Scheme.values()) {
                Resolution r = new Resolution(12, 3, 2, 1.3, 32, 2, s);
                SheetEstimate e = SheetSolver.solve(l.circles(1.0, 1.08), Direction.X, r);
                assertThat(e.isolated()).as("%s %s", l, s).isTrue();
                assertThat(e.resistanceFactor()).isEqualTo(Double.POSITIVE_INFINITY);
                assertThat(e.relativeError()).isZero();
                assertThat(e.grids()).allSatisfy(g -> assertThat(g.conducts()).isFalse());
            }
        }
    }

    @Test
    void touchingNecksStillConductWhenNarrowerThanACell() {
        // w = 1e-4 a, far below the finest cell (a/384): a face still crosses the neck
        SheetEstimate e = SheetSolver.solve(HoleLattice.SQUARE.circles(1.0, 0.9999), Direction.X, Resolution.DEFAULT);
        assertThat(e.isolated()).isFalse();
        assertThat(e.resistanceFactor()).isFinite().isGreaterThan(200);
    }
}
