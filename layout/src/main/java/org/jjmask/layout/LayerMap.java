package org.jjmask.layout;

import java.util.List;

/**
 * GDS layer/datatype per purpose. Positive tone exposes the holes layer; negative tone exposes
 * the film layer (outline minus holes), and the holes stay as a reference layer. Labels and
 * alignment marks, when a spec asks for them, have their own layers.
 */
public record LayerMap(LayerSpec holes, LayerSpec outline, LayerSpec film, LayerSpec pads, LayerSpec labels,
        LayerSpec marks) {

    public record LayerSpec(int layer, int datatype, String purpose) {}

    /** Without labels and marks layers given: the defaults 5/0 and 6/0. */
    public LayerMap(LayerSpec holes, LayerSpec outline, LayerSpec film, LayerSpec pads) {
        this(holes, outline, film, pads, defaults().labels(), defaults().marks());
    }

    public static LayerMap defaults() {
        return new LayerMap(new LayerSpec(1, 0, "holes (exposed in positive tone; reference in negative)"),
                new LayerSpec(2, 0, "device outline (mesa; reference, separate step)"),
                new LayerSpec(3, 0, "film = outline minus holes (exposed, negative tone)"),
                new LayerSpec(4, 0, "contact pads (metal; separate step, written only when the template has pads)"),
                new LayerSpec(5, 0, "labels: text as polygons (written only when the spec has labels)"),
                new LayerSpec(6, 0, "marks: alignment marks (written only when the spec has marks)"));
    }

    /** The short name of a layer's purpose: holes, outline, film, pads, labels or marks. */
    public String nameOf(LayerSpec l) {
        String[] names = {"holes", "outline", "film", "pads", "labels", "marks"};
        List<LayerSpec> all = all();
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).equals(l)) {
                return names[k];
            }
        }
        return "layer";
    }

    /** Every purpose, in layer order. */
    public List<LayerSpec> all() {
        return List.of(holes, outline, film, pads, labels, marks);
    }
}
