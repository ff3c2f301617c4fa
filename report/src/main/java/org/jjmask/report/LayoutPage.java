package org.jjmask.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Numbers;
import org.jjmask.design.Spec;
import org.jjmask.design.Summary;
import org.jjmask.layout.Annotations;
import org.jjmask.layout.FilmLayout;
import org.jjmask.layout.GridLattice;
import org.jjmask.layout.LayerMap;
import org.jjmask.layout.Layout;
import org.jjmask.layout.UnitCellFacts;
import org.locationtech.jts.geom.Envelope;

/**
 * Page 2: the mask as written — the device drawn whole, a zoom of the lattice with its dimensions,
 * the written super-cell and its grid distortion, the GDS layers and the tone, the labels and the
 * alignment marks' coordinates.
 */
final class LayoutPage {

    private static final float DEVICE_MAX_H = 240;
    private static final float ZOOM_MAX = 240;

    private LayoutPage() {}

    static void draw(Pages pages, DesignResult r) throws IOException {
        Layout layout = r.layout();
        // a scattered lattice has a longer list of facts: a smaller zoom gives their column the width
        final float ZOOM = layout.isScattered() ? 200 : ZOOM_MAX;
        UnitCellFacts facts = r.facts();
        PageCanvas c = pages.newPage("Layout");
        Envelope zoom = LatticeZoom.window(layout, facts, 1.0);

        String device = "Device: " + deviceText(r.spec(), layout);
        if (c.width(device, Style.BODY_BOLD) <= Pages.WIDTH) {
            pages.canvas().text(Pages.LEFT, pages.y, device, Style.BODY_BOLD);
        } else {
            pages.y = c.paragraph(Pages.LEFT, pages.y, Pages.WIDTH, device, Style.BODY_BOLD) + Style.BODY_BOLD.leading();
        }
        pages.y -= 8;
        // a scattered lattice's facts run longer beside the zoom: a lower device figure keeps the layer
        // table on this page instead of alone on the next (issue 12)
        // and the device is drawn lower when the layer table and its paragraph would not fit under the zoom
        float layersH = Style.HEADING.leading() + 10 + 12 * (Summary.writtenLayers(r).size() + 1) + 4
                + c.wrap(toneText(r, layout.layers()), Style.BODY, Pages.WIDTH).size() * Style.BODY.leading();
        float room = pages.y - Pages.BOTTOM - 2 * (Style.SMALL.leading() + 6) - (Style.HEADING.leading() + 11) - ZOOM - 22
                - layersH - 14 - (layout.isScattered() ? 60 : 0);  // a scattered lattice's facts run below the zoom
        float deviceH = Math.max(110, Math.min(room, layout.isScattered() ? DEVICE_MAX_H - 40 : DEVICE_MAX_H));
        float used = DeviceFigure.draw(c, layout, r.annotations(), zoom, Pages.LEFT, pages.y, Pages.WIDTH, deviceH);
        pages.y -= used + 6;
        legend(c, pages, layout, r.annotations(), zoom != null);

        pages.heading("Lattice detail", ZOOM + 20);
        float top = pages.y + 4;
        if (zoom != null) {
            LatticeZoom.draw(c, layout, facts, zoom, Pages.LEFT, top - ZOOM, ZOOM, ZOOM);
        } else {
            c.strokeRect(Pages.LEFT, top - ZOOM, ZOOM, ZOOM, Style.MUTED, 0.5f);
            c.textCentred(Pages.LEFT + ZOOM / 2, top - ZOOM / 2, "no holes written", Style.BODY.withColor(Style.BAD));
        }
        float tx = Pages.LEFT + ZOOM + 16;
        float textBottom = facts(c, r, tx, top - 6, Pages.RIGHT - tx);
        // the facts beside the zoom can run longer than it (a scattered lattice has one more)
        pages.y = Math.min(top - ZOOM - 22, textBottom);

        layers(pages, r);
        AnnotationsTable.draw(pages, r);
    }

    private static String deviceText(Spec spec, Layout layout) {
        Spec.DeviceSpec d = spec.device();
        String keepout = d.contactKeepoutUm() > 0 ? "; lattice kept " + Numbers.format(d.contactKeepoutUm())
                + " µm (plus the edge margin) from the contacts" : "";
        if (d instanceof Spec.HallBarSpec h) {
            String arms = h.armPairs() == 0 ? "no voltage arms"
                    : h.armPairs() + " arm pair" + (h.armPairs() == 1 ? "" : "s") + " " + Numbers.format(h.armWidthUm())
                            + " µm wide, " + Numbers.format(h.armLengthUm()) + " µm long";
            String pads = h.padSizeUm() > 0 ? ", " + Numbers.format(h.padSizeUm()) + " µm pads" : "";
            String fill = h.patternArms() ? "" : "; lattice in the channel only";
            return "Hall bar, channel " + Numbers.format(h.lengthUm()) + " × " + Numbers.format(h.widthUm()) + " µm, "
                    + arms + pads + fill + keepout;
        }
        if (d instanceof Spec.BridgeSpec b) {
            return "Bridge " + Numbers.format(b.lengthUm()) + " × " + Numbers.format(b.widthUm()) + " µm (lattice), "
                    + Numbers.format(b.taperLengthUm()) + " µm tapers to " + Numbers.format(b.padSizeUm())
                    + " µm pads" + keepout;
        }
        if (d instanceof Spec.CrossSpec c) {
            return "Cross (van der Pauw), arms " + Numbers.format(c.widthUm()) + " µm wide reaching "
                    + Numbers.format(c.armLengthUm()) + " µm beyond the centre square (lattice)"
                    + (c.padSizeUm() > 0 ? ", " + Numbers.format(c.padSizeUm()) + " µm pads" : "") + keepout;
        }
        if (d instanceof Spec.CorbinoSpec c) {
            return "Corbino disk, lattice in the annulus " + Numbers.format(c.innerRadiusUm()) + " µm < r < "
                    + Numbers.format(c.outerRadiusUm()) + " µm between an inner disc and an outer ring contact ("
                    + Numbers.format(c.contactWidthUm()) + " µm overlap with the film)" + keepout;
        }
        Spec.PolygonSpec p = (Spec.PolygonSpec) d;
        Envelope b = layout.boundsNm();
        return "polygon outline" + (p.gdsSource().isEmpty() ? "" : " from " + p.gdsSource()) + ", "
                + Numbers.format(b.getWidth() / 1000) + " × " + Numbers.format(b.getHeight() / 1000)
                + " µm bounding box, film area " + Numbers.format(layout.outlineNm().getArea() / 1e6) + " µm²";
    }

    private static void legend(PageCanvas c, Pages pages, Layout layout, Annotations annotations, boolean zoom)
            throws IOException {
        Style s = Style.SMALL;
        List<Object[]> entries = new ArrayList<>();
        entries.add(new Object[] {DeviceFigure.FILM, null, "film: device outline (mesa, layer "
                + layout.layers().outline().layer() + "/" + layout.layers().outline().datatype() + ")"});
        entries.add(new Object[] {DeviceFigure.HOLES, null, layout.scattered()
                .map(sc -> "hole-filled region (bulk): " + Numbers.count(layout.holeCount()) + " holes, one SREF each, "
                        + sc.classCounts().size() + " size classes")
                .orElse("hole-filled region: " + Numbers.count(layout.arrays().size()) + " array blocks, "
                        + Numbers.count(layout.holeCount()) + " holes")});
        if (!layout.fillAreaNm().equalsExact(layout.outlineNm())) {
            entries.add(new Object[] {null, DeviceFigure.FILL_EDGE, "where the template allows holes (dashed)"});
        }
        if (!layout.padsNm().isEmpty()) {
            entries.add(new Object[] {DeviceFigure.PADS, DeviceFigure.PADS_EDGE, "contact pads (layer "
                    + layout.layers().pads().layer() + "/" + layout.layers().pads().datatype() + ")"});
        }
        if (!annotations.labels().isEmpty()) {
            int n = annotations.labels().size();
            entries.add(new Object[] {DeviceFigure.LABELS, null, n + (n == 1 ? " label" : " labels") + " (layer "
                    + layout.layers().labels().layer() + "/" + layout.layers().labels().datatype() + ")"});
        }
        if (!annotations.marks().isEmpty()) {
            int n = annotations.marks().size();
            entries.add(new Object[] {DeviceFigure.MARKS, null, n + " alignment mark" + (n == 1 ? "" : "s") + " (layer "
                    + layout.layers().marks().layer() + "/" + layout.layers().marks().datatype() + ")"});
        }
        if (zoom) {
            entries.add(new Object[] {null, DeviceFigure.ZOOM, "zoom window (below)"});
        }
        float x = Pages.LEFT;
        for (Object[] e : entries) {
            String label = (String) e[2];
            // wrap to a new legend line when the entry would run past the right margin
            if (x > Pages.LEFT && x + 13 + c.width(label, s) > Pages.RIGHT) {
                pages.y -= s.leading() + 2;
                x = Pages.LEFT;
            }
            x = swatch(c, x, pages.y, (Color) e[0], (Color) e[1], label, s);
        }
        pages.y -= s.leading() + 4;
    }

    /** A small filled or outlined square followed by its label; returns where the next one starts. */
    private static float swatch(PageCanvas c, float x, float y, Color fill, Color edge, String label, Style s)
            throws IOException {
        if (fill != null) {
            c.fillRect(x, y - 1, 9, 7, fill);
        }
        c.strokeRect(x, y - 1, 9, 7, edge != null ? edge : DeviceFigure.FILM_EDGE, edge != null ? 1.2f : 0.4f);
        c.text(x + 13, y, label, s);
        return x + 13 + c.width(label, s) + 14;
    }

    /** The dimension keys and lattice facts beside the zoom; returns where the text ends. */
    private static float facts(PageCanvas c, DesignResult r, float x, float y, float width) throws IOException {
        Layout layout = r.layout();
        GridLattice g = layout.lattice();
        UnitCellFacts f = r.facts();
        double dbu = layout.dbuNm();
        double r0 = layout.hole().circumradius() * dbu;
        Style b = Style.BODY;
        float lead = b.leading();
        y = key(c, x, y, width, "a", LatticeZoom.PITCH, "pitch, centre to centre (as written): "
                + Numbers.format(f.pitchWrittenNm()) + " nm (nominal " + Numbers.format(g.pitchNm()) + " nm)");
        y = key(c, x, y, width, "d", LatticeZoom.DIAMETER, "hole diameter: " + Numbers.format(f.holeDiameterNm())
                + " nm nominal (" + layout.hole().ideal().shapeName() + ", width along x); written as a "
                + layout.hole().vertices() + "-gon, narrowest width " + Numbers.format(layout.hole().minWidth() * dbu)
                + " nm, widest " + Numbers.format(2 * r0) + " nm, equal-area diameter "
                + Numbers.format(layout.hole().equivalentDiameter() * dbu) + " nm; the physics takes the ideal shape's, "
                + Numbers.format(f.holeEquivalentDiameterNm()) + " nm");
        y = key(c, x, y, width, "w", LatticeZoom.NECK, r.necks().present() ? "neck, narrowest film between two holes: "
                + Numbers.format(r.necks().minNm()) + " nm, measured between the written polygons (all "
                + Numbers.count(r.necks().count()) + " necks: mean " + Numbers.spread(r.necks().meanNm(), r.necks().stdNm())
                + " nm)" : "neck: none written (no two neighbouring holes)");
        if (layout.scattered().isPresent()) {
            Spec.FabricationSpec fab = r.spec().fabrication();
            var n = r.network();
            y = key(c, x, y, width, "σ", LatticeZoom.CELL, "scattered: lattice turned "
                    + Numbers.format(r.spec().lattice().rotationDeg()) + "°, diameter σ " + Numbers.format(fab.diameterSigmaNm())
                    + " nm, centre σ " + Numbers.format(fab.positionSigmaNm()) + " nm (preset " + fab.preset().specName() + ", seed "
                    + fab.seed() + ", truncated at 3σ); necks in the bulk window the network is extracted from "
                    + Numbers.format(n.neckWidthMeanNm()) + " ± " + Numbers.format(n.neckWidthStdNm()) + " nm, narrowest "
                    + Numbers.format(n.neckWidthMinNm()) + " nm (the physics takes this network; the legend above says "
                    + "how the holes are written)");
        } else {
            y = key(c, x, y, width, "▭", LatticeZoom.CELL, "written super-cell " + Numbers.format(g.cellX() * dbu) + " × "
                    + Numbers.format(g.cellY() * dbu) + " nm holding " + g.basis().size() + " hole"
                    + (g.basis().size() == 1 ? "" : "s") + ", repeated by the GDS arrays");
        }
        y -= 4;
        List<String> lines = List.of(
                "lattice: " + r.spec().lattice().type().specName() + " (island network: "
                        + r.geometry().network().name().toLowerCase(java.util.Locale.ROOT) + ")",
                "aspect distortion of the super-cell on the " + Numbers.format(dbu) + " nm grid: "
                        // three digits: the distortion is a fact of the grid, read as a percentage
                        + Numbers.format(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g",
                                100 * g.aspectDistortion()))).replace('-', '−') + " %",
                (layout.isScattered() ? "unscattered cell: " : "") + "plaquette area " + Numbers.format(f.plaquetteAreaNm2())
                        + " nm², hole area " + Numbers.format(f.holeAreaNm2()) + " nm², porosity " + Numbers.format(f.porosity())
                        + (layout.isScattered() ? "; the extracted network's porosity " + Numbers.format(r.geometry().porosity())
                                : ""),
                "edge margin " + Numbers.format(layout.marginNm()) + " nm: only whole holes, none closer to the outline",
                "drawn as written: film shaded, holes white");
        for (String line : lines) {
            y = c.richParagraph(x, y, width, line, b) - 2;
        }
        return y;
    }

    /** One dimension key: a coloured letter, then its wrapped explanation. */
    private static float key(PageCanvas c, float x, float y, float width, String letter, Color color, String text)
            throws IOException {
        c.text(x, y, letter, new Style(9, true, color));
        return c.richParagraph(x + 14, y, width - 14, text, Style.BODY) - 3;
    }

    private static void layers(Pages pages, DesignResult r) throws IOException {
        LayerMap layers = r.layout().layers();
        String text = toneText(r, layers);
        // the table and its paragraph are kept together: the paragraph's end alone on a page reads as lost
        float tone = 12 * (Summary.writtenLayers(r).size() + 1) + 4
                + pages.canvas().wrap(text, Style.BODY, Pages.WIDTH).size() * Style.BODY.leading();
        pages.heading("GDS layers and tone", tone);
        PageCanvas c = pages.canvas();
        Style h = new Style(7.5f, true, Style.MUTED);
        c.text(Pages.LEFT + 4, pages.y, "layer", h);
        c.text(Pages.LEFT + 50, pages.y, "datatype", h);
        c.text(Pages.LEFT + 110, pages.y, "purpose", h);
        pages.y -= 12;
        for (LayerMap.LayerSpec l : Summary.writtenLayers(r)) {
            pages.need(12);
            c = pages.canvas();
            c.text(Pages.LEFT + 4, pages.y, Integer.toString(l.layer()), Style.BODY);
            c.text(Pages.LEFT + 50, pages.y, Integer.toString(l.datatype()), Style.BODY);
            c.text(Pages.LEFT + 110, pages.y, l.purpose(), Style.BODY);
            pages.y -= 12;
        }
        pages.gap(4);
        pages.paragraph(text, Style.BODY);
    }

    /** The paragraph under the layer table: what the tone exposes, the area and the beam time. */
    private static String toneText(DesignResult r, LayerMap layers) {
        String exposed = "Exposed area " + Numbers.format(r.exposedAreaNm2() * 1e-6) + " µm², "
                + Numbers.percent(r.exposedFraction()) + " % of the outline; beam time t = D·A/I ≈ "
                + Numbers.duration(r.writeTimeS()) + " at " + Numbers.format(r.spec().ebeam().doseUcCm2())
                + " µC/cm², " + Numbers.format(r.spec().ebeam().currentNa()) + " nA (no stage or settling time).";
        if (r.film().isPresent()) {
            FilmLayout f = r.film().get();
            return ("Tone: negative. The film layer (" + layers.film().layer() + "/" + layers.film().datatype()
                    + ") is what the e-beam exposes: the outline minus the holes, cut into hole-free pieces ("
                    + f.tilePieces().size() + " per lattice super-cell, placed by " + f.tileArrays().size()
                    + " arrays, and " + f.edgePieces().size() + " pieces along the edges). The holes layer ("
                    + layers.holes().layer() + "/" + layers.holes().datatype() + ") and the outline layer ("
                    + layers.outline().layer() + "/" + layers.outline().datatype() + ") are for reference. " + exposed);
        } else {
            return ("Tone: positive. The holes layer (" + layers.holes().layer() + "/" + layers.holes().datatype()
                    + ") is what the e-beam exposes; after development the film is etched through the exposed holes. "
                    + "The outline layer (" + layers.outline().layer() + "/" + layers.outline().datatype()
                    + ") is for reference and a separate mesa step; it is not part of the hole exposure. " + exposed);
        }
    }
}
