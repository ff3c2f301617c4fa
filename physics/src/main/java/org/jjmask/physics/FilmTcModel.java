package org.jjmask.physics;

/**
 * The unpatterned film's mean-field T_c against its disorder (MODEL.md §9, "film T_c against
 * disorder"): the material's bulk-like T_c0 as given, or Finkel'stein's suppression by the
 * disorder-enhanced Coulomb repulsion in two dimensions.
 */
public sealed interface FilmTcModel permits FilmTcModel.AsGiven, FilmTcModel.Finkelstein {

    /** The film's T_c (K) for the material's T_c0 and sheet resistance R_□; 0 when it does not pair. */
    double tcK(double tc0K, double sheetResistanceOhm);

    /** The default: T_c0 as the material gives it, for any R_□. */
    record AsGiven() implements FilmTcModel {
        @Override
        public double tcK(double tc0K, double sheetResistanceOhm) {
            return tc0K;
        }
    }

    /**
     * Finkel'stein (JETP Lett. 45, 46 (1987); Physica B 197, 636 (1994)):
     * T_c/T_c0 = e^γ [(1/γ + r/4 − √(r/2)) / (1/γ + r/4 + √(r/2))]^{1/√(2r)},
     * r = R_□ e²/(2π²ħ), γ = ln(ħ/(k_BT_c0τ)) &gt; 0 (ħ/τ ≫ k_BT_c0), τ the elastic scattering time,
     * T_c0 the clean film's; T_c → 0 where 1/γ + r/4 = √(r/2). This is the form the film series are
     * fitted with (e.g. Kang et al., J. Phys.: Condens. Matter 24, 475702 (2012), NbN; Ivry et al., PRB
     * 90, 214515 (2014) collect such series; both abstracts checked). Its first order in r,
     * ln(T_c/T_c0) = −(γ³/6 − γ²/4) r, has the γ³ = ln³(ħ/k_BT_cτ) of the perturbative Coulomb
     * correction (Maekawa–Fukuyama) it resums. Thickness enters through R_□ (R_□ = ρ/d). γ per material:
     * {@link Presets#finkelsteinFit}.
     *
     * <p>The given T_c0 holds at a reference sheet resistance R_ref and the film follows the curve
     * through that point: T_c(R_□) = T_c0 · F(R_□)/F(R_ref), F the bracket above. R_ref = 0 makes
     * T_c0 the clean film's (Finkel'stein's own); a preset's T_c0 is a thin film's at the preset's
     * R_□, which the spec passes as R_ref so that the preset's film keeps its T_c and a dirtier
     * (thinner) one falls along the curve. The clean T_c0 this implies is
     * {@link #cleanTc0K(double)}.
     *
     * @param gamma γ &gt; 0
     * @param referenceSheetResistanceOhm R_ref ≥ 0, below the curve's R_c
     */
    record Finkelstein(double gamma, double referenceSheetResistanceOhm) implements FilmTcModel {
        /** Validates: γ finite and &gt; 0, R_ref ≥ 0 and below R_c (a film there would not pair at all). */
        public Finkelstein {
            Checks.positive("gamma", gamma);
            Checks.nonNegative("referenceSheetResistanceOhm", referenceSheetResistanceOhm);
            if (referenceSheetResistanceOhm > 0 && !(suppression(gamma, referenceSheetResistanceOhm) > 0)) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "the reference R_sq %.4g ohm lies beyond R_c of gamma %.4g", referenceSheetResistanceOhm,
                        gamma));
            }
        }

        /** T_c0 as the clean film's (R_ref = 0). */
        public Finkelstein(double gamma) {
            this(gamma, 0.0);
        }

        @Override
        public double tcK(double tc0K, double sheetResistanceOhm) {
            double f = suppression(gamma, sheetResistanceOhm);
            return f == 0 ? 0.0 : tc0K * f / suppression(gamma, referenceSheetResistanceOhm);
        }

        /** For the validity note: γ, the reference and R_c. */
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "Finkel'stein gamma %.4g, T_c0 at R_sq %.4g ohm, R_c %.4g ohm",
                    gamma, referenceSheetResistanceOhm, criticalSheetResistanceOhm());
        }

        /** The clean-film T_c0 (R_□ → 0) of the curve through (R_ref, tc0K). */
        public double cleanTc0K(double tc0K) {
            return tc0K / suppression(gamma, referenceSheetResistanceOhm);
        }

        /** Finkel'stein's T_c/T_c0 of the clean film: 1 at R_□ = 0, 0 from R_c on. */
        static double suppression(double gamma, double sheetResistanceOhm) {
            double r = sheetResistanceOhm / resistanceScaleOhm();
            if (r == 0) {
                return 1.0;
            }
            double a = 1 / gamma + r / 4;
            double s = Math.sqrt(r / 2);
            if (a <= s) {
                return 0.0;
            }
            double lnRatio = gamma + Math.log((a - s) / (a + s)) / Math.sqrt(2 * r);
            return Math.exp(Math.min(0.0, lnRatio));
        }

        /** 2π²ħ/e² (Ω), the resistance with which R_□ enters as r = R_□ e²/(2π²ħ) = R_□/(2π²ħ/e²). */
        public static double resistanceScaleOhm() {
            return 2 * Math.PI * Math.PI * Constants.HBAR / (Constants.E * Constants.E);
        }

        /** The sheet resistance (Ω) where T_c reaches 0: 1/γ + r/4 = √(r/2). */
        public double criticalSheetResistanceOhm() {
            double s = 1 - Math.sqrt(1 - 2 / gamma);
            double r = 2 * s * s;
            return r * 2 * Math.PI * Math.PI * Constants.HBAR / (Constants.E * Constants.E);
        }
    }
}
