package org.jjmask.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.jjmask.design.Numbers;
import org.jjmask.layout.Annotations;
import org.jjmask.layout.HoleArray;
import org.jjmask.layout.LayerProperties;
import org.jjmask.layout.Layout;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The whole device at true aspect: the film outline, the region filled with holes (each array
 * block's envelope — a block stands for thousands of holes, which are never drawn one by one),
 * the template's fill area (dashed, when it is not the whole film), the contact pads, the labels
 * and alignment marks as their written polygons (in the colours KLayout shows them with, from the
 * {@code .lyp}), each mark named, the zoom window of the next figure, axes in µm and a scale bar.
 */
final class DeviceFigure {

    static final Color FILM = new Color(0xc6, 0xd4, 0xe6);
    static final Color FILM_EDGE = new Color(0x24, 0x35, 0x4a);
    static final Color HOLES = new Color(0x6f, 0x8f, 0xb8);
    static final Color ZOOM = new Color(0xc0, 0x39, 0x2b);
    static final Color PADS = new Color(0xe3, 0xb4, 0x48);
    static final Color PADS_EDGE = new Color(0x8a, 0x63, 0x12);
    static final Color FILL_EDGE = new Color(0x2e, 0x7d, 0x32);
    static final Color LABELS = Color.decode(LayerProperties.colour("labels"));
    static final Color MARKS = Color.decode(LayerProperties.colour("marks"));
    private static final Style TICK = new Style(7, false, Style.MUTED);

    private DeviceFigure() {}

    /**
     * Draws the device in the page rectangle whose top left is (x, yTop), {@code w} wide and at
     * most {@code maxH} high (axis labels included); returns the height used.
     */
    static float draw(PageCanvas c, Layout layout, Annotations annotations, Envelope zoomNm, float x, float yTop,
            float w, float maxH) throws IOException {
        Envelope world = new Envelope(layout.boundsNm());
        List<Polygon> labels = annotations.labelPolygonsNm();
        List<Polygon> marks = annotations.markPolygonsNm();
        labels.forEach(p -> world.expandToInclude(p.getEnvelopeInternal()));
        marks.forEach(p -> world.expandToInclude(p.getEnvelopeInternal()));
        double pad = 0.04 * Math.max(world.getWidth(), world.getHeight());
        world.expandBy(pad);
        float axisLeft = 30;
        float axisBottom = 24;
        float axisTop = 14;
        float plotW = w - axisLeft;
        float plotH = (float) Math.min(maxH - axisBottom - axisTop, plotW * world.getHeight() / world.getWidth());
        // shrink the frame to the world's aspect so that ticks run along the drawing's own edges
        float frameW = (float) Math.min(plotW, plotH * world.getWidth() / world.getHeight());
        float frameX = x + axisLeft + (plotW - frameW) / 2;
        float frameY = yTop - axisTop - plotH;
        Viewport v = Viewport.fit(world, frameX, frameY, frameW, plotH);
        PDPageContentStream cs = c.cs;

        cs.saveGraphicsState();
        cs.addRect(frameX, frameY, frameW, plotH);
        cs.clip();
        cs.setNonStrokingColor(FILM);
        cs.setStrokingColor(FILM_EDGE);
        cs.setLineWidth(0.7f);
        Draw.polygonPath(cs, layout.outlineNm(), v);
        cs.fillAndStrokeEvenOdd();
        cs.setNonStrokingColor(HOLES);
        for (HoleArray a : layout.arrays()) {
            Envelope e = envelopeNm(layout, a);
            cs.addRect(v.px(e.getMinX()), v.py(e.getMinY()), v.length(e.getWidth()), v.length(e.getHeight()));
        }
        if (layout.scattered().isPresent()) {
            // a turned or disordered lattice has no blocks to show: where its holes lie, the fill
            // area less the edge margin
            Geometry holes = layout.fillAreaNm().buffer(-layout.marginNm(), 8);
            for (int k = 0; k < holes.getNumGeometries(); k++) {
                if (holes.getGeometryN(k) instanceof Polygon p) {
                    Draw.polygonPath(cs, p, v);
                }
            }
            cs.fillEvenOdd();
        }
        cs.fill();
        // where the template lets holes go (fill region ∩ outline minus the pads' keep-out), when not the whole film
        Geometry area = layout.fillAreaNm();
        if (!area.equalsExact(layout.outlineNm())) {
            cs.setStrokingColor(FILL_EDGE);
            cs.setLineWidth(0.6f);
            cs.setLineDashPattern(new float[] {2.5f, 1.5f}, 0);
            for (int k = 0; k < area.getNumGeometries(); k++) {
                if (area.getGeometryN(k) instanceof Polygon p) {
                    Draw.polygonPath(cs, p, v);
                }
            }
            cs.stroke();
            cs.setLineDashPattern(new float[0], 0);
        }
        if (!layout.padsNm().isEmpty()) {
            cs.setNonStrokingColor(PADS);
            cs.setStrokingColor(PADS_EDGE);
            cs.setLineWidth(0.6f);
            for (Polygon contact : layout.padsNm()) {
                Draw.polygonPath(cs, contact, v);
            }
            cs.fillAndStrokeEvenOdd();
        }
        fill(cs, labels, LABELS, v);
        fill(cs, marks, MARKS, v);
        for (Annotations.Mark m : annotations.marks()) {
            // the name beside the mark, on the side facing the device, so the frame never cuts it off
            float half = v.length(m.sizeNm() / 2) + 2;
            float mx = v.px(m.xNm());
            float my = v.py(m.yNm()) - TICK.size() * 0.36f;
            if (m.xNm() > layout.boundsNm().centre().x) {
                c.textRight(mx - half, my, m.name(), TICK);
            } else {
                c.text(mx + half, my, m.name(), TICK);
            }
        }
        if (zoomNm != null && !zoomNm.isNull()) {
            // the zoom window is sub-micron: mark it with a box at least a few points wide
            float zw = Math.max(6, v.length(zoomNm.getWidth()));
            float zh = Math.max(6, v.length(zoomNm.getHeight()));
            float zx = v.px(zoomNm.centre().x);
            float zy = v.py(zoomNm.centre().y);
            c.strokeRect(zx - zw / 2, zy - zh / 2, zw, zh, ZOOM, 1.2f);
        }
        cs.restoreGraphicsState();
        c.strokeRect(frameX, frameY, frameW, plotH, Style.MUTED, 0.5f);
        ticks(c, v, world, frameX, frameY, frameW, plotH);
        return axisTop + plotH + axisBottom;
    }

    private static void fill(PDPageContentStream cs, List<Polygon> polygons, Color colour, Viewport v)
            throws IOException {
        if (polygons.isEmpty()) {
            return;
        }
        cs.setNonStrokingColor(colour);
        for (Polygon p : polygons) {
            Draw.polygonPath(cs, p, v);
        }
        cs.fillEvenOdd();
    }

    /** The block's hole-covered rectangle in nm: first to last hole centre, plus one hole radius. */
    static Envelope envelopeNm(Layout layout, HoleArray a) {
        double r = layout.hole().circumradius();
        double d = layout.dbuNm();
        return new Envelope((a.x() - r) * d, (a.x() + (double) (a.columns() - 1) * a.stepX() + r) * d,
                (a.y() - r) * d, (a.y() + (double) (a.rows() - 1) * a.stepY() + r) * d);
    }

    private static void ticks(PageCanvas c, Viewport v, Envelope world, float fx, float fy, float fw, float fh)
            throws IOException {
        // ticks at integer multiples of a round step, so labels never carry float residue
        double stepX = Viewport.niceStep(world.getWidth() / 1000 / 6);
        for (long k = (long) Math.ceil(world.getMinX() / 1000 / stepX); k * stepX <= world.getMaxX() / 1000; k++) {
            float px = v.px(k * stepX * 1000);
            c.line(px, fy, px, fy - 3, Style.MUTED, 0.5f);
            c.textCentred(px, fy - 11, Numbers.format(k * stepX), TICK);
        }
        double stepY = Math.max(Viewport.niceStep(world.getHeight() / 1000 / 4), stepX / 2);
        for (long k = (long) Math.ceil(world.getMinY() / 1000 / stepY); k * stepY <= world.getMaxY() / 1000; k++) {
            float py = v.py(k * stepY * 1000);
            c.line(fx, py, fx - 3, py, Style.MUTED, 0.5f);
            c.textRight(fx - 5, py - 2.5f, Numbers.format(k * stepY), TICK);
        }
        c.textCentred(fx + fw / 2, fy - 21, "x (µm)", TICK);
        c.textRight(fx - 5, fy + fh + 5, "y (µm)", TICK);
        // scale bar above the frame, right-aligned with it
        double barUm = Viewport.niceStep(world.getWidth() / 1000 / 5);
        float bw = v.length(barUm * 1000);
        float bx = fx + fw - bw;
        c.fillRect(bx, fy + fh + 5, bw, 2.2f, Style.INK);
        c.textRight(bx - 4, fy + fh + 4, Numbers.format(barUm) + " µm", new Style(7.5f, true, Style.INK));
    }
}
