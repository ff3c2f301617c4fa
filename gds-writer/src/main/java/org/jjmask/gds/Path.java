package org.jjmask.gds;

import java.util.Arrays;
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
                   int[] xy, List<GdsProperty> properties) implements GdsElement {

    public Path {
        xy = Xy.copyOf(xy, "PATH", 1);
        properties = Xy.copyOf(properties);
    }

    public Path(int layer, int datatype, int pathType, int width, int[] xy) {
        this(layer, datatype, pathType, width, 0, 0, xy, List.of());
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
    public boolean equals(Object o) {
        return o instanceof Path p && layer == p.layer && datatype == p.datatype && pathType == p.pathType
            && width == p.width && beginExtension == p.beginExtension && endExtension == p.endExtension
            && Arrays.equals(xy, p.xy) && properties.equals(p.properties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(layer, datatype, pathType, width, beginExtension, endExtension, Arrays.hashCode(xy), properties);
    }

    @Override
    public String toString() {
        return "Path[" + layer + "/" + datatype + " type " + pathType + " width " + width + " ext "
            + beginExtension + "/" + endExtension + " " + Xy.toString(xy) + "]";
    }
}
