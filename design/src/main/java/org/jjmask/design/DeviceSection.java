package org.jjmask.design;

import java.nio.file.Path;
import java.util.List;
import org.jjmask.design.spec.Key;
import org.jjmask.design.spec.Mapping;
import org.jjmask.design.spec.Section;
import org.jjmask.design.spec.SpecException;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTWriter;

/**
 * {@code device:}: the template the lattice fills, one section per {@code type}. A key of another
 * type is refused by the type's own declarations ("does not apply to device.type bridge").
 */
final class DeviceSection {

    static final Key TYPE = Key.choice("type", "device type", SpecName.names(Spec.DeviceType.class), "the device template");
    static final Key KEEPOUT = Key.number("contact_keepout_um", "µm", 0, 10_000,
            "no hole closer than this (plus the edge margin) to a pad or contact").defaultsTo(0.0);

    /** Hall bar. */
    static final class HallBar {
        static final Key LENGTH = Key.number("length_um", "µm", 0.1, 100_000, "channel length");
        static final Key WIDTH = Key.number("width_um", "µm", 0.05, 100_000, "channel width");
        static final Key ARM_PAIRS = Key.whole("arm_pairs", "", 0, 50, "voltage-arm pairs").defaultsTo(2);
        static final Key ARM_WIDTH = Key.number("arm_width_um", "µm", 0.05, 100_000, "arm width")
                .defaultsTo("width_um / 4", true);
        static final Key ARM_LENGTH = Key.number("arm_length_um", "µm", 0.05, 100_000, "arm length beyond the channel")
                .defaultsTo("width_um", true);
        static final Key PAD = Key.number("pad_size_um", "µm", 0, 10_000, "square contact pads at the ends and arms, 0 = none")
                .defaultsTo(0.0);
        static final Key PATTERN_ARMS = Key.flag("pattern_arms", true, "the lattice in the arms too");
        static final Section SECTION = Section.of("hallbar", "a Hall bar: channel, voltage arms, optional pads", TYPE,
                LENGTH, WIDTH, ARM_PAIRS, ARM_WIDTH, ARM_LENGTH, PAD, PATTERN_ARMS, KEEPOUT);
    }

    /** Bridge. */
    static final class Bridge {
        static final Key LENGTH = Key.number("length_um", "µm", 0.1, 100_000, "bridge length (the patterned part)");
        static final Key WIDTH = Key.number("width_um", "µm", 0.05, 10_000, "bridge width");
        static final Key TAPER = Key.number("taper_length_um", "µm", 0, 10_000, "length of each taper to the pads")
                .defaultsTo(10.0);
        static final Key PAD = Key.number("pad_size_um", "µm", 0.1, 10_000, "pad side, wider than the bridge")
                .defaultsTo("the larger of 50 µm and 2 × width_um", true);
        static final Section SECTION = Section.of("bridge", "a bridge between two tapered pads", TYPE, LENGTH, WIDTH,
                TAPER, PAD, KEEPOUT);
    }

    /** Van der Pauw cross. */
    static final class Cross {
        static final Key ARM_LENGTH = Key.number("arm_length_um", "µm", 0.05, 100_000, "arm length beyond the centre square")
                .defaultsTo("width_um", true);
        static final Key WIDTH = Key.number("width_um", "µm", 0.05, 10_000, "arm width");
        static final Key PAD = Key.number("pad_size_um", "µm", 0, 10_000, "pads at the arm ends, 0 = none").defaultsTo(0.0);
        static final Section SECTION = Section.of("cross", "a van der Pauw cross", TYPE, ARM_LENGTH, WIDTH, PAD, KEEPOUT);
    }

    /** Corbino disk. */
    static final class Corbino {
        static final Key INNER = Key.number("inner_radius_um", "µm", 0.1, 10_000, "inner radius of the patterned annulus");
        static final Key OUTER = Key.number("outer_radius_um", "µm", 0.2, 10_000, "outer radius of the patterned annulus");
        static final Key CONTACT = Key.number("contact_width_um", "µm", 0.05, 10_000,
                "overlap of each contact with the film").defaultsTo("inner_radius_um / 2", true);
        static final Section SECTION = Section.of("corbino", "a Corbino disk between an inner disc and an outer ring contact",
                TYPE, INNER, OUTER, CONTACT, KEEPOUT);
    }

    /** Any outline, as WKT or from a GDS layer. */
    static final class Outline {
        static final Key FILE = Key.text("file", "the GDS file, relative to the spec's folder");
        static final Key LAYER = Key.whole("layer", "", 0, 65535, "the layer whose shapes' union is the outline");
        static final Key DATATYPE = Key.whole("datatype", "", 0, 65535, "its datatype").defaultsTo(0);
        static final Key CELL = Key.text("cell", "the cell to read under (default: the top cell)").defaultsTo("");
        static final Section GDS_SECTION = Section.of("gds", "the outline read from a GDS layer", FILE, LAYER, DATATYPE,
                CELL);
        static final Key WKT = Key.text("wkt", "the region to fill, a WKT POLYGON in µm").optional();
        static final Key GDS = Key.section(GDS_SECTION).optional();
        static final Section SECTION = Section.of("polygon", "any outline: wkt, or gds {file, layer, datatype, cell}",
                TYPE, WKT, GDS);
    }

    static final List<Section> TYPES = List.of(HallBar.SECTION, Bridge.SECTION, Cross.SECTION, Corbino.SECTION,
            Outline.SECTION);
    static final Section SECTION = Section.family("device", "the device template the lattice fills", "type", TYPES);

    private DeviceSection() {}

    static Spec.DeviceSpec read(Mapping m) throws SpecException {
        String typeName = m.text(TYPE);
        Spec.DeviceType type = SpecName.byName(Spec.DeviceType.class, typeName).orElseThrow(() -> m.fault(TYPE, "'"
                + typeName + "' is not a device type this version lays out (" + String.join(", ", TYPE.choices()) + ")"
                + Mapping.didYouMean(typeName, TYPE.choices()).replaceFirst("; known: .*", "")));
        Section own = TYPES.get(type.ordinal());
        List<String> ownKeys = own.keyNames().stream().filter(k -> !k.equals(TYPE.name())).toList();
        for (String written : m.writtenKeys()) {
            if (!own.key(written).isPresent()) {
                throw m.fault(m.keyPath(written), "does not apply to device.type " + typeName + " (its keys: "
                        + String.join(", ", ownKeys) + ")");
            }
        }
        double keepout = m.number(KEEPOUT);
        return switch (type) {
            case POLYGON -> polygon(m);
            case BRIDGE -> bridge(m, keepout);
            case CROSS -> cross(m, keepout);
            case CORBINO -> corbino(m, keepout);
            case HALLBAR -> hallBar(m, keepout);
        };
    }

    private static Spec.DeviceSpec bridge(Mapping m, double keepout) throws SpecException {
        double length = m.number(Bridge.LENGTH);
        double width = m.number(Bridge.WIDTH);
        double taper = m.number(Bridge.TAPER);
        double pad = m.number(Bridge.PAD, Math.max(50.0, 2 * width));
        if (pad <= width) {
            throw m.fault(m.has(Bridge.PAD) ? Bridge.PAD : Bridge.WIDTH, "the pads (" + Mapping.fmt(pad)
                    + " µm) must be wider than the bridge (" + Mapping.fmt(width) + " µm)");
        }
        return new Spec.BridgeSpec(length, width, taper, pad, keepout);
    }

    private static Spec.DeviceSpec cross(Mapping m, double keepout) throws SpecException {
        double width = m.number(Cross.WIDTH);
        double arm = m.number(Cross.ARM_LENGTH, width);
        double pad = m.number(Cross.PAD);
        if (pad > 0 && pad > 2 * arm + width) {
            throw m.fault(Cross.PAD, "pads of " + Mapping.fmt(pad) + " µm would touch each other; at most 2 × "
                    + "arm_length_um + width_um = " + Mapping.fmt(2 * arm + width) + " µm");
        }
        return new Spec.CrossSpec(arm, width, pad, keepout);
    }

    private static Spec.DeviceSpec corbino(Mapping m, double keepout) throws SpecException {
        double inner = m.number(Corbino.INNER);
        double outer = m.number(Corbino.OUTER);
        if (outer <= inner) {
            throw m.fault(Corbino.OUTER, Mapping.fmt(outer) + " must be larger than device.inner_radius_um ("
                    + Mapping.fmt(inner) + ")");
        }
        double contact = m.number(Corbino.CONTACT, inner / 2);
        if (contact >= inner) {
            throw m.fault(Corbino.CONTACT, Mapping.fmt(contact) + " must be smaller than device.inner_radius_um ("
                    + Mapping.fmt(inner) + "): the inner contact overlaps the film by this much");
        }
        return new Spec.CorbinoSpec(inner, outer, contact, keepout);
    }

    private static Spec.DeviceSpec hallBar(Mapping m, double keepout) throws SpecException {
        double length = m.number(HallBar.LENGTH);
        double width = m.number(HallBar.WIDTH);
        int pairs = m.whole(HallBar.ARM_PAIRS);
        double armWidth = m.number(HallBar.ARM_WIDTH, width / 4);
        double armLength = m.number(HallBar.ARM_LENGTH, width);
        if (pairs > 0 && (pairs + 1) * armWidth > length) {
            throw m.fault(m.has(HallBar.ARM_WIDTH) ? HallBar.ARM_WIDTH : HallBar.ARM_PAIRS, pairs + " arm pairs of "
                    + Mapping.fmt(armWidth) + " µm do not fit along a " + Mapping.fmt(length) + " µm channel");
        }
        double pad = m.number(HallBar.PAD);
        if (pad > 0 && pairs > 0 && pad >= length / (pairs + 1)) {
            throw m.fault(HallBar.PAD, "pads of " + Mapping.fmt(pad) + " µm would touch: arms are "
                    + Mapping.fmt(length / (pairs + 1)) + " µm apart");
        }
        if (pad > 0 && pairs > 0 && pad < armWidth) {
            throw m.fault(HallBar.PAD, Mapping.fmt(pad) + " µm pads are narrower than the " + Mapping.fmt(armWidth)
                    + " µm arms");
        }
        return new Spec.HallBarSpec(length, width, pairs, armWidth, armLength, pad, m.flag(HallBar.PATTERN_ARMS),
                keepout);
    }

    /** A polygon device: its WKT (µm) given, or read from a GDS layer and kept as WKT. */
    private static Spec.DeviceSpec polygon(Mapping m) throws SpecException {
        if (m.has(Outline.WKT) && m.has(Outline.GDS)) {
            throw m.fault(Outline.GDS, "give device.wkt or device.gds, not both");
        }
        if (m.has(Outline.GDS)) {
            Mapping g = m.section(Outline.GDS);
            String file = g.text(Outline.FILE);
            int layer = g.whole(Outline.LAYER);
            int datatype = g.whole(Outline.DATATYPE);
            String cell = g.text(Outline.CELL);
            Path path = m.context().baseDir().resolve(file);
            Polygon um;
            try {
                um = GdsOutline.readUm(path, layer, datatype, cell);
            } catch (GdsOutline.Fault e) {
                throw g.fault(g.keyPath(e.key), e.getMessage());
            }
            String source = file + " layer " + layer + "/" + datatype + (cell.isEmpty() ? "" : " cell " + cell);
            return new Spec.PolygonSpec(new WKTWriter().write(um), source);
        }
        String wkt = m.text(Outline.WKT);
        try {
            OutlineWkt.parseUm(wkt);
        } catch (IllegalArgumentException e) {
            throw m.fault(Outline.WKT, e.getMessage());
        }
        return new Spec.PolygonSpec(wkt, "");
    }
}
