package org.jjmask.report;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Small vector-drawing helpers shared by the figures: paths, arrows, dimension lines, tags. */
final class Draw {

    private Draw() {}

    /** Adds a polygon with its holes as closed subpaths (fill with even-odd to keep holes open). */
    static void polygonPath(PDPageContentStream cs, Polygon poly, Viewport v) throws IOException {
        ring(cs, poly.getExteriorRing(), v);
        for (int i = 0; i < poly.getNumInteriorRing(); i++) {
            ring(cs, poly.getInteriorRingN(i), v);
        }
    }

    private static void ring(PDPageContentStream cs, LineString ring, Viewport v) throws IOException {
        Coordinate[] pts = ring.getCoordinates();
        cs.moveTo(v.px(pts[0].x), v.py(pts[0].y));
        for (int i = 1; i < pts.length; i++) {
            cs.lineTo(v.px(pts[i].x), v.py(pts[i].y));
        }
        cs.closePath();
    }

    /** A filled arrowhead with its tip at (x, y) pointing along (dx, dy). */
    static void arrowHead(PDPageContentStream cs, float x, float y, double dx, double dy, float len, Color c)
            throws IOException {
        double n = Math.hypot(dx, dy);
        double ux = dx / n;
        double uy = dy / n;
        float w = len * 0.38f;
        cs.setNonStrokingColor(c);
        cs.moveTo(x, y);
        cs.lineTo((float) (x - ux * len - uy * w), (float) (y - uy * len + ux * w));
        cs.lineTo((float) (x - ux * len + uy * w), (float) (y - uy * len - ux * w));
        cs.closePath();
        cs.fill();
    }

    /** A dimension line from (x0, y0) to (x1, y1) with arrowheads at both ends. */
    static void dimension(PDPageContentStream cs, float x0, float y0, float x1, float y1, Color c, float width)
            throws IOException {
        float head = Math.min(5f, (float) Math.hypot(x1 - x0, y1 - y0) * 0.35f);
        cs.setStrokingColor(c);
        cs.setLineWidth(width);
        cs.moveTo(x0, y0);
        cs.lineTo(x1, y1);
        cs.stroke();
        arrowHead(cs, x1, y1, x1 - x0, y1 - y0, head, c);
        arrowHead(cs, x0, y0, x0 - x1, y0 - y1, head, c);
    }

    /** A short label on a white box centred at (x, y), readable over any drawing. */
    static void tag(PageCanvas c, float x, float y, String markup, Style style) throws IOException {
        float w = c.width(markup, style) + 3;
        float h = style.size() + 2;
        c.fillRect(x - w / 2, y - h / 2, w, h, Color.WHITE);
        c.strokeRect(x - w / 2, y - h / 2, w, h, style.color(), 0.4f);
        c.text(x - w / 2 + 1.5f, y - style.size() * 0.36f, markup, style);
    }
}
