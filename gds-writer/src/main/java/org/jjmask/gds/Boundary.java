package org.jjmask.gds;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * BOUNDARY: a polygon without holes. {@code xy} holds the points as stored, normally closed
 * (first point repeated last). The array is copied in and out; use {@link #x}, {@link #y} and
 * {@link #pointCount} to avoid copies.
 */
public record Boundary(int layer, int datatype, int[] xy, List<GdsProperty> properties) implements GdsElement {

    public Boundary {
        xy = Xy.copyOf(xy, "BOUNDARY", 1);
        properties = Xy.copyOf(properties);
    }

    public Boundary(int layer, int datatype, int[] xy) {
        this(layer, datatype, xy, List.of());
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
        return o instanceof Boundary b && layer == b.layer && datatype == b.datatype
            && Arrays.equals(xy, b.xy) && properties.equals(b.properties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(layer, datatype, Arrays.hashCode(xy), properties);
    }

    @Override
    public String toString() {
        return "Boundary[" + layer + "/" + datatype + " " + Xy.toString(xy) + "]";
    }
}
