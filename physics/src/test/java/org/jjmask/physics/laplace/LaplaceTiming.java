package org.jjmask.physics.laplace;

import java.util.Locale;

/**
 * Not a test: the measurement behind {@link Resolution#DEFAULT}'s figures. For every lattice and
 * 0.05 ≤ D/a ≤ 0.99 it times one default solve (after a warm-up) and compares it with Rayleigh's
 * series (square, triangular) or a {@link Resolution#FINE} solve (honeycomb, kagome). Run after
 * {@code mvn -B -ntp -pl physics -am verify}:
 * <pre>
 * java -cp physics/target/classes:physics/target/test-classes:$HOME/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar \
 *     org.jjmask.physics.laplace.LaplaceTiming
 * </pre>
 */
public final class LaplaceTiming {

    private LaplaceTiming() {
    }

    public static void main(String[] args) {
        RayleighMultipole square = RayleighMultipole.square(60);
        RayleighMultipole hex = RayleighMultipole.hexagonal(60);
        for (int i = 0; i < 30; i++) {
            SheetSolver.solve(HoleLattice.KAGOME.circles(1, 0.2 + 0.02 * i), Direction.X, Resolution.DEFAULT);
        }
        double worstError = 0;
        double worstRatio = 0;
        double slowest = 0;
        System.out.println("lattice     D/a    R*/R_sq     est      ref        error     ms   cells(fine grid)");
        for (HoleLattice l : HoleLattice.values()) {
            double total = 0;
            int n = 0;
            for (double d : new double[] {0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95,
                0.97, 0.98, 0.99}) {
                PeriodicCell cell = l.circles(1, d);
                long t0 = System.nanoTime();
                SheetEstimate e = SheetSolver.solve(cell, Direction.X, Resolution.DEFAULT);
                double ms = (System.nanoTime() - t0) / 1e6;
                double ref = switch (l) {
                    case SQUARE -> square.resistanceFactor(d, 60);
                    case TRIANGULAR -> hex.resistanceFactor(d, 60);
                    default -> SheetSolver.solve(cell, Direction.X, Resolution.FINE).resistanceFactor();
                };
                double err = e.resistanceFactor() / ref - 1;
                worstError = Math.max(worstError, Math.abs(err));
                worstRatio = Math.max(worstRatio, Math.abs(e.resistanceFactor() - ref) / e.errorEstimate());
                slowest = Math.max(slowest, ms);
                total += ms;
                n++;
                System.out.printf(Locale.ROOT, "%-10s %5.2f %10.5f %8.1e %10.5f %+9.1e %6.1f %6d%n", l, d,
                        e.resistanceFactor(), e.relativeError(), ref, err, ms,
                        e.grids().get(e.grids().size() - 1).unknowns());
            }
            System.out.printf(Locale.ROOT, "%s: mean %.1f ms per solve%n", l, total / n);
        }
        System.out.printf(Locale.ROOT, "largest error %.2e, largest |error|/estimate %.2f, slowest solve %.1f ms%n",
                worstError, worstRatio, slowest);
    }
}
