package org.jjmask.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The labels of a whole die drawn from one set of glyphs: each distinct character at each height
 * is rendered by {@link StrokeFont} once (buffering and cutting counters is the costly part) and
 * every label is its glyphs translated into place. The GDS places the same glyphs by reference
 * ({@link #glyphs()}), so a die of 64 labels holds each letter's polygons once. Not thread-safe.
 */
public final class LabelGlyphs {

    /** One character at one height. */
    public record Glyph(char character, double heightNm) {}

    /** A glyph placed: where its grid origin (the label's lower-left corner for the first letter) lands, nm. */
    public record Placed(Glyph glyph, double xNm, double yNm) {}

    private final Map<Glyph, List<Polygon>> rendered = new HashMap<>();

    /** The polygons of {@code g} with the lower-left corner of its letter box at (0, 0), nm. */
    public List<Polygon> polygonsNm(Glyph g) {
        return rendered.computeIfAbsent(g, k -> List.copyOf(
                StrokeFont.render(String.valueOf(k.character()), 0, 0, k.heightNm())));
    }

    /** The glyphs of {@code label} where they go; a space has no polygons and is left out. */
    public List<Placed> place(Annotations.Label label) {
        double advance = label.heightNm() / (6 + StrokeFont.STROKE) * StrokeFont.ADVANCE;
        List<Placed> out = new ArrayList<>();
        for (int k = 0; k < label.text().length(); k++) {
            Glyph g = new Glyph(label.text().charAt(k), label.heightNm());
            if (!polygonsNm(g).isEmpty()) {
                out.add(new Placed(g, label.xNm() + k * advance, label.yNm()));
            }
        }
        return out;
    }

    /** The label's polygons in place, as {@link StrokeFont#render} draws them (to rounding). */
    public List<Polygon> polygonsNm(Annotations.Label label) {
        List<Polygon> out = new ArrayList<>();
        for (Placed p : place(label)) {
            AffineTransformation t = AffineTransformation.translationInstance(p.xNm(), p.yNm());
            for (Polygon poly : polygonsNm(p.glyph())) {
                out.add((Polygon) t.transform(poly));
            }
        }
        return out;
    }

    /** Every label's polygons in place. */
    public List<Polygon> polygonsNm(List<Annotations.Label> labels) {
        List<Polygon> out = new ArrayList<>();
        labels.forEach(l -> out.addAll(polygonsNm(l)));
        return out;
    }

    /** The bounding box of what the label draws (empty for an all-blank text). */
    public Envelope envelopeNm(Annotations.Label label) {
        Envelope e = new Envelope();
        for (Placed p : place(label)) {
            for (Polygon poly : polygonsNm(p.glyph())) {
                Envelope g = new Envelope(poly.getEnvelopeInternal());
                g.translate(p.xNm(), p.yNm());
                e.expandToInclude(g);
            }
        }
        return e;
    }

    /** A glyph's boundaries as a GDS cell holds them: hole-free pieces on the {@code dbuNm} grid, origin (0, 0). */
    public List<int[]> boundaries(Glyph g, double dbuNm) {
        List<int[]> out = new ArrayList<>();
        for (Polygon p : polygonsNm(g)) {
            out.addAll(Fracture.holeFree(LatticeFill.scale(p, 1 / dbuNm)));
        }
        return out;
    }

    /** The glyphs rendered so far, in a fixed order (character, then height): the cells a GDS writes. */
    public List<Glyph> glyphs() {
        return rendered.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
                .sorted(java.util.Comparator.comparing(Glyph::character).thenComparingDouble(Glyph::heightNm))
                .toList();
    }
}
