package org.jjmask.gds;

import java.util.List;
import java.util.Objects;

/** TEXT: an annotation at (x, y). Ignored by e-beam writers; counted separately from polygons. */
public record Text(int layer, int texttype, int x, int y, String string, int presentation, int pathType,
                   int width, Strans strans, List<GdsProperty> properties) implements GdsElement {

    public Text {
        Objects.requireNonNull(string, "string");
        Objects.requireNonNull(strans, "strans");
        properties = List.copyOf(properties);
    }

    public Text(int layer, int texttype, int x, int y, String string) {
        this(layer, texttype, x, y, string, 0, 0, 0, Strans.IDENTITY, List.of());
    }
}
