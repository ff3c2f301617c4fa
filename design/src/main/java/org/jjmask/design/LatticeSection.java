package org.jjmask.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.jjmask.design.spec.Key;
import org.jjmask.design.spec.Mapping;
import org.jjmask.design.spec.Section;
import org.jjmask.design.spec.SpecException;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.HoleShape;
import org.jjmask.layout.IdealHole;
import org.jjmask.layout.LatticeType;
import org.jjmask.layout.UnitCellFacts;

/** {@code lattice:}: the hole lattice and the hole's shape. */
final class LatticeSection {

    static final List<String> LATTICES = Arrays.stream(LatticeType.values()).map(LatticeType::specName).toList();

    static final Key TYPE = Key.choice("type", "lattice", LATTICES,
            "hole lattice (pitch = nearest-hole distance); its island network is the dual");
    static final Key PITCH = Key.number("pitch_nm", "nm", 4, 100_000, "nearest-neighbour hole spacing");
    static final Key DIAMETER = Key.number("hole_diameter_nm", "nm", 2, 100_000,
            "the hole's width along x for every shape (circle diameter, ellipse x axis, square side, hexagon flat to flat)");
    static final Key SHAPE = Key.choice("hole_shape", "hole shape", SpecName.names(Spec.HoleShapeType.class),
            "the written hole's shape").defaultsTo("circle");
    static final Key VERTICES = Key.whole("hole_vertices", "", 8, 256, "vertices of a circle or ellipse")
            .defaultsTo("from hole_sagitta_nm", true);
    static final Key SAGITTA = Key.number("hole_sagitta_nm", "nm", 0.001, 1000,
            "when hole_vertices is absent: the fewest vertices (a multiple of 4, 16–64) whose chords stay within this of "
                    + "the true curve").defaultsTo(IdealHole.DEFAULT_SAGITTA_NM);
    static final Key AREA_PRESERVING = Key.flag("hole_area_preserving", false,
            "scale a circle's or ellipse's polygon so its area equals the true shape's");
    static final Key ASPECT = Key.number("hole_aspect", "", 0.1, 10, "an ellipse's y/x axis ratio").aboveMin()
            .defaultsTo(1.0);
    static final Key ORIGIN = Key.pair("origin_nm", "nm", -1e7, 1e7,
            "[x, y] where a hole sits, device coordinates (the device is centred on 0, 0)").defaultsTo("[0, 0]", true);
    static final Key EDGE_MARGIN = Key.number("edge_margin_nm", "nm", 0, 1e6,
            "no hole closer than this to the outline; only whole holes are kept").defaultsTo(200.0);
    static final Key ROTATION = Key.number("rotation_deg", "°", -360, 360,
            "turns the lattice (and each non-circular hole) about its origin; the holes are then written one SREF each")
            .defaultsTo(0.0);

    static final Section SECTION = Section.of("lattice", "the hole lattice", TYPE, PITCH, DIAMETER, SHAPE, VERTICES,
            SAGITTA, AREA_PRESERVING, ASPECT, ORIGIN, EDGE_MARGIN, ROTATION);

    private LatticeSection() {}

    static Spec.LatticeSpec read(Mapping m) throws SpecException {
        LatticeType type = m.choice(TYPE, LatticeType::fromSpecName);
        double pitch = m.number(PITCH);
        double d = m.number(DIAMETER);
        Spec.HoleShapeType shape = m.choice(SHAPE, n -> SpecName.byName(Spec.HoleShapeType.class, n));
        if (!shape.curved()) {
            for (Key k : List.of(VERTICES, SAGITTA, AREA_PRESERVING)) {
                if (m.has(k)) {
                    throw m.fault(k, "applies only to lattice.hole_shape circle or ellipse (a " + shape.specName()
                            + " is written with its own " + (shape == Spec.HoleShapeType.SQUARE ? 4 : 6) + " corners)");
                }
            }
        }
        if (m.has(VERTICES) && m.has(SAGITTA)) {
            throw m.fault(SAGITTA, "give lattice.hole_vertices or lattice.hole_sagitta_nm, not both");
        }
        OptionalInt vertices = m.has(VERTICES) ? OptionalInt.of(m.whole(VERTICES)) : OptionalInt.empty();
        double sagitta = m.number(SAGITTA);
        boolean areaPreserving = m.flag(AREA_PRESERVING);
        double aspect = 1.0;
        if (m.has(ASPECT)) {
            if (shape != Spec.HoleShapeType.ELLIPSE) {
                throw m.fault(ASPECT, "applies only to lattice.hole_shape ellipse");
            }
            aspect = m.number(ASPECT);
            if (aspect * d < 2) {
                throw m.fault(ASPECT, "the ellipse's y axis, " + Mapping.fmt(aspect * d)
                        + " nm (hole_aspect × hole_diameter_nm), is below 2 nm");
            }
        }
        double[] origin = origin(m);
        double margin = m.number(EDGE_MARGIN);
        double rotation = m.number(ROTATION);
        Spec.LatticeSpec spec = new Spec.LatticeSpec(type, pitch, d, vertices, margin, shape, sagitta, areaPreserving,
                aspect, origin[0], origin[1], rotation);
        holesApart(m, spec);
        return spec;
    }

    /** {@code lattice.origin_nm: [x, y]}, nm; [0, 0] when absent. */
    private static double[] origin(Mapping m) throws SpecException {
        if (!m.has(ORIGIN)) {
            return new double[] {0, 0};
        }
        JsonNode xy = m.raw(ORIGIN).orElseThrow();
        boolean empty = false;
        for (JsonNode x : xy) {
            empty |= x.isNull();
        }
        if (xy.size() != 2 || empty) {
            throw m.fault(ORIGIN, "expected two numbers [x, y] in nm; got " + xy.size() + " value"
                    + (xy.size() == 1 ? "" : "s") + (empty ? " with an empty one" : ""));
        }
        return new double[] {m.bounded(ORIGIN, xy.get(0).asDouble()), m.bounded(ORIGIN, xy.get(1).asDouble())};
    }

    /**
     * Holes must not touch: the ideal shape's chord along every nearest-neighbour bond must be
     * shorter than the pitch (for a circle, D < pitch), and the written polygons, snapped to the
     * grid, must still leave a neck.
     */
    private static void holesApart(Mapping m, Spec.LatticeSpec spec) throws SpecException {
        IdealHole hole = spec.idealHole();
        double pitch = spec.pitchNm();
        double widest = 0;
        double at = 0;
        for (double deg : GridLattice.bondAnglesDeg(spec.type())) {
            double chord = hole.chordNm(Math.toRadians(deg));
            if (chord > widest) {
                widest = chord;
                at = deg;
            }
        }
        boolean aspectsFault = hole instanceof IdealHole.Ellipse && spec.holeDiameterNm() < pitch;
        Key key = aspectsFault ? ASPECT : DIAMETER;
        if (widest >= pitch) {
            if (hole instanceof IdealHole.Circle) {
                throw m.fault(key, Mapping.fmt(spec.holeDiameterNm()) + " must be smaller than lattice.pitch_nm ("
                        + Mapping.fmt(pitch) + "): holes would touch");
            }
            throw m.fault(key, describe(hole) + " spans " + Numbers.format(widest) + " nm along the " + Mapping.fmt(at)
                    + "° bonds, which must be smaller than lattice.pitch_nm (" + Mapping.fmt(pitch) + "): holes would touch");
        }
        double neck;
        HoleShape written;
        try {
            written = hole.written(Spec.DBU_NM);
            neck = UnitCellFacts.of(spec.gridLattice(Spec.DBU_NM), written, Spec.DBU_NM).neckWidthNm();
        } catch (IllegalArgumentException e) {
            throw m.fault(DIAMETER, e.getMessage());
        }
        if (neck <= 0) {
            throw m.fault(key, describe(hole) + " written on the " + Mapping.fmt(Spec.DBU_NM) + " nm grid as a "
                    + written.vertices() + "-gon leaves no neck (" + Numbers.format(neck) + " nm) at lattice.pitch_nm "
                    + Mapping.fmt(pitch) + ": holes would touch");
        }
    }

    private static String describe(IdealHole hole) {
        if (hole instanceof IdealHole.Ellipse e) {
            return "an ellipse of " + Mapping.fmt(e.diameterNm()) + " × " + Numbers.format(e.diameterYNm()) + " nm";
        }
        if (hole instanceof IdealHole.Square) {
            return "a square of side " + Mapping.fmt(hole.diameterNm()) + " nm";
        }
        if (hole instanceof IdealHole.Hexagon) {
            return "a hexagon " + Mapping.fmt(hole.diameterNm()) + " nm flat to flat";
        }
        return "a circle of " + Mapping.fmt(hole.diameterNm()) + " nm";
    }
}
