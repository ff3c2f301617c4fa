package org.jjmask.gds;

import java.util.List;
import java.util.Objects;

/** A structure: its name and elements in file order. */
public record GdsCell(String name, List<GdsElement> elements) {
    public GdsCell {
        Objects.requireNonNull(name, "name");
        elements = List.copyOf(elements);
    }
}
