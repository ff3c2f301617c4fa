package org.jjmask.gds;

import java.util.List;
import java.util.Objects;

/**
 * PATH: a centre line with a width. {@code beginExtension}/{@code endExtension} are the
 * BGNEXTN/ENDEXTN values as stored (0 when absent); {@link #effectiveBeginExtension()} applies
 * the path type's meaning.
 *
 * @param pathType 0 flush, 1 round, 2 half-width extension, 4 custom extensions
 */
public record Path(int layer, int datatype, int pathType, int width, int beginExtension, int endExtension,
                   Points points, List<GdsProperty> properties) implements PointElement {

    public Path {
        Objects.requireNonNull(points, "points");
        properties = List.copyOf(properties);
    }

    public Path(int layer, int datatype, int pathType, int width, int beginExtension, int endExtension,
            int[] xy, List<GdsProperty> properties) {
        this(layer, datatype, pathType, width, beginExtension, endExtension, Points.of(xy, "PATH", 1), properties);
    }

    public Path(int layer, int datatype, int pathType, int width, int[] xy) {
        this(layer, datatype, pathType, width, 0, 0, xy, List.of());
    }

    /** Extension beyond the first point as KLayout interprets it: width/2 for types 1 and 2. */
    public int effectiveBeginExtension() {
        return effectiveExtension(beginExtension);
    }

    public int effectiveEndExtension() {
        return effectiveExtension(endExtension);
    }

    private int effectiveExtension(int stored) {
        return switch (pathType) {
            case 1, 2 -> Math.abs(width) / 2;
            case 4 -> stored;
            default -> 0;
        };
    }

    @Override
    public String toString() {
        return "Path[" + layer + "/" + datatype + " type " + pathType + " width " + width + " ext "
            + beginExtension + "/" + endExtension + " " + points + "]";
    }
}
