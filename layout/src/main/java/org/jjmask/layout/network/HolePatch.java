package org.jjmask.layout.network;

import java.util.List;
import org.locationtech.jts.geom.Polygon;

/** A list of holes and the outline around them, nm: the input of {@link NetworkExtractor}. */
public record HolePatch(List<Hole> holes, Polygon outlineNm) {

    public HolePatch {
        holes = List.copyOf(holes);
        outlineNm = (Polygon) outlineNm.copy();
    }

    @Override
    public Polygon outlineNm() {
        return (Polygon) outlineNm.copy();
    }

    /** The network of this patch, default merge tolerance. */
    public JunctionNetwork network() {
        return NetworkExtractor.extract(holes, outlineNm);
    }
}
