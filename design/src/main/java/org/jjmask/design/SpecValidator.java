package org.jjmask.design;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.HoleShape;
import org.jjmask.layout.IdealHole;
import org.jjmask.layout.VariationPreset;
import org.jjmask.layout.LatticeType;
import org.jjmask.layout.UnitCellFacts;
import org.jjmask.physics.Material;
import org.jjmask.physics.Presets;
import org.jjmask.physics.Substrate;

/** Resolves presets and defaults of a {@link RawSpec} and checks every value; the first fault is thrown. */
final class SpecValidator {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final List<String> DEVICES = List.of("hallbar", "bridge", "cross", "corbino", "polygon");
    private static final Set<String> VARY = Set.of("pitch_nm", "hole_diameter_nm", "lattice");
    private static final List<String> TONES = List.of("positive", "negative");
    private static final Set<String> PHASES = Set.of("superconductor", "anomalous_metal", "insulator");
    static final double BCS_GAP_RATIO = 3.528;

    private final String source;
    private final KeyLines lines;
    private final String sha256;
    /** Where relative paths in the spec (device.gds.file) are resolved: the spec file's directory. */
    private final java.nio.file.Path baseDir;

    SpecValidator(String source, KeyLines lines, String sha256) {
        this(source, lines, sha256, java.nio.file.Path.of(""));
    }

    SpecValidator(String source, KeyLines lines, String sha256, java.nio.file.Path baseDir) {
        this.source = source;
        this.lines = lines;
        this.sha256 = sha256;
        this.baseDir = baseDir;
    }

    Spec validate(RawSpec raw) throws SpecException {
        String name = required("name", raw.name());
        if (!NAME.matcher(name).matches()) {
            throw fault("name", "'" + name + "' is not a plain file stem (letters, digits, _ and -, at most 64)");
        }
        if (raw.material() == null) {
            throw missing("material");
        }
        if (raw.device() == null) {
            throw missing("device");
        }
        if (raw.lattice() == null) {
            throw missing("lattice");
        }
        Spec.MaterialSpec material = material(raw.material());
        Spec.DeviceSpec device = device(raw.device());
        Spec.LatticeSpec lattice = lattice(raw.lattice());
        Spec.FabricationSpec fabrication = fabrication(raw.fabrication(), lattice);
        List<Spec.LabelSpec> labels = List.of();
        Optional<Spec.MarksSpec> marks = Optional.empty();
        if (raw.labels() != null || raw.marks() != null) {
            labels = labels(raw.labels());
            // corner marks go around the outline's bounding box
            marks = marks(raw.marks(), raw.marks() == null ? null : Designer.device(device).outline());
        }
        return new Spec(name, material, substrate(raw.substrate(), material), device, lattice, fabrication,
                conditions(raw.conditions()), target(raw.target(), lattice, fabrication), sha256, labels, marks,
                model(raw.model()), ebeam(raw.ebeam()));
    }

    /**
     * {@code labels: [{text, x_um, y_um, height_um}]}: text in the built-in font. Where a label may
     * go (off the hole array, off other labels) is a design rule, not a spec fault
     * ({@link DesignRules}).
     */
    private List<Spec.LabelSpec> labels(List<RawSpec.Label> raw) throws SpecException {
        if (raw == null) {
            return List.of();
        }
        List<Spec.LabelSpec> out = new java.util.ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String key = "labels[" + i + "]";
            RawSpec.Label l = raw.get(i);
            if (l == null) {
                throw missing(key + ".text");
            }
            String text = required(key + ".text", l.text());
            if (text.length() > 64) {
                throw fault(key + ".text", "'" + text + "' is longer than 64 characters");
            }
            int bad = org.jjmask.layout.StrokeFont.firstUnsupported(text);
            if (bad >= 0) {
                throw fault(key + ".text", "character '" + text.charAt(bad) + "' of '" + text + "' is not in the label "
                        + "font (A-Z, 0-9, '-', '_', '.' and space)");
            }
            double x = number(key + ".x_um", l.xUm(), Optional.empty(), -1e5, 1e5);
            double y = number(key + ".y_um", l.yUm(), Optional.empty(), -1e5, 1e5);
            double h = number(key + ".height_um", l.heightUm(), Optional.of(10.0), 1, 10_000);
            out.add(new Spec.LabelSpec(text, x, y, h));
        }
        return out;
    }

    /**
     * {@code marks: {type, size_um, width_um, positions_um | corners, margin_um, clearance_um}}. A
     * mark too close to the device, another mark or a label is a design rule ({@link DesignRules}),
     * so that {@code jjmask check} reports it with its place.
     */
    private Optional<Spec.MarksSpec> marks(RawSpec.Marks m, org.locationtech.jts.geom.Polygon outline)
            throws SpecException {
        if (m == null) {
            return Optional.empty();
        }
        String type = m.type() == null ? "cross" : m.type();
        if (!List.of("cross", "square").contains(type)) {
            throw fault("marks.type", "unknown mark '" + type + "'" + didYouMean(type, List.of("cross", "square")));
        }
        double size = number("marks.size_um", m.sizeUm(), Optional.of(10.0), 0.5, 1000);
        double width = 0;
        if (type.equals("cross")) {
            width = number("marks.width_um", m.widthUm(), Optional.of(size / 5), 0.05, size);
            if (width >= size) {
                throw fault("marks.width_um", fmt(width) + " must be smaller than marks.size_um (" + fmt(size) + ")");
            }
        } else if (m.widthUm() != null) {
            throw fault("marks.width_um", "applies only to marks.type cross");
        }
        double clearance = number("marks.clearance_um", m.clearanceUm(),
                Optional.of(Spec.MarksSpec.DEFAULT_CLEARANCE_UM), 0, 1000);
        boolean corners = Boolean.TRUE.equals(m.corners());
        if (corners == (m.positionsUm() != null)) {
            throw fault(corners ? "marks.corners" : "marks", "give marks.positions_um or marks.corners: true (one of them)");
        }
        if (!corners && m.marginUm() != null) {
            throw fault("marks.margin_um", "applies only with marks.corners: true");
        }
        List<Spec.MarkPosition> positions = new java.util.ArrayList<>();
        if (corners) {
            double margin = number("marks.margin_um", m.marginUm(), Optional.of(10.0), 0, 10_000);
            org.locationtech.jts.geom.Envelope e = outline.getEnvelopeInternal();
            double off = margin + size / 2;
            double x0 = e.getMinX() / 1000 - off;
            double x1 = e.getMaxX() / 1000 + off;
            double y0 = e.getMinY() / 1000 - off;
            double y1 = e.getMaxY() / 1000 + off;
            positions.add(new Spec.MarkPosition("LL", x0, y0));
            positions.add(new Spec.MarkPosition("LR", x1, y0));
            positions.add(new Spec.MarkPosition("UR", x1, y1));
            positions.add(new Spec.MarkPosition("UL", x0, y1));
        } else {
            if (m.positionsUm().isEmpty()) {
                throw fault("marks.positions_um", "give at least one [x, y] position");
            }
            for (int i = 0; i < m.positionsUm().size(); i++) {
                String key = "marks.positions_um[" + i + "]";
                List<Double> xy = m.positionsUm().get(i);
                if (xy == null || xy.size() != 2 || xy.contains(null)) {
                    throw fault(key, "expected two numbers [x, y] in µm");
                }
                positions.add(new Spec.MarkPosition("M" + (i + 1), number(key, xy.get(0), Optional.empty(), -1e5, 1e5),
                        number(key, xy.get(1), Optional.empty(), -1e5, 1e5)));
            }
        }
        return Optional.of(new Spec.MarksSpec(type, size, width, positions, clearance));
    }

    private Spec.MaterialSpec material(RawSpec.Material m) throws SpecException {
        Optional<Material> preset = Optional.empty();
        if (m.preset() != null) {
            preset = Presets.material(m.preset());
            if (preset.isEmpty()) {
                throw fault("material.preset", "unknown preset '" + m.preset() + "'" + didYouMean(m.preset(),
                        Presets.materials().stream().map(Material::name).toList()));
            }
        }
        Optional<Material> p = preset;
        double thickness = number("material.thickness_nm", m.thicknessNm(), p.map(Material::thicknessNm), 0.1, 10_000);
        double tc0 = number("material.tc0_K", m.tc0K(), p.map(Material::tc0K), 0.01, 200);
        double rs = number("material.sheet_resistance_ohm", m.sheetResistanceOhm(),
                p.map(Material::sheetResistanceOhm), 1e-3, 1e7);
        double xi = number("material.coherence_length_nm", m.coherenceLengthNm(), p.map(Material::coherenceLengthNm),
                0.1, 10_000);
        double gap = number("material.gap_ratio", m.gapRatio(), Optional.of(p.map(Material::gapRatio).orElse(BCS_GAP_RATIO)),
                3.0, 10);
        // η∥, the in-plane spin-exchange term of magnetic rare-earth ions: the preset's, else 0 (none)
        double eta = number("material.spin_exchange_par", m.spinExchangePar(),
                Optional.of(p.map(Material::spinExchangePar).orElse(0.0)), 0, 10);
        return new Spec.MaterialSpec(p.map(Material::name).orElse(""), thickness, tc0, rs, xi, gap, eta);
    }

    private Spec.SubstrateSpec substrate(RawSpec.Substrate s, Spec.MaterialSpec material) throws SpecException {
        String presetName = s == null || s.preset() == null ? defaultSubstrate(material) : s.preset();
        Optional<Substrate> preset = Presets.substrate(presetName);
        if (preset.isEmpty()) {
            throw fault("substrate.preset", "unknown preset '" + presetName + "'" + didYouMean(presetName,
                    Presets.substrates().stream().map(Substrate::name).toList()));
        }
        Double explicit = s == null ? null : s.epsilonR();
        double eps = number("substrate.epsilon_r", explicit, preset.map(Substrate::epsilonLowT), 1.0, 1e6);
        return new Spec.SubstrateSpec(preset.get().name(), eps);
    }

    private static String defaultSubstrate(Spec.MaterialSpec material) {
        return material.preset().isEmpty() ? "SrTiO3" : Presets.usualSubstrate(material.preset()).orElse("SrTiO3");
    }

    private Spec.DeviceSpec device(RawSpec.Device d) throws SpecException {
        String type = required("device.type", d.type());
        if (!DEVICES.contains(type)) {
            throw fault("device.type", "'" + type + "' is not a device type this version lays out ("
                    + String.join(", ", DEVICES) + ")" + didYouMean(type, DEVICES).replaceFirst("; known: .*", ""));
        }
        java.util.Map<String, Object> given = new java.util.LinkedHashMap<>();
        given.put("length_um", d.lengthUm());
        given.put("width_um", d.widthUm());
        given.put("arm_pairs", d.armPairs());
        given.put("arm_width_um", d.armWidthUm());
        given.put("arm_length_um", d.armLengthUm());
        given.put("pad_size_um", d.padSizeUm());
        given.put("pattern_arms", d.patternArms());
        given.put("taper_length_um", d.taperLengthUm());
        given.put("inner_radius_um", d.innerRadiusUm());
        given.put("outer_radius_um", d.outerRadiusUm());
        given.put("contact_width_um", d.contactWidthUm());
        given.put("contact_keepout_um", d.contactKeepoutUm());
        given.put("wkt", d.wkt());
        given.put("gds", d.gds());
        List<String> keys = switch (type) {
            case "hallbar" -> List.of("length_um", "width_um", "arm_pairs", "arm_width_um", "arm_length_um", "pad_size_um",
                    "pattern_arms", "contact_keepout_um");
            case "bridge" -> List.of("length_um", "width_um", "taper_length_um", "pad_size_um", "contact_keepout_um");
            case "cross" -> List.of("arm_length_um", "width_um", "pad_size_um", "contact_keepout_um");
            case "corbino" -> List.of("inner_radius_um", "outer_radius_um", "contact_width_um", "contact_keepout_um");
            default -> List.of("wkt", "gds");
        };
        for (java.util.Map.Entry<String, Object> e : given.entrySet()) {
            if (e.getValue() != null && !keys.contains(e.getKey())) {
                throw fault("device." + e.getKey(), "does not apply to device.type " + type + " (its keys: "
                        + String.join(", ", keys) + ")");
            }
        }
        double keepout = number("device.contact_keepout_um", d.contactKeepoutUm(), Optional.of(0.0), 0, 10_000);
        switch (type) {
            case "polygon" -> {
                return polygon(d);
            }
            case "bridge" -> {
                double length = number("device.length_um", d.lengthUm(), Optional.empty(), 0.1, 100_000);
                double width = number("device.width_um", d.widthUm(), Optional.empty(), 0.05, 10_000);
                double taper = number("device.taper_length_um", d.taperLengthUm(), Optional.of(10.0), 0, 10_000);
                double pad = number("device.pad_size_um", d.padSizeUm(), Optional.of(Math.max(50.0, 2 * width)), 0.1, 10_000);
                if (pad <= width) {
                    throw fault(d.padSizeUm() != null ? "device.pad_size_um" : "device.width_um", "the pads ("
                            + fmt(pad) + " µm) must be wider than the bridge (" + fmt(width) + " µm)");
                }
                return new Spec.DeviceSpec(type, length, width, 0, 0, 0, "", pad, true, taper, 0, 0, 0, keepout, "");
            }
            case "cross" -> {
                double width = number("device.width_um", d.widthUm(), Optional.empty(), 0.05, 10_000);
                double arm = number("device.arm_length_um", d.armLengthUm(), Optional.of(width), 0.05, 100_000);
                double pad = number("device.pad_size_um", d.padSizeUm(), Optional.of(0.0), 0, 10_000);
                if (pad > 0 && pad > 2 * arm + width) {
                    throw fault("device.pad_size_um", "pads of " + fmt(pad) + " µm would touch each other; at most 2 × "
                            + "arm_length_um + width_um = " + fmt(2 * arm + width) + " µm");
                }
                return new Spec.DeviceSpec(type, 0, width, 0, 0, arm, "", pad, true, 0, 0, 0, 0, keepout, "");
            }
            case "corbino" -> {
                double inner = number("device.inner_radius_um", d.innerRadiusUm(), Optional.empty(), 0.1, 10_000);
                double outer = number("device.outer_radius_um", d.outerRadiusUm(), Optional.empty(), 0.2, 10_000);
                if (outer <= inner) {
                    throw fault("device.outer_radius_um", fmt(outer) + " must be larger than device.inner_radius_um ("
                            + fmt(inner) + ")");
                }
                double contact = number("device.contact_width_um", d.contactWidthUm(), Optional.of(inner / 2), 0.05, 10_000);
                if (contact >= inner) {
                    throw fault("device.contact_width_um", fmt(contact) + " must be smaller than device.inner_radius_um ("
                            + fmt(inner) + "): the inner contact overlaps the film by this much");
                }
                return new Spec.DeviceSpec(type, 0, 0, 0, 0, 0, "", 0, true, 0, inner, outer, contact, keepout, "");
            }
            default -> {
                // hallbar
            }
        }
        double length = number("device.length_um", d.lengthUm(), Optional.empty(), 0.1, 100_000);
        double width = number("device.width_um", d.widthUm(), Optional.empty(), 0.05, 100_000);
        int pairs = whole("device.arm_pairs", d.armPairs(), 2, 0, 50);
        double armWidth = number("device.arm_width_um", d.armWidthUm(), Optional.of(width / 4), 0.05, 100_000);
        double armLength = number("device.arm_length_um", d.armLengthUm(), Optional.of(width), 0.05, 100_000);
        if (pairs > 0 && (pairs + 1) * armWidth > length) {
            throw fault(d.armWidthUm() != null ? "device.arm_width_um" : "device.arm_pairs", pairs
                    + " arm pairs of " + fmt(armWidth) + " µm do not fit along a " + fmt(length) + " µm channel");
        }
        double pad = number("device.pad_size_um", d.padSizeUm(), Optional.of(0.0), 0, 10_000);
        if (pad > 0 && pairs > 0 && pad >= length / (pairs + 1)) {
            throw fault("device.pad_size_um", "pads of " + fmt(pad) + " µm would touch: arms are "
                    + fmt(length / (pairs + 1)) + " µm apart");
        }
        if (pad > 0 && pairs > 0 && pad < armWidth) {
            throw fault("device.pad_size_um", fmt(pad) + " µm pads are narrower than the " + fmt(armWidth) + " µm arms");
        }
        boolean patternArms = d.patternArms() == null || d.patternArms();
        return new Spec.DeviceSpec(type, length, width, pairs, armWidth, armLength, "", pad, patternArms, 0, 0, 0, 0,
                keepout, "");
    }

    /** A polygon device: its WKT (µm) given, or read from a GDS layer and kept as WKT. */
    private Spec.DeviceSpec polygon(RawSpec.Device d) throws SpecException {
        if (d.wkt() != null && d.gds() != null) {
            throw fault("device.gds", "give device.wkt or device.gds, not both");
        }
        if (d.gds() != null) {
            RawSpec.Gds g = d.gds();
            String file = required("device.gds.file", g.file());
            if (g.layer() == null) {
                throw missing("device.gds.layer");
            }
            int layer = whole("device.gds.layer", g.layer(), 0, 0, 65535);
            int datatype = whole("device.gds.datatype", g.datatype(), 0, 0, 65535);
            String cell = g.cell() == null ? "" : g.cell();
            java.nio.file.Path path = baseDir.resolve(file);
            org.locationtech.jts.geom.Polygon um;
            try {
                um = GdsOutline.readUm(path, layer, datatype, cell);
            } catch (GdsOutline.Fault e) {
                throw fault("device.gds." + e.key, e.getMessage());
            }
            String wkt = new org.locationtech.jts.io.WKTWriter().write(um);
            String sourceText = file + " layer " + layer + "/" + datatype + (cell.isEmpty() ? "" : " cell " + cell);
            return new Spec.DeviceSpec("polygon", 0, 0, 0, 0, 0, wkt, 0, true, 0, 0, 0, 0, 0, sourceText);
        }
        String wkt = required("device.wkt", d.wkt());
        try {
            OutlineWkt.parseUm(wkt);
        } catch (IllegalArgumentException e) {
            throw fault("device.wkt", e.getMessage());
        }
        return new Spec.DeviceSpec("polygon", 0, 0, 0, 0, 0, wkt);
    }

    private Spec.LatticeSpec lattice(RawSpec.Lattice l) throws SpecException {
        String type = required("lattice.type", l.type());
        if (LatticeType.fromSpecName(type).isEmpty()) {
            throw fault("lattice.type", "unknown lattice '" + type + "'" + didYouMean(type,
                    List.of("triangular", "square", "honeycomb", "kagome")));
        }
        double pitch = number("lattice.pitch_nm", l.pitchNm(), Optional.empty(), 4, 100_000);
        double d = number("lattice.hole_diameter_nm", l.holeDiameterNm(), Optional.empty(), 2, 100_000);
        String shape = l.holeShape() == null ? "circle" : l.holeShape();
        if (!IdealHole.SHAPES.contains(shape)) {
            throw fault("lattice.hole_shape", "unknown hole shape '" + shape + "'" + didYouMean(shape, IdealHole.SHAPES));
        }
        boolean curved = shape.equals("circle") || shape.equals("ellipse");
        if (!curved) {
            String[][] curvedOnly = {{"hole_vertices", asText(l.holeVertices())}, {"hole_sagitta_nm", asText(l.holeSagittaNm())},
                {"hole_area_preserving", asText(l.holeAreaPreserving())}};
            for (String[] k : curvedOnly) {
                if (k[1] != null) {
                    throw fault("lattice." + k[0], "applies only to lattice.hole_shape circle or ellipse (a " + shape
                            + " is written with its own " + (shape.equals("square") ? 4 : 6) + " corners)");
                }
            }
        }
        if (l.holeVertices() != null && l.holeSagittaNm() != null) {
            throw fault("lattice.hole_sagitta_nm", "give lattice.hole_vertices or lattice.hole_sagitta_nm, not both");
        }
        OptionalInt vertices = l.holeVertices() == null ? OptionalInt.empty()
                : OptionalInt.of(whole("lattice.hole_vertices", l.holeVertices(), 32, 8, 256));
        double sagitta = number("lattice.hole_sagitta_nm", l.holeSagittaNm(), Optional.of(IdealHole.DEFAULT_SAGITTA_NM),
                0.001, 1000);
        boolean areaPreserving = Boolean.TRUE.equals(l.holeAreaPreserving());
        double aspect = 1.0;
        if (l.holeAspect() != null) {
            if (!shape.equals("ellipse")) {
                throw fault("lattice.hole_aspect", "applies only to lattice.hole_shape ellipse");
            }
            aspect = l.holeAspect();
            if (!Double.isFinite(aspect)) {
                throw fault("lattice.hole_aspect", aspect + " is not a finite number");
            }
            if (aspect <= 0.1 || aspect > 10) {
                throw fault("lattice.hole_aspect", fmt(aspect) + " is out of range (0.1, 10]");
            }
            if (aspect * d < 2) {
                throw fault("lattice.hole_aspect", "the ellipse's y axis, " + fmt(aspect * d)
                        + " nm (hole_aspect × hole_diameter_nm), is below 2 nm");
            }
        }
        double[] origin = origin(l.originNm());
        double margin = number("lattice.edge_margin_nm", l.edgeMarginNm(), Optional.of(200.0), 0, 1e6);
        double rotation = number("lattice.rotation_deg", l.rotationDeg(), Optional.of(0.0), -360, 360);
        Spec.LatticeSpec spec = new Spec.LatticeSpec(type, pitch, d, vertices, margin, shape, sagitta, areaPreserving,
                aspect, origin[0], origin[1], rotation);
        holesApart(spec, LatticeType.fromSpecName(type).orElseThrow());
        return spec;
    }

    private static String asText(Object value) {
        return value == null ? null : value.toString();
    }

    /** {@code lattice.origin_nm: [x, y]}, nm; [0, 0] when absent. */
    private double[] origin(List<Double> xy) throws SpecException {
        if (xy == null) {
            return new double[] {0, 0};
        }
        if (xy.size() != 2 || xy.contains(null)) {
            throw fault("lattice.origin_nm", "expected two numbers [x, y] in nm; got " + xy.size() + " value"
                    + (xy.size() == 1 ? "" : "s") + (xy.contains(null) ? " with an empty one" : ""));
        }
        return new double[] {
            number("lattice.origin_nm", xy.get(0), Optional.empty(), -1e7, 1e7),
            number("lattice.origin_nm", xy.get(1), Optional.empty(), -1e7, 1e7)};
    }

    /**
     * Holes must not touch: the ideal shape's chord along every nearest-neighbour bond must be
     * shorter than the pitch (for a circle, D < pitch), and the written polygons, snapped to the
     * grid, must still leave a neck.
     */
    private void holesApart(Spec.LatticeSpec spec, LatticeType type) throws SpecException {
        IdealHole hole = spec.idealHole();
        double pitch = spec.pitchNm();
        double widest = 0;
        double at = 0;
        for (double deg : GridLattice.bondAnglesDeg(type)) {
            double chord = hole.chordNm(Math.toRadians(deg));
            if (chord > widest) {
                widest = chord;
                at = deg;
            }
        }
        boolean aspectsFault = hole instanceof IdealHole.Ellipse && spec.holeDiameterNm() < pitch;
        String key = aspectsFault ? "lattice.hole_aspect" : "lattice.hole_diameter_nm";
        if (widest >= pitch) {
            if (hole instanceof IdealHole.Circle) {
                throw fault(key, fmt(spec.holeDiameterNm()) + " must be smaller than lattice.pitch_nm (" + fmt(pitch)
                        + "): holes would touch");
            }
            throw fault(key, describe(hole) + " spans " + Numbers.format(widest) + " nm along the " + fmt(at)
                    + "° bonds, which must be smaller than lattice.pitch_nm (" + fmt(pitch) + "): holes would touch");
        }
        double neck;
        HoleShape written;
        try {
            written = hole.written(Designer.DBU_NM);
            neck = UnitCellFacts.of(spec.gridLattice(Designer.DBU_NM), written, Designer.DBU_NM).neckWidthNm();
        } catch (IllegalArgumentException e) {
            throw fault("lattice.hole_diameter_nm", e.getMessage());
        }
        if (neck <= 0) {
            throw fault(key, describe(hole) + " written on the " + fmt(Designer.DBU_NM) + " nm grid as a "
                    + written.vertices() + "-gon leaves no neck (" + Numbers.format(neck) + " nm) at lattice.pitch_nm "
                    + fmt(pitch) + ": holes would touch");
        }
    }

    private static String describe(IdealHole hole) {
        if (hole instanceof IdealHole.Ellipse e) {
            return "an ellipse of " + fmt(e.diameterNm()) + " × " + Numbers.format(e.diameterYNm()) + " nm";
        }
        if (hole instanceof IdealHole.Square) {
            return "a square of side " + fmt(hole.diameterNm()) + " nm";
        }
        if (hole instanceof IdealHole.Hexagon) {
            return "a hexagon " + fmt(hole.diameterNm()) + " nm flat to flat";
        }
        return "a circle of " + fmt(hole.diameterNm()) + " nm";
    }

    private Spec.FabricationSpec fabrication(RawSpec.Fabrication f, Spec.LatticeSpec lattice) throws SpecException {
        RawSpec.Fabrication x = f == null ? new RawSpec.Fabrication(null, null, null, null, null, null, null, null, null, null) : f;
        String tone = x.tone() == null ? "positive" : x.tone();
        if (!TONES.contains(tone)) {
            throw fault("fabrication.tone", "unknown tone '" + tone + "'" + didYouMean(tone, List.of("positive", "negative")));
        }
        String presetName = x.preset() == null ? "ideal" : x.preset();
        VariationPreset preset = VariationPreset.fromSpecName(presetName).orElseThrow(() -> fault("fabrication.preset",
                "unknown preset '" + presetName + "'" + didYouMean(presetName, VariationPreset.specNames())));
        double d = lattice.holeDiameterNm();
        double sigmaD = number("fabrication.diameter_sigma_nm", x.diameterSigmaNm(),
                Optional.of(preset.diameterSigmaNm(d)), 0, 10_000);
        // truncated at 3σ, a spread above D/4 would draw holes of a quarter of their size
        if (sigmaD > d / 4) {
            throw fault("fabrication.diameter_sigma_nm", fmt(sigmaD) + " nm is more than a quarter of "
                    + "lattice.hole_diameter_nm (" + fmt(d) + " nm)");
        }
        double sigmaPos = number("fabrication.position_sigma_nm", x.positionSigmaNm(),
                Optional.of(preset.positionSigmaNm(lattice.pitchNm())), 0, 10_000);
        if (sigmaPos > lattice.pitchNm() / 4) {
            throw fault("fabrication.position_sigma_nm", fmt(sigmaPos) + " nm is more than a quarter of "
                    + "lattice.pitch_nm (" + fmt(lattice.pitchNm()) + " nm): that is no longer a lattice");
        }
        long seed = x.seed() == null ? 1 : x.seed();
        if (seed < 0) {
            throw fault("fabrication.seed", "must be a whole number >= 0; got " + seed);
        }
        boolean scattered = sigmaD > 0 || sigmaPos > 0 || lattice.rotationDeg() != 0;
        if (tone.equals("negative") && scattered) {
            throw fault("fabrication.tone", "negative tone needs the holes on the orthogonal grid; this lattice is "
                    + (lattice.rotationDeg() != 0 ? "rotated (lattice.rotation_deg)" : "disordered (fabrication sigmas)")
                    + ": write it positive");
        }
        double minFeature = number("fabrication.min_feature_nm", x.minFeatureNm(), Optional.of(20.0), 0, 10_000);
        java.util.OptionalDouble maxHole = java.util.OptionalDouble.empty();
        if (x.maxHoleNm() != null) {
            double m = number("fabrication.max_hole_nm", x.maxHoleNm(), Optional.empty(), 1, 100_000);
            if (m < minFeature) {
                throw fault("fabrication.max_hole_nm", fmt(m) + " nm is below fabrication.min_feature_nm ("
                        + fmt(minFeature) + " nm): no hole could be written");
            }
            maxHole = java.util.OptionalDouble.of(m);
        }
        double damageSigma = number("fabrication.edge_damage_sigma_nm", x.edgeDamageSigmaNm(), Optional.of(0.0), 0,
                1000);
        return new Spec.FabricationSpec(minFeature, sigmaD,
                number("fabrication.edge_damage_nm", x.edgeDamageNm(), Optional.of(0.0), 0, 10_000),
                tone, gridNm(x.gridNm()), preset.specName(), sigmaPos, seed, maxHole, damageSigma);
    }

    /** {@code ebeam:}: the dose and current the write-time estimate assumes. */
    private Spec.EbeamSpec ebeam(RawSpec.Ebeam e) throws SpecException {
        Spec.EbeamSpec d = Spec.EbeamSpec.DEFAULT;
        return e == null ? d : new Spec.EbeamSpec(
                number("ebeam.dose_uC_cm2", e.doseUcCm2(), Optional.of(d.doseUcCm2()), 1e-3, 1e6),
                number("ebeam.current_nA", e.currentNa(), Optional.of(d.currentNa()), 1e-6, 1e6));
    }

    /** {@code model:}: the physics' choices and phenomenological parameters, defaults as published. */
    private Spec.ModelSpec model(RawSpec.Model m) throws SpecException {
        if (m == null) {
            return Spec.ModelSpec.DEFAULT;
        }
        Spec.ModelSpec d = Spec.ModelSpec.DEFAULT;
        String normal = m.normalState() == null ? d.normalState() : m.normalState();
        if (!Spec.ModelSpec.NORMAL_STATES.contains(normal)) {
            throw fault("model.normal_state", "unknown model '" + normal + "'"
                    + didYouMean(normal, Spec.ModelSpec.NORMAL_STATES));
        }
        String coupling = m.coupling() == null ? d.coupling() : m.coupling();
        if (!Spec.ModelSpec.COUPLINGS.contains(coupling)) {
            throw fault("model.coupling", "unknown coupling '" + coupling + "'"
                    + didYouMean(coupling, Spec.ModelSpec.COUPLINGS));
        }
        return new Spec.ModelSpec(normal,
                number("model.critical_ej_over_ec", m.criticalEjOverEc(), Optional.of(d.criticalEjOverEc()), 0, 100),
                number("model.dissipative_threshold_ohm", m.dissipativeThresholdOhm(),
                        Optional.of(d.dissipativeThresholdOhm()), 1, 1e7),
                number("model.phase_slip_scale", m.phaseSlipScale(), Optional.of(d.phaseSlipScale()), 1e-9, 1e9),
                coupling);
    }

    /** The manufacturing grid: whole database units (1 nm), 1 to 1000 nm; 1 (the database unit) when absent. */
    private double gridNm(Double given) throws SpecException {
        double g = number("fabrication.grid_nm", given, Optional.of(1.0), 1, 1000);
        if (g != Math.rint(g)) {
            throw fault("fabrication.grid_nm", "must be a whole number of nanometres (the database unit is 1 nm); got "
                    + fmt(g));
        }
        return g;
    }

    private Spec.ConditionsSpec conditions(RawSpec.Conditions c) throws SpecException {
        Double t = c == null ? null : c.baseTemperatureK();
        return new Spec.ConditionsSpec(number("conditions.base_temperature_K", t, Optional.of(0.05), 1e-4, 1000));
    }

    /** Default tolerance of a target given as a bare number: this fraction of its value. */
    static final double DEFAULT_RELATIVE_TOLERANCE = 0.02;
    private static final List<String> GOAL_KEYS = List.of("tolerance", "value", "weight");

    /**
     * {@code target:}: each quantity a number or {@code {value, tolerance, weight}} (tolerance in the
     * quantity's unit; a bare number takes {@code target.tolerance}, a fraction of its value, 2 %
     * when absent); {@code phase} a name or {@code {value, weight}}; {@code vary} a list of names or
     * a section {@code {pitch_nm: [min, max], hole_diameter_nm: [min, max], lattice: [names]}}.
     */
    private Optional<Spec.TargetSpec> target(RawSpec.Target t, Spec.LatticeSpec lattice, Spec.FabricationSpec fab)
            throws SpecException {
        if (t == null) {
            return Optional.empty();
        }
        double relative = number("target.tolerance", t.tolerance(), Optional.of(DEFAULT_RELATIVE_TOLERANCE), 1e-6, 10);
        List<Goal> goals = new java.util.ArrayList<>();
        Optional<Double> tbkt = quantity("tbkt_K", t.tbktK(), 0, 1000, relative, goals);
        Optional<Double> tc = quantity("tc_onset_K", t.tcOnsetK(), 0, 1000, relative, goals);
        Optional<Double> rn = quantity("rn_ohm", t.rnOhm(), 0, 1e9, relative, goals);
        Optional<Double> ratio = quantity("ej_over_ec", t.ejOverEc(), 0, 1e9, relative, goals);
        Optional<Double> period = quantity("period_mT", t.periodMT(), 0, 1e6, relative, goals);
        Optional<String> phase = phaseGoal(t.phase(), goals);
        if (goals.isEmpty()) {
            throw fault("target", "names no quantity to aim at (tbkt_K, tc_onset_K, rn_ohm, ej_over_ec, period_mT, "
                    + "phase)");
        }
        double pitch = lattice.pitchNm();
        Spec.Range pitchRange = new Spec.Range(Math.max(4, pitch / 2), Math.min(100_000, 2 * pitch));
        Spec.Range holeRange = new Spec.Range(Math.max(2, Math.min(fab.minFeatureNm(), lattice.holeDiameterNm())),
                Math.max(lattice.holeDiameterNm(), Math.min(fab.maxHoleNm().orElse(100_000), 2 * pitch)));
        List<String> lattices = List.of();
        List<String> vary = new java.util.ArrayList<>();
        com.fasterxml.jackson.databind.JsonNode v = t.vary();
        if (v == null || v.isNull()) {
            vary.addAll(List.of("pitch_nm", "hole_diameter_nm"));
        } else if (v.isArray()) {
            for (com.fasterxml.jackson.databind.JsonNode n : v) {
                String name = n.isTextual() ? n.asText() : n.toString();
                if (!VARY.contains(name)) {
                    throw fault("target.vary", "cannot vary '" + name + "' (pitch_nm, hole_diameter_nm, lattice)");
                }
                if (!vary.contains(name)) {
                    vary.add(name);
                }
            }
        } else if (v.isObject()) {
            for (var e : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) v::fields) {
                String key = "target.vary." + e.getKey();
                switch (e.getKey()) {
                    case "pitch_nm" -> pitchRange = range(key, e.getValue(), 4, 100_000);
                    case "hole_diameter_nm" -> holeRange = range(key, e.getValue(), 2, 100_000);
                    case "lattice" -> lattices = latticeChoices(key, e.getValue());
                    default -> throw fault(key, "unknown key; expected one of hole_diameter_nm, lattice, pitch_nm");
                }
                vary.add(e.getKey());
            }
        } else {
            throw fault("target.vary", "expected a list of names or a section of bounds; got " + v);
        }
        if (vary.isEmpty()) {
            throw fault("target.vary", "names nothing to vary (pitch_nm, hole_diameter_nm, lattice)");
        }
        if (vary.contains("lattice") && lattices.isEmpty()) {
            lattices = List.of("triangular", "square", "honeycomb", "kagome");
        }
        if (!vary.contains("lattice")) {
            lattices = List.of(lattice.type());
        }
        int samples = whole("target.yield_samples", t.yieldSamples(), Spec.TargetSpec.DEFAULT_YIELD_SAMPLES, 1, 100_000);
        return Optional.of(new Spec.TargetSpec(tbkt, tc, rn, ratio, period, phase, vary, goals, pitchRange, holeRange,
                lattices, samples));
    }

    /** One numeric target: a number, or {@code {value, tolerance, weight}}. */
    private Optional<Double> quantity(String name, com.fasterxml.jackson.databind.JsonNode n, double min, double max,
            double relative, List<Goal> goals) throws SpecException {
        String key = "target." + name;
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        double value;
        Double tolerance = null;
        double weight = 1;
        if (n.isNumber()) {
            value = number(key, n.asDouble(), Optional.empty(), min, max);
        } else if (n.isObject()) {
            for (var it = n.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!GOAL_KEYS.contains(f)) {
                    throw fault(key + "." + f, "unknown key; expected one of " + String.join(", ", GOAL_KEYS));
                }
            }
            value = number(key + ".value", numeric(key + ".value", n.get("value")), Optional.empty(), min, max);
            if (n.has("tolerance")) {
                tolerance = number(key + ".tolerance", numeric(key + ".tolerance", n.get("tolerance")), Optional.empty(),
                        1e-12, 1e12);
                if (tolerance <= 0) {
                    throw fault(key + ".tolerance", "must be > 0");
                }
            }
            if (n.has("weight")) {
                weight = number(key + ".weight", numeric(key + ".weight", n.get("weight")), Optional.empty(), 1e-6, 1e6);
            }
        } else {
            throw fault(key, "expected a number or a section {value, tolerance, weight}; got " + n);
        }
        double tol = tolerance != null ? tolerance : Math.max(relative * Math.abs(value), 1e-9);
        goals.add(new Goal.Quantity(name, value, tol, weight));
        return Optional.of(value);
    }

    /** The value of a goal's field as a number, or a fault naming it. */
    private Double numeric(String key, com.fasterxml.jackson.databind.JsonNode n) throws SpecException {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isNumber()) {
            throw fault(key, "expected a number; got " + n);
        }
        return n.asDouble();
    }

    /** {@code phase}: a name, or {@code {value, weight}}. */
    private Optional<String> phaseGoal(com.fasterxml.jackson.databind.JsonNode n, List<Goal> goals) throws SpecException {
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        String phase;
        double weight = 1;
        if (n.isTextual()) {
            phase = n.asText();
        } else if (n.isObject()) {
            for (var it = n.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!f.equals("value") && !f.equals("weight")) {
                    throw fault("target.phase." + f, "unknown key; expected one of value, weight");
                }
            }
            if (n.get("value") == null || !n.get("value").isTextual()) {
                throw n.get("value") == null ? missing("target.phase.value")
                        : fault("target.phase.value", "expected a phase name; got " + n.get("value"));
            }
            phase = n.get("value").asText();
            if (n.has("weight")) {
                weight = number("target.phase.weight", numeric("target.phase.weight", n.get("weight")), Optional.empty(),
                        1e-6, 1e6);
            }
        } else {
            throw fault("target.phase", "expected a phase name or a section {value, weight}; got " + n);
        }
        String key = n.isObject() ? "target.phase.value" : "target.phase";
        if (!PHASES.contains(phase)) {
            throw fault(key, "unknown phase '" + phase + "' (superconductor, anomalous_metal, insulator)");
        }
        goals.add(new Goal.PhaseIs(phase, weight));
        return Optional.of(phase);
    }

    /** {@code [min, max]}, nm, within the key's own limits. */
    private Spec.Range range(String key, com.fasterxml.jackson.databind.JsonNode n, double lo, double hi)
            throws SpecException {
        if (n == null || !n.isArray() || n.size() != 2 || !n.get(0).isNumber() || !n.get(1).isNumber()) {
            throw fault(key, "expected two numbers [min, max] in nm; got " + n);
        }
        double min = number(key, n.get(0).asDouble(), Optional.empty(), lo, hi);
        double max = number(key, n.get(1).asDouble(), Optional.empty(), lo, hi);
        if (min > max) {
            throw fault(key, "min " + fmt(min) + " is above max " + fmt(max));
        }
        return new Spec.Range(min, max);
    }

    private List<String> latticeChoices(String key, com.fasterxml.jackson.databind.JsonNode n) throws SpecException {
        if (n == null || !n.isArray() || n.isEmpty()) {
            throw fault(key, "expected a list of lattice types, e.g. [triangular, square]; got " + n);
        }
        List<String> out = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode e : n) {
            String name = e.asText();
            if (!e.isTextual() || LatticeType.fromSpecName(name).isEmpty()) {
                throw fault(key, "unknown lattice '" + name + "'" + didYouMean(name,
                        List.of("triangular", "square", "honeycomb", "kagome")));
            }
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** "; did you mean 'X'?" for a case slip, else the list of what is known. */
    static String didYouMean(String given, List<String> known) {
        return known.stream().filter(k -> k.equalsIgnoreCase(given)).findFirst()
                .map(k -> "; did you mean '" + k + "'?")
                .orElse("; known: " + String.join(", ", known));
    }

    private String required(String key, String value) throws SpecException {
        if (value == null || value.isBlank()) {
            throw missing(key);
        }
        return value;
    }

    private double number(String key, Double value, Optional<Double> fallback, double min, double max)
            throws SpecException {
        if (value == null) {
            if (fallback.isEmpty()) {
                throw missing(key);
            }
            return fallback.get();
        }
        if (!Double.isFinite(value)) {
            throw fault(key, value + " is not a finite number");
        }
        if (value < min || value > max) {
            throw fault(key, fmt(value) + " is out of range [" + fmt(min) + ", " + fmt(max) + "]");
        }
        return value;
    }

    private Optional<Double> optional(String key, Double value, double min, double max) throws SpecException {
        return value == null ? Optional.empty() : Optional.of(number(key, value, Optional.empty(), min, max));
    }

    private int whole(String key, Integer value, int fallback, int min, int max) throws SpecException {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            throw fault(key, v + " is out of range [" + min + ", " + max + "]");
        }
        return v;
    }

    private SpecException missing(String key) {
        int dot = key.lastIndexOf('.');
        String where = dot < 0 ? "" : lines.line(key.substring(0, dot)).map(l -> " (section at line " + l + ")").orElse("");
        return new SpecException(key, source + ": " + key + where + ": missing (required)");
    }

    SpecException fault(String key, String message) {
        String line = lines.line(key).map(l -> " (line " + l + ")").orElse("");
        return new SpecException(key, source + ": " + key + line + ": " + message);
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
