package org.jjmask.design.chip;

import java.util.List;
import org.jjmask.design.spec.Key;
import org.jjmask.design.spec.Section;

/**
 * The declarations of a chip file: {@code name}, the die ({@code chip:}), the design spec every
 * device starts from ({@code base:}) and how the devices differ from it ({@code vary:} or
 * {@code devices:}). The structural pass, the reader and the JSON Schema all take them from here.
 */
public final class ChipSection {

    /** A chip name leaves room for {@code -AB12} in each device's own name (64 characters in all). */
    static final String NAME_PATTERN = "[A-Za-z0-9_-]{1,56}";

    static final Key NAME = Key.text("name", "output file stem: letters, digits, _ and -, at most 56")
            .withSchema("{\"pattern\": \"^" + NAME_PATTERN + "$\"}");

    // --- chip: the die ---
    static final Key SIZE = Key.pair("size_um", "µm", 1, 200_000, "the die [width, height]");
    static final Key LANE = Key.number("dicing_lane_um", "µm", 0, 10_000,
            "kept free of every shape at the die edge (in_dicing_lane)").defaultsTo(100.0);
    static final Key CELL = Key.pair("cell_um", "µm", 1, 200_000,
            "the matrix pitch [x, y]; each device is centred in its cell (device_outside_cell)");
    static final Key ORIGIN = Key.choice("origin", "origin", List.of("center", "lower_left"),
            "where (0, 0) is: the die's centre or its lower-left corner").defaultsTo("center");
    static final Key CLEARANCE = Key.number("clearance_um", "µm", 0, 10_000,
            "least gap between two devices' bounding boxes (device_clearance)").defaultsTo(20.0);
    static final Key LABEL = Key.text("label", "per-device label on layer 5/0, under the device: {row} {col} {id} "
            + "and any dotted spec key ({lattice.pitch_nm}) are replaced; written in capitals").optional();
    static final Key LABEL_HEIGHT = Key.number("label_height_um", "µm", 1, 1000, "letter height of the device labels")
            .defaultsTo(20.0);
    static final Key TITLE = Key.text("title", "the die's label on layer 5/0, centred above the dicing lane at the "
            + "bottom edge; written in capitals").optional();
    static final Key TITLE_HEIGHT = Key.number("title_height_um", "µm", 1, 5000, "letter height of the title")
            .defaultsTo(50.0);

    // --- chip.marks ---
    static final Key MARK_TYPE = Key.choice("type", "mark", List.of("cross", "square"), "the mark's shape")
            .defaultsTo("cross");
    static final Key MARK_SIZE = Key.number("size_um", "µm", 0.5, 5000, "a cross's bar length, a square's side")
            .defaultsTo(20.0);
    static final Key MARK_WIDTH = Key.number("width_um", "µm", 0.05, 5000, "a cross's bar width (below size_um)")
            .defaultsTo("size_um / 5", true);
    static final Key MARK_CORNERS = Key.flag("corners", true, "a mark near each corner of the die");
    static final Key MARK_MARGIN = Key.number("margin_um", "µm", 0, 100_000,
            "with corners: from the die edge to each mark's centre").defaultsTo(150.0);
    static final Key MARK_POSITIONS = Key.pairs("positions_um", "µm", -200_000, 200_000,
            "more mark centres [[x, y], ...] in chip coordinates").optional();

    static final Section MARKS = Section.of("marks", "alignment marks on layer 6/0, listed in NAME.marks.csv",
            MARK_TYPE, MARK_SIZE, MARK_WIDTH, MARK_CORNERS, MARK_MARGIN, MARK_POSITIONS);
    static final Key MARKS_KEY = Key.section(MARKS).optional();

    static final Section CHIP = Section.of("chip", "the die: size, dicing lane, matrix pitch, labels and marks",
            SIZE, LANE, CELL, ORIGIN, CLEARANCE, MARKS_KEY, LABEL, LABEL_HEIGHT, TITLE, TITLE_HEIGHT);
    static final Key CHIP_KEY = Key.section(CHIP);

    static final Key BASE = Key.any("base", "", "{\"type\": [\"string\", \"object\"]}",
            "the design spec every device starts from: a file (relative to the chip file) or the spec inline");
    static final Key VARY = Key.any("vary", "", "{\"type\": \"object\", \"minProperties\": 1, "
            + "\"additionalProperties\": {\"type\": \"array\", \"minItems\": 1, "
            + "\"items\": {\"type\": [\"number\", \"string\", \"boolean\"]}}}",
            "dotted spec key: [values]; the devices are the Cartesian product, the first key's values the rows, "
            + "the others' the columns (give vary or devices)").optional();
    static final Key DEVICES = Key.any("devices", "", "{\"type\": \"array\", \"minItems\": 1, "
            + "\"items\": {\"type\": [\"object\", \"null\"], "
            + "\"additionalProperties\": {\"type\": [\"number\", \"string\", \"boolean\"]}}}",
            "an explicit list of overrides [{dotted spec key: value}], placed row by row (give vary or devices)")
            .optional();

    /** The whole chip file. */
    public static final Section ROOT = new Section("", "a jjmask chip file: a die of device variants",
            List.of(NAME, CHIP_KEY, BASE, VARY, DEVICES), List.of(), "");

    private ChipSection() {}
}
