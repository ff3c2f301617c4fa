package org.jjmask.report;

import java.awt.Color;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.jjmask.design.Numbers;
import org.jjmask.layout.Layout;
import org.jjmask.layout.WrittenHole;
import org.jjmask.layout.UnitCellFacts;
import org.locationtech.jts.geom.Envelope;

/**
 * A few unit cells in the middle of the largest hole block, each hole drawn as the polygon that is
 * written (its vertices on the database grid), with the three dimensions that set the physics:
 * pitch a (centre to centre), hole diameter d, neck w (the narrowest film between two holes), and
 * one written super-cell dashed.
 */
final class LatticeZoom {

    static final Color PITCH = new Color(0xc0, 0x39, 0x2b);
    static final Color DIAMETER = new Color(0x1f, 0x4e, 0x79);
    static final Color NECK = new Color(0x1e, 0x6b, 0x33);
    static final Color CELL = new Color(0x7a, 0x4f, 0x9a);
    private static final float PITCHES_ACROSS = 4.6f;

    private LatticeZoom() {}

    /** The window (nm) shown for a page box of the given aspect (height / width), or null without holes. */
    static Envelope window(Layout layout, UnitCellFacts facts, double aspect) {
        if (layout.bulkSiteNm().isEmpty()) {
            return null;
        }
        double d = layout.dbuNm();
        double[] mid = layout.bulkSiteNm().get();
        double cx = mid[0];
        double cy = mid[1];
        // room for one super-cell in a corner and the dimensioned holes in the opposite one
        double cellX = layout.lattice().cellX() * d;
        double w = Math.max(PITCHES_ACROSS * facts.pitchWrittenNm(), 2 * cellX + 2.6 * facts.pitchWrittenNm());
        double h = w * aspect;
        return new Envelope(cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2);
    }

    /** Draws the zoom of {@code windowNm} into the square-ish box (x, y, w, h). */
    static void draw(PageCanvas c, Layout layout, UnitCellFacts facts, Envelope windowNm, float x, float y, float w,
            float h) throws IOException {
        Viewport v = Viewport.fit(windowNm, x, y, w, h);
        double d = layout.dbuNm();
        double r = layout.hole().circumradius() * d;
        double a = facts.pitchWrittenNm();
        Envelope reach = new Envelope(windowNm);
        reach.expandBy(r + a);
        List<WrittenHole> written = layout.holesNm(reach);
        List<double[]> holes = written.stream().map(hole -> new double[] {hole.xNm(), hole.yNm()}).toList();
        PDPageContentStream cs = c.cs;

        cs.saveGraphicsState();
        cs.addRect(x, y, w, h);
        cs.clip();
        c.fillRect(x, y, w, h, Color.WHITE);
        cs.setNonStrokingColor(DeviceFigure.FILM);
        Draw.polygonPath(cs, layout.outlineNm(), v);
        cs.fillEvenOdd();
        cs.setNonStrokingColor(Color.WHITE);
        cs.setStrokingColor(DeviceFigure.FILM_EDGE);
        cs.setLineWidth(0.6f);
        for (WrittenHole p : written) {
            int[] xy = p.shape().xy();
            cs.moveTo(v.px(p.xNm() + xy[0] * d), v.py(p.yNm() + xy[1] * d));
            for (int k = 2; k < xy.length; k += 2) {
                cs.lineTo(v.px(p.xNm() + xy[k] * d), v.py(p.yNm() + xy[k + 1] * d));
            }
            cs.closePath();
        }
        cs.fillAndStroke();
        if (!holes.isEmpty()) {
            dimensions(c, layout, facts, windowNm, v, holes, r, a);
        }
        cs.restoreGraphicsState();
        c.strokeRect(x, y, w, h, Style.MUTED, 0.5f);
        // scale bar: one pitch-sized round length, under the box
        double bar = Viewport.niceStep(a);
        float bw = v.length(bar);
        c.fillRect(x + w - bw, y - 8, bw, 2.2f, Style.INK);
        c.textRight(x + w - bw - 4, y - 9, Numbers.format(bar) + " nm", new Style(7.5f, true, Style.INK));
    }

    private static void dimensions(PageCanvas c, Layout layout, UnitCellFacts facts, Envelope win, Viewport v,
            List<double[]> holes, double r, double a) throws IOException {
        // dimensions in the lower right, the super-cell in the upper left, apart from each other
        double[] h0 = nearest(holes, win.getMaxX() - 1.8 * a, win.getMinY() + 1.3 * a, null, null);
        List<double[]> neighbours = holes.stream()
                .filter(p -> p != h0 && Math.hypot(p[0] - h0[0], p[1] - h0[1]) < 1.05 * a).toList();
        if (neighbours.isEmpty()) {
            return;
        }
        // pitch to the right-most neighbour, neck to the top-most other one, diameter on the left
        double[] h1 = neighbours.stream().max(Comparator.comparingDouble(p -> p[0] - h0[0] - Math.abs(p[1] - h0[1])))
                .orElseThrow();
        double[] h2 = neighbours.stream().filter(p -> p != h1)
                .max(Comparator.comparingDouble((double[] p) -> p[1] - h0[1] + 0.01 * (p[0] - h0[0]))).orElse(null);
        double[] h3 = nearest(holes, h0[0] - a, h0[1], h1, h2);
        if (h3 == h0) {
            h3 = null;
        }
        Style tag = new Style(8, true, PITCH);

        // written super-cell with its corner on a hole up and left of the dimensioned ones
        double cellX = layout.lattice().cellX() * layout.dbuNm();
        double cellY = layout.lattice().cellY() * layout.dbuNm();
        double[] corner = nearest(holes, win.getMinX() + 0.35 * a, win.getMaxY() - cellY - 0.25 * a, null, null);
        PDPageContentStream cs = c.cs;
        // a turned lattice has no axis-aligned super-cell to show
        boolean turned = layout.scattered().map(s -> s.rotationDeg() != 0).orElse(false);
        cs.saveGraphicsState();
        cs.setStrokingColor(CELL);
        cs.setLineWidth(1.0f);
        cs.setLineDashPattern(new float[] {3, 2}, 0);
        if (!turned) {
            cs.addRect(v.px(corner[0]), v.py(corner[1]), v.length(cellX), v.length(cellY));
            cs.stroke();
        }
        cs.restoreGraphicsState();

        // a: centre to centre
        Draw.dimension(cs, v.px(h0[0]), v.py(h0[1]), v.px(h1[0]), v.py(h1[1]), PITCH, 0.9f);
        double[] perp = unitPerp(h0, h1);
        Draw.tag(c, v.px((h0[0] + h1[0]) / 2 + perp[0] * 0.22 * a), v.py((h0[1] + h1[1]) / 2 + perp[1] * 0.22 * a),
                "a", tag);
        // w: the gap between the two hole polygons along a bond
        if (h2 != null) {
            double ux = (h2[0] - h0[0]) / Math.hypot(h2[0] - h0[0], h2[1] - h0[1]);
            double uy = (h2[1] - h0[1]) / Math.hypot(h2[0] - h0[0], h2[1] - h0[1]);
            float x0 = v.px(h0[0] + ux * r);
            float y0 = v.py(h0[1] + uy * r);
            float x1 = v.px(h2[0] - ux * r);
            float y1 = v.py(h2[1] - uy * r);
            Draw.dimension(cs, x0, y0, x1, y1, NECK, 0.9f);
            double[] p2 = unitPerp(h0, h2);
            Draw.tag(c, (x0 + x1) / 2 - (float) p2[0] * 10, (y0 + y1) / 2 - (float) p2[1] * 10, "w",
                    tag.withColor(NECK));
        }
        // d: across a hole, vertex circle to vertex circle
        if (h3 != null) {
            Draw.dimension(cs, v.px(h3[0] - r), v.py(h3[1]), v.px(h3[0] + r), v.py(h3[1]), DIAMETER, 0.9f);
            Draw.tag(c, v.px(h3[0]), v.py(h3[1] + 0.2 * a), "d", tag.withColor(DIAMETER));
        }
    }

    /** Unit vector perpendicular to p→q, turned so that it points down (or left when vertical). */
    private static double[] unitPerp(double[] p, double[] q) {
        double dx = q[0] - p[0];
        double dy = q[1] - p[1];
        double n = Math.hypot(dx, dy);
        double px = dy / n;
        double py = -dx / n;
        if (py > 1e-9 || (Math.abs(py) <= 1e-9 && px > 0)) {
            px = -px;
            py = -py;
        }
        return new double[] {px, py};
    }

    private static double[] nearest(List<double[]> holes, double x, double y, double[] not1, double[] not2) {
        double[] best = holes.get(0);
        double bd = Double.MAX_VALUE;
        for (double[] p : holes) {
            double dd = Math.hypot(p[0] - x, p[1] - y);
            if (p != not1 && p != not2 && dd < bd) {
                bd = dd;
                best = p;
            }
        }
        return best;
    }
}
