package org.jjmask.design;

import java.util.OptionalDouble;
import org.jjmask.design.spec.Key;
import org.jjmask.design.spec.Mapping;
import org.jjmask.design.spec.Section;
import org.jjmask.design.spec.SpecException;
import org.jjmask.layout.VariationPreset;
import org.jjmask.physics.FabricationPreset;

/** {@code fabrication:}: process limits, the resist tone and the seeded disorder the holes are written with. */
final class FabricationSection {

    static final Key MIN_FEATURE = Key.number("min_feature_nm", "nm", 0, 10_000,
            "narrowest neck or hole the process resolves (min_neck, min_hole)").defaultsTo(20.0);
    static final Key PRESET = Key.choice("preset", "preset", VariationPreset.specNames(),
            "seeded disorder of a process (examples/README.md)").defaultsTo("ideal");
    static final Key DIAMETER_SIGMA = Key.number("diameter_sigma_nm", "nm", 0, 10_000,
            "spread of each hole's diameter (1σ, truncated at 3σ), at most hole_diameter_nm / 4")
            .defaultsTo("the preset's", true);
    static final Key POSITION_SIGMA = Key.number("position_sigma_nm", "nm", 0, 10_000,
            "jitter of each hole's centre (1σ, truncated at 3σ), at most pitch_nm / 4").defaultsTo("the preset's", true);
    static final Key SEED = Key.whole("seed", "", 0, Long.MAX_VALUE, "same seed, same holes").defaultsTo(1L);
    static final Key TONE = Key.choice("tone", "tone", SpecName.names(Spec.Tone.class),
            "positive exposes the holes; negative writes the film (outline minus holes) on layer 3/0")
            .defaultsTo("positive");
    static final Key GRID = Key.number("grid_nm", "nm", 1, 1000,
            "the writer's grid, whole nanometres: vertices off it are off_grid violations").defaultsTo(1.0);
    static final Key MAX_HOLE = Key.number("max_hole_nm", "nm", 1, 100_000,
            "widest hole (twice its circumradius): bounds the optimiser, a design rule max_hole").optional();
    static final Key EDGE_DAMAGE = Key.number("edge_damage_nm", "nm", 0, 10_000,
            "non-superconducting rim at each hole edge (widens holes electrically)")
            .defaultsTo("0; aao_milled: 3 [pheno]", true);
    static final Key EDGE_DAMAGE_SIGMA = Key.number("edge_damage_sigma_nm", "nm", 0, 1000,
            "run-to-run spread of edge_damage_nm, for the yield only").defaultsTo(0.0);
    static final Key EDGE_EXTRAPOLATION = Key.number("edge_extrapolation_nm", "nm", 0, 1e6,
            "de Gennes' extrapolation length b at the hole walls (dpsi/dn = -psi/b): small b a pair-breaking, "
                    + "normal-like rim that lowers the necks' own T_c; absent: clean walls")
            .defaultsTo("clean walls; aao_milled: 2 [pheno]", true);

    static final Section SECTION = Section.of("fabrication", "process limits, resist tone and seeded disorder",
            MIN_FEATURE, PRESET, DIAMETER_SIGMA, POSITION_SIGMA, SEED, TONE, GRID, MAX_HOLE, EDGE_DAMAGE,
            EDGE_DAMAGE_SIGMA, EDGE_EXTRAPOLATION);

    private FabricationSection() {}

    static Spec.FabricationSpec read(Mapping m, Spec.LatticeSpec lattice) throws SpecException {
        Spec.Tone tone = m.choice(TONE, n -> SpecName.byName(Spec.Tone.class, n));
        VariationPreset preset = m.choice(PRESET, VariationPreset::fromSpecName);
        double d = lattice.holeDiameterNm();
        double sigmaD = m.number(DIAMETER_SIGMA, preset.diameterSigmaNm(d));
        // truncated at 3σ, a spread above D/4 would draw holes of a quarter of their size
        if (sigmaD > d / 4) {
            throw m.fault(DIAMETER_SIGMA, Mapping.fmt(sigmaD) + " nm is more than a quarter of "
                    + "lattice.hole_diameter_nm (" + Mapping.fmt(d) + " nm)");
        }
        double sigmaPos = m.number(POSITION_SIGMA, preset.positionSigmaNm(lattice.pitchNm()));
        if (sigmaPos > lattice.pitchNm() / 4) {
            throw m.fault(POSITION_SIGMA, Mapping.fmt(sigmaPos) + " nm is more than a quarter of "
                    + "lattice.pitch_nm (" + Mapping.fmt(lattice.pitchNm()) + " nm): that is no longer a lattice");
        }
        if (m.raw(SEED).map(s -> s.asLong() < 0).orElse(false)) {
            throw m.fault(SEED, "must be a whole number >= 0; got " + m.raw(SEED).get().asLong());
        }
        long seed = m.wholeLong(SEED);
        boolean scattered = sigmaD > 0 || sigmaPos > 0 || lattice.rotationDeg() != 0;
        if (tone == Spec.Tone.NEGATIVE && scattered) {
            throw m.fault(TONE, "negative tone needs the holes on the orthogonal grid; this lattice is "
                    + (lattice.rotationDeg() != 0 ? "rotated (lattice.rotation_deg)" : "disordered (fabrication sigmas)")
                    + ": write it positive");
        }
        double minFeature = m.number(MIN_FEATURE);
        OptionalDouble maxHole = m.optionalNumber(MAX_HOLE);
        if (maxHole.isPresent() && maxHole.getAsDouble() < minFeature) {
            throw m.fault(MAX_HOLE, Mapping.fmt(maxHole.getAsDouble()) + " nm is below fabrication.min_feature_nm ("
                    + Mapping.fmt(minFeature) + " nm): no hole could be written");
        }
        double damageSigma = m.number(EDGE_DAMAGE_SIGMA);
        // the milled process's walls: the physics preset's dead edge and b, each overridable
        java.util.Optional<FabricationPreset> walls = FabricationPreset.named(preset.specName())
                .filter(p -> p != FabricationPreset.IDEAL);
        double damage = m.number(EDGE_DAMAGE, walls.map(FabricationPreset::edgeDamageNm).orElse(0.0));
        OptionalDouble extrapolation = m.optionalNumber(EDGE_EXTRAPOLATION);
        if (extrapolation.isEmpty() && walls.isPresent()) {
            extrapolation = OptionalDouble.of(walls.get().edgeExtrapolationNm());
        }
        double grid = m.number(GRID);
        if (grid != Math.rint(grid)) {
            throw m.fault(GRID, "must be a whole number of nanometres (the database unit is 1 nm); got "
                    + Mapping.fmt(grid));
        }
        return new Spec.FabricationSpec(minFeature, sigmaD, damage, tone, grid, preset, sigmaPos, seed, maxHole,
                damageSigma, extrapolation);
    }
}
