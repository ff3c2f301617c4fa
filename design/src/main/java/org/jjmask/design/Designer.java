package org.jjmask.design;

import org.jjmask.exposure.PrintedGeometry;
import org.jjmask.layout.drc.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jjmask.layout.Annotations;
import org.jjmask.layout.Bridge;
import org.jjmask.layout.Corbino;
import org.jjmask.layout.Cross;
import org.jjmask.layout.Device;
import org.jjmask.layout.FilmLayout;
import org.jjmask.layout.FilmTiling;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.HallBar;
import org.jjmask.layout.HoleVariation;
import org.jjmask.layout.ScatteredHoles;
import org.jjmask.layout.WrittenHole;
import org.jjmask.layout.network.Hole;
import org.jjmask.layout.network.Island;
import org.jjmask.layout.network.Junction;
import org.jjmask.layout.network.Holes;
import org.jjmask.layout.network.JunctionNetwork;
import org.jjmask.layout.HoleShape;
import org.jjmask.layout.LatticeType;
import org.jjmask.layout.Layout;
import org.jjmask.layout.PolygonDevice;
import org.jjmask.layout.UnitCellFacts;
import org.jjmask.layout.network.NetworkExtractor;
import org.jjmask.layout.network.NetworkStatistics;
import org.jjmask.physics.ArrayGeometry;
import org.jjmask.physics.Conditions;
import org.jjmask.physics.IslandNetwork;
import org.jjmask.physics.Material;
import org.jjmask.physics.NetworkStiffness;
import org.jjmask.physics.Prediction;
import org.jjmask.physics.Predictor;
import org.jjmask.physics.Presets;
import org.jjmask.physics.SheetResistance;
import org.jjmask.physics.Substrate;
import org.jjmask.physics.ValidityFlag;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/** One design pass: spec → layout → geometry facts → design rules → prediction. Writes nothing. */
public final class Designer {

    /** Database unit, nm: 1 nm, as Raith and most e-beam tools expect (UNITS 1e-3 µm, 1e-9 m). */
    public static final double DBU_NM = Spec.DBU_NM;

    private Designer() {}

    public static DesignResult run(Spec spec) {
        return run(spec, stage -> { });
    }

    /** The steps of {@link #run} that {@code done} is told of, in order. */
    public static final List<String> STEPS = List.of("layout", "design rules", "network", "prediction", "uncertainty");

    /**
     * {@link #run}, telling {@code done} each of {@link #STEPS} as it finishes (a progress bar's
     * hook: a large device spends seconds in each).
     */
    public static DesignResult run(Spec spec, java.util.function.Consumer<String> done) {
        LatticeType type = spec.lattice().type();
        GridLattice lattice = spec.lattice().gridLattice(DBU_NM);
        HoleShape hole = spec.lattice().idealHole().written(DBU_NM);
        Layout layout = layout(spec, lattice);
        done.accept(STEPS.get(0));
        UnitCellFacts facts = UnitCellFacts.of(lattice, hole, DBU_NM);
        org.jjmask.layout.drc.DrcReport rules = DesignRules.report(spec, layout);
        List<Violation> drc = DesignRules.check(spec, layout, rules);
        done.accept(STEPS.get(1));

        NetworkWindow window = layout.isScattered() ? scatteredNetwork(spec, layout, facts) : null;
        NetworkStatistics network = window != null ? window.network().statistics()
                : NetworkExtractor.periodic(lattice, networkDiameterNm(spec, facts), DBU_NM).statistics();
        double coupling = window == null ? 1.0 : couplingFactor(window, network, spec.fabrication().edgeDamageNm());
        ArrayGeometry geometry = geometry(type, layout, facts, network).withStiffnessFactor(coupling);
        if (window != null && !window.network().isEmpty()) {
            // the frustration spread of a disordered array: its bulk plaquettes' areas (0 on the periodic grid)
            geometry = geometry.withPlaquetteAreaStdNm2(finiteOrZero(window.network().plaquetteAreaStdNm2()));
        }
        // the weakest necks decide the anomalous metal (physics WeakLinks): the spread the process's sigmas imply,
        // as on the cheap path (the extracted window's own spread counts the degenerate diagonals of square
        // lattices as necks, and would make the two paths disagree)
        geometry = geometry.withNeckWidthStdNm(neckWidthSigmaNm(spec.fabrication()));
        if (spec.lattice().holeShape() != Spec.HoleShapeType.CIRCLE) {
            geometry = geometry.withHoleOutline(outlineNm(hole));
        }
        Optional<EbeamResult> ebeam = spec.ebeam().modelled() && layout.holeCount() > 0
                ? Optional.of(EbeamPass.run(spec, layout)) : Optional.empty();
        List<ValidityFlag> exposureNotes = new ArrayList<>();
        if (ebeam.isPresent()) {
            // the field rule only where the user asked for fields: a default grid is a report, not a verdict
            if (spec.ebeam().fieldsAsked()) {
                drc = new ArrayList<>(drc);
                drc.addAll(ebeam.get().fields().violations());
            }
            if (spec.ebeam().predictPrinted() && ebeam.get().model().isPresent()) {
                double printedNm = ebeam.get().model().get().printed().bulk().printedDiameterNm();
                if (layout.isScattered()) {
                    exposureNotes.add(new ValidityFlag("predict_printed_ignored", "ebeam.predict_printed: the "
                            + "disordered array's extracted network is predicted as drawn"));
                } else {
                    Optional<ArrayGeometry> printed = printedGeometry(spec, layout, printedNm);
                    if (printed.isPresent()) {
                        geometry = printed.get();
                        exposureNotes.add(new ValidityFlag("predicted_printed", "predicted on the printed bulk hole, "
                                + Numbers.format(printedNm) + " nm (equal-area diameter) instead of the drawn "
                                + Numbers.format(layout.hole().equivalentDiameter() * layout.dbuNm()) + " nm"));
                    } else {
                        exposureNotes.add(new ValidityFlag("predict_printed_ignored", "ebeam.predict_printed: the "
                                + "printed bulk hole (" + Numbers.format(printedNm) + " nm) leaves no neck or no hole; "
                                + "predicted as drawn"));
                    }
                }
            }
            ebeam.get().model().ifPresent(m -> printedWarning(m).ifPresent(exposureNotes::add));
        }
        done.accept(STEPS.get(2));
        Material material = material(spec);
        Substrate substrate = substrate(spec);
        Conditions conditions = new Conditions(spec.conditions().baseTemperatureK(),
                spec.fabrication().edgeDamageNm(), spec.fabrication().edgeExtrapolationOrCleanNm());
        Prediction prediction = Predictor.predict(geometry, material, substrate, conditions, spec.model().options());
        done.accept(STEPS.get(3));
        Optional<FilmLayout> film = spec.fabrication().negativeTone() ? Optional.of(FilmTiling.of(layout)) : Optional.empty();
        // the inputs' ranges through this pass's own geometry (on the grid, the cheap path's prediction)
        ArrayGeometry drawnGeometry = geometry;
        Uncertainty uncertainty = Uncertainty.propagate(spec,
                s -> Optional.of(predict(s, drawnGeometry, s.fabrication().edgeDamageNm())));
        done.accept(STEPS.get(4));
        List<ValidityFlag> allNotes = new ArrayList<>(notes(spec, layout, rules.necks(), coupling));
        allNotes.addAll(exposureNotes);
        return new DesignResult(spec, layout, film, facts, network, geometry, material, substrate, conditions, prediction,
                drc, allNotes, annotations(spec), uncertainty, ebeam, rules.necks());
    }

    /**
     * The unit cell of the printed bulk hole (an equal-area diameter, turned into the spec's
     * diameter by the written polygon's ratio), on a fine grid so that it follows the printed size;
     * empty when the printed holes would touch or vanish.
     */
    static Optional<ArrayGeometry> printedGeometry(Spec spec, Layout layout, double printedEqNm) {
        double eqPerNominal = layout.hole().equivalentDiameter() * layout.dbuNm() / spec.lattice().holeDiameterNm();
        double d = printedEqNm / eqPerNominal;
        if (!(d >= 2) || d >= spec.lattice().pitchNm() - 1) {
            return Optional.empty();
        }
        return cell(spec.withLattice(spec.lattice().type(), spec.lattice().pitchNm(), d), 0.001).geometry();
    }

    /** A spec whose hole diameter is the printed bulk hole's, for the yield's draws around it (the spec itself otherwise). */
    public static Spec printedSpec(DesignResult r) {
        if (!r.spec().ebeam().predictPrinted() || r.ebeam().flatMap(EbeamResult::model).isEmpty() || r.layout().isScattered()) {
            return r.spec();
        }
        double printedEqNm = r.ebeam().get().model().get().printed().bulk().printedDiameterNm();
        double eqPerNominal = r.layout().hole().equivalentDiameter() * r.layout().dbuNm() / r.spec().lattice().holeDiameterNm();
        double d = printedEqNm / eqPerNominal;
        if (!(d >= 2) || d >= r.spec().lattice().pitchNm() - 1) {
            return r.spec();
        }
        return r.spec().withLattice(r.spec().lattice().type(), r.spec().lattice().pitchNm(), d);
    }

    /** The layout: arrays on the orthogonal grid, or scattered holes for a rotated or disordered lattice. */
    static Layout layout(Spec spec, GridLattice lattice) {
        Spec.LatticeSpec l = spec.lattice();
        HoleVariation variation = spec.fabrication().variation();
        double keepout = spec.device().contactKeepoutUm() * 1000;
        if (variation.isNone() && l.rotationDeg() == 0) {
            return Layout.of(device(spec), lattice, l.idealHole().written(DBU_NM), l.edgeMarginNm(), keepout, DBU_NM);
        }
        return Layout.scattered(device(spec), l.unshiftedLattice(DBU_NM), l.idealHole(), l.edgeMarginNm(), keepout,
                DBU_NM, variation, l.rotationDeg(), l.originXNm(), l.originYNm());
    }

    /**
     * What the physics takes from the geometry. On the grid: the unit cell as written, whose facts
     * the periodic network reproduces. Scattered: the network extracted from the written holes, its
     * mean neck, plaquette, porosity and island over the interior; D scaled by the mean written
     * diameter. D is the diameter of the circle with the ideal hole's area: the nominal diameter for
     * a circle, the equivalent-area diameter for other shapes.
     */
    static ArrayGeometry geometry(LatticeType type, Layout layout, UnitCellFacts facts, NetworkStatistics network) {
        if (!layout.isScattered() || !(network.interiorHoles() > 0)) {
            return new ArrayGeometry(network(type), facts.pitchWrittenNm(), facts.holeEquivalentDiameterNm(),
                    facts.neckWidthNm(), facts.plaquetteAreaNm2(), facts.plaquetteAreaNm2(), facts.holeAreaNm2(),
                    facts.porosity(), facts.islandAreaNm2());
        }
        ScatteredHoles holes = layout.scattered().orElseThrow();
        double scale = meanDiameterNm(holes) / holes.shape(0).diameterNm();
        double area = network.porosity() * network.plaquetteAreaMeanNm2();
        return new ArrayGeometry(network(type), facts.pitchWrittenNm(), facts.holeEquivalentDiameterNm() * scale,
                network.neckWidthMeanNm(), network.plaquetteAreaMeanNm2(), network.plaquetteAreaMeanNm2(), area,
                network.porosity(), network.islandAreaMeanNm2());
    }

    private static double finiteOrZero(double v) {
        return Double.isFinite(v) ? v : 0.0;
    }

    /** The written hole polygon about its centre, nm, in the lattice's own frame (unrotated). */
    static double[] outlineNm(HoleShape hole) {
        return outlineNm(hole, DBU_NM);
    }

    static double[] outlineNm(HoleShape hole, double dbuNm) {
        int[] xy = hole.xy();
        double[] out = new double[xy.length];
        for (int k = 0; k < xy.length; k++) {
            out[k] = xy[k] * dbuNm;
        }
        return out;
    }

    /** Mean nominal diameter of the written holes (hole_diameter_nm plus each one's size class), nm. */
    static double meanDiameterNm(ScatteredHoles holes) {
        double sum = 0;
        long n = 0;
        for (var e : holes.classCounts().entrySet()) {
            sum += holes.shape(e.getKey()).diameterNm() * e.getValue();
            n += e.getValue();
        }
        return n == 0 ? holes.shape(0).diameterNm() : sum / n;
    }

    /** The written holes of the window a scattered network was extracted from, and the network. */
    record NetworkWindow(List<Hole> holes, JunctionNetwork network) {}

    /** Pitches on each side of the window of written holes a scattered network is extracted from. */
    static final int NETWORK_WINDOW_PITCHES = 16;

    /**
     * The junction network of a window of the written holes around the middle of the largest bulk
     * block (inside the array whatever the outline's shape), each hole with its own size.
     */
    static NetworkWindow scatteredNetwork(Spec spec, Layout layout, UnitCellFacts facts) {
        Optional<double[]> bulk = layout.bulkSiteNm();
        if (bulk.isEmpty()) {
            return new NetworkWindow(List.of(), JunctionNetwork.empty());
        }
        double[] c = bulk.get();
        double half = NETWORK_WINDOW_PITCHES * spec.lattice().pitchNm();
        Envelope window = new Envelope(c[0] - half, c[0] + half, c[1] - half, c[1] + half);
        double nominal = networkDiameterNm(spec, facts);
        List<Hole> in = new ArrayList<>();
        Envelope env = new Envelope();
        for (WrittenHole h : layout.holesNm(window)) {
            in.add(new Hole(h.xNm(), h.yNm(), nominal * h.shape().diameterNm() / spec.lattice().holeDiameterNm()));
            env.expandToInclude(h.xNm(), h.yNm());
        }
        if (in.size() < 3) {
            return new NetworkWindow(in, JunctionNetwork.empty());
        }
        double m = spec.lattice().pitchNm() / 2;
        return new NetworkWindow(in, NetworkExtractor.extract(in, Holes.rectangle(env.getMinX() - m, env.getMinY() - m,
                env.getMaxX() + m, env.getMaxY() + m)));
    }

    /**
     * How much stronger (above 1) or weaker the disordered network's phase stiffness is than that of
     * a uniform network of the mean junction. Each junction's coupling is ∝ 1/R_N (Ambegaokar–
     * Baratoff) with R_N ∝ its own neck channel (MODEL.md §2: {@link SheetResistance#neckChannelSquares},
     * neck less twice the edge damage); the network's stiffness relative to uniform couplings
     * ({@link NetworkStiffness}) times the mean coupling, over the coupling of the mean junction.
     * 1 when the network has no junctions to measure.
     */
    static double couplingFactor(NetworkWindow window, NetworkStatistics stats, double edgeDamageNm) {
        JunctionNetwork net = window.network();
        if (net.junctions().isEmpty() || !(stats.neckWidthMeanNm() > 0)) {
            return 1.0;
        }
        double[] x = net.islands().stream().mapToDouble(Island::xNm).toArray();
        double[] y = net.islands().stream().mapToDouble(Island::yNm).toArray();
        List<NetworkStiffness.Bond> bonds = new ArrayList<>();
        double radiusSum = 0;
        double lengthSum = 0;
        for (Junction j : net.junctions()) {
            double r = (window.holes().get(j.hole1()).diameterNm() + window.holes().get(j.hole2()).diameterNm()) / 4;
            bonds.add(new NetworkStiffness.Bond(j.island1(), j.island2(), 1 / channel(j.neckWidthNm(), r,
                    j.lengthNm(), edgeDamageNm)));
            radiusSum += r;
            lengthSum += j.lengthNm();
        }
        double relative = NetworkStiffness.relative(x, y, bonds);
        if (!(relative > 0)) {
            return 1.0;
        }
        int n = net.junctions().size();
        double meanCoupling = bonds.stream().mapToDouble(NetworkStiffness.Bond::coupling).average().orElseThrow();
        double meanJunction = 1 / channel(stats.neckWidthMeanNm(), radiusSum / n, lengthSum / n, edgeDamageNm);
        return relative * meanCoupling / meanJunction;
    }

    static double channel(double neckNm, double radiusNm, double lengthNm, double edgeDamageNm) {
        double w = Math.max(SheetResistance.MIN_NECK_NM, neckNm - 2 * edgeDamageNm);
        return SheetResistance.neckChannelSquares(w, radiusNm + edgeDamageNm, lengthNm / 2, lengthNm / 2);
    }

    /** Caveats of this pass: what the scattered holes mean for the geometry the physics took. */
    /**
     * The exposure as written does not make the array: the bulk hole (after correction, if any) does not clear
     * or merges with its neighbours. The mask is still written, as asked; the physics is of the drawn mask.
     */
    static Optional<ValidityFlag> printedWarning(EbeamResult.Model m) {
        PrintedGeometry.Site bulk = m.printedCorrected().orElse(m.printed()).bulk();
        if (bulk.printedDiameterNm() <= 0) {
            return Optional.of(new ValidityFlag("holes_do_not_print", "e-beam: the bulk hole does not clear at this "
                    + "dose (the development threshold is " + Numbers.format(m.thresholdRel()) + " x a uniformly "
                    + "exposed plane's energy at the base dose); "
                    + "raise ebeam.dose_uC_cm2 or lower ebeam.clearing_dose_uC_cm2"));
        }
        if (bulk.printedNeckNm() <= 0) {
            return Optional.of(new ValidityFlag("holes_merge", "e-beam: the bulk hole prints "
                    + Numbers.format(bulk.printedDiameterNm()) + " nm and merges with its neighbours (no neck left); "
                    + "lower ebeam.dose_uC_cm2 or raise ebeam.clearing_dose_uC_cm2"));
        }
        return Optional.empty();
    }

    static List<ValidityFlag> notes(Spec spec, Layout layout, org.jjmask.layout.drc.NeckStatistics necks,
            double coupling) {
        List<ValidityFlag> notes = new ArrayList<>();
        if (spec.model().tbkt() == Spec.TbktMethod.MONTE_CARLO && spec.model().measured().isEmpty()) {
            // a library caller that did not run MonteCarloTbkt: say so rather than pass the constant off as measured
            notes.add(new ValidityFlag("monte_carlo_not_run", "model.tbkt: monte_carlo, but no Monte Carlo "
                    + "measurement was given to this pass: the network kind's tabulated constant was used"));
        }
        if (!layout.isScattered() || spec.fabrication().variation().isNone()) {
            return List.copyOf(notes);
        }
        notes.add(new ValidityFlag("disordered_array", "holes written with sigma_D "
                + Numbers.format(spec.fabrication().diameterSigmaNm()) + " nm and sigma_pos "
                + Numbers.format(spec.fabrication().positionSigmaNm()) + " nm (seed " + spec.fabrication().seed()
                + "): the " + Numbers.count(necks.count()) + " written necks " + Numbers.spread(necks.meanNm(), necks.stdNm())
                + " nm, narrowest " + Numbers.format(necks.minNm())
                + " nm; the bulk network's phase stiffness is " + Numbers.format(coupling) + " × that of a network of the mean junction"));
        return List.copyOf(notes);
    }

    /**
     * The hole diameter the extracted network models each hole with. The network's neck is
     * centre distance minus diameter, so a circle takes its own diameter; any other shape takes
     * the width that reproduces the neck measured between the written polygons (its
     * equal-area circle can be wider than the pitch, e.g. a square of side 0.9a).
     */
    static double networkDiameterNm(Spec spec, UnitCellFacts facts) {
        if (spec.lattice().holeShape() == Spec.HoleShapeType.CIRCLE) {
            return facts.holeEquivalentDiameterNm();
        }
        return Math.max(1.0, facts.pitchWrittenNm() - facts.neckWidthNm());
    }

    /** The island network left between holes of a lattice kind (MODEL.md §1). */
    public static IslandNetwork network(LatticeType type) {
        return switch (type) {
            case TRIANGULAR -> IslandNetwork.HONEYCOMB;
            case SQUARE -> IslandNetwork.SQUARE;
            case HONEYCOMB -> IslandNetwork.TRIANGULAR;
            case KAGOME -> IslandNetwork.DICE;
        };
    }

    static Device device(Spec spec) {
        return spec.device().layout();
    }

    /** The labels and marks a spec asks for, nm. */
    public static Annotations annotations(Spec spec) {
        List<Annotations.Label> labels = spec.labels().stream()
                .map(l -> new Annotations.Label(l.text(), l.xUm() * 1000, l.yUm() * 1000, l.heightUm() * 1000)).toList();
        List<Annotations.Mark> marks = spec.marks().map(m -> m.positions().stream()
                .map(p -> new Annotations.Mark(p.name(), m.type().specName(), p.xUm() * 1000, p.yUm() * 1000, m.sizeUm() * 1000,
                        m.widthUm() * 1000)).toList()).orElse(List.of());
        return new Annotations(labels, marks);
    }

    // --- the cheap path: one unit cell, no device (optimiser, sweeps); run() above is the full pass ---

    /**
     * The cheap design pass on the database grid: the written unit cell, its design rules and the
     * prediction, without filling the device. For a lattice on the orthogonal grid the prediction is
     * {@link #run}'s (the physics takes the written unit cell there); the outline's rules (hole
     * margin, holes outside, labels, marks) need the device and are run's alone. A rotated or
     * disordered lattice is taken as its ideal lattice here; run extracts its network.
     */
    public static CellDesign cell(Spec spec) {
        return cell(spec, DBU_NM);
    }

    /**
     * The cheap pass on a grid of {@code dbuNm}: on a grid much finer than the database unit
     * (e.g. 0.001 nm) the unit cell follows pitch and diameter smoothly, which a continuous
     * optimiser needs; what is written is decided on {@link #DBU_NM}.
     */
    public static CellDesign cell(Spec spec, double dbuNm) {
        LatticeType type = spec.lattice().type();
        GridLattice lattice = spec.lattice().gridLattice(dbuNm);
        HoleShape hole = spec.lattice().idealHole().written(dbuNm);
        UnitCellFacts facts = UnitCellFacts.of(lattice, hole, dbuNm);
        List<Violation> drc = CellRules.check(spec, lattice, hole, facts, dbuNm);
        if (!(facts.neckWidthNm() > 0) || !(facts.porosity() < 1)) {
            return new CellDesign(spec, facts, Optional.empty(), Optional.empty(), drc);
        }
        ArrayGeometry geometry = new ArrayGeometry(network(type), facts.pitchWrittenNm(),
                facts.holeEquivalentDiameterNm(), facts.neckWidthNm(), facts.plaquetteAreaNm2(), facts.plaquetteAreaNm2(),
                facts.holeAreaNm2(), facts.porosity(), facts.islandAreaNm2())
                .withNeckWidthStdNm(neckWidthSigmaNm(spec.fabrication()));
        if (spec.lattice().holeShape() != Spec.HoleShapeType.CIRCLE) {
            geometry = geometry.withHoleOutline(outlineNm(hole, dbuNm));
        }
        return new CellDesign(spec, facts, Optional.of(geometry), Optional.of(predict(spec, geometry,
                spec.fabrication().edgeDamageNm())), drc);
    }

    /**
     * The neck-width spread the process's hole spreads imply, for the cheap path that sees one cell:
     * w = |c_i − c_j| − (D_i + D_j)/2 with independent normal centres (σ_pos per coordinate) and
     * diameters gives σ_w² = 2σ_pos² + σ_D²/2 [derived]; the full pass uses it too, so the two paths agree.
     */
    static double neckWidthSigmaNm(Spec.FabricationSpec f) {
        return Math.sqrt(2 * f.positionSigmaNm() * f.positionSigmaNm() + f.diameterSigmaNm() * f.diameterSigmaNm() / 2);
    }

    /**
     * The prediction a design pass makes of a geometry under a spec's film, substrate and base
     * temperature, with {@code edgeDamageNm} of damage at each hole edge: run's own steps, shared
     * with the cheap path and the yield Monte Carlo.
     */
    public static Prediction predict(Spec spec, ArrayGeometry geometry, double edgeDamageNm) {
        Conditions conditions = new Conditions(spec.conditions().baseTemperatureK(), edgeDamageNm,
                spec.fabrication().edgeExtrapolationOrCleanNm());
        // the cheap path compares headline numbers: no field curves (the final full pass draws them)
        return Predictor.predict(geometry, material(spec), substrate(spec), conditions,
                spec.model().options().withoutFieldCurves());
    }

    /** The film a spec describes: its preset's numbers with the spec's overrides, and their source. */
    static Material material(Spec spec) {
        Spec.MaterialSpec m = spec.material();
        String source = m.preset().isEmpty() ? "values given in the spec"
                : Presets.material(m.preset()).map(Material::source).orElse("");
        return new Material(m.preset().isEmpty() ? "custom film" : m.preset(), m.tc0K(), m.sheetResistanceOhm(),
                m.coherenceLengthNm(), m.thicknessNm(), m.gapRatio(), source, m.spinExchangePar());
    }

    /** The substrate a spec describes. */
    static Substrate substrate(Spec spec) {
        return new Substrate(spec.substrate().preset(), spec.substrate().epsilonR(),
                Presets.substrate(spec.substrate().preset()).map(Substrate::source).orElse("value given in the spec"));
    }

    /** The hole diameter the extracted network of a spec models each hole with ({@link #networkDiameterNm}). */
    public static double networkHoleDiameterNm(Spec spec, UnitCellFacts facts) {
        return networkDiameterNm(spec, facts);
    }
}
