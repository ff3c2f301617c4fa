package org.jjmask.physics;

import java.util.List;
import java.util.Optional;

/**
 * A fabrication process as the physics sees it: how far the written holes scatter and what the
 * process does to their walls. Each number carries its source or says [pheno] and why.
 *
 * @param name the preset's key, e.g. {@code aao_milled}
 * @param holeDiameterSpreadRel relative standard deviation of the hole diameters
 * @param positionSpreadRel standard deviation of the hole positions over the pitch
 * @param edgeDamageNm dead (non-conducting, non-superconducting) rim per hole edge, nm
 * @param edgeExtrapolationNm de Gennes' b at the damaged wall, nm (+∞ for a clean wall)
 * @param sources one line per parameter: its value's source or its [pheno] reason
 */
public record FabricationPreset(String name, double holeDiameterSpreadRel, double positionSpreadRel,
        double edgeDamageNm, double edgeExtrapolationNm, List<String> sources) {

    /** Validates: spreads and damage ≥ 0, b ≥ 0; copies the sources. */
    public FabricationPreset {
        Checks.text("name", name);
        Checks.nonNegative("holeDiameterSpreadRel", holeDiameterSpreadRel);
        Checks.nonNegative("positionSpreadRel", positionSpreadRel);
        Checks.nonNegative("edgeDamageNm", edgeDamageNm);
        if (!(edgeExtrapolationNm >= 0)) {
            throw new IllegalArgumentException("edgeExtrapolationNm must be >= 0");
        }
        sources = List.copyOf(sources);
    }

    /**
     * The seed experiment's process (Ji et al., arXiv 2603.00670: triangular ~70 nm holes from an
     * anodic-alumina template, pattern transferred by ion milling). Every value is [pheno]: no
     * measured spread or damage of that device was found; the values are those typical of
     * two-step-anodised AAO masks and Ar⁺ milling of oxides, stated so that a calibration can move them.
     */
    public static final FabricationPreset AAO_MILLED = new FabricationPreset("aao_milled", 0.08, 0.05, 3.0, 2.0,
            List.of(
                    "hole_diameter_spread 8 % [pheno]: two-step anodised AAO (Masuda & Fukuda, Science 268, 1466 "
                            + "(1995)) orders pores in domains of a few um^2 (Metzger et al., IEEE Trans. Magn. 36, 30 "
                            + "(2000)); no pore-size histogram of the seed device was found",
                    "position_spread 5 % of the pitch [pheno]: domain boundaries and point defects of the AAO "
                            + "lattice, not measured for the seed",
                    "edge_damage 3 nm per edge [pheno]: Ar+ milling amorphises and de-oxygenates a few nm of an "
                            + "oxide's sidewall; a range of 1-10 nm is plausible, the seed's value is unknown",
                    "edge_extrapolation 2 nm [pheno]: a damaged, metallic-like rim breaks pairs strongly "
                            + "(de Gennes' b of the order of the rim's own thickness); b -> infinity for a clean wall"));

    /** Clean e-beam lithography and etching: no spread beyond the writer's, no damage, clean walls. */
    public static final FabricationPreset IDEAL = new FabricationPreset("ideal", 0.0, 0.0, 0.0,
            Double.POSITIVE_INFINITY, List.of("the written geometry as drawn: no spread, no damage, clean walls"));

    /** The preset of this name. */
    public static Optional<FabricationPreset> named(String name) {
        return List.of(AAO_MILLED, IDEAL).stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Conditions at {@code baseTemperatureK} with this process's damage and wall. */
    public Conditions conditions(double baseTemperatureK) {
        return new Conditions(baseTemperatureK, edgeDamageNm, edgeExtrapolationNm);
    }
}
