package org.jjmask.gds;

import java.util.List;
import java.util.Objects;

/** SREF: one placement of a cell at (x, y) after {@code strans}. */
public record SRef(String cellName, int x, int y, Strans strans, List<GdsProperty> properties) implements GdsElement {

    public SRef {
        Objects.requireNonNull(cellName, "cellName");
        Objects.requireNonNull(strans, "strans");
        properties = List.copyOf(properties);
    }

    public SRef(String cellName, int x, int y) {
        this(cellName, x, y, Strans.IDENTITY, List.of());
    }
}
