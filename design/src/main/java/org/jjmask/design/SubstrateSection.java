package org.jjmask.design;

import org.jjmask.design.spec.Key;
import org.jjmask.design.spec.Mapping;
import org.jjmask.design.spec.Section;
import org.jjmask.design.spec.SpecException;
import org.jjmask.physics.Presets;
import org.jjmask.physics.Substrate;

/** {@code substrate:}: the dielectric under the film, which sets the islands' charging energy. */
final class SubstrateSection {

    static final Key PRESET = Key.choice("preset", "preset", Presets.substrates().stream().map(Substrate::name).toList(),
            "the substrate, for its low-temperature dielectric constant")
            .defaultsTo("the material preset's usual substrate, else SrTiO3", true).withAliases(Presets.substrateAliasNames());
    static final Key EPSILON = Key.numberOrRange("epsilon_r", "", 1.0, 1e6, "relative dielectric constant at low temperature")
            .defaultsTo("the preset's", true);

    static final Section SECTION = Section.of("substrate", "the substrate (charging energy)", PRESET, EPSILON);

    private SubstrateSection() {}

    static Spec.SubstrateSpec read(Mapping m, Spec.MaterialSpec material) throws SpecException {
        String name = m.optionalText(PRESET).orElse(material.preset().isEmpty() ? "SrTiO3"
                : Presets.usualSubstrate(material.preset()).orElse("SrTiO3"));
        Substrate preset = Presets.substrate(name).orElseThrow(() -> m.fault(PRESET, "unknown preset '" + name + "'"
                + Mapping.didYouMean(name, PRESET.choices())));
        double eps = m.number(EPSILON, preset.epsilonLowT());
        return new Spec.SubstrateSpec(preset.name(), eps, m.range(EPSILON, eps).map(r -> new Spec.Range(r[0], r[1])));
    }
}
