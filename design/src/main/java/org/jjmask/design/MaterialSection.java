package org.jjmask.design;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.jjmask.design.spec.Key;
import org.jjmask.design.spec.Mapping;
import org.jjmask.design.spec.Section;
import org.jjmask.design.spec.SpecException;
import org.jjmask.physics.Material;
import org.jjmask.physics.Presets;

/** {@code material:}: the film, from a preset or its numbers; explicit numbers override the preset. */
final class MaterialSection {

    /** 2Δ(0)/k_BT_c of weak-coupling BCS theory (Bardeen, Cooper & Schrieffer 1957). */
    static final double BCS_GAP_RATIO = 3.528;

    static final Key PRESET = Key.choice("preset", "preset", Presets.materials().stream().map(Material::name).toList(),
            "a film whose numbers come from its sources (jjmask predict --list-presets)").optional()
            .withAliases(Presets.materialAliasNames());
    static final Key THICKNESS = Key.numberOrRange("thickness_nm", "nm", 0.1, 10_000, "film thickness")
            .defaultsTo("the preset's", true);
    static final Key TC0 = Key.numberOrRange("tc0_K", "K", 0.01, 200, "the unpatterned film's transition temperature")
            .defaultsTo("the preset's", true);
    static final Key SHEET_RESISTANCE = Key.numberOrRange("sheet_resistance_ohm", "Ω", 1e-3, 1e7,
            "normal-state sheet resistance just above T_c").defaultsTo("the preset's", true);
    static final Key COHERENCE = Key.numberOrRange("coherence_length_nm", "nm", 0.1, 10_000,
            "Ginzburg–Landau coherence length ξ(0), in plane").defaultsTo("the preset's", true);
    static final Key GAP_RATIO = Key.numberOrRange("gap_ratio", "", 3.0, 10, "2Δ(0)/(k_B T_c)")
            .defaultsTo("the preset's, else 3.528 (BCS)", true);
    static final Key SPIN_EXCHANGE = Key.numberOrRange("spin_exchange_par", "", 0, 10,
            "η∥, the in-plane spin-exchange term of magnetic rare-earth ions; the preset's is re-fitted in each "
                    + "uncertainty draw to the drawn film's measured H_c2∥/H_c2⊥, a number of your own is held fixed")
            .defaultsTo("the preset's, else 0", true);

    static final Section SECTION = Section.of("material", "the film: a preset, or its numbers (which override a preset's)",
            PRESET, THICKNESS, TC0, SHEET_RESISTANCE, COHERENCE, GAP_RATIO, SPIN_EXCHANGE);

    private MaterialSection() {}

    static Spec.MaterialSpec read(Mapping m) throws SpecException {
        Optional<Material> p = m.has(PRESET) ? Optional.of(m.choice(PRESET, Presets::material)) : Optional.empty();
        double thickness = m.number(THICKNESS, from(p, Material::thicknessNm));
        double tc0 = m.number(TC0, from(p, Material::tc0K));
        double rs = m.number(SHEET_RESISTANCE, from(p, Material::sheetResistanceOhm));
        double xi = m.number(COHERENCE, from(p, Material::coherenceLengthNm));
        double gap = m.number(GAP_RATIO, p.map(Material::gapRatio).orElse(BCS_GAP_RATIO));
        double eta = m.number(SPIN_EXCHANGE, p.map(Material::spinExchangePar).orElse(0.0));
        Map<String, Spec.Range> ranges = new LinkedHashMap<>();
        range(m, THICKNESS, thickness, ranges);
        range(m, TC0, tc0, ranges);
        range(m, SHEET_RESISTANCE, rs, ranges);
        range(m, COHERENCE, xi, ranges);
        range(m, GAP_RATIO, gap, ranges);
        range(m, SPIN_EXCHANGE, eta, ranges);
        return new Spec.MaterialSpec(p.map(Material::name).orElse(""), thickness, tc0, rs, xi, gap, eta, ranges);
    }

    /** The spec's own range of a number ({@code {value, range}}), by key name, when given. */
    private static void range(Mapping m, Key k, double value, Map<String, Spec.Range> into) throws SpecException {
        Optional<double[]> r = m.range(k, value);
        if (r.isPresent()) {
            into.put(k.name(), new Spec.Range(r.get()[0], r.get()[1]));
        }
    }

    private static OptionalDouble from(Optional<Material> p, ToDoubleFunction<Material> f) {
        return p.isPresent() ? OptionalDouble.of(f.applyAsDouble(p.get())) : OptionalDouble.empty();
    }
}
