package org.jjmask.design;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jjmask.layout.Bridge;
import org.jjmask.layout.Corbino;
import org.jjmask.layout.Cross;
import org.jjmask.layout.Device;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.HallBar;
import org.jjmask.layout.HoleVariation;
import org.jjmask.layout.IdealHole;
import org.jjmask.layout.LatticeType;
import org.jjmask.layout.PolygonDevice;
import org.jjmask.layout.VariationPreset;
import org.jjmask.physics.Phase;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * A validated design spec: every value present, finite and in range, defaults filled in. Built by
 * {@link SpecReader}; each record has its one canonical constructor, and a changed copy is made
 * with a {@code with…} method so that nothing else is reset on the way.
 */
public record Spec(String name, MaterialSpec material, SubstrateSpec substrate, DeviceSpec device, LatticeSpec lattice,
        FabricationSpec fabrication, ConditionsSpec conditions, Optional<TargetSpec> target, String sha256,
        List<LabelSpec> labels, Optional<MarksSpec> marks, ModelSpec model, EbeamSpec ebeam) {

    /** The database unit every design is written in, nm. */
    public static final double DBU_NM = 1.0;

    public Spec {
        labels = List.copyOf(labels);
    }

    /** The same spec with another lattice; everything else kept. */
    public Spec withLattice(LatticeSpec l) {
        return new Spec(name, material, substrate, device, l, fabrication, conditions, target, sha256, labels, marks,
                model, ebeam);
    }

    /** The same spec with another lattice type, pitch and hole diameter; everything else kept. */
    public Spec withLattice(LatticeType type, double pitchNm, double holeDiameterNm) {
        return withLattice(lattice.withGeometry(type, pitchNm, holeDiameterNm));
    }

    public Spec withFabrication(FabricationSpec f) {
        return new Spec(name, material, substrate, device, lattice, f, conditions, target, sha256, labels, marks,
                model, ebeam);
    }

    public Spec withMaterial(MaterialSpec m) {
        return new Spec(name, m, substrate, device, lattice, fabrication, conditions, target, sha256, labels, marks,
                model, ebeam);
    }

    public Spec withSubstrate(SubstrateSpec s) {
        return new Spec(name, material, s, device, lattice, fabrication, conditions, target, sha256, labels, marks,
                model, ebeam);
    }

    public Spec withModel(ModelSpec m) {
        return new Spec(name, material, substrate, device, lattice, fabrication, conditions, target, sha256, labels,
                marks, m, ebeam);
    }

    /**
     * The exposure the write-time estimate assumes ({@code ebeam:}): dose in µC/cm² and beam current
     * in nA; defaults 250 µC/cm² and 2 nA, EBEAM.md's worked example (state your resist's).
     */
    public record EbeamSpec(double doseUcCm2, double currentNa, Optional<org.jjmask.exposure.Psf> psf, String psfName,
            org.jjmask.exposure.CorrectionMode correction, int doseClasses, org.jjmask.exposure.vendor.Vendor vendor,
            org.jjmask.exposure.ExposureKind exposure, double stepNm, java.util.OptionalDouble dotChargeFc,
            double shotSettleNs, double holeSettleUs, double fieldSizeUm, Optional<double[]> fieldOriginUm,
            boolean fieldsAsked, double fieldMarginNm, double stitchErrorNm, boolean predictPrinted,
            java.util.OptionalDouble clearingDoseUcCm2) {

        /** Dose and current only: no exposure model, one dose, no write fields (the spec without those keys). */
        public EbeamSpec(double doseUcCm2, double currentNa) {
            this(doseUcCm2, currentNa, Optional.empty(), "", org.jjmask.exposure.CorrectionMode.NONE, 32,
                    org.jjmask.exposure.vendor.Vendor.GENERIC, org.jjmask.exposure.ExposureKind.AREA, 10,
                    java.util.OptionalDouble.empty(), 0, 0, 100, Optional.empty(), false, 0, 0, false,
                    java.util.OptionalDouble.empty());
        }

        /** Whether the exposure pass runs: a PSF to model with, or write fields asked for. */
        public boolean modelled() {
            return psf.isPresent() || fieldsAsked;
        }

        /** NPGS's first class layer: one layer per class from here, clear of the device layers 1–6. */
        public static final int NPGS_FIRST_LAYER = 100;

        /** Whether the GDS is written with classes (datatypes per dose, size classes or dots). */
        public boolean classed() {
            return correction != org.jjmask.exposure.CorrectionMode.NONE || exposure == org.jjmask.exposure.ExposureKind.DOT;
        }
    }

    /** How the normal state of the patterned film is computed ({@code model.normal_state}). */
    public enum NormalState implements SpecName {
        LAPLACE("laplace"), MAXWELL_GARNETT("maxwell_garnett");

        private final String specName;

        NormalState(String specName) {
            this.specName = specName;
        }

        @Override
        public String specName() {
            return specName;
        }

        @Override
        public String toString() {
            return specName;
        }
    }

    /** The junction's I_cR_N product ({@code model.coupling}). */
    public enum Coupling implements SpecName {
        /** Tunnel junction: I_cR_N = πΔ/2e (Ambegaokar & Baratoff 1963). */
        AMBEGAOKAR_BARATOFF("ambegaokar_baratoff", 1.0),
        /** Clean short constriction: I_cR_N = πΔ/e at T = 0, twice AB's (Kulik & Omelyanchuk 1977). */
        KULIK_OMELYANCHUK("kulik_omelyanchuk", 2.0);

        private final String specName;
        private final double factor;

        Coupling(String specName, double factor) {
            this.specName = specName;
            this.factor = factor;
        }

        @Override
        public String specName() {
            return specName;
        }

        @Override
        public String toString() {
            return specName;
        }

        /** I_cR_N relative to Ambegaokar–Baratoff's. */
        public double factor() {
            return factor;
        }
    }

    /**
     * Model choices and phenomenological parameters ({@code model:}); see
     * {@link org.jjmask.physics.ModelOptions} for what each means and its source.
     * {@code finkelsteinReferenceOhm} is the R_□ at which {@code material.tc0_K} holds on Finkel'stein's
     * curve: the preset's R_□ (a preset's T_c0 is its thin film's), 0 without a preset (the clean film's).
     */
    public record ModelSpec(NormalState normalState, double criticalEjOverEc, double dissipativeThresholdOhm,
            double phaseSlipScale, Coupling coupling, FilmTc filmTc, double finkelsteinGamma,
            double finkelsteinReferenceOhm, AnomalousMetal anomalousMetal, java.util.OptionalDouble environmentOhm, TbktMethod tbkt,
            MonteCarloSpec monteCarlo, Optional<TbktMeasurement> measured) {

        /**
         * Bulk film T_c, dissipative phase slips, no environment shunt, T_BKT from the network kind's
         * constant (the defaults of {@code tbkt} and its run).
         */
        public ModelSpec(NormalState normalState, double criticalEjOverEc, double dissipativeThresholdOhm,
                double phaseSlipScale, Coupling coupling) {
            this(normalState, criticalEjOverEc, dissipativeThresholdOhm, phaseSlipScale, coupling, FilmTc.BULK,
                    DEFAULT_FINKELSTEIN_GAMMA, AnomalousMetal.DISSIPATIVE_PHASE_SLIPS, java.util.OptionalDouble.empty());
        }

        /** These phase-model choices with T_BKT from the network kind's constant. */
        public ModelSpec(NormalState normalState, double criticalEjOverEc, double dissipativeThresholdOhm,
                double phaseSlipScale, Coupling coupling, FilmTc filmTc, double finkelsteinGamma,
                AnomalousMetal anomalousMetal, java.util.OptionalDouble environmentOhm) {
            this(normalState, criticalEjOverEc, dissipativeThresholdOhm, phaseSlipScale, coupling, filmTc,
                    finkelsteinGamma, 0.0, anomalousMetal, environmentOhm, TbktMethod.BKT_ESTIMATE, MonteCarloSpec.DEFAULT,
                    Optional.empty());
        }

        /** γ = ln(ħ/k_BT_c0τ) when none is given and the material has no fit ({@code Presets.finkelsteinFit}) [pheno: fits give 5–9]. */
        public static final double DEFAULT_FINKELSTEIN_GAMMA = 7.0;

        /** The same choices with another κ (a draw of the uncertainty propagation). */
        public ModelSpec withCriticalEjOverEc(double kappa) {
            return new ModelSpec(normalState, kappa, dissipativeThresholdOhm, phaseSlipScale, coupling, filmTc,
                    finkelsteinGamma, finkelsteinReferenceOhm, anomalousMetal, environmentOhm, tbkt, monteCarlo, measured);
        }

        /** The same choices with the Monte Carlo's T_BKT/E_J of this spec's network ({@code tbkt: monte_carlo}). */
        public ModelSpec withMeasured(TbktMeasurement m) {
            return new ModelSpec(normalState, criticalEjOverEc, dissipativeThresholdOhm, phaseSlipScale, coupling, filmTc,
                    finkelsteinGamma, finkelsteinReferenceOhm, anomalousMetal, environmentOhm, tbkt, monteCarlo, Optional.of(m));
        }

        /** The physics' options for these choices. */
        public org.jjmask.physics.ModelOptions options() {
            org.jjmask.physics.ModelOptions o = new org.jjmask.physics.ModelOptions(normalState == NormalState.MAXWELL_GARNETT
                    ? org.jjmask.physics.SheetResistance.MAXWELL_GARNETT_NECK
                    : org.jjmask.physics.LaplaceSheetResistance.DEFAULT, criticalEjOverEc, dissipativeThresholdOhm,
                    phaseSlipScale, coupling.factor());
            if (filmTc == FilmTc.FINKELSTEIN) {
                o = o.withFilmTc(new org.jjmask.physics.FilmTcModel.Finkelstein(finkelsteinGamma, finkelsteinReferenceOhm));
            }
            if (anomalousMetal == AnomalousMetal.WEAK_LINK_PERCOLATION) {
                o = o.withAnomalousMetal(new org.jjmask.physics.AnomalousMetal.WeakLinkPercolation());
            }
            if (environmentOhm.isPresent()) {
                o = o.withEnvironmentOhm(environmentOhm.getAsDouble());
            }
            return tbkt == TbktMethod.MONTE_CARLO && measured.isPresent()
                    ? o.withMeasuredXy(measured.get().constant()) : o;
        }
    }

    /** Where the XY constant k_B T_BKT/E_J comes from ({@code model.tbkt}). */
    public enum TbktMethod implements SpecName {
        /** The network kind's published or tabulated constant (IslandNetwork). */
        BKT_ESTIMATE("bkt_estimate"),
        /** The XY Monte Carlo of the spec's own junction network (McNetworks), cached. */
        MONTE_CARLO("monte_carlo");

        private final String specName;

        TbktMethod(String specName) {
            this.specName = specName;
        }

        @Override
        public String specName() {
            return specName;
        }

        @Override
        public String toString() {
            return specName;
        }
    }

    /**
     * The run {@code model.tbkt: monte_carlo} makes: patch sizes L, L/2, L/4 down to 4 (at least
     * two), {@code sweeps} measured sweeps per chain, {@code seed}; eight temperatures and four
     * disorder draws as {@code jjmask mc}'s defaults.
     */
    public record MonteCarloSpec(int largestSize, int sweeps, long seed) {
        public static final MonteCarloSpec DEFAULT = new MonteCarloSpec(32, 3000, 1);
        public static final int TEMPERATURES = 8;
        public static final int DRAWS = 4;

        /** The sizes, ascending: L/4, L/2, L while at least 4. */
        public int[] sizes() {
            java.util.List<Integer> s = new java.util.ArrayList<>();
            for (int l = largestSize; l >= 4 && s.size() < 3; l /= 2) {
                s.add(0, l);
            }
            return s.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The film's T_c against disorder ({@code model.film_tc}). */
    public enum FilmTc implements SpecName {
        /** The material's T_c0 whatever its R_□. */
        BULK("bulk"),
        /** Finkel'stein's suppression with R_□ (JETP Lett. 45, 46 (1987)). */
        FINKELSTEIN("finkelstein");

        private final String specName;

        FilmTc(String specName) {
            this.specName = specName;
        }

        @Override
        public String specName() {
            return specName;
        }

        @Override
        public String toString() {
            return specName;
        }
    }

    /** What sets the anomalous metal's R_sat ({@code model.anomalous_metal}). */
    public enum AnomalousMetal implements SpecName {
        /** Dissipative quantum vortex tunnelling (Shimshoni, Auerbach &amp; Kapitulnik 1998). */
        DISSIPATIVE_PHASE_SLIPS("dissipative_phase_slips"),
        /** Superconducting necks that do not percolate (Spivak, Zyuzin &amp; Hruska 2001). */
        WEAK_LINK_PERCOLATION("weak_link_percolation");

        private final String specName;

        AnomalousMetal(String specName) {
            this.specName = specName;
        }

        @Override
        public String specName() {
            return specName;
        }

        @Override
        public String toString() {
            return specName;
        }
    }

    /** A label: {@code text} in the built-in font, its lower-left corner at ({@code xUm}, {@code yUm}), {@code heightUm} tall. */
    public record LabelSpec(String text, double xUm, double yUm, double heightUm) {}

    /** One alignment mark's centre, µm, and its name in the CSV. */
    public record MarkPosition(String name, double xUm, double yUm) {}

    /** The shape of an alignment mark ({@code marks.type}). */
    public enum MarkType implements SpecName {
        CROSS("cross"), SQUARE("square");

        private final String specName;

        MarkType(String specName) {
            this.specName = specName;
        }

        @Override
        public String specName() {
            return specName;
        }

        @Override
        public String toString() {
            return specName;
        }
    }

    /**
     * Alignment marks: {@code cross} (bars {@code sizeUm} long, {@code widthUm} wide) or {@code square}
     * (side {@code sizeUm}), each needing {@code clearanceUm} clear around it (a design rule).
     */
    public record MarksSpec(MarkType type, double sizeUm, double widthUm, List<MarkPosition> positions,
            double clearanceUm) {
        /**
         * A few µm: the alignment scan of a 2–20 µm mark looks a little beyond it, and a clear
         * field this wide also keeps the scan's exposure off anything else.
         */
        public static final double DEFAULT_CLEARANCE_UM = 5;

        public MarksSpec {
            positions = List.copyOf(positions);
        }
    }

    /**
     * Film: a preset name (may be empty) and the resolved numbers, explicit keys overriding the preset;
     * {@code ranges}: the ranges the spec gives itself ({@code key: {value, range: [low, high]}}), by
     * key name, which replace the preset's ({@link Uncertainty}).
     */
    public record MaterialSpec(String preset, double thicknessNm, double tc0K, double sheetResistanceOhm,
            double coherenceLengthNm, double gapRatio, double spinExchangePar, java.util.Map<String, Range> ranges) {

        public MaterialSpec {
            ranges = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ranges));
        }

        /** Without ranges of the spec's own. */
        public MaterialSpec(String preset, double thicknessNm, double tc0K, double sheetResistanceOhm,
                double coherenceLengthNm, double gapRatio, double spinExchangePar) {
            this(preset, thicknessNm, tc0K, sheetResistanceOhm, coherenceLengthNm, gapRatio, spinExchangePar,
                    java.util.Map.of());
        }

        /** The same film with other numbers (a draw of the uncertainty propagation); preset and ranges kept. */
        public MaterialSpec withNumbers(double thickness, double tc0, double rs, double xi, double gap, double eta) {
            return new MaterialSpec(preset, thickness, tc0, rs, xi, gap, eta, ranges);
        }
    }

    /** The substrate; {@code epsilonRange}: a range the spec gives ε_r itself, if any. */
    public record SubstrateSpec(String preset, double epsilonR, Optional<Range> epsilonRange) {

        public SubstrateSpec(String preset, double epsilonR) {
            this(preset, epsilonR, Optional.empty());
        }

        public SubstrateSpec withEpsilonR(double v) {
            return new SubstrateSpec(preset, v, epsilonRange);
        }
    }

    /** The device templates, one record per {@code device.type}; sizes in µm. */
    public enum DeviceType implements SpecName {
        HALLBAR("hallbar"), BRIDGE("bridge"), CROSS("cross"), CORBINO("corbino"), POLYGON("polygon");

        private final String specName;

        DeviceType(String specName) {
            this.specName = specName;
        }

        @Override
        public String specName() {
            return specName;
        }

        @Override
        public String toString() {
            return specName;
        }
    }

    /**
     * The device template ({@code device:}), read by its type. {@code contactKeepoutUm}: no hole
     * closer than this (plus the edge margin) to a pad or contact.
     */
    public sealed interface DeviceSpec permits HallBarSpec, BridgeSpec, CrossSpec, CorbinoSpec, PolygonSpec {
        DeviceType type();

        double contactKeepoutUm();

        /** The outline, fill region and contacts this template lays out, nm. */
        Device layout();
    }

    /**
     * A Hall bar: a {@code lengthUm} × {@code widthUm} channel, {@code armPairs} voltage arms
     * {@code armWidthUm} × {@code armLengthUm}, {@code padSizeUm} square pads (0 = none);
     * {@code patternArms}: the lattice in the arms too.
     */
    public record HallBarSpec(double lengthUm, double widthUm, int armPairs, double armWidthUm, double armLengthUm,
            double padSizeUm, boolean patternArms, double contactKeepoutUm) implements DeviceSpec {
        @Override
        public DeviceType type() {
            return DeviceType.HALLBAR;
        }

        @Override
        public Device layout() {
            return new HallBar(lengthUm, widthUm, armPairs, armWidthUm, armLengthUm, padSizeUm, patternArms);
        }
    }

    /** A bridge {@code lengthUm} × {@code widthUm}, {@code taperLengthUm} tapers to {@code padSizeUm} pads. */
    public record BridgeSpec(double lengthUm, double widthUm, double taperLengthUm, double padSizeUm,
            double contactKeepoutUm) implements DeviceSpec {
        @Override
        public DeviceType type() {
            return DeviceType.BRIDGE;
        }

        @Override
        public Device layout() {
            return new Bridge(lengthUm, widthUm, taperLengthUm, padSizeUm);
        }
    }

    /** A van der Pauw cross: arms {@code widthUm} wide reaching {@code armLengthUm} beyond the centre, {@code padSizeUm} pads (0 = none). */
    public record CrossSpec(double armLengthUm, double widthUm, double padSizeUm, double contactKeepoutUm)
            implements DeviceSpec {
        @Override
        public DeviceType type() {
            return DeviceType.CROSS;
        }

        @Override
        public Device layout() {
            return new Cross(armLengthUm, widthUm, padSizeUm);
        }
    }

    /** A Corbino disk: the lattice in {@code innerRadiusUm} < r < {@code outerRadiusUm}; contacts overlap the film by {@code contactWidthUm}. */
    public record CorbinoSpec(double innerRadiusUm, double outerRadiusUm, double contactWidthUm, double contactKeepoutUm)
            implements DeviceSpec {
        @Override
        public DeviceType type() {
            return DeviceType.CORBINO;
        }

        @Override
        public Device layout() {
            return new Corbino(innerRadiusUm, outerRadiusUm, contactWidthUm);
        }
    }

    /** Any outline: {@code wkt} in µm, read from a GDS layer when {@code gdsSource} names one ("" otherwise). */
    public record PolygonSpec(String wkt, String gdsSource) implements DeviceSpec {
        @Override
        public DeviceType type() {
            return DeviceType.POLYGON;
        }

        @Override
        public double contactKeepoutUm() {
            return 0;
        }

        @Override
        public Device layout() {
            Polygon um = OutlineWkt.parseUm(wkt);
            return new PolygonDevice((Polygon) new AffineTransformation().scale(1000, 1000).transform(um));
        }
    }

    /** The written hole's shape ({@code lattice.hole_shape}). */
    public enum HoleShapeType implements SpecName {
        CIRCLE("circle"), HEXAGON("hexagon"), SQUARE("square"), ELLIPSE("ellipse");

        private final String specName;

        HoleShapeType(String specName) {
            this.specName = specName;
        }

        @Override
        public String specName() {
            return specName;
        }

        @Override
        public String toString() {
            return specName;
        }

        /** A circle or ellipse, written as a polygon of chosen vertices. */
        public boolean curved() {
            return this == CIRCLE || this == ELLIPSE;
        }
    }

    /**
     * The hole lattice. {@code holeDiameterNm} is the hole's width along x for every shape (circle
     * diameter, ellipse x axis, square side, hexagon flat to flat). {@code holeVertices} is the
     * vertex count given for a circle or ellipse; when empty it follows from {@code holeSagittaNm}
     * ({@link IdealHole#verticesForSagitta}). {@code holeAspect} is the ellipse's y/x ratio (1
     * otherwise). {@code originXNm, originYNm}: a hole sits there, in device coordinates.
     */
    public record LatticeSpec(LatticeType type, double pitchNm, double holeDiameterNm, OptionalInt holeVertices,
            double edgeMarginNm, HoleShapeType holeShape, double holeSagittaNm, boolean holeAreaPreserving,
            double holeAspect, double originXNm, double originYNm, double rotationDeg) {

        /** The same lattice with another type, pitch and hole diameter. */
        public LatticeSpec withGeometry(LatticeType t, double pitch, double diameter) {
            return new LatticeSpec(t, pitch, diameter, holeVertices, edgeMarginNm, holeShape, holeSagittaNm,
                    holeAreaPreserving, holeAspect, originXNm, originYNm, rotationDeg);
        }

        /** Vertices of the hole polygon before snapping: given, from the sagitta tolerance, or the shape's own. */
        public int vertexCount() {
            return switch (holeShape) {
                case SQUARE -> 4;
                case HEXAGON -> 6;
                default -> holeVertices.orElseGet(() -> IdealHole.verticesForSagitta(
                        Math.max(holeDiameterNm, holeAspect * holeDiameterNm) / 2, holeSagittaNm));
            };
        }

        /** The hole as designed. */
        public IdealHole idealHole() {
            return switch (holeShape) {
                case SQUARE -> new IdealHole.Square(holeDiameterNm);
                case HEXAGON -> new IdealHole.Hexagon(holeDiameterNm);
                case ELLIPSE -> new IdealHole.Ellipse(holeDiameterNm, holeAspect, vertexCount(), holeAreaPreserving);
                case CIRCLE -> new IdealHole.Circle(holeDiameterNm, vertexCount(), holeAreaPreserving);
            };
        }

        /** The written lattice, unshifted (a hole at its own origin): the frame a rotated lattice is filled in. */
        public GridLattice unshiftedLattice(double dbuNm) {
            return GridLattice.of(type, pitchNm, dbuNm);
        }

        /** The written lattice on a grid of {@code dbuNm}, moved to the origin. */
        public GridLattice gridLattice(double dbuNm) {
            return GridLattice.of(type, pitchNm, dbuNm).withOriginNm(originXNm, originYNm, dbuNm);
        }
    }

    /** The resist tone: {@code positive} exposes the holes, {@code negative} the film. */
    public enum Tone implements SpecName {
        POSITIVE("positive"), NEGATIVE("negative");

        private final String specName;

        Tone(String specName) {
            this.specName = specName;
        }

        @Override
        public String specName() {
            return specName;
        }

        @Override
        public String toString() {
            return specName;
        }
    }

    /**
     * Process limits, the resist tone and the seeded disorder. {@code gridNm}: the manufacturing grid
     * every written vertex must sit on (1 = the database unit). {@code maxHoleNm} bounds the
     * optimiser and is a design rule; {@code edgeDamageSigmaNm} enters only the yield Monte Carlo.
     */
    public record FabricationSpec(double minFeatureNm, double diameterSigmaNm, double edgeDamageNm, Tone tone,
            double gridNm, VariationPreset preset, double positionSigmaNm, long seed, OptionalDouble maxHoleNm,
            double edgeDamageSigmaNm, OptionalDouble edgeExtrapolationNm) {

        /** De Gennes' b at the hole walls, nm; +∞ (clean walls) when the spec does not give it. */
        public double edgeExtrapolationOrCleanNm() {
            return edgeExtrapolationNm.orElse(Double.POSITIVE_INFINITY);
        }

        /** The seeded disorder the holes are written with. */
        public HoleVariation variation() {
            return new HoleVariation(diameterSigmaNm, positionSigmaNm, seed);
        }

        public boolean negativeTone() {
            return tone == Tone.NEGATIVE;
        }

        /** The same process with another edge damage (a yield draw). */
        public FabricationSpec withEdgeDamageNm(double nm) {
            return new FabricationSpec(minFeatureNm, diameterSigmaNm, nm, tone, gridNm, preset, positionSigmaNm, seed,
                    maxHoleNm, edgeDamageSigmaNm, edgeExtrapolationNm);
        }

        /** The same process with another wall extrapolation length b (an uncertainty draw). */
        public FabricationSpec withEdgeExtrapolationNm(double nm) {
            return new FabricationSpec(minFeatureNm, diameterSigmaNm, edgeDamageNm, tone, gridNm, preset,
                    positionSigmaNm, seed, maxHoleNm, edgeDamageSigmaNm, OptionalDouble.of(nm));
        }
    }

    public record ConditionsSpec(double baseTemperatureK) {}

    /**
     * Optimisation targets (used by {@code optimize}). {@code goals}: every targeted quantity with its
     * tolerance and weight, in the order of {@link Quantity#targets()} then the phase. {@code vary}:
     * what the optimiser may change, within {@code pitchRangeNm}, {@code holeDiameterRangeNm} (nm,
     * inclusive) and among {@code lattices}. {@code yieldSamples}: Monte Carlo draws of the
     * fabrication spread for the yield of the returned design.
     */
    public record TargetSpec(List<Goal> goals, List<String> vary, Range pitchRangeNm, Range holeDiameterRangeNm,
            List<LatticeType> lattices, int yieldSamples) {

        /** Default Monte Carlo draws for the yield. */
        public static final int DEFAULT_YIELD_SAMPLES = 200;

        public TargetSpec {
            vary = List.copyOf(vary);
            goals = List.copyOf(goals);
            lattices = List.copyOf(lattices);
        }

        public boolean varies(String key) {
            return vary.contains(key);
        }

        /** The value aimed at for a quantity, if targeted. */
        public Optional<Double> value(Quantity q) {
            return goals.stream().filter(g -> g instanceof Goal.Quantity gq && gq.quantity() == q)
                    .map(g -> ((Goal.Quantity) g).value()).findFirst();
        }

        /** The phase aimed at, if targeted. */
        public Optional<Phase> phase() {
            return goals.stream().filter(g -> g instanceof Goal.PhaseIs).map(g -> ((Goal.PhaseIs) g).phase()).findFirst();
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
}
