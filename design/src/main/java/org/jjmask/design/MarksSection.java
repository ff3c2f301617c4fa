package org.jjmask.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jjmask.design.spec.Key;
import org.jjmask.design.spec.Mapping;
import org.jjmask.design.spec.Section;
import org.jjmask.design.spec.SpecException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code marks: {type, size_um, width_um, positions_um | corners, margin_um, clearance_um}}. A mark
 * too close to the device, another mark or a label is a design rule ({@link DesignRules}), so that
 * {@code jjmask check} reports it with its place.
 */
final class MarksSection {

    static final Key TYPE = Key.choice("type", "mark", SpecName.names(Spec.MarkType.class), "the mark's shape")
            .defaultsTo("cross");
    static final Key SIZE = Key.number("size_um", "µm", 0.5, 1000, "a cross's bar length, a square's side")
            .defaultsTo(10.0);
    static final Key WIDTH = Key.number("width_um", "µm", 0.05, 1000, "a cross's bar width (below size_um)")
            .defaultsTo("size_um / 5", true);
    static final Key POSITIONS = Key.pairs("positions_um", "µm", -1e5, 1e5, "mark centres [[x, y], ...]").optional();
    static final Key CORNERS = Key.flag("corners", false, "four marks around the outline's bounding box instead of positions_um");
    static final Key MARGIN = Key.number("margin_um", "µm", 0, 10_000, "with corners: gap between the bounding box and a mark")
            .defaultsTo(10.0);
    static final Key CLEARANCE = Key.number("clearance_um", "µm", 0, 1000,
            "clear field around each mark, off the hole array, pads, outline, other marks and labels (annotation_overlap)")
            .defaultsTo(Spec.MarksSpec.DEFAULT_CLEARANCE_UM);

    static final Section SECTION = Section.of("marks", "alignment marks on layer 6/0", TYPE, SIZE, WIDTH, POSITIONS,
            CORNERS, MARGIN, CLEARANCE);

    private MarksSection() {}

    /** The marks, corner marks placed around {@code outlineNm}'s bounding box. */
    static Optional<Spec.MarksSpec> read(Mapping m, Polygon outlineNm) throws SpecException {
        if (!m.present()) {
            return Optional.empty();
        }
        Spec.MarkType type = m.choice(TYPE, n -> SpecName.byName(Spec.MarkType.class, n));
        double size = m.number(SIZE);
        double width = 0;
        if (type == Spec.MarkType.CROSS) {
            width = m.number(WIDTH.within(WIDTH.min(), size), size / 5);
            if (width >= size) {
                throw m.fault(WIDTH, Mapping.fmt(width) + " must be smaller than marks.size_um (" + Mapping.fmt(size) + ")");
            }
        } else if (m.has(WIDTH)) {
            throw m.fault(WIDTH, "applies only to marks.type cross");
        }
        double clearance = m.number(CLEARANCE);
        boolean corners = m.flag(CORNERS);
        if (corners == m.has(POSITIONS)) {
            throw corners ? m.fault(CORNERS, "give marks.positions_um or marks.corners: true (one of them)")
                    : m.fault("marks", "give marks.positions_um or marks.corners: true (one of them)");
        }
        if (!corners && m.has(MARGIN)) {
            throw m.fault(MARGIN, "applies only with marks.corners: true");
        }
        List<Spec.MarkPosition> positions = new ArrayList<>();
        if (corners) {
            double margin = m.number(MARGIN);
            Envelope e = outlineNm.getEnvelopeInternal();
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
            JsonNode list = m.raw(POSITIONS).orElseThrow();
            if (list.isEmpty()) {
                throw m.fault(POSITIONS, "give at least one [x, y] position");
            }
            for (int i = 0; i < list.size(); i++) {
                String key = m.keyPath(POSITIONS) + "[" + i + "]";
                JsonNode xy = list.get(i);
                if (xy == null || xy.isNull() || xy.size() != 2 || xy.get(0).isNull() || xy.get(1).isNull()) {
                    throw m.fault(key, "expected two numbers [x, y] in µm");
                }
                positions.add(new Spec.MarkPosition("M" + (i + 1), m.bounded(key, POSITIONS, xy.get(0).asDouble()),
                        m.bounded(key, POSITIONS, xy.get(1).asDouble())));
            }
        }
        return Optional.of(new Spec.MarksSpec(type, size, width, positions, clearance));
    }
}
