package org.jjmask.layout;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/**
 * A preview of a whole die as SVG (viewBox in µm, y up as in the GDS): the die, its dicing lane,
 * each device's outline and pads at its place, and the die's labels and marks. Holes are not
 * drawn: at die scale they are below a pixel, the outline stands for the array.
 */
public final class ChipSvg {

    private ChipSvg() {}

    /**
     * @param dieNm    the die, chip coordinates
     * @param laneNm   the dicing lane's width
     * @param outlines each device's outline, placed
     * @param pads     every device's pads, placed
     */
    public static String chip(Envelope dieNm, double laneNm, List<Polygon> outlines, List<Polygon> pads,
            Annotations annotations, String title) {
        Envelope e = new Envelope(dieNm);
        e.expandBy(0.02 * Math.max(e.getWidth(), e.getHeight()));
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        double w = e.getWidth() / 1000;
        double h = e.getHeight() / 1000;
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(SvgPreview.n(e.getMinX() / 1000))
                .append(' ').append(SvgPreview.n(-e.getMaxY() / 1000)).append(' ').append(SvgPreview.n(w)).append(' ')
                .append(SvgPreview.n(h)).append("\" width=\"").append(SvgPreview.WIDTH_PX).append("\" height=\"")
                .append(Math.max(1, Math.round(SvgPreview.WIDTH_PX * h / w))).append("\">\n");
        sb.append(" <title>").append(title.replace("&", "&amp;").replace("<", "&lt;")).append(" (units: µm)</title>\n");
        String stroke = SvgPreview.n(SvgPreview.STROKE_PX * w / SvgPreview.WIDTH_PX);
        sb.append(" <g transform=\"scale(1,-1)\">\n");
        sb.append("  <rect id=\"die\" fill=\"#f4f4f4\" stroke=\"#404040\" stroke-width=\"").append(stroke)
                .append("\" ").append(rect(dieNm)).append("/>\n");
        Envelope inner = new Envelope(dieNm);
        inner.expandBy(-laneNm);
        sb.append("  <rect id=\"dicing-lane\" fill=\"#ffffff\" stroke=\"#a0a0a0\" stroke-dasharray=\"").append(stroke)
                .append("\" stroke-width=\"").append(stroke).append("\" ").append(rect(inner)).append("/>\n");
        group(sb, "outlines", "#4080ff", outlines);
        group(sb, "pads", "#ffb000", pads);
        group(sb, "labels", LayerProperties.colour("labels"), new LabelGlyphs().polygonsNm(annotations.labels()));
        group(sb, "marks", LayerProperties.colour("marks"), annotations.markPolygonsNm());
        sb.append(" </g>\n</svg>\n");
        return sb.toString();
    }

    private static String rect(Envelope nm) {
        return "x=\"" + SvgPreview.n(nm.getMinX() / 1000) + "\" y=\"" + SvgPreview.n(nm.getMinY() / 1000) + "\" width=\""
                + SvgPreview.n(nm.getWidth() / 1000) + "\" height=\"" + SvgPreview.n(nm.getHeight() / 1000) + "\"";
    }

    private static void group(StringBuilder sb, String id, String colour, List<Polygon> polygons) {
        if (polygons.isEmpty()) {
            return;
        }
        sb.append("  <g id=\"").append(id).append("\" fill=\"").append(colour).append("\" fill-rule=\"evenodd\">\n");
        for (Polygon p : polygons) {
            sb.append("   <path d=\"").append(SvgPreview.path(p)).append("\"/>\n");
        }
        sb.append("  </g>\n");
    }
}
