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
            "R_th: charging is screened as E_C·(1 − R_th/R_N); R_N > R_th with E_J < E_C is an insulator (Hollen 2011)")
            .defaultsTo(ModelOptions.DEFAULT.dissipativeThresholdOhm());
    static final Key PHASE_SLIP_SCALE = Key.number("phase_slip_scale", "", 1e-9, 1e9,
            "the factor A of R_sat = R_□,eff·A·e^−√(8E_J/E_C) that calibration fits")
            .defaultsTo(ModelOptions.DEFAULT.phaseSlipScale());
    static final Key COUPLING = Key.choice("coupling", "coupling", SpecName.names(Spec.Coupling.class),
            "I_cR_N of a tunnel junction (Ambegaokar–Baratoff) or a clean constriction (Kulik–Omelyanchuk, twice AB's)")
            .defaultsTo("ambegaokar_baratoff");

    static final Section SECTION = Section.of("model", "the physics' model choices and phenomenological parameters",
            NORMAL_STATE, CRITICAL_EJ_OVER_EC, DISSIPATIVE_THRESHOLD, PHASE_SLIP_SCALE, COUPLING);

    private ModelSection() {}

    static Spec.ModelSpec read(Mapping m) throws SpecException {
        Spec.NormalState normal = m.choice(NORMAL_STATE, n -> SpecName.byName(Spec.NormalState.class, n));
        Spec.Coupling coupling = m.choice(COUPLING, n -> SpecName.byName(Spec.Coupling.class, n));
        return new Spec.ModelSpec(normal, m.number(CRITICAL_EJ_OVER_EC), m.number(DISSIPATIVE_THRESHOLD),
                m.number(PHASE_SLIP_SCALE), coupling);
    }
}
