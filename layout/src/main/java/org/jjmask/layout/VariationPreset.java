package org.jjmask.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Fabrication processes as disorder presets ({@code fabrication.preset}): the spread of hole
 * diameters and the jitter of hole centres a process typically leaves. Explicit
 * {@code diameter_sigma_nm} / {@code position_sigma_nm} override a preset's values.
 */
public enum VariationPreset {

    /** A perfect lattice. */
    IDEAL("ideal", 0, 0, 0, 0, "no disorder"),

    /**
     * E-beam lithography: about 2 nm (1σ) critical-dimension spread and 1 nm placement jitter within
     * a write field [guess: typical HSQ/PMMA CD uniformity and stage/deflection placement, not from a
     * cited measurement].
     */
    EBEAM("ebeam", 2.0, 0, 1.0, 0, "e-beam: sigma_D 2 nm, sigma_pos 1 nm [guess, typical CD uniformity and placement]"),

    /**
     * Anodic aluminium oxide template (the seed experiment's process, EBEAM.md): 8 % of D diameter
     * spread and 5 % of the pitch centre jitter [guess from SEM pore statistics of self-ordered AAO;
     * hard-anodised 170 nm pores show σ = 7 nm, 4 % (Superlattices Microstruct. 2008, hard anodization
     * in oxalic acid); mild two-step anodization is less regular]. Grain boundaries between ordered
     * domains are not modelled.
     */
    AAO("aao", 0, 0.08, 0, 0.05, "AAO-like: sigma_D 8 % of D, sigma_pos 5 % of the pitch "
            + "[guess from SEM pore statistics; hard-anodised 170 nm pores: sigma 7 nm]; domains not modelled"),

    /**
     * The seed experiment's process, an AAO mask transferred by ion milling: the AAO spreads here; the
     * milled walls' dead edge and de Gennes' b are the physics' part of the preset
     * ({@code org.jjmask.physics.FabricationPreset.AAO_MILLED}), applied by the spec reader.
     */
    AAO_MILLED("aao_milled", 0, 0.08, 0, 0.05, "AAO mask + ion milling (the seed's process): sigma_D 8 % of D, "
            + "sigma_pos 5 % of the pitch [guess, as aao]; dead edge 3 nm and wall b = 2 nm [pheno] from the physics "
            + "preset");

    private final String specName;
    private final double diameterSigmaNm;
    private final double diameterSigmaOfD;
    private final double positionSigmaNm;
    private final double positionSigmaOfPitch;
    private final String source;

    VariationPreset(String specName, double diameterSigmaNm, double diameterSigmaOfD, double positionSigmaNm,
            double positionSigmaOfPitch, String source) {
        this.specName = specName;
        this.diameterSigmaNm = diameterSigmaNm;
        this.diameterSigmaOfD = diameterSigmaOfD;
        this.positionSigmaNm = positionSigmaNm;
        this.positionSigmaOfPitch = positionSigmaOfPitch;
        this.source = source;
    }

    public String specName() {
        return specName;
    }

    /** What the preset assumes, in words, with its source. */
    public String source() {
        return source;
    }

    /** σ of the diameter for holes of nominal diameter {@code diameterNm}, nm. */
    public double diameterSigmaNm(double diameterNm) {
        return diameterSigmaNm + diameterSigmaOfD * diameterNm;
    }

    /** σ of each centre coordinate for a lattice of {@code pitchNm}, nm. */
    public double positionSigmaNm(double pitchNm) {
        return positionSigmaNm + positionSigmaOfPitch * pitchNm;
    }

    public static List<String> specNames() {
        return Arrays.stream(values()).map(VariationPreset::specName).toList();
    }

    public static Optional<VariationPreset> fromSpecName(String name) {
        return Arrays.stream(values()).filter(p -> p.specName.equals(name)).findFirst();
    }
}
