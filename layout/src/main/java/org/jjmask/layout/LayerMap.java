package org.jjmask.layout;

/**
 * GDS layer/datatype per purpose. Positive tone exposes the holes layer; negative tone exposes
 * the film layer (outline minus holes), and the holes stay as a reference layer.
 */
public record LayerMap(LayerSpec holes, LayerSpec outline, LayerSpec film, LayerSpec pads) {

    public record LayerSpec(int layer, int datatype, String purpose) {}

    public static LayerMap defaults() {
        return new LayerMap(new LayerSpec(1, 0, "holes (exposed in positive tone; reference in negative)"),
                new LayerSpec(2, 0, "device outline (mesa; reference, separate step)"),
                new LayerSpec(3, 0, "film = outline minus holes (exposed, negative tone)"),
                new LayerSpec(4, 0, "contact pads (metal; separate step, written only when the template has pads)"));
    }
}
