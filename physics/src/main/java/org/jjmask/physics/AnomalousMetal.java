package org.jjmask.physics;

import java.util.Locale;

/**
 * What sets the saturated resistance R_sat of an anomalous metal below T_BKT (issue 13; Kapitulnik,
 * Kivelson &amp; Spivak, RMP 91, 011002 (2019), arXiv:1712.07215, review both): a selectable, published
 * mechanism, each continuous in its inputs and vanishing at a boundary it names. Both are equilibrium
 * estimates: in hybrid InAs/Al arrays the saturation has been traced to a sample hotter than the
 * cryostat (Léonard et al., arXiv:2409.09835, microwave radiometry), so a measured R_sat above these
 * may be the wiring's, not the design's.
 */
public sealed interface AnomalousMetal permits AnomalousMetal.DissipativePhaseSlips,
        AnomalousMetal.WeakLinkPercolation {

    /** R_sat below this fraction of R_□,eff counts as zero resistance (MODEL.md §4). */
    double SUPERCONDUCTOR_FRACTION = 1e-3;

    /** The spec's name of the mechanism. */
    String specName();

    /** R_sat with its parameters and distance from the mechanism's boundary. */
    Saturation saturate(Inputs in);

    /**
     * What a mechanism reads.
     *
     * @param sheetResistanceEffOhm R_□,eff of the patterned film
     * @param links the necks at the base temperature
     * @param chargeAction S_Q = √(8E_J/((1 − α)E_C)) of the mean junction at the base temperature
     *     (+∞ without charging)
     * @param coordination z of the island network
     * @param rqOverRsq R_Q/R_□ of the film (the vortex action's conductance)
     */
    record Inputs(double sheetResistanceEffOhm, WeakLinks links, double chargeAction, int coordination,
            double rqOverRsq) {
    }

    /**
     * Dissipative quantum phase slips: vortices tunnel across the superconducting necks, their
     * motion dissipated by the normal electrons of their cores (Shimshoni, Auerbach &amp; Kapitulnik,
     * "Transport through quantum melts", PRL 80, 3352 (1998): a metal from dissipative quantum vortex
     * tunnelling; title and venue not confirmed with the search tools; the observation it explains:
     * Ephron, Yazdani, Kapitulnik &amp; Beasley, PRL 76, 1529 (1996), a-MoGe). The action of one
     * vortex crossing a neck of width w is Golubev–Zaikin's S_V = a·(R_Q/R_□)·w/ξ_n (Golubev &amp;
     * Zaikin, PRB 64, 014504 (2001), arXiv:cond-mat/0012104: S = A R_q X/(R_N ξ) for a wire of length X
     * and resistance R_N, i.e. A R_q w/(R_□ ξ) for a strip of width w; A of order one, here a = 1
     * [pheno]); a slip
     * driven by charging adds Matveev–Larkin–Glazman's e^{−S_Q}, S_Q = √(8E_J/E_C) (PRL 89, 096802
     * (2002)), with the one E_C weakened by the shunt as (1 − α)E_C. The rates of all necks add:
     * R_sat = R_□,eff·min(1, A·[p_normal + ∫ P(w)(e^{−S_V(w)} + e^{−S_Q}) dw]), A the calibration
     * factor ({@code model.phase_slip_scale}); the weakest necks decide. Boundary: R_sat = 10⁻³·R_□,eff.
     *
     * @param scale A
     */
    record DissipativePhaseSlips(double scale) implements AnomalousMetal {
        /** Validates A &gt; 0. */
        public DissipativePhaseSlips {
            Checks.positive("scale", scale);
        }

        @Override
        public String specName() {
            return "dissipative_phase_slips";
        }

        @Override
        public Saturation saturate(Inputs in) {
            WeakLinks l = in.links();
            double charge = Double.isInfinite(in.chargeAction()) ? 0.0 : Math.exp(-in.chargeAction());
            double rate = l.normal() + l.vortexRate() + l.superconducting() * charge;
            double ratio = Math.min(1.0, scale * rate);
            double r = in.sheetResistanceEffOhm() * ratio;
            double distance = ratio > 0 ? Math.log(ratio / SUPERCONDUCTOR_FRACTION) : Double.NEGATIVE_INFINITY;
            return new Saturation(specName(), r, Math.max(-1e3, distance), "ln(R_sat/(1e-3 R_sq,eff))",
                    String.format(Locale.ROOT, "A = %.3g; vortex action of the mean neck S_V = %s (a = 1, R_Q/R_sq = "
                            + "%.4g, w = %.4g nm); charge action S_Q = %s; normal necks %.3g, rate of the superconducting "
                            + "ones %.3g", scale, fmt(l.meanVortexAction(), "none: the mean neck does not pair"),
                            in.rqOverRsq(), l.meanNm(), fmt(in.chargeAction(), "inf: charging is fully screened"),
                            l.normal(), l.vortexRate()));
        }
    }

    /**
     * Inhomogeneity: superconducting necks that do not percolate through the disordered network
     * leave a metal whose resistance is that of the normal necks between superconducting clusters
     * (Spivak, Zyuzin &amp; Hruska, PRB 64, 132502 (2001), venue not confirmed with the search tools:
     * superconducting puddles in a metal, a quantum superconductor–metal transition; worked out for
     * grains in a metallic matrix by Spivak, Oreto &amp; Kivelson, arXiv:0803.2902, and in KKS 2019). Here the necks are superconducting (w &gt; w_c),
     * normal (0 &lt; w &lt; w_c) or cut, and R_sat is Kirkpatrick's effective-medium conductance of that
     * mixture on the network of coordination z (Kirkpatrick, RMP 45, 574 (1973)): with u = z/2 − 1 and
     * a = p_s − p_cut/u, R_sat/R_□,eff = (p_n − a u)/(p_n + a), 0 when p_s reaches the medium's
     * threshold 2/z. Boundary: p_s = 2/z.
     */
    record WeakLinkPercolation() implements AnomalousMetal {
        @Override
        public String specName() {
            return "weak_link_percolation";
        }

        @Override
        public Saturation saturate(Inputs in) {
            WeakLinks l = in.links();
            double u = in.coordination() / 2.0 - 1;
            double a = l.superconducting() - l.cut() / u;
            double num = l.normal() - a * u;
            double den = l.normal() + a;
            double ratio = num <= 0 ? 0.0 : den <= 0 ? 1.0 : Math.min(1.0, num / den);
            double pc = 2.0 / in.coordination();
            return new Saturation(specName(), in.sheetResistanceEffOhm() * ratio, l.superconducting() - pc,
                    "p_s - 2/z", String.format(Locale.ROOT, "superconducting necks p_s = %.4g (w > w_c = %.4g nm), "
                            + "normal %.4g, cut %.4g; effective-medium threshold 2/z = %.4g (z = %d)",
                            l.superconducting(), l.criticalNm(), l.normal(), l.cut(), pc, in.coordination()));
        }
    }

    /** An action as printed; an infinite one says why, since "inf" alone reads as an overflow. */
    private static String fmt(double v, String whyInfinite) {
        return Double.isInfinite(v) ? whyInfinite : String.format(Locale.ROOT, "%.4g", v);
    }

    /** The mechanism of this spec name. */
    static AnomalousMetal named(String name, double scale) {
        return switch (name) {
            case "dissipative_phase_slips" -> new DissipativePhaseSlips(scale);
            case "weak_link_percolation" -> new WeakLinkPercolation();
            default -> throw new IllegalArgumentException("unknown anomalous-metal mechanism " + name);
        };
    }
}
