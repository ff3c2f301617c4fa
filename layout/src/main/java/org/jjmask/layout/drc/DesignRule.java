package org.jjmask.layout.drc;

/**
 * The design rules, named once: the name a report, the JSON and {@code jjmask check} print, and
 * what the rule asks of the mask.
 */
public enum DesignRule {
    MIN_NECK("min_neck", true, "the film between neighbouring holes is at least fabrication.min_feature_nm wide"),
    OVERLAP("overlap", false, "no two holes touch or overlap"),
    MIN_HOLE("min_hole", true, "every hole is at least fabrication.min_feature_nm across at its narrowest"),
    MAX_HOLE("max_hole", true, "no hole is wider (twice its circumradius) than fabrication.max_hole_nm"),
    HOLE_MARGIN("hole_margin", true, "no hole is closer than lattice.edge_margin_nm to the outline"),
    HOLE_OUTSIDE("hole_outside", false, "every hole lies inside the outline"),
    OFF_GRID("off_grid", false, "every vertex sits on the manufacturing grid fabrication.grid_nm"),
    NECK_DESTROYED("neck_destroyed", true, "fabrication.edge_damage_nm on both sides still leaves a superconducting neck"),
    NO_HOLES("no_holes", true, "at least one whole hole fits inside the outline"),
    ANNOTATION_OVERLAP("annotation_overlap", true,
            "each mark has marks.clearance_um clear of the hole array, pads, outline, other marks and labels"),
    LABEL_ON_ARRAY("label_on_array", false, "no label lies on the hole array"),
    LABEL_OVERLAP("label_overlap", false, "no two labels overlap");

    private final String specName;
    private final boolean lowerLimit;
    private final String description;

    DesignRule(String specName, boolean lowerLimit, String description) {
        this.specName = specName;
        this.lowerLimit = lowerLimit;
        this.description = description;
    }

    /** As the JSON, the report and {@code check} name it. */
    public String specName() {
        return specName;
    }

    /** Whether the rule's limit is a least value (printed "≥ limit"), rather than a yes-or-no. */
    public boolean lowerLimit() {
        return lowerLimit;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return specName;
    }
}
