package org.jjmask.gds;

/**
 * @param maxVertices most distinct vertices written in one BOUNDARY (the XY record holds one more,
 *     the closing point); larger polygons are fractured. A path may hold {@code maxVertices + 1}
 *     points. 3..8190; 8190 fills the unsigned 16-bit record length.
 * @param allowSkewedArrays write AREFs whose column step is not along x or whose row step is not
 *     along y; off by default because gdspy 1.4.2 misreads them
 */
public record GdsWriterOptions(int maxVertices, boolean allowSkewedArrays) {

    /** Largest vertex count whose XY record (with closing point) fits the 16-bit length field. */
    public static final int MAX_VERTICES_LIMIT = (RecordWriter.MAX_RECORD_LENGTH - 4) / 8 - 1;

    public GdsWriterOptions {
        if (maxVertices < 3 || maxVertices > MAX_VERTICES_LIMIT) {
            throw new IllegalArgumentException("maxVertices must be 3.." + MAX_VERTICES_LIMIT + ", got " + maxVertices);
        }
    }

    /** 4094 vertices: the most a reader treating the record length as signed accepts. */
    public static GdsWriterOptions defaults() {
        return new GdsWriterOptions(4094, false);
    }

    /** 199 vertices, gdspy's and gdstk's own fracture limit. */
    public static GdsWriterOptions strict() {
        return new GdsWriterOptions(199, false);
    }

    public GdsWriterOptions withAllowSkewedArrays(boolean allow) {
        return new GdsWriterOptions(maxVertices, allow);
    }

    public GdsWriterOptions withMaxVertices(int vertices) {
        return new GdsWriterOptions(vertices, allowSkewedArrays);
    }
}
