package org.jjmask.design;

import org.jjmask.design.spec.Key;
import org.jjmask.design.spec.Mapping;
import org.jjmask.design.spec.Section;
import org.jjmask.design.spec.SpecException;

/** {@code ebeam:}: the exposure the write-time estimate assumes (EBEAM.md's worked example by default). */
final class EbeamSection {

    static final Key DOSE = Key.number("dose_uC_cm2", "µC/cm²", 1e-3, 1e6, "area dose (state your resist's)")
            .defaultsTo(250.0);
    static final Key CURRENT = Key.number("current_nA", "nA", 1e-6, 1e6, "beam current").defaultsTo(2.0);

    static final Section SECTION = Section.of("ebeam", "the exposure: dose and current of the write-time estimate t = D·A/I",
            DOSE, CURRENT);

    private EbeamSection() {}

    static Spec.EbeamSpec read(Mapping m) throws SpecException {
        return new Spec.EbeamSpec(m.number(DOSE), m.number(CURRENT));
    }
}
