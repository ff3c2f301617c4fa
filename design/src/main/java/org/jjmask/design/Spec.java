package org.jjmask.design;

import java.util.List;
import java.util.Optional;

/**
 * A validated design spec: every value present, finite and in range, defaults filled in.
 * Built only by {@link SpecReader}.
 */
public record Spec(String name, MaterialSpec material, SubstrateSpec substrate, DeviceSpec device, LatticeSpec lattice,
        FabricationSpec fabrication, ConditionsSpec conditions, Optional<TargetSpec> target, String sha256) {

    /** Film: a preset name (may be empty) and the resolved numbers, explicit keys overriding the preset. */
    public record MaterialSpec(String preset, double thicknessNm, double tc0K, double sheetResistanceOhm,
            double coherenceLengthNm, double gapRatio) {}

    public record SubstrateSpec(String preset, double epsilonR) {}

    /** {@code type} is hallbar or polygon; Hall-bar sizes in µm; {@code wkt} in µm for polygon. */
    public record DeviceSpec(String type, double lengthUm, double widthUm, int armPairs, double armWidthUm,
            double armLengthUm, String wkt) {}

    public record LatticeSpec(String type, double pitchNm, double holeDiameterNm, int holeVertices,
            double edgeMarginNm) {}

    public record FabricationSpec(double minFeatureNm, double diameterSigmaNm, double edgeDamageNm) {}

    public record ConditionsSpec(double baseTemperatureK) {}

    /** Optimisation targets (used by {@code optimize}); absent quantities are not targeted. */
    public record TargetSpec(Optional<Double> tbktK, Optional<Double> tcOnsetK, Optional<Double> rnOhm,
            Optional<Double> ejOverEc, Optional<Double> periodMT, Optional<String> phase, List<String> vary) {}
}
