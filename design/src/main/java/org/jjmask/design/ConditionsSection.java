package org.jjmask.design;

import org.jjmask.design.spec.Key;
import org.jjmask.design.spec.Mapping;
import org.jjmask.design.spec.Section;
import org.jjmask.design.spec.SpecException;

/** {@code conditions:}: where the phase is decided. */
final class ConditionsSection {

    static final Key BASE_TEMPERATURE = Key.number("base_temperature_K", "K", 1e-4, 1000,
            "the cryostat's base temperature, where the phase is decided").defaultsTo(0.05);

    static final Section SECTION = Section.of("conditions", "measurement conditions", BASE_TEMPERATURE);

    private ConditionsSection() {}

    static Spec.ConditionsSpec read(Mapping m) throws SpecException {
        return new Spec.ConditionsSpec(m.number(BASE_TEMPERATURE));
    }
}
