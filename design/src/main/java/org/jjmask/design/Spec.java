package org.jjmask.design;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.IdealHole;
import org.jjmask.layout.LatticeType;

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

    /**
     * The hole lattice. {@code holeDiameterNm} is the hole's width along x for every shape (circle
     * diameter, ellipse x axis, square side, hexagon flat to flat). {@code holeVertices} is the
     * vertex count given for a circle or ellipse; when empty it follows from {@code holeSagittaNm}
     * ({@link IdealHole#verticesForSagitta}). {@code holeAspect} is the ellipse's y/x ratio (1
     * otherwise). {@code originXNm, originYNm}: a hole sits there, in device coordinates.
     */
    public record LatticeSpec(String type, double pitchNm, double holeDiameterNm, OptionalInt holeVertices,
            double edgeMarginNm, String holeShape, double holeSagittaNm, boolean holeAreaPreserving,
            double holeAspect, double originXNm, double originYNm) {

        /** A circular hole of {@code holeVertices} vertices, lattice at the origin (the keys before hole shapes). */
        public LatticeSpec(String type, double pitchNm, double holeDiameterNm, int holeVertices, double edgeMarginNm) {
            this(type, pitchNm, holeDiameterNm, OptionalInt.of(holeVertices), edgeMarginNm, "circle",
                    IdealHole.DEFAULT_SAGITTA_NM, false, 1.0, 0, 0);
        }

        /** Vertices of the hole polygon before snapping: given, from the sagitta tolerance, or the shape's own. */
        public int vertexCount() {
            return switch (holeShape) {
                case "square" -> 4;
                case "hexagon" -> 6;
                default -> holeVertices.orElseGet(() -> IdealHole.verticesForSagitta(
                        Math.max(holeDiameterNm, holeAspect * holeDiameterNm) / 2, holeSagittaNm));
            };
        }

        /** The hole as designed. */
        public IdealHole idealHole() {
            return switch (holeShape) {
                case "square" -> new IdealHole.Square(holeDiameterNm);
                case "hexagon" -> new IdealHole.Hexagon(holeDiameterNm);
                case "ellipse" -> new IdealHole.Ellipse(holeDiameterNm, holeAspect, vertexCount(), holeAreaPreserving);
                case "circle" -> new IdealHole.Circle(holeDiameterNm, vertexCount(), holeAreaPreserving);
                default -> throw new IllegalStateException("unknown hole shape " + holeShape);
            };
        }

        /** The written lattice on a grid of {@code dbuNm}, moved to the origin. */
        public GridLattice gridLattice(double dbuNm) {
            LatticeType t = LatticeType.fromSpecName(type).orElseThrow();
            return GridLattice.of(t, pitchNm, dbuNm).withOriginNm(originXNm, originYNm, dbuNm);
        }
    }

    /** Process limits and the resist tone: {@code positive} exposes the holes, {@code negative} the film. */
    public record FabricationSpec(double minFeatureNm, double diameterSigmaNm, double edgeDamageNm, String tone) {

        public boolean negativeTone() {
            return tone.equals("negative");
        }
    }

    public record ConditionsSpec(double baseTemperatureK) {}

    /** Optimisation targets (used by {@code optimize}); absent quantities are not targeted. */
    public record TargetSpec(Optional<Double> tbktK, Optional<Double> tcOnsetK, Optional<Double> rnOhm,
            Optional<Double> ejOverEc, Optional<Double> periodMT, Optional<String> phase, List<String> vary) {}
}
