package org.jjmask.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The physics' ASCII notation as the report typesets it (issue 12), and what it leaves alone. */
class NotationTest {

    @Test
    void typesetsUnitsSymbolsAndSubscripts() {
        assertThat(Notation.typeset("R_sq,eff = 767.2 ohm +- 0.16 % (Richardson over grids of 193 and 719 cells)"))
                .isEqualTo("R_{□,eff} = 767.2 Ω ± 0.16 % (Richardson over grids of 193 and 719 cells)");
        assertThat(Notation.typeset("C = 8 eps0 r (eps+1)/2")).isEqualTo("C = 8 ε_{0} r (ε+1)/2");
        assertThat(Notation.typeset("1/sqrt(w_n^2 + Delta^2)")).isEqualTo("1/√(ω_{n}^{2} + Δ^{2})");
        assertThat(Notation.typeset("T_BKT = 14.25 K > T_base")).isEqualTo("T_{BKT} = 14.25 K > T_{base}");
        assertThat(Notation.typeset("H_c2,perp, xi_ab(0), eta_par, mu_B, Phi0"))
                .isEqualTo("H_{c2,⊥}, ξ_{ab}(0), η_{∥}, µ_{B}, Φ_{0}");
    }

    @Test
    void writesExponentsAsPowersOfTen() {
        assertThat(Notation.typeset("1.97e-14 F + 3 x 7.42e-15 F")).isEqualTo("1.97 × 10^{−14} F + 3 × 7.42 × 10^{−15} F");
        assertThat(Notation.typeset("< 1e-3 R_sq,eff")).isEqualTo("< 10^{−3} R_{□,eff}");
        assertThat(Notation.typeset("eps ~ 2e4")).isEqualTo("ε ∼ 2 × 10^{4}");
    }

    @Test
    void leavesKeysAndWordsAlone() {
        String keys = "min_feature_nm 20 nm, sheet_resistance_ohm, tbkt_K, hc2_perp_T, Pippard, steps, beta";
        assertThat(Notation.typeset(keys)).isEqualTo("min_feature_nm 20 nm, sheet_resistance_ohm, tbkt_K, hc2_perp_T, "
                + "Pippard, steps, β");
        assertThat(Notation.typeset("onset 9-15 K")).isEqualTo("onset 9–15 K");
        assertThat(Notation.typeset("ebeam.psf.beta_um 10, alpha_nm 5, diameter_sigma_nm 2"))
                .isEqualTo("ebeam.psf.beta_um 10, alpha_nm 5, diameter_sigma_nm 2");
    }
}
