package org.jjmask.layout;

/** GDS layer/datatype per purpose. Positive tone: the holes layer is what the e-beam exposes. */
public record LayerMap(LayerSpec holes, LayerSpec outline) {

    public record LayerSpec(int layer, int datatype, String purpose) {}

    public static LayerMap defaults() {
        return new LayerMap(new LayerSpec(1, 0, "holes (exposed, positive tone)"),
                new LayerSpec(2, 0, "device outline (mesa; reference, separate step)"));
    }
}
