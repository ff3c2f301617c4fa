package org.jjmask.gds;

import java.util.List;
import java.util.Objects;

/** BOX, as read from other tools' files; counted and bounded as the rectangle of its points. Never written. */
public record Box(int layer, int boxtype, Points points, List<GdsProperty> properties) implements PointElement {

    public Box {
        Objects.requireNonNull(points, "points");
        properties = List.copyOf(properties);
    }

    public Box(int layer, int boxtype, int[] xy, List<GdsProperty> properties) {
        this(layer, boxtype, Points.of(xy, "BOX", 1), properties);
    }

    @Override
    public String toString() {
        return "Box[" + layer + "/" + boxtype + " " + points + "]";
    }
}
