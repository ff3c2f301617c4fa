package org.jjmask.gds;

/**
 * A shape element (boundary, box, path or text) reached from a top cell, with the placement
 * that puts it into the top cell's coordinates.
 */
public record PlacedShape(GdsElement element, Transform transform) {

    public PlacedShape {
        if (element instanceof SRef || element instanceof ARef) {
            throw new IllegalArgumentException("a placed shape is a boundary, box, path or text, not a reference");
        }
    }

    public int layer() {
        if (element instanceof Boundary b) {
            return b.layer();
        }
        if (element instanceof Box b) {
            return b.layer();
        }
        if (element instanceof Path p) {
            return p.layer();
        }
        return ((Text) element).layer();
    }

    /** Datatype, box type or text type. */
    public int datatype() {
        if (element instanceof Boundary b) {
            return b.datatype();
        }
        if (element instanceof Box b) {
            return b.boxtype();
        }
        if (element instanceof Path p) {
            return p.datatype();
        }
        return ((Text) element).texttype();
    }

    /** The element's points (outline, path centre line or text anchor) in top-cell coordinates. */
    public int[] xy() {
        if (element instanceof PointElement e) {
            return transform.apply(e.xy());
        }
        Text t = (Text) element;
        return transform.apply(new int[] {t.x(), t.y()});
    }
}
