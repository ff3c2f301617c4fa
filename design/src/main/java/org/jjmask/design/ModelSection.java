package org.jjmask.design;

import org.jjmask.design.spec.Key;
import org.jjmask.design.spec.Mapping;
import org.jjmask.design.spec.Section;
import org.jjmask.design.spec.SpecException;
import org.jjmask.physics.ModelOptions;

/** {@code model:}: the physics' choices and phenomenological parameters, defaults as published. */
final class ModelSection {

    static final Key NORMAL_STATE = Key.choice("normal_state", "model", SpecName.names(Spec.NormalState.class),
            "laplace: R_□,eff from a solve on the unit cell of the written holes; maxwell_garnett: closed form "
                    + "with the neck channel").defaultsTo("laplace");
    static final Key CRITICAL_EJ_OVER_EC = Key.number("critical_ej_over_ec", "", 0, 100,
            "κ of the quantum correction: coherence needs E_J(0) > κ·E_C,eff (van der Zant 1996: 0.6–1)")
            .defaultsTo(ModelOptions.DEFAULT.criticalEjOverEc());
    static final Key DISSIPATIVE_THRESHOLD = Key.number("dissipative_threshold_ohm", "Ω", 1, 1e7,
            "R_th: dissipation α = R_th/R_S of the necks' quasiparticle shunt at ħω = 4E_C (Mattis–Bardeen) and "
                    + "R_env; charging acts as (1 − α)E_C (Schmid 1983, Chakravarty 1988, Hollen 2011)")
            .defaultsTo(ModelOptions.DEFAULT.dissipativeThresholdOhm());
    static final Key PHASE_SLIP_SCALE = Key.number("phase_slip_scale", "", 1e-9, 1e9,
            "the factor A of dissipative_phase_slips' R_sat = R_□,eff·A·Σ_necks e^−S that calibration fits")
            .defaultsTo(ModelOptions.DEFAULT.phaseSlipScale());
    static final Key COUPLING = Key.choice("coupling", "coupling", SpecName.names(Spec.Coupling.class),
            "I_cR_N of a tunnel junction (Ambegaokar–Baratoff) or a clean constriction (Kulik–Omelyanchuk, twice AB's)")
            .defaultsTo("ambegaokar_baratoff");

    static final Key TBKT = Key.choice("tbkt", "method", SpecName.names(Spec.TbktMethod.class),
            "k_B T_BKT/E_J: bkt_estimate takes the network kind's constant; monte_carlo measures it on the spec's own "
                    + "junction network (as jjmask mc, zero field), cached by a hash of the network and options")
            .defaultsTo("bkt_estimate");
    static final Key MC_LARGEST_SIZE = Key.whole("mc_largest_size", "", 8, 256,
            "tbkt: monte_carlo: the largest patch L in unit cells; the sizes are L/4, L/2, L down to 4")
            .defaultsTo((long) Spec.MonteCarloSpec.DEFAULT.largestSize());
    static final Key MC_SWEEPS = Key.whole("mc_sweeps", "", 100, 1_000_000,
            "tbkt: monte_carlo: measured sweeps per chain").defaultsTo((long) Spec.MonteCarloSpec.DEFAULT.sweeps());
    static final Key MC_SEED = Key.whole("mc_seed", "", 0, Long.MAX_VALUE,
            "tbkt: monte_carlo: the run's seed (same seed, same T_BKT)").defaultsTo(Spec.MonteCarloSpec.DEFAULT.seed());

    static final Key FILM_TC = Key.choice("film_tc", "model", SpecName.names(Spec.FilmTc.class),
            "bulk: the film pairs at material.tc0_K; finkelstein: T_c follows Finkel'stein's T_c(R_□) (1987) through "
                    + "material.tc0_K at the preset's R_□ (without a preset tc0_K is the clean film's), 0 beyond R_c").defaultsTo("bulk");
    static final Key FINKELSTEIN_GAMMA = Key.number("finkelstein_gamma", "", 2.01, 50,
            "γ = ln(ħ/k_BT_c0τ) of Finkel'stein's T_c(R_□); the presets' γ: NbN 9.21 and a-Bi 5.57 (from their "
                    + "film series' published R_c), MoGe 8.51 [pheno]")
            .defaultsTo("the material preset's γ, else 7 [pheno]", true);
    static final Key ANOMALOUS_METAL = Key.choice("anomalous_metal", "mechanism",
            SpecName.names(Spec.AnomalousMetal.class),
            "what sets R_sat: dissipative_phase_slips (vortices tunnel across the weakest necks, Shimshoni–Auerbach–"
                    + "Kapitulnik 1998) or weak_link_percolation (superconducting necks fail to percolate, Spivak–"
                    + "Zyuzin–Hruska 2001)").defaultsTo("dissipative_phase_slips");
    static final Key ENVIRONMENT = Key.number("environment_ohm", "Ω", 1, 1e12,
            "R_env: an Ohmic environment in parallel with each junction's quasiparticle shunt; absent: none")
            .optional();

    static final Section SECTION = Section.of("model", "the physics' model choices and phenomenological parameters",
            NORMAL_STATE, CRITICAL_EJ_OVER_EC, DISSIPATIVE_THRESHOLD, PHASE_SLIP_SCALE, COUPLING, FILM_TC,
            FINKELSTEIN_GAMMA, ANOMALOUS_METAL, ENVIRONMENT, TBKT, MC_LARGEST_SIZE, MC_SWEEPS, MC_SEED);

    private ModelSection() {}

    /** The preset's sourced (or [pheno]) γ, else {@link Spec.ModelSpec#DEFAULT_FINKELSTEIN_GAMMA}. */
    static double finkelsteinGamma(Spec.MaterialSpec material) {
        return org.jjmask.physics.Presets.finkelsteinFit(material.preset())
                .map(org.jjmask.physics.FinkelsteinFit::gamma).orElse(Spec.ModelSpec.DEFAULT_FINKELSTEIN_GAMMA);
    }

    /** The model section; γ defaults to the material preset's Finkel'stein fit when it has one. */
    static Spec.ModelSpec read(Mapping m, Spec.MaterialSpec material) throws SpecException {
        Spec.NormalState normal = m.choice(NORMAL_STATE, n -> SpecName.byName(Spec.NormalState.class, n));
        Spec.Coupling coupling = m.choice(COUPLING, n -> SpecName.byName(Spec.Coupling.class, n));
        Spec.FilmTc filmTc = m.choice(FILM_TC, n -> SpecName.byName(Spec.FilmTc.class, n));
        Spec.AnomalousMetal mechanism = m.choice(ANOMALOUS_METAL, n -> SpecName.byName(Spec.AnomalousMetal.class, n));
        Spec.TbktMethod tbkt = m.choice(TBKT, n -> SpecName.byName(Spec.TbktMethod.class, n));
        Spec.MonteCarloSpec mc = new Spec.MonteCarloSpec(m.whole(MC_LARGEST_SIZE), m.whole(MC_SWEEPS),
                m.wholeLong(MC_SEED));
        double gamma = m.number(FINKELSTEIN_GAMMA, finkelsteinGamma(material));
        // a preset's T_c0 is its own film's, at its own R_□: the curve runs through that point
        double reference = filmTc == Spec.FilmTc.FINKELSTEIN
                ? org.jjmask.physics.Presets.material(material.preset()).map(p -> p.sheetResistanceOhm()).orElse(0.0)
                : 0.0;
        double rc = new org.jjmask.physics.FilmTcModel.Finkelstein(gamma).criticalSheetResistanceOhm();
        if (reference >= rc) {
            throw m.fault(FINKELSTEIN_GAMMA, String.format(java.util.Locale.ROOT,
                    "%s puts R_c = %.4g Ω below the %.4g Ω of the preset %s, whose film pairs at material.tc0_K; "
                            + "take a smaller γ", Numbers.format(gamma), rc, reference, material.preset()));
        }
        return new Spec.ModelSpec(normal, m.number(CRITICAL_EJ_OVER_EC), m.number(DISSIPATIVE_THRESHOLD),
                m.number(PHASE_SLIP_SCALE), coupling, filmTc, gamma, reference, mechanism,
                m.optionalNumber(ENVIRONMENT), tbkt, mc, java.util.Optional.empty());
    }
}
