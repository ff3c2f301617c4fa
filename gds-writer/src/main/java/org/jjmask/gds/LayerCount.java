package org.jjmask.gds;

/** Flattened counts on one layer/datatype: boundaries, boxes and paths as polygons; TEXTs apart. */
public record LayerCount(int layer, int datatype, long polygons, long texts) {
}
