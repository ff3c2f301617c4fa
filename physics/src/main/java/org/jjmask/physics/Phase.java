package org.jjmask.physics;

import java.util.Locale;

/** The phase at the base temperature (MODEL.md §4). */
public enum Phase {
    SUPERCONDUCTOR, ANOMALOUS_METAL, INSULATOR;

    /** {@code superconductor | anomalous_metal | insulator} (CONTRACT.md). */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
