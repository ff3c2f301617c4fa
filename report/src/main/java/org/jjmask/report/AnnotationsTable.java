package org.jjmask.report;

import java.io.IOException;
import java.util.List;
import org.jjmask.design.DesignResult;
import org.jjmask.design.Numbers;
import org.jjmask.design.Spec;
import org.jjmask.layout.Annotations;
import org.jjmask.layout.LayerMap;

/**
 * The labels and the alignment marks under the layout: the labels in a sentence, the marks as a
 * table of name, centre, type and size — the rows of NAME.marks.csv, number for number, since
 * whoever registers the writer against them copies from one or the other.
 */
final class AnnotationsTable {

    private static final float ROW = 11.8f;
    /** Right edges of the number columns, left edges of the others. */
    private static final float X_RIGHT = Pages.LEFT + 110;
    private static final float Y_RIGHT = Pages.LEFT + 170;
    private static final float TYPE_X = Pages.LEFT + 196;
    private static final float SIZE_RIGHT = Pages.LEFT + 290;

    private AnnotationsTable() {}

    static void draw(Pages pages, DesignResult r) throws IOException {
        Annotations a = r.annotations();
        if (a.isEmpty()) {
            return;
        }
        LayerMap layers = r.layout().layers();
        pages.heading("Labels and alignment marks", Style.BODY.leading() * 2 + ROW * Math.min(3, a.marks().size() + 1));
        if (!a.labels().isEmpty()) {
            StringBuilder sb = new StringBuilder("Labels on layer " + layers.labels().layer() + "/"
                    + layers.labels().datatype() + ", as polygons of the built-in stroke font: ");
            for (int k = 0; k < a.labels().size(); k++) {
                Annotations.Label l = a.labels().get(k);
                sb.append(k == 0 ? "" : "; ").append('\'').append(l.text()).append("' at (")
                        .append(Numbers.format(l.xNm() / 1000)).append(", ").append(Numbers.format(l.yNm() / 1000))
                        .append(") µm, ").append(Numbers.format(l.heightNm() / 1000)).append(" µm tall");
            }
            pages.paragraph(sb.append(" (lower-left corners). A label may sit on a pad or plain film, never on the "
                    + "hole array.").toString(), Style.BODY);
            pages.gap(4);
        }
        if (a.marks().isEmpty()) {
            return;
        }
        double clearance = r.spec().marks().map(Spec.MarksSpec::clearanceUm).orElse(Spec.MarksSpec.DEFAULT_CLEARANCE_UM);
        pages.paragraph("Alignment marks on layer " + layers.marks().layer() + "/" + layers.marks().datatype()
                + ", centres as in " + r.spec().name() + ".marks.csv; each keeps " + Numbers.format(clearance)
                + " µm clear of the device, the other marks and the labels (marks.clearance_um).", Style.BODY);
        pages.gap(2);
        header(pages);
        for (Annotations.Mark m : a.marks()) {
            if (pages.y - ROW < Pages.BOTTOM) {
                pages.need(ROW * 2);
                header(pages);
            }
            row(pages, m.csvRow(), Style.BODY);
        }
        pages.gap(4);
    }

    private static void header(Pages pages) throws IOException {
        pages.need(ROW * 2);
        row(pages, List.of("name", "x (µm)", "y (µm)", "type", "size (µm)"), new Style(7.5f, true, Style.MUTED));
    }

    /** One row: name, x, y, type, size; the numbers right-aligned so their digits line up. */
    private static void row(Pages pages, List<String> cells, Style s) throws IOException {
        PageCanvas c = pages.canvas();
        c.text(Pages.LEFT + 4, pages.y, cells.get(0), s);
        c.textRight(X_RIGHT, pages.y, cells.get(1), s);
        c.textRight(Y_RIGHT, pages.y, cells.get(2), s);
        c.text(TYPE_X, pages.y, cells.get(3), s);
        c.textRight(SIZE_RIGHT, pages.y, cells.get(4), s);
        pages.y -= ROW;
    }
}
