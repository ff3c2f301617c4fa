package org.jjmask.design.chip;

/** The die's own design rules, beside each device's: named as the JSON and the messages name them. */
public enum ChipRule {
    DEVICE_OUTSIDE_CELL("device_outside_cell", "each device (outline, pads, its own labels and marks) fits its matrix cell"),
    DEVICE_CLEARANCE("device_clearance", "no two devices are closer than chip.clearance_um"),
    LABEL_ON_DEVICE("label_on_device", "no device label or title lies on a device"),
    MARK_OVERLAP("mark_overlap", "no alignment mark lies on a device or a label"),
    IN_DICING_LANE("in_dicing_lane", "no shape lies in the dicing lane or off the die");

    private final String specName;
    private final String description;

    ChipRule(String specName, String description) {
        this.specName = specName;
        this.description = description;
    }

    public String specName() {
        return specName;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return specName;
    }
}
