package org.jjmask.layout;

import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * SVG previews of a layout, coordinates in µm (y up, drawn through a flipping group): the whole
 * device (outline, fill area, the blocks of holes as rectangles, pads, labels, marks) and one
 * unit-cell detail with the written hole polygons.
 */
public final class SvgPreview {

    /** The picture's width in pixels (its viewBox is in µm). */
    static final int WIDTH_PX = 800;
    /** The outline's stroke, in pixels of that width: thin enough to leave the device visible. */
    static final double STROKE_PX = 1.5;

    /** Above this many blocks the device preview shows the fill area only. */
    static final int MAX_BLOCKS = 20_000;

    private SvgPreview() {}

    /** The whole device. */
    public static String device(Layout layout, Annotations annotations, String title) {
        double dbu = layout.dbuNm();
        Envelope e = new Envelope(layout.boundsNm());
        List<Polygon> labels = annotations.labelPolygonsNm();
        List<Polygon> marks = annotations.markPolygonsNm();
        labels.forEach(p -> e.expandToInclude(p.getEnvelopeInternal()));
        marks.forEach(p -> e.expandToInclude(p.getEnvelopeInternal()));
        double pad = 0.03 * Math.max(e.getWidth(), e.getHeight());
        e.expandBy(pad);
        StringBuilder sb = open(e, title);
        sb.append(" <g transform=\"scale(1,-1)\">\n");
        sb.append("  <path id=\"outline\" fill=\"#dce6ff\" stroke=\"#4080ff\" stroke-width=\"")
                .append(n(STROKE_PX * e.getWidth() / 1000 / WIDTH_PX)).append("\" fill-rule=\"evenodd\" d=\"")
                .append(path(layout.outlineNm())).append("\"/>\n");
        sb.append("  <path id=\"fill-area\" fill=\"#ffd0d0\" fill-rule=\"evenodd\" d=\"").append(path(layout.fillAreaNm()))
                .append("\"/>\n");
        if (layout.arrays().size() <= MAX_BLOCKS) {
            double r = layout.hole().circumradius();
            sb.append("  <g id=\"hole-blocks\" fill=\"#ff3030\" fill-opacity=\"0.6\">\n");
            for (HoleArray a : layout.arrays()) {
                double x0 = (a.x() - r) * dbu;
                double y0 = (a.y() - r) * dbu;
                double x1 = (a.x() + (a.columns() - 1) * a.stepX() + r) * dbu;
                double y1 = (a.y() + (a.rows() - 1) * a.stepY() + r) * dbu;
                sb.append("   <rect x=\"").append(n(x0 / 1000)).append("\" y=\"").append(n(y0 / 1000))
                        .append("\" width=\"").append(n((x1 - x0) / 1000)).append("\" height=\"").append(n((y1 - y0) / 1000))
                        .append("\"/>\n");
            }
            sb.append("  </g>\n");
        }
        if (layout.scattered().isPresent() && layout.scattered().get().interiorSites().size() <= MAX_BLOCKS) {
            // the bulk of a turned or disordered lattice: the blocks of sites whose holes are certainly written
            ScatteredHoles s = layout.scattered().get();
            sb.append("  <g id=\"hole-blocks\" fill=\"#ff3030\" fill-opacity=\"0.6\">\n");
            for (HoleArray a : s.interiorSites()) {
                long x1 = a.x() + (a.columns() - 1L) * a.stepX();
                long y1 = a.y() + (a.rows() - 1L) * a.stepY();
                sb.append("   <polygon points=\"");
                long[][] corners = {{a.x(), a.y()}, {x1, a.y()}, {x1, y1}, {a.x(), y1}};
                for (int k = 0; k < 4; k++) {
                    double[] p = s.siteNm(corners[k][0], corners[k][1]);
                    sb.append(k == 0 ? "" : " ").append(n(p[0] / 1000)).append(',').append(n(p[1] / 1000));
                }
                sb.append("\"/>\n");
            }
            sb.append("  </g>\n");
        }
        group(sb, "pads", "#ffb000", layout.padsNm());
        group(sb, "labels", LayerProperties.colour("labels"), labels);
        group(sb, "marks", LayerProperties.colour("marks"), marks);
        sb.append(" </g>\n</svg>\n");
        return sb.toString();
    }

    /** A detail around one hole near the middle of the array: the written hole polygons at their places. */
    public static String unitCell(Layout layout, String title) {
        double dbu = layout.dbuNm();
        double cx = 0;
        double cy = 0;
        double step = 4 * layout.hole().circumradius();
        if (!layout.arrays().isEmpty()) {
            HoleArray a = layout.arrays().get(layout.arrays().size() / 2);
            cx = (a.x() + (a.columns() / 2) * a.stepX()) * dbu;
            cy = (a.y() + (a.rows() / 2) * a.stepY()) * dbu;
            step = Math.max(a.columns() > 1 ? a.stepX() : 0, a.rows() > 1 ? a.stepY() : 0) * dbu;
            if (step <= 0) {
                step = 4 * layout.hole().circumradius() * dbu;
            }
        }
        if (layout.isScattered() && layout.bulkSiteNm().isPresent()) {
            double[] mid = layout.bulkSiteNm().get();
            cx = mid[0];
            cy = mid[1];
            step = layout.lattice().pitchNm() * 1.8;
        }
        double half = step + layout.hole().circumradius() * dbu;
        Envelope window = new Envelope(cx - half, cx + half, cy - half, cy + half);
        List<WrittenHole> centres = layout.holeCount() == 0 ? List.of(new WrittenHole(0, 0, layout.hole()))
                : layout.holesNm(window);
        Envelope view = new Envelope(window);
        view.expandBy(half * 0.1);
        StringBuilder sb = open(view, title + " unit cell");
        sb.append(" <g transform=\"scale(1,-1)\">\n");
        sb.append("  <rect x=\"").append(n(view.getMinX() / 1000)).append("\" y=\"").append(n(view.getMinY() / 1000))
                .append("\" width=\"").append(n(view.getWidth() / 1000)).append("\" height=\"")
                .append(n(view.getHeight() / 1000)).append("\" fill=\"#dce6ff\"/>\n");
        sb.append("  <g id=\"holes\" fill=\"#ff3030\">\n");
        for (WrittenHole c : centres) {
            int[] xy = c.shape().xy();
            sb.append("   <polygon points=\"");
            for (int k = 0; k + 1 < xy.length; k += 2) {
                sb.append(k == 0 ? "" : " ").append(n((c.xNm() + xy[k] * dbu) / 1000)).append(',')
                        .append(n((c.yNm() + xy[k + 1] * dbu) / 1000));
            }
            sb.append("\"/>\n");
        }
        sb.append("  </g>\n </g>\n</svg>\n");
        return sb.toString();
    }

    private static StringBuilder open(Envelope nm, String title) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        double x = nm.getMinX() / 1000;
        double y = -nm.getMaxY() / 1000;
        double w = nm.getWidth() / 1000;
        double h = nm.getHeight() / 1000;
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(n(x)).append(' ').append(n(y)).append(' ')
                .append(n(w)).append(' ').append(n(h)).append("\" width=\"").append(WIDTH_PX).append("\" height=\"")
                .append(Math.max(1, Math.round(WIDTH_PX * h / w))).append("\">\n");
        sb.append(" <title>").append(escape(title)).append(" (units: µm)</title>\n");
        return sb;
    }

    private static void group(StringBuilder sb, String id, String colour, List<Polygon> polygons) {
        if (polygons.isEmpty()) {
            return;
        }
        sb.append("  <g id=\"").append(id).append("\" fill=\"").append(colour).append("\" fill-rule=\"evenodd\">\n");
        for (Polygon p : polygons) {
            sb.append("   <path d=\"").append(path(p)).append("\"/>\n");
        }
        sb.append("  </g>\n");
    }

    /** An SVG path of a polygonal geometry in nm, written in µm. */
    static String path(Geometry g) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < g.getNumGeometries(); k++) {
            if (g.getGeometryN(k) instanceof Polygon p) {
                ring(sb, p.getExteriorRing());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    ring(sb, p.getInteriorRingN(h));
                }
            }
        }
        return sb.toString().strip();
    }

    private static void ring(StringBuilder sb, LineString r) {
        Coordinate[] c = r.getCoordinates();
        for (int i = 0; i < c.length - 1; i++) {
            sb.append(i == 0 ? "M" : "L").append(n(c[i].x / 1000)).append(' ').append(n(c[i].y / 1000)).append(' ');
        }
        sb.append("Z ");
    }

    static String n(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v).replaceFirst("0+$", "").replaceFirst("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
