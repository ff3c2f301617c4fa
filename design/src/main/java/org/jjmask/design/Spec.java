package org.jjmask.design;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.HoleVariation;
import org.jjmask.layout.IdealHole;
import org.jjmask.layout.LatticeType;

/**
 * A validated design spec: every value present, finite and in range, defaults filled in.
 * Built only by {@link SpecReader}.
 */
public record Spec(String name, MaterialSpec material, SubstrateSpec substrate, DeviceSpec device, LatticeSpec lattice,
        FabricationSpec fabrication, ConditionsSpec conditions, Optional<TargetSpec> target, String sha256,
        List<LabelSpec> labels, Optional<MarksSpec> marks, ModelSpec model, EbeamSpec ebeam) {

    public Spec {
        labels = List.copyOf(labels);
    }

    /** With the default model choices and e-beam settings (the keys before {@code model:}). */
    public Spec(String name, MaterialSpec material, SubstrateSpec substrate, DeviceSpec device, LatticeSpec lattice,
            FabricationSpec fabrication, ConditionsSpec conditions, Optional<TargetSpec> target, String sha256,
            List<LabelSpec> labels, Optional<MarksSpec> marks) {
        this(name, material, substrate, device, lattice, fabrication, conditions, target, sha256, labels, marks,
                ModelSpec.DEFAULT, EbeamSpec.DEFAULT);
    }

    /**
     * The exposure the write-time estimate assumes ({@code ebeam:}): dose in µC/cm² and beam current
     * in nA; defaults 250 µC/cm² and 2 nA, EBEAM.md's worked example (state your resist's).
     */
    public record EbeamSpec(double doseUcCm2, double currentNa) {
        public static final EbeamSpec DEFAULT = new EbeamSpec(250, 2);
    }

    /**
     * Model choices and phenomenological parameters ({@code model:}); see
     * {@link org.jjmask.physics.ModelOptions} for what each means and its source.
     */
    public record ModelSpec(String normalState, double criticalEjOverEc, double dissipativeThresholdOhm,
            double phaseSlipScale, String coupling) {

        public static final List<String> NORMAL_STATES = List.of("laplace", "maxwell_garnett");
        public static final List<String> COUPLINGS = List.of("ambegaokar_baratoff", "kulik_omelyanchuk");
        public static final ModelSpec DEFAULT = new ModelSpec("laplace",
                org.jjmask.physics.ModelOptions.DEFAULT.criticalEjOverEc(),
                org.jjmask.physics.ModelOptions.DEFAULT.dissipativeThresholdOhm(),
                org.jjmask.physics.ModelOptions.DEFAULT.phaseSlipScale(), "ambegaokar_baratoff");

        /** The physics' options for these choices. */
        public org.jjmask.physics.ModelOptions options() {
            return new org.jjmask.physics.ModelOptions(normalState.equals("maxwell_garnett")
                    ? org.jjmask.physics.SheetResistance.MAXWELL_GARNETT_NECK
                    : org.jjmask.physics.LaplaceSheetResistance.DEFAULT, criticalEjOverEc, dissipativeThresholdOhm,
                    phaseSlipScale, coupling.equals("kulik_omelyanchuk") ? 2.0 : 1.0);
        }

        public boolean isDefault() {
            return equals(DEFAULT);
        }
    }

    /** Without labels or marks (the keys before them). */
    public Spec(String name, MaterialSpec material, SubstrateSpec substrate, DeviceSpec device, LatticeSpec lattice,
            FabricationSpec fabrication, ConditionsSpec conditions, Optional<TargetSpec> target, String sha256) {
        this(name, material, substrate, device, lattice, fabrication, conditions, target, sha256, List.of(),
                Optional.empty());
    }

    /** A label: {@code text} in the built-in font, its lower-left corner at ({@code xUm}, {@code yUm}), {@code heightUm} tall. */
    public record LabelSpec(String text, double xUm, double yUm, double heightUm) {}

    /** One alignment mark's centre, µm, and its name in the CSV. */
    public record MarkPosition(String name, double xUm, double yUm) {}

    /**
     * Alignment marks: {@code cross} (bars {@code sizeUm} long, {@code widthUm} wide) or {@code square}
     * (side {@code sizeUm}), each needing {@code clearanceUm} clear around it (a design rule).
     */
    public record MarksSpec(String type, double sizeUm, double widthUm, List<MarkPosition> positions,
            double clearanceUm) {
        /**
         * A few µm: the alignment scan of a 2–20 µm mark looks a little beyond it, and a clear
         * field this wide also keeps the scan's exposure off anything else.
         */
        public static final double DEFAULT_CLEARANCE_UM = 5;

        public MarksSpec {
            positions = List.copyOf(positions);
        }

        /** With the default clearance. */
        public MarksSpec(String type, double sizeUm, double widthUm, List<MarkPosition> positions) {
            this(type, sizeUm, widthUm, positions, DEFAULT_CLEARANCE_UM);
        }
    }

    /** Film: a preset name (may be empty) and the resolved numbers, explicit keys overriding the preset. */
    public record MaterialSpec(String preset, double thicknessNm, double tc0K, double sheetResistanceOhm,
            double coherenceLengthNm, double gapRatio, double spinExchangePar) {

        /** Without an anisotropic spin term (η∥ = 0). */
        public MaterialSpec(String preset, double thicknessNm, double tc0K, double sheetResistanceOhm,
                double coherenceLengthNm, double gapRatio) {
            this(preset, thicknessNm, tc0K, sheetResistanceOhm, coherenceLengthNm, gapRatio, 0.0);
        }
    }

    public record SubstrateSpec(String preset, double epsilonR) {}

    /**
     * The device template, sizes in µm (keys of other types are zero). {@code type}:
     * {@code hallbar} (lengthUm × widthUm channel, armPairs arms armWidthUm × armLengthUm, padSizeUm
     * square pads, 0 = none; patternArms: lattice in the arms too), {@code bridge} (lengthUm ×
     * widthUm bridge, taperLengthUm tapers to padSizeUm pads), {@code cross} (armLengthUm arms of
     * widthUm, padSizeUm pads, 0 = none), {@code corbino} (lattice in innerRadiusUm < r <
     * outerRadiusUm; contacts overlap the film by contactWidthUm) or {@code polygon} ({@code wkt} in
     * µm; read from a GDS layer when {@code gdsSource} names one). {@code contactKeepoutUm}: no
     * hole closer than this (plus the edge margin) to a pad or contact.
     */
    public record DeviceSpec(String type, double lengthUm, double widthUm, int armPairs, double armWidthUm,
            double armLengthUm, String wkt, double padSizeUm, boolean patternArms, double taperLengthUm,
            double innerRadiusUm, double outerRadiusUm, double contactWidthUm, double contactKeepoutUm,
            String gdsSource) {

        /** A Hall bar or WKT polygon without pads (the keys before device templates). */
        public DeviceSpec(String type, double lengthUm, double widthUm, int armPairs, double armWidthUm,
                double armLengthUm, String wkt) {
            this(type, lengthUm, widthUm, armPairs, armWidthUm, armLengthUm, wkt, 0, true, 0, 0, 0, 0, 0, "");
        }
    }

    /**
     * The hole lattice. {@code holeDiameterNm} is the hole's width along x for every shape (circle
     * diameter, ellipse x axis, square side, hexagon flat to flat). {@code holeVertices} is the
     * vertex count given for a circle or ellipse; when empty it follows from {@code holeSagittaNm}
     * ({@link IdealHole#verticesForSagitta}). {@code holeAspect} is the ellipse's y/x ratio (1
     * otherwise). {@code originXNm, originYNm}: a hole sits there, in device coordinates.
     */
    public record LatticeSpec(String type, double pitchNm, double holeDiameterNm, OptionalInt holeVertices,
            double edgeMarginNm, String holeShape, double holeSagittaNm, boolean holeAreaPreserving,
            double holeAspect, double originXNm, double originYNm, double rotationDeg) {

        /** A circular hole of {@code holeVertices} vertices, lattice at the origin (the keys before hole shapes). */
        public LatticeSpec(String type, double pitchNm, double holeDiameterNm, int holeVertices, double edgeMarginNm) {
            this(type, pitchNm, holeDiameterNm, OptionalInt.of(holeVertices), edgeMarginNm, "circle",
                    IdealHole.DEFAULT_SAGITTA_NM, false, 1.0, 0, 0, 0);
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

        /** The written lattice, unshifted (a hole at its own origin): the frame a rotated lattice is filled in. */
        public GridLattice unshiftedLattice(double dbuNm) {
            return GridLattice.of(LatticeType.fromSpecName(type).orElseThrow(), pitchNm, dbuNm);
        }

        /** The written lattice on a grid of {@code dbuNm}, moved to the origin. */
        public GridLattice gridLattice(double dbuNm) {
            LatticeType t = LatticeType.fromSpecName(type).orElseThrow();
            return GridLattice.of(t, pitchNm, dbuNm).withOriginNm(originXNm, originYNm, dbuNm);
        }
    }

    /**
     * Process limits and the resist tone: {@code positive} exposes the holes, {@code negative} the film.
     * {@code gridNm}: the manufacturing grid every written vertex must sit on (1 = the database unit).
     */
    public record FabricationSpec(double minFeatureNm, double diameterSigmaNm, double edgeDamageNm, String tone,
            double gridNm, String preset, double positionSigmaNm, long seed, OptionalDouble maxHoleNm,
            double edgeDamageSigmaNm) {

        /**
         * Without a largest hole or an edge-damage spread (the keys before the optimiser):
         * {@code max_hole_nm} bounds the optimiser and is a design rule; {@code edge_damage_sigma_nm}
         * enters only the yield Monte Carlo.
         */
        public FabricationSpec(double minFeatureNm, double diameterSigmaNm, double edgeDamageNm, String tone,
                double gridNm, String preset, double positionSigmaNm, long seed) {
            this(minFeatureNm, diameterSigmaNm, edgeDamageNm, tone, gridNm, preset, positionSigmaNm, seed,
                    OptionalDouble.empty(), 0);
        }

        /** Without disorder beyond a diameter spread (the keys before presets and jitter). */
        public FabricationSpec(double minFeatureNm, double diameterSigmaNm, double edgeDamageNm, String tone,
                double gridNm) {
            this(minFeatureNm, diameterSigmaNm, edgeDamageNm, tone, gridNm, "ideal", 0, 1);
        }

        /** Without a manufacturing grid coarser than the database unit (1 nm). */
        public FabricationSpec(double minFeatureNm, double diameterSigmaNm, double edgeDamageNm, String tone) {
            this(minFeatureNm, diameterSigmaNm, edgeDamageNm, tone, 1);
        }

        /** The seeded disorder the holes are written with. */
        public HoleVariation variation() {
            return new HoleVariation(diameterSigmaNm, positionSigmaNm, seed);
        }

        public boolean negativeTone() {
            return tone.equals("negative");
        }
    }

    public record ConditionsSpec(double baseTemperatureK) {}

    /**
     * Optimisation targets (used by {@code optimize}); absent quantities are not targeted.
     * {@code goals}: every targeted quantity with its tolerance and weight, in the order of
     * {@link Goal#KEYS}. {@code vary}: what the optimiser may change, within {@code pitchRangeNm},
     * {@code holeDiameterRangeNm} (nm, inclusive) and among {@code lattices}. {@code yieldSamples}:
     * Monte Carlo draws of the fabrication spread for the yield of the returned design.
     */
    public record TargetSpec(Optional<Double> tbktK, Optional<Double> tcOnsetK, Optional<Double> rnOhm,
            Optional<Double> ejOverEc, Optional<Double> periodMT, Optional<String> phase, List<String> vary,
            List<Goal> goals, Range pitchRangeNm, Range holeDiameterRangeNm, List<String> lattices, int yieldSamples) {

        /** Default Monte Carlo draws for the yield. */
        public static final int DEFAULT_YIELD_SAMPLES = 200;

        public TargetSpec {
            vary = List.copyOf(vary);
            goals = List.copyOf(goals);
            lattices = List.copyOf(lattices);
        }

        /** The targets without goals, bounds or lattices (the keys before the optimiser). */
        public TargetSpec(Optional<Double> tbktK, Optional<Double> tcOnsetK, Optional<Double> rnOhm,
                Optional<Double> ejOverEc, Optional<Double> periodMT, Optional<String> phase, List<String> vary) {
            this(tbktK, tcOnsetK, rnOhm, ejOverEc, periodMT, phase, vary, List.of(), new Range(4, 100_000),
                    new Range(2, 100_000), List.of(), DEFAULT_YIELD_SAMPLES);
        }

        public boolean varies(String key) {
            return vary.contains(key);
        }
    }

    /** A closed interval [min, max]. */
    public record Range(double min, double max) {
        public Range {
            if (!(min <= max)) {
                throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
            }
        }

        public double clamp(double v) {
            return Math.max(min, Math.min(max, v));
        }

        public boolean contains(double v) {
            return v >= min && v <= max;
        }
    }

    /** The same spec with another lattice (type, pitch, hole diameter); everything else kept. */
    public Spec withLattice(String type, double pitchNm, double holeDiameterNm) {
        LatticeSpec l = lattice;
        LatticeSpec moved = new LatticeSpec(type, pitchNm, holeDiameterNm, l.holeVertices(), l.edgeMarginNm(),
                l.holeShape(), l.holeSagittaNm(), l.holeAreaPreserving(), l.holeAspect(), l.originXNm(), l.originYNm(),
                l.rotationDeg());
        return new Spec(name, material, substrate, device, moved, fabrication, conditions, target, sha256, labels, marks);
    }
}
