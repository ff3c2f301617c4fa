package org.jjmask.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Numbers;
import org.jjmask.design.OutputFile;
import org.jjmask.design.Quantity;
import org.jjmask.design.Version;
import org.jjmask.design.chip.ChipDevice;
import org.jjmask.design.chip.ChipResult;
import org.jjmask.design.chip.ChipSpec;
import org.jjmask.design.chip.ChipViolation;
import org.jjmask.design.chip.Placement;
import org.jjmask.layout.Annotations;
import org.jjmask.layout.LabelGlyphs;
import org.jjmask.layout.drc.Violation;
import org.jjmask.physics.Phase;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * NAME.pdf of {@code jjmask chip}: the chip map (the die to scale, each device's cell coloured by
 * its predicted T_BKT, or marked by its phase when it is not a superconductor, with its label and
 * T_BKT, the outlines, labels and marks as written), the device table (continuing over pages,
 * never leaving a lone row at the end), then each device's summary page as {@code design} writes
 * it ({@link SummaryPage}). The same chip and inputs give the same bytes. Writes nothing.
 */
public final class ChipReport {

    /** T_BKT from low to high: a perceptual ramp (viridis' ends and middle), legible in grey too. */
    private static final Color[] RAMP = {new Color(0x44, 0x01, 0x54), new Color(0x3b, 0x52, 0x8b),
        new Color(0x21, 0x90, 0x8d), new Color(0x5d, 0xc8, 0x63), new Color(0xfd, 0xe7, 0x25)};
    static final Color ANOMALOUS_METAL = new Color(0xf4, 0xa2, 0x61);
    static final Color INSULATOR = new Color(0xb8, 0xb8, 0xb8);
    private static final Color DIE = new Color(0xf4, 0xf4, 0xf4);
    private static final Color LANE = new Color(0xa0, 0xa0, 0xa0);
    private static final Style CELL_TEXT = new Style(6.5f, false, Style.INK);
    private static final Style CELL_BOLD = new Style(6.5f, true, Style.INK);
    private static final float MAP_MAX_H = 520;

    private ChipReport() {}

    public static byte[] render(ChipResult chip, ReportInputs inputs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try (PDDocument doc = new PDDocument()) {
            ReportFonts fonts = ReportFonts.load(doc);
            Pages pages = new Pages(doc, fonts);
            map(pages, chip, inputs);
            table(pages, chip);
            for (DesignResult r : chip.devices()) {
                SummaryPage.draw(pages, r, inputs);
            }
            pages.finish(chip.spec().name() + "   ·   jjmask " + Version.VERSION + "   ·   "
                    + SummaryPage.DATE.format(inputs.created()));
            pages.outline();
            describe(doc, chip, inputs);
            doc.save(out);
        }
        return out.toByteArray();
    }

    /** The T_BKT text the table, the map and the terminal show: rounded to its interval when there is one. */
    public static String tbkt(DesignResult r) {
        return SummaryPage.value(r, Quantity.TBKT);
    }

    // ---- the map ----------------------------------------------------------------------------

    private static void map(Pages pages, ChipResult chip, ReportInputs in) throws IOException {
        ChipSpec s = chip.spec();
        PageCanvas c = pages.newPage("Chip map", "jjmask chip report", s.name(), Style.TITLE.withSize(20));
        c.text(Pages.LEFT, pages.y, "created " + SummaryPage.DATE.format(in.created()) + " (UTC)   ·   jjmask "
                + Version.VERSION + "   ·   chip SHA-256 " + s.sha256(), Style.TINY);
        pages.y -= Style.TINY.leading();
        for (OutputFile f : in.outputs()) {
            pages.paragraph(f.kind() + " file " + f.name() + ", " + Numbers.count(f.bytes()) + " bytes, SHA-256 "
                    + f.sha256(), Style.TINY);
        }
        pages.gap(2);
        pages.paragraph(String.format(Locale.ROOT, "%d × %d devices (%s), %s holes in all, die %s × %s µm with a %s µm "
                + "dicing lane; design rules: %s.", s.rows(), s.columns(), s.varied().isEmpty() ? "a list"
                : "rows: " + s.varied().get(0) + (s.varied().size() > 1 ? "; columns: "
                + String.join(", ", s.varied().subList(1, s.varied().size())) : ""),
                Numbers.count(chip.holes()), Numbers.format(s.die().widthUm()), Numbers.format(s.die().heightUm()),
                Numbers.format(s.die().laneUm()), verdict(chip)), Style.BODY);
        pages.gap(6);

        double[] range = tbktRange(chip);
        float legendH = 34;
        float top = pages.y;
        float maxH = Math.min(MAP_MAX_H, top - Pages.BOTTOM - legendH - 10);
        Envelope dieNm = new Envelope(s.die().minXUm() * 1000, s.die().maxXUm() * 1000, s.die().minYUm() * 1000,
                s.die().maxYUm() * 1000);
        float h = (float) Math.min(maxH, Pages.WIDTH * dieNm.getHeight() / dieNm.getWidth());
        Viewport v = Viewport.fit(dieNm, Pages.LEFT, top - h, Pages.WIDTH, h);
        PDPageContentStream cs = c.cs;

        // the die and its dicing lane
        c.fillRect(v.px(dieNm.getMinX()), v.py(dieNm.getMinY()), v.length(dieNm.getWidth()), v.length(dieNm.getHeight()),
                DIE);
        c.strokeRect(v.px(dieNm.getMinX()), v.py(dieNm.getMinY()), v.length(dieNm.getWidth()),
                v.length(dieNm.getHeight()), Style.INK, 0.8f);
        double lane = s.die().laneUm() * 1000;
        cs.saveGraphicsState();
        cs.setLineDashPattern(new float[] {2, 2}, 0);
        c.strokeRect(v.px(dieNm.getMinX() + lane), v.py(dieNm.getMinY() + lane), v.length(dieNm.getWidth() - 2 * lane),
                v.length(dieNm.getHeight() - 2 * lane), LANE, 0.5f);
        cs.restoreGraphicsState();

        // each device's cell, coloured, with the device itself to scale on it
        for (int i = 0; i < chip.devices().size(); i++) {
            DesignResult r = chip.devices().get(i);
            Placement p = chip.placements().get(i);
            Envelope cell = p.cellNm();
            float inset = Math.min(v.length(cell.getWidth()), v.length(cell.getHeight())) * 0.03f;
            float x0 = v.px(cell.getMinX()) + inset;
            float y0 = v.py(cell.getMinY()) + inset;
            float w = v.length(cell.getWidth()) - 2 * inset;
            float ch = v.length(cell.getHeight()) - 2 * inset;
            Color fill = colour(r, range);
            c.fillRect(x0, y0, w, ch, fill);
            c.strokeRect(x0, y0, w, ch, chip.violationsOf(chip.spec().devices().get(i).id()).isEmpty()
                    && r.drc().isEmpty() ? Style.MUTED : Style.BAD, 0.6f);
            AffineTransformation t = AffineTransformation.translationInstance(p.offsetXNm(), p.offsetYNm());
            Color ink = legibleOn(fill);
            cs.setNonStrokingColor(ink);
            Draw.polygonPath(cs, (Polygon) t.transform(r.layout().outlineNm()), v);
            for (Polygon pad : r.layout().padsNm()) {
                Draw.polygonPath(cs, (Polygon) t.transform(pad), v);
            }
            cs.fillEvenOdd();
            ChipDevice d = chip.spec().devices().get(i);
            Style bold = CELL_BOLD.withColor(ink);
            Style body = CELL_TEXT.withColor(ink);
            float tx = x0 + 2.5f;
            if (ch < 2 * bold.leading() + 4 || c.width(d.id(), bold) > w - 5) {
                continue;  // a matrix too fine for text in its cells: the table names them
            }
            c.text(tx, y0 + ch - bold.size() - 2, d.id(), bold);
            float line = y0 + 3;
            // as much of the T_BKT as the cell holds: with its interval, then the value alone
            String value = tbkt(r);
            String bare = value.contains(" (") ? value.substring(0, value.indexOf(" (")) : value;
            String shown = fit(c, body, w - 5, "T_{BKT} " + value + " K", value + " K", "T_{BKT} " + bare + " K",
                    bare + " K");
            if (c.width(shown, body) <= w - 5) {
                c.text(tx, line, shown, body);
            }
            if (ch < 4 * body.leading() + 4) {
                continue;
            }
            if (r.prediction().phase() != Phase.SUPERCONDUCTOR) {
                c.text(tx, line + body.leading(), r.prediction().phase().jsonName().replace('_', ' '), bold);
            }
            if (!d.label().isEmpty()) {
                // the label as text too, when it fits the cell; its letters are drawn below at scale
                String label = d.label();
                if (c.width(label, body) <= w - 5) {
                    c.text(tx, y0 + ch - bold.size() - 2 - body.leading(), label, body);
                }
            }
        }
        // the die's labels and marks as written (at die scale a label is a few points tall)
        Annotations a = chip.annotations();
        cs.setNonStrokingColor(DeviceFigure.LABELS);
        for (Polygon p : new LabelGlyphs().polygonsNm(a.labels())) {
            Draw.polygonPath(cs, p, v);
        }
        cs.fill();
        for (Annotations.Mark m : a.marks()) {
            // a mark is a few points at most: drawn no smaller than 4 points so that it can be found
            float size = Math.max(4, v.length(m.sizeNm()));
            float mx = v.px(m.xNm());
            float my = v.py(m.yNm());
            c.line(mx - size / 2, my, mx + size / 2, my, DeviceFigure.MARKS, 0.8f);
            c.line(mx, my - size / 2, mx, my + size / 2, DeviceFigure.MARKS, 0.8f);
        }
        scaleBar(c, v, dieNm, top - h - 12);
        legend(c, chip, range, top - h - 28);
        pages.y = top - h - legendH - 8;
    }

    /** The first of {@code texts} no wider than {@code width}, else the last. */
    private static String fit(PageCanvas c, Style style, float width, String... texts) {
        for (String t : texts) {
            if (c.width(t, style) <= width) {
                return t;
            }
        }
        return texts[texts.length - 1];
    }

    private static String verdict(ChipResult chip) {
        if (chip.clean()) {
            return "every device and the die clean";
        }
        long devices = java.util.stream.IntStream.range(0, chip.devices().size())
                .filter(i -> !chip.devices().get(i).drc().isEmpty()
                        || !chip.violationsOf(chip.spec().devices().get(i).id()).isEmpty()).count();
        return devices + " of " + chip.devices().size() + " devices with violations (red frames), "
                + chip.violations().size() + " chip-rule violations";
    }

    /** The least and greatest T_BKT among the superconducting devices (both 0 when there is none). */
    private static double[] tbktRange(ChipResult chip) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (DesignResult r : chip.devices()) {
            if (r.prediction().phase() == Phase.SUPERCONDUCTOR && Double.isFinite(r.prediction().tbktK())) {
                lo = Math.min(lo, r.prediction().tbktK());
                hi = Math.max(hi, r.prediction().tbktK());
            }
        }
        return lo > hi ? new double[] {0, 0} : new double[] {lo, hi};
    }

    private static Color colour(DesignResult r, double[] range) {
        return switch (r.prediction().phase()) {
            case SUPERCONDUCTOR -> ramp(range[1] > range[0] ? (r.prediction().tbktK() - range[0]) / (range[1] - range[0])
                    : 0.5);
            case ANOMALOUS_METAL -> ANOMALOUS_METAL;
            case INSULATOR -> INSULATOR;
        };
    }

    /** The ramp at {@code f} in [0, 1], interpolated between its stops. */
    static Color ramp(double f) {
        double x = Math.max(0, Math.min(1, f)) * (RAMP.length - 1);
        int k = Math.min(RAMP.length - 2, (int) Math.floor(x));
        double u = x - k;
        Color a = RAMP[k];
        Color b = RAMP[k + 1];
        return new Color((int) Math.round(a.getRed() + u * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + u * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + u * (b.getBlue() - a.getBlue())));
    }

    /** Black on light colours, white on dark ones (relative luminance, sRGB weights). */
    static Color legibleOn(Color c) {
        double l = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return l > 140 ? Style.INK : Color.WHITE;
    }

    private static void scaleBar(PageCanvas c, Viewport v, Envelope dieNm, float y) throws IOException {
        double step = Viewport.niceStep(dieNm.getWidth() / 5);
        float x = v.px(dieNm.getMinX());
        float len = v.length(step);
        c.line(x, y, x + len, y, Style.INK, 1.2f);
        c.line(x, y - 2, x, y + 2, Style.INK, 0.8f);
        c.line(x + len, y - 2, x + len, y + 2, Style.INK, 0.8f);
        c.text(x + len + 4, y - 2.5f, Numbers.format(step / 1000) + " µm   (the die to scale; devices and labels as "
                + "written, each device's cell tinted)", Style.SMALL);
    }

    /** The T_BKT of the device at an end of the range, rounded as the table shows it (without its interval). */
    private static String ends(ChipResult chip, double tbkt) {
        for (DesignResult r : chip.devices()) {
            if (r.prediction().tbktK() == tbkt) {
                String t = tbkt(r);
                int cut = t.indexOf(" (");
                return cut > 0 ? t.substring(0, cut) : t;
            }
        }
        return Numbers.format(tbkt);
    }

    /** The colour bar of T_BKT with its ends, and a swatch for each other phase present. */
    private static void legend(PageCanvas c, ChipResult chip, double[] range, float y) throws IOException {
        float x = Pages.LEFT;
        boolean anySc = chip.devices().stream().anyMatch(r -> r.prediction().phase() == Phase.SUPERCONDUCTOR);
        if (anySc) {
            c.text(x, y, "T_{BKT}", Style.BODY_BOLD);
            x += 34;
            String lo = ends(chip, range[0]) + " K";
            c.text(x, y, lo, Style.SMALL);
            x += c.width(lo, Style.SMALL) + 4;
            float barW = 150;
            int n = 60;
            for (int k = 0; k < n; k++) {
                c.fillRect(x + k * barW / n, y - 1, barW / n + 0.2f, 8, ramp(k / (double) (n - 1)));
            }
            c.strokeRect(x, y - 1, barW, 8, Style.MUTED, 0.4f);
            x += barW + 4;
            String hi = ends(chip, range[1]) + " K";
            c.text(x, y, hi + (range[1] > range[0] ? "" : " (every device alike)"), Style.SMALL);
            x += c.width(hi + (range[1] > range[0] ? "" : " (every device alike)"), Style.SMALL) + 16;
        }
        for (Phase ph : Phase.values()) {
            if (ph == Phase.SUPERCONDUCTOR || chip.devices().stream().noneMatch(r -> r.prediction().phase() == ph)) {
                continue;
            }
            c.fillRect(x, y - 1, 12, 8, ph == Phase.ANOMALOUS_METAL ? ANOMALOUS_METAL : INSULATOR);
            c.strokeRect(x, y - 1, 12, 8, Style.MUTED, 0.4f);
            String name = ph.jsonName().replace('_', ' ');
            c.text(x + 16, y, name, Style.SMALL);
            x += 16 + c.width(name, Style.SMALL) + 14;
        }
        c.text(Pages.LEFT, y - 12, "Phase at T_{base} as predicted; a red frame: the device or its cell breaks a design "
                + "rule (device table).", Style.SMALL);
    }

    // ---- the table --------------------------------------------------------------------------

    /** One column: caption, width (points), right-aligned or not. */
    private record Column(String caption, float width, boolean right) {}

    private static final float ROW = 10.5f;
    private static final float GAP = 6;
    private static final Style TABLE = new Style(7, false, Style.INK);
    private static final Style TABLE_HEAD = new Style(7, true, Style.MUTED);
    private static final Color SHADE = new Color(0xf1, 0xf4, 0xf8);
    /** Rows the last page of the table keeps at least (no lone row at its end). */
    private static final int KEEP = 3;

    private static void table(Pages pages, ChipResult chip) throws IOException {
        ChipSpec s = chip.spec();
        pages.newPage("Devices");
        PageCanvas c0 = pages.canvas();
        pages.paragraph("Every device of the die: its place, what it varies, the holes written and the predicted "
                + "numbers, as NAME.json's devices[] and NAME.csv carry them; T_BKT rounded to its 16–84 % interval. "
                + "Each device's summary page follows the table.", Style.SMALL);
        pages.gap(4);
        List<Column> cols = new ArrayList<>();
        cols.add(new Column("id", 18, false));
        cols.add(new Column("label", 0, false));  // the rest of the width
        for (String k : s.varied()) {
            // the key's last part, its unit on a second line: pitch_nm as "pitch" over "nm"
            String last = k.substring(k.lastIndexOf('.') + 1);
            int unit = last.lastIndexOf('_');
            String caption = unit > 0 ? last.substring(0, unit) + "\n" + last.substring(unit + 1) : last;
            float w = 30;
            for (String part : caption.split("\n")) {
                w = Math.max(w, c0.width(part, TABLE_HEAD));
            }
            cols.add(new Column(caption, w, true));
        }
        cols.add(new Column("holes", 40, true));
        cols.add(new Column("neck\nnm", 30, true));
        cols.add(new Column("T_BKT\nK", 72, true));
        cols.add(new Column("phase", 58, false));
        cols.add(new Column("design\nrules", 46, false));
        float fixed = (float) cols.stream().mapToDouble(Column::width).sum();
        float labelW = Math.max(40, Pages.WIDTH - fixed - GAP * (cols.size() - 1));
        cols.set(1, new Column("label", labelW, false));

        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < chip.devices().size(); i++) {
            ChipDevice d = s.devices().get(i);
            DesignResult r = chip.devices().get(i);
            List<String> row = new ArrayList<>();
            row.add(d.id());
            row.add(d.label());
            for (ChipDevice.Override o : d.values()) {
                row.add(o.value() instanceof Number n ? Numbers.format(n.doubleValue()) : String.valueOf(o.value()));
            }
            row.add(Numbers.count(r.holes()));
            row.add(Numbers.format(r.facts().neckWidthNm()));
            row.add(tbkt(r));
            row.add(r.prediction().phase().jsonName());
            List<String> rules = new ArrayList<>();
            r.drc().stream().map(Violation::rule).map(Object::toString).distinct().forEach(rules::add);
            chip.violationsOf(d.id()).stream().map(ChipViolation::rule).map(Object::toString).distinct()
                    .forEach(rules::add);
            row.add(rules.isEmpty() ? "clean" : String.join(" ", rules));
            rows.add(row);
        }
        List<List<List<String>>> cells = rows.stream().map(r -> wrapped(c0, cols, r)).toList();
        List<Float> heights = cells.stream().map(ChipReport::height).toList();
        // where the pages break: as many rows as fit, then the last page given at least KEEP rows
        float first = pages.y - ROW - TABLE_HEAD.leading() - Pages.BOTTOM;
        float later = Pages.TOP - 40 - ROW - TABLE_HEAD.leading() - Pages.BOTTOM;
        List<Integer> breaks = breaks(heights, first, later);
        header(pages, cols);
        for (int i = 0; i < rows.size(); i++) {
            if (breaks.contains(i)) {
                pages.need(Float.MAX_VALUE / 4);  // a continuation page, under the same title
                header(pages, cols);
            }
            row(pages, cols, cells.get(i), i % 2 == 1);
        }
        pages.gap(6);
        pages.paragraph("Columns: " + String.join(", ", s.varied()) + (s.varied().isEmpty() ? "" : ", ")
                + "holes (written, exact), neck_width_nm, tbkt_K, phase at conditions.base_temperature_K, the rules "
                + "a device breaks (its own and the chip's).", Style.SMALL);
    }

    /**
     * The rows that begin a new page: filled greedily, the first page holding {@code first} points of
     * rows and the others {@code later}; when the last page would hold fewer than {@link #KEEP} rows,
     * rows move to it from the page before (as long as that page keeps {@link #KEEP} itself).
     */
    static List<Integer> breaks(List<Float> heights, float first, float later) {
        List<Integer> out = new ArrayList<>();
        float room = first;
        for (int i = 0; i < heights.size(); i++) {
            if (heights.get(i) > room && i > (out.isEmpty() ? 0 : out.get(out.size() - 1))) {
                out.add(i);
                room = later;
            }
            room -= heights.get(i);
        }
        if (!out.isEmpty()) {
            int last = out.get(out.size() - 1);
            int before = out.size() > 1 ? out.get(out.size() - 2) : 0;
            int onLast = heights.size() - last;
            int move = Math.min(KEEP - onLast, last - before - KEEP);
            if (onLast < KEEP && move > 0) {
                out.set(out.size() - 1, last - move);
            }
        }
        return out;
    }

    private static List<List<String>> wrapped(PageCanvas c, List<Column> cols, List<String> row) {
        List<List<String>> out = new ArrayList<>();
        for (int k = 0; k < cols.size(); k++) {
            out.add(c.wrap(row.get(k), TABLE, cols.get(k).width()));
        }
        return out;
    }

    private static float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(l -> Math.max(1, l.size())).max().orElse(1);
        return ROW + (lines - 1) * TABLE.leading();
    }

    private static void header(Pages pages, List<Column> cols) throws IOException {
        pages.need(ROW * 3);
        PageCanvas c = pages.canvas();
        float x = Pages.LEFT;
        for (Column col : cols) {
            float y = pages.y;
            for (String part : col.caption().split("\n")) {
                String cap = part.equals("T_BKT") ? "T_{BKT}" : part;
                if (col.right()) {
                    c.textRight(x + col.width(), y, cap, TABLE_HEAD);
                } else {
                    c.text(x, y, cap, TABLE_HEAD);
                }
                y -= TABLE_HEAD.leading();
            }
            x += col.width() + GAP;
        }
        pages.y -= TABLE_HEAD.leading();
        c.line(Pages.LEFT, pages.y - 3, Pages.RIGHT, pages.y - 3, Style.MUTED, 0.4f);
        pages.y -= ROW;
    }

    private static void row(Pages pages, List<Column> cols, List<List<String>> cells, boolean shade)
            throws IOException {
        PageCanvas c = pages.canvas();
        float height = height(cells);
        if (shade) {
            c.fillRect(Pages.LEFT, pages.y - height + ROW - 3.4f, Pages.WIDTH, height, SHADE);
        }
        float x = Pages.LEFT;
        for (int k = 0; k < cols.size(); k++) {
            Column col = cols.get(k);
            float y = pages.y;
            Style st = k == cols.size() - 1 && !cells.get(k).equals(List.of("clean")) ? TABLE.withColor(Style.BAD)
                    : TABLE;
            for (String line : cells.get(k)) {
                if (col.right()) {
                    c.drawPlain(x + col.width() - c.width(line, st), y, line, st);
                } else {
                    c.drawPlain(x, y, line, st);
                }
                y -= TABLE.leading();
            }
            x += col.width() + GAP;
        }
        pages.y -= height;
    }

    // ---- the document -----------------------------------------------------------------------

    private static void describe(PDDocument doc, ChipResult chip, ReportInputs inputs) {
        DocumentInfo.set(doc, "Chip report: " + chip.spec().name(),
                "A die of nano-hole Josephson-junction array devices: map, device table, device summaries",
                "chip-sha256 " + chip.spec().sha256(), inputs.created(), identity(chip, inputs));
    }

    private static byte[] identity(ChipResult chip, ReportInputs inputs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            StringBuilder s = new StringBuilder("jjmask-chip-report\n").append(Version.VERSION).append('\n')
                    .append(chip.spec().name()).append('\n').append(chip.spec().sha256()).append('\n')
                    .append(inputs.created()).append('\n');
            for (OutputFile f : inputs.outputs()) {
                s.append(f.kind()).append(' ').append(f.name()).append(' ').append(f.bytes()).append(' ')
                        .append(f.sha256()).append('\n');
            }
            return md.digest(s.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
