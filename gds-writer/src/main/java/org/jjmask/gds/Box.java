package org.jjmask.gds;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** BOX, as read from other tools' files; counted and bounded as the rectangle of its points. Never written. */
public record Box(int layer, int boxtype, int[] xy, List<GdsProperty> properties) implements GdsElement {

    public Box {
        xy = Xy.copyOf(xy, "BOX", 1);
        properties = Xy.copyOf(properties);
    }

    @Override
    public int[] xy() {
        return xy.clone();
    }

    public int pointCount() {
        return xy.length / 2;
    }

    public int x(int i) {
        return xy[2 * i];
    }

    public int y(int i) {
        return xy[2 * i + 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Box b && layer == b.layer && boxtype == b.boxtype
            && Arrays.equals(xy, b.xy) && properties.equals(b.properties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(layer, boxtype, Arrays.hashCode(xy), properties);
    }

    @Override
    public String toString() {
        return "Box[" + layer + "/" + boxtype + " " + Xy.toString(xy) + "]";
    }
}
