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
     * r = R_□ e²/(2π²ħ), γ = ln(ħ/(k_BT_c0τ)), τ the elastic scattering time; T_c → 0 where
     * 1/γ + r/4 = √(r/2). Thickness enters through R_□ (R_□ = ρ/d for a film of resistivity ρ), the
     * form the NbN and MoGe fits use (e.g. Graybeal &amp; Beasley, PRB 29, 4167 (1984); Kang et al.,
     * J. Phys. Condens. Matter 24, 475702 (2012)). γ is a fit parameter per material [pheno for every
     * preset here: no sourced value is shipped; typical fits give γ ≈ 5–8].
     *
     * @param gamma γ &gt; 0
     */
    record Finkelstein(double gamma) implements FilmTcModel {
        /** Validates: γ finite and &gt; 0. */
        public Finkelstein {
            Checks.positive("gamma", gamma);
        }

        @Override
        public double tcK(double tc0K, double sheetResistanceOhm) {
            double r = sheetResistanceOhm * Constants.E * Constants.E / (2 * Math.PI * Math.PI * Constants.HBAR);
            if (r == 0) {
                return tc0K;
            }
            double a = 1 / gamma + r / 4;
            double s = Math.sqrt(r / 2);
            if (a <= s) {
                return 0.0;
            }
            double lnRatio = gamma + Math.log((a - s) / (a + s)) / Math.sqrt(2 * r);
            return tc0K * Math.exp(Math.min(0.0, lnRatio));
        }

        /** The sheet resistance (Ω) where T_c reaches 0: 1/γ + r/4 = √(r/2). */
        public double criticalSheetResistanceOhm() {
            double s = 1 - Math.sqrt(1 - 2 / gamma);
            double r = 2 * s * s;
            return r * 2 * Math.PI * Math.PI * Constants.HBAR / (Constants.E * Constants.E);
        }
    }
}
