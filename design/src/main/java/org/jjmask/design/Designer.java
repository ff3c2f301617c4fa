package org.jjmask.design;

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
import org.jjmask.physics.Prediction;
import org.jjmask.physics.Predictor;
import org.jjmask.physics.Presets;
import org.jjmask.physics.Substrate;
import org.jjmask.physics.ValidityFlag;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/** One design pass: spec → layout → geometry facts → design rules → prediction. Writes nothing. */
public final class Designer {

    /** Database unit, nm: 1 nm, as Raith and most e-beam tools expect (UNITS 1e-3 µm, 1e-9 m). */
    public static final double DBU_NM = 1.0;

    private Designer() {}

    public static DesignResult run(Spec spec) {
        LatticeType type = LatticeType.fromSpecName(spec.lattice().type()).orElseThrow();
        GridLattice lattice = spec.lattice().gridLattice(DBU_NM);
        HoleShape hole = spec.lattice().idealHole().written(DBU_NM);
        Layout layout = Layout.of(device(spec), lattice, hole, spec.lattice().edgeMarginNm(),
                spec.device().contactKeepoutUm() * 1000, DBU_NM);
        UnitCellFacts facts = UnitCellFacts.of(lattice, hole, DBU_NM);
        List<DrcViolation> drc = DesignRules.check(spec, layout, facts);

        // the physics takes D as the diameter of the circle with the ideal hole's area: the nominal
        // diameter for a circle, the equivalent-area diameter for other shapes; the hole area and
        // porosity it also takes are of the written polygon
        ArrayGeometry geometry = new ArrayGeometry(network(type), facts.pitchWrittenNm(), facts.holeEquivalentDiameterNm(),
                facts.neckWidthNm(), facts.plaquetteAreaNm2(), facts.plaquetteAreaNm2(), facts.holeAreaNm2(),
                facts.porosity(), facts.islandAreaNm2());
        Spec.MaterialSpec m = spec.material();
        String materialSource = m.preset().isEmpty() ? "values given in the spec"
                : Presets.material(m.preset()).map(Material::source).orElse("");
        Material material = new Material(m.preset().isEmpty() ? "custom film" : m.preset(), m.tc0K(),
                m.sheetResistanceOhm(), m.coherenceLengthNm(), m.thicknessNm(), m.gapRatio(), materialSource);
        Substrate substrate = new Substrate(spec.substrate().preset(), spec.substrate().epsilonR(),
                Presets.substrate(spec.substrate().preset()).map(Substrate::source).orElse("value given in the spec"));
        Conditions conditions = new Conditions(spec.conditions().baseTemperatureK(),
                spec.fabrication().edgeDamageNm());
        Prediction prediction = Predictor.predict(geometry, material, substrate, conditions);
        Optional<FilmLayout> film = spec.fabrication().negativeTone() ? Optional.of(FilmTiling.of(layout)) : Optional.empty();
        NetworkStatistics network = NetworkExtractor.periodic(lattice, networkDiameterNm(spec, facts), DBU_NM)
                .statistics();
        return new DesignResult(spec, layout, film, facts, network, geometry, material, substrate, conditions, prediction,
                drc, notes(spec), annotations(spec));
    }

    /** Caveats of this pass: spec values that are recorded but not yet carried into geometry or physics. */
    static List<ValidityFlag> notes(Spec spec) {
        double sigma = spec.fabrication().diameterSigmaNm();
        if (sigma == 0) {
            return List.of();
        }
        return List.of(new ValidityFlag("diameter_spread_not_applied", "fabrication.diameter_sigma_nm = "
                + Numbers.format(sigma) + " nm is recorded but not yet applied: every hole is written and predicted at the "
                + "nominal diameter; the design rules use the nominal neck"));
    }

    /**
     * The hole diameter the extracted network models each hole with. The network's neck is
     * centre distance minus diameter, so a circle takes its own diameter; any other shape takes
     * the width that reproduces the neck measured between the written polygons (its
     * equal-area circle can be wider than the pitch, e.g. a square of side 0.9a).
     */
    static double networkDiameterNm(Spec spec, UnitCellFacts facts) {
        if (spec.lattice().holeShape().equals("circle")) {
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
        return device(spec.device());
    }

    /** The labels and marks a spec asks for, nm. */
    public static Annotations annotations(Spec spec) {
        List<Annotations.Label> labels = spec.labels().stream()
                .map(l -> new Annotations.Label(l.text(), l.xUm() * 1000, l.yUm() * 1000, l.heightUm() * 1000)).toList();
        List<Annotations.Mark> marks = spec.marks().map(m -> m.positions().stream()
                .map(p -> new Annotations.Mark(p.name(), m.type(), p.xUm() * 1000, p.yUm() * 1000, m.sizeUm() * 1000,
                        m.widthUm() * 1000)).toList()).orElse(List.of());
        return new Annotations(labels, marks);
    }

    static Device device(Spec.DeviceSpec d) {
        return switch (d.type()) {
            case "polygon" -> {
                Polygon um = OutlineWkt.parseUm(d.wkt());
                yield new PolygonDevice((Polygon) new AffineTransformation().scale(1000, 1000).transform(um));
            }
            case "bridge" -> new Bridge(d.lengthUm(), d.widthUm(), d.taperLengthUm(), d.padSizeUm());
            case "cross" -> new Cross(d.armLengthUm(), d.widthUm(), d.padSizeUm());
            case "corbino" -> new Corbino(d.innerRadiusUm(), d.outerRadiusUm(), d.contactWidthUm());
            default -> new HallBar(d.lengthUm(), d.widthUm(), d.armPairs(), d.armWidthUm(), d.armLengthUm(),
                    d.padSizeUm(), d.patternArms());
        };
    }
}
