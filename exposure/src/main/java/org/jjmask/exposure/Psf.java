package org.jjmask.exposure;

import java.util.Optional;

/**
 * The electron point-spread function in the resist, a double Gaussian with an optional third
 * term, normalised so that a uniformly exposed plane absorbs exactly its dose:
 * {@code f(r) = [g_α(r) + η·g_β(r) + ν·h_γ(r)] / (1 + η + ν)} with
 * {@code g_s(r) = exp(−r²/s²)/(π s²)} and {@code h_γ(r) = exp(−√(r/γ))/(24π γ²)}.
 *
 * <p>Double Gaussian: T. H. P. Chang, J. Vac. Sci. Technol. 12, 1271 (1975), η = backscattered /
 * forward energy. Third term ν·exp(−√(r/γ)) for mid-range scattering: nicholgroup/urpec
 * "version 2" PSF ({@code psf3.m}); [pheno] here each term is normalised to unit energy (the
 * 24πγ² is ∫ exp(−√(r/γ)) 2πr dr) so that ν, like η, is an energy ratio to the forward term.
 *
 * @param alphaNm forward-scattering range α, nm
 * @param betaUm  backscattering range β, µm
 * @param eta     backscattered / forward energy η
 * @param nu      mid-range / forward energy ν (0: plain double Gaussian)
 * @param gammaNm mid-range length γ, nm (unused when ν = 0)
 * @param source  where the numbers come from ("user" for values given in the spec)
 * @param standIn when present, the substrate these numbers stand in for (no published fit for it)
 */
public record Psf(double alphaNm, double betaUm, double eta, double nu, double gammaNm, String source,
        Optional<String> standIn) {

    public Psf {
        if (!(alphaNm > 0) || !(betaUm > 0) || !(eta >= 0) || !(nu >= 0) || !(gammaNm > 0)) {
            throw new IllegalArgumentException("PSF needs alpha_nm > 0, beta_um > 0, eta >= 0, nu >= 0, gamma_nm > 0; got "
                    + alphaNm + ", " + betaUm + ", " + eta + ", " + nu + ", " + gammaNm);
        }
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(standIn, "standIn");
    }

    /** A user's double Gaussian. */
    public static Psf doubleGaussian(double alphaNm, double betaUm, double eta) {
        return new Psf(alphaNm, betaUm, eta, 0, 1, "user", Optional.empty());
    }

    /** This PSF with any of the user's values replacing the preset's (empty keeps the preset's). */
    public Psf overriddenBy(Optional<Double> alpha, Optional<Double> beta, Optional<Double> etaUser) {
        if (alpha.isEmpty() && beta.isEmpty() && etaUser.isEmpty()) {
            return this;
        }
        return new Psf(alpha.orElse(alphaNm), beta.orElse(betaUm), etaUser.orElse(eta), nu, gammaNm,
                source + " (overridden by user: " + (alpha.isPresent() ? "alpha " : "") + (beta.isPresent() ? "beta " : "")
                        + (etaUser.isPresent() ? "eta" : "").trim() + ")", standIn);
    }

    public double betaNm() {
        return betaUm * 1000;
    }

    /** Total weight 1 + η + ν: the denominator of the normalised PSF. */
    public double norm() {
        return 1 + eta + nu;
    }

    /** f(r), 1/nm², at distance {@code rNm} from the beam. */
    public double density(double rNm) {
        double a2 = alphaNm * alphaNm;
        double b2 = betaNm() * betaNm();
        double v = Math.exp(-rNm * rNm / a2) / (Math.PI * a2) + eta * Math.exp(-rNm * rNm / b2) / (Math.PI * b2);
        if (nu > 0) {
            v += nu * Math.exp(-Math.sqrt(rNm / gammaNm)) / (24 * Math.PI * gammaNm * gammaNm);
        }
        return v / norm();
    }

    /** Energy of the mid-range term within distance {@code rNm}, of its total ν: 1 − e^{−v}(1 + v + v²/2 + v³/6), v = √(r/γ). */
    public double thirdTermWithin(double rNm) {
        double v = Math.sqrt(rNm / gammaNm);
        return 1 - Math.exp(-v) * (1 + v + v * v / 2 + v * v * v / 6);
    }
}
