package org.jjmask.physics.laplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Grid axes, film fractions and face apertures. */
class GridTest {

    @Test
    void gradedAxesAreFineAtTheFociAndCoarseElsewhere() {
        GridAxis g = GridAxis.graded(1.0, 0.1, 1.3, new double[] {0.25, 0.99}, new double[] {0.001, 0.01});
        assertThat(g.period()).isEqualTo(1.0);
        assertThat(g.width(g.cellOf(0.25))).isLessThan(0.0015);
        assertThat(g.width(g.cellOf(0.99))).isLessThan(0.015);
        assertThat(g.width(g.cellOf(0.005))).isLessThan(0.02); // 0.015 from the focus at 0.99, across the wrap
        assertThat(g.maxWidth()).isLessThan(0.11);
        for (int i = 1; i < g.cells(); i++) {
            assertThat(g.width(i) / g.width(i - 1)).isBetween(1 / 1.35, 1.35);
        }
        GridAxis h = g.halved();
        assertThat(h.cells()).isEqualTo(2 * g.cells());
        assertThat(h.edge(2)).isEqualTo(g.edge(1));
        assertThat(GridAxis.uniform(2.0, 8).width(3)).isCloseTo(0.25, within(1e-15));
    }

    @Test
    void filmFractionsAddUpToTheFilmArea() {
        PeriodicCell cell = HoleLattice.KAGOME.circles(1.0, 0.7);
        FilmGrid g = FilmGrid.of(cell, GridAxis.uniform(cell.width(), 37), GridAxis.graded(cell.height(), 0.1, 1.2,
                new double[] {0.3}, new double[] {0.01}));
        assertThat(g.filmFraction()).isCloseTo(1 - cell.holeFraction(), within(1e-12));
    }

    @Test
    void openFaceLengthsAreTheFilmOnEachGridLine() {
        PeriodicCell cell = HoleLattice.TRIANGULAR.circles(1.0, 0.8);
        GridAxis x = GridAxis.uniform(cell.width(), 23);
        GridAxis y = GridAxis.uniform(cell.height(), 41);
        FaceGrid f = FaceGrid.of(cell, x, y);
        double[] east = f.east();
        for (int i = 0; i < x.cells(); i++) {
            double at = x.edge(i + 1);
            double open = 0;
            for (int j = 0; j < y.cells(); j++) {
                open += east[j * x.cells() + i] * y.width(j);
            }
            // holes at x = 0.5 (whole) and x = 0 and 1 (each half at y = 0 and half at y = √3)
            double blocked = 0;
            for (double cx : new double[] {0, 0.5, 1}) {
                double u = at - cx;
                if (Math.abs(u) < 0.4) {
                    blocked += 2 * Math.sqrt(0.16 - u * u);
                }
            }
            assertThat(open).as("line %d", i).isCloseTo(cell.height() - blocked, within(1e-12));
        }
    }
}
