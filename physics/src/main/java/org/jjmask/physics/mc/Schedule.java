package org.jjmask.physics.mc;

/**
 * What one Monte Carlo step does and how long a chain runs. The default step, 1 Metropolis + 2
 * over-relaxation sweeps (+ a Wolff cluster sweep where there are no gauge phases), is the one
 * SIMULATION.md measured.
 *
 * @param metropolis Metropolis sweeps per step
 * @param overRelaxation over-relaxation sweeps per step
 * @param wolff a Wolff cluster sweep per step where the network allows it
 * @param thermalisation steps discarded before measuring
 * @param measurements steps measured (one measurement per step)
 * @param bins bins the measurements are grouped in for the errors (jackknife over bins)
 */
public record Schedule(int metropolis, int overRelaxation, boolean wolff, int thermalisation, int measurements,
        int bins) {

    public Schedule {
        if (metropolis < 0 || overRelaxation < 0 || metropolis + overRelaxation == 0 && !wolff) {
            throw new IllegalArgumentException("a step must do something");
        }
        if (thermalisation < 0 || bins < 2 || measurements < bins) {
            throw new IllegalArgumentException("need thermalisation ≥ 0, bins ≥ 2 and at least one measurement per bin");
        }
    }

    /** The default step with {@code measurements} measured steps, a fifth as many thermalising, 20 bins. */
    public static Schedule of(int measurements) {
        int m = Math.max(20, measurements - measurements % 20);
        return new Schedule(1, 2, true, Math.max(100, m / 5), m, 20);
    }

    public Schedule withMeasurements(int m, int thermal) {
        return new Schedule(metropolis, overRelaxation, wolff, thermal, m, bins);
    }
}
