package org.jjmask.physics;

/**
 * A material's parameters of Finkel'stein's T_c(R_□) ({@link FilmTcModel.Finkelstein}): the γ of the
 * fit, the clean-film T_c0 the curve starts from, and where each comes from.
 *
 * <p>Where the literature gives the sheet resistance R_c at which a film series stops pairing, γ
 * follows from it in closed form ({@link #fromCriticalSheetResistance}): T_c = 0 where
 * 1/γ + r/4 = √(r/2), so γ = 1/(√(r_c/2) − r_c/4), r_c = R_c e²/(2π²ħ). R_c is the one number of a
 * T_c(R_□) series that an abstract states and that needs no T_c0 of the same films.
 *
 * @param gamma γ = ln(ħ/(k_B T_c0 τ)) &gt; 2 (below 2 the formula has no R_c)
 * @param cleanTc0K the clean-film (R_□ → 0) T_c0 the series extrapolates to (K); Finkel'stein's
 *     T_c0, not the preset's film T_c0 at its own R_□
 * @param criticalSheetResistanceOhm R_c, where T_c reaches 0 on this curve (Ω)
 * @param sourced true when γ rests on a published number (R_c of a film series), false when it is
 *     [pheno] (derived from the preset's own typical numbers)
 * @param source where γ, R_c and T_c0 come from
 */
public record FinkelsteinFit(double gamma, double cleanTc0K, double criticalSheetResistanceOhm, boolean sourced,
        String source) {

    /** Validates: γ &gt; 2, T_c0 and R_c positive and finite, a source. */
    public FinkelsteinFit {
        Checks.positive("cleanTc0K", cleanTc0K);
        Checks.positive("criticalSheetResistanceOhm", criticalSheetResistanceOhm);
        Checks.text("source", source);
        if (!(gamma > 2) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma must be finite and > 2: " + gamma);
        }
    }

    /** The fit whose curve reaches T_c = 0 at the published R_c. */
    public static FinkelsteinFit fromCriticalSheetResistance(double rcOhm, double cleanTc0K, String source) {
        Checks.positive("rcOhm", rcOhm);
        double r = rcOhm / FilmTcModel.Finkelstein.resistanceScaleOhm();
        double gamma = 1 / (Math.sqrt(r / 2) - r / 4);
        return new FinkelsteinFit(gamma, cleanTc0K, rcOhm, true, source);
    }

    /**
     * The [pheno] fit through the preset's own pair of numbers: the clean T_c0 and the film's T_c at
     * its R_□ (γ solved by bisection; the curve falls monotonically with γ at fixed R_□).
     */
    public static FinkelsteinFit throughFilm(double cleanTc0K, double filmTcK, double filmSheetResistanceOhm,
            String source) {
        double target = filmTcK / cleanTc0K;
        if (!(target > 0 && target < 1)) {
            throw new IllegalArgumentException("the film's T_c must lie below the clean T_c0: " + filmTcK);
        }
        double lo = 2.0001;
        double hi = 50;
        for (int k = 0; k < 200; k++) {
            double mid = (lo + hi) / 2;
            if (new FilmTcModel.Finkelstein(mid).tcK(1, filmSheetResistanceOhm) > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double gamma = (lo + hi) / 2;
        return new FinkelsteinFit(gamma, cleanTc0K, new FilmTcModel.Finkelstein(gamma).criticalSheetResistanceOhm(),
                false, source);
    }

    /** The film-T_c model of this fit. */
    public FilmTcModel.Finkelstein model() {
        return new FilmTcModel.Finkelstein(gamma);
    }
}
