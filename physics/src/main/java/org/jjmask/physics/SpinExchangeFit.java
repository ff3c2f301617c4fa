package org.jjmask.physics;

import java.util.OptionalDouble;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The in-plane spin-exchange factor η∥ a film must have for its unpatterned WHH/Maki anisotropy
 * γ = H_c2∥/H_c2⊥ at T → 0 to take a measured value ({@link CriticalFields#at(double, double, double,
 * double, double, double, double)}, no necks, λ_so = 0). γ falls monotonically with η∥ (the
 * in-plane Zeeman term is (1 + η∥)ζ), so Brent's method on η∥ ∈ [0, {@value #ETA_MAX}] finds it.
 * η∥ has no source but the film's measured anisotropy, so it is a function of the film's other
 * numbers: the uncertainty propagation draws the measured γ and re-fits η∥ for each drawn film,
 * and the fit cannot go stale when the combination of orbital and spin limits changes (the Nd
 * preset's η∥ = 0.78 was fitted to γ = 1.2 under the quadrature sum used before WHH).
 */
public final class SpinExchangeFit {
    private SpinExchangeFit() {
    }

    /** The upper end of the search; a film with η∥ = 10 is Pauli-limited in plane at a tenth of H_P. */
    public static final double ETA_MAX = 10.0;

    /** γ of the unpatterned film {@code m} with η∥ = {@code eta} at T → 0. */
    public static double filmAnisotropy(Material m, double eta) {
        return filmAnisotropy(m.tc0K(), m.coherenceLengthNm(), m.thicknessNm(), m.gapRatio(), eta);
    }

    /** γ at T → 0 of an unpatterned film with these numbers (K, nm, nm, 2Δ0/k_BT_c) and η∥ = {@code eta}. */
    public static double filmAnisotropy(double tc0K, double xi0Nm, double thicknessNm, double gapRatio, double eta) {
        double gap0 = BcsGap.gap0J(tc0K, gapRatio);
        return CriticalFields.at(0.0, tc0K, xi0Nm, thicknessNm, -1, gap0, eta).anisotropy();
    }

    /**
     * η∥ for which {@code m}'s unpatterned film has γ(T → 0) = {@code gamma}; 0 when the film's orbital
     * and Zeeman limits alone already give γ ≤ {@code gamma}.
     *
     * @throws IllegalArgumentException if even η∥ = {@value #ETA_MAX} leaves γ above {@code gamma}
     */
    public static double etaForFilmAnisotropy(Material m, double gamma) {
        return fit(m.tc0K(), m.coherenceLengthNm(), m.thicknessNm(), m.gapRatio(), gamma)
                .orElseThrow(() -> new IllegalArgumentException("no in-plane exchange term up to " + ETA_MAX
                        + " gives gamma " + gamma + " for " + m.name()));
    }

    /**
     * η∥ for which the film with these numbers has γ(T → 0) = {@code gamma} (0 when it needs none); empty
     * when no η∥ up to {@value #ETA_MAX} brings γ down to it (an orbitally limited film: the measured γ
     * then says nothing about η∥).
     */
    public static OptionalDouble fit(double tc0K, double xi0Nm, double thicknessNm, double gapRatio, double gamma) {
        Checks.positive("gamma", gamma);
        if (filmAnisotropy(tc0K, xi0Nm, thicknessNm, gapRatio, 0.0) <= gamma) {
            return OptionalDouble.of(0.0);
        }
        if (filmAnisotropy(tc0K, xi0Nm, thicknessNm, gapRatio, ETA_MAX) > gamma) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(new BrentSolver(1e-9, 1e-7).solve(200,
                e -> filmAnisotropy(tc0K, xi0Nm, thicknessNm, gapRatio, e) - gamma, 0.0, ETA_MAX));
    }
}
