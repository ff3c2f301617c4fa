package org.jjmask.physics;

/**
 * k_B T_BKT / E_J measured by the XY Monte Carlo on the design's own junction network
 * ({@code model.tbkt: monte_carlo}), replacing the network kind's tabulated constant
 * ({@link IslandNetwork#xyConstant()}). The couplings of a measured network already carry its
 * disorder, in units of the E_J of its mean junction, so the prediction takes the mean junction's
 * E_J with this constant and no separate stiffness factor [derived: T_BKT = c·J̄ of the measured
 * Hamiltonian, Minnhagen, Rev. Mod. Phys. 59, 1001 (1987) for the helicity-modulus jump it is read from].
 *
 * @param value k_B T_BKT / E_J of the mean junction
 * @param error its one-standard-deviation statistical error
 * @param description how it was measured (sizes, sweeps, seed), for the prediction's flag
 */
public record MeasuredXyConstant(double value, double error, String description) {
    public MeasuredXyConstant {
        Checks.positive("value", value);
        Checks.nonNegative("error", error);
        Checks.text("description", description);
    }
}
