package org.jjmask.gds;

import java.util.List;
import java.util.Objects;

/**
 * BOUNDARY: a polygon without holes. The points are as stored, normally closed (first point
 * repeated last).
 */
public record Boundary(int layer, int datatype, Points points, List<GdsProperty> properties) implements PointElement {

    public Boundary {
        Objects.requireNonNull(points, "points");
        properties = List.copyOf(properties);
    }

    public Boundary(int layer, int datatype, int[] xy, List<GdsProperty> properties) {
        this(layer, datatype, Points.of(xy, "BOUNDARY", 1), properties);
    }

    public Boundary(int layer, int datatype, int[] xy) {
        this(layer, datatype, xy, List.of());
    }

    @Override
    public String toString() {
        return "Boundary[" + layer + "/" + datatype + " " + points + "]";
    }
}
