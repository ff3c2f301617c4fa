package org.jjmask.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The report's pages in order, with a cursor running down the current one. Sections ask for room
 * with {@link #need}; when a page is full the section continues on a new page under the same
 * title, so long DRC lists or reference lists never run off the bottom. Page numbers ("page i of
 * n") are added by {@link #finish} once the count is known.
 */
final class Pages {

    static final float LEFT = 56;
    static final float RIGHT = PageCanvas.SIZE.getWidth() - 56;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = PageCanvas.SIZE.getHeight() - 48;
    static final float BOTTOM = 58;
    private static final float FOOTER_Y = 32;

    final PDDocument doc;
    final ReportFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private PageCanvas current;
    private String title = "";
    /** Baseline of the next line on the current page. */
    float y;

    Pages(PDDocument doc, ReportFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    /** A section's title and first page, for the bookmarks. */
    private record Section(String title, PDPage page) {}

    PageCanvas canvas() {
        return current;
    }

    /** Starts a page headed {@code pageTitle} (also its bookmark) and puts the cursor under the heading. */
    PageCanvas newPage(String pageTitle) throws IOException {
        return newPage(pageTitle, "", pageTitle, Style.HEADING.withSize(14));
    }

    /**
     * Starts a page with a heading in {@code style}, a small {@code kicker} line above it when not
     * empty, and a bookmark named {@code bookmark}; continuation pages repeat the heading.
     */
    PageCanvas newPage(String bookmark, String kicker, String heading, Style style) throws IOException {
        if (current != null) {
            current.close();
        }
        current = new PageCanvas(doc, fonts);
        pages.add(current.page);
        sections.add(new Section(bookmark, current.page));
        title = heading;
        float rule = TOP - 22;
        if (!kicker.isEmpty()) {
            current.text(LEFT, TOP - Style.SMALL.size(), kicker, Style.SMALL.withColor(Style.ACCENT));
            rule -= Style.SMALL.leading() + 4;
        }
        current.text(LEFT, rule + 7, heading, style);
        current.line(LEFT, rule, RIGHT, rule, Style.ACCENT, 0.8f);
        y = rule - 18;
        return current;
    }

    private void continuation() throws IOException {
        current.close();
        current = new PageCanvas(doc, fonts);
        pages.add(current.page);
        String heading = title.endsWith("(continued)") ? title : title + " (continued)";
        current.text(LEFT, TOP - 15, heading, Style.HEADING.withSize(14));
        current.line(LEFT, TOP - 22, RIGHT, TOP - 22, Style.ACCENT, 0.8f);
        y = TOP - 40;
    }

    /** Makes sure {@code height} points fit below the cursor, else continues on a new page. */
    void need(float height) throws IOException {
        if (current == null) {
            newPage("");
        } else if (y - height < BOTTOM) {
            continuation();
        }
    }

    void gap(float points) {
        y -= points;
    }

    /** A section heading, kept together with at least {@code keepWith} points of what follows. */
    void heading(String markup, float keepWith) throws IOException {
        need(Style.HEADING.leading() + 10 + keepWith);
        y -= 10;
        current.text(LEFT, y, markup, Style.HEADING);
        y -= Style.HEADING.leading() + 1;
    }

    /** Wrapped plain text (from outside: no markup) over the full width, continuing on new pages as needed. */
    void paragraph(String text, Style style) throws IOException {
        paragraph(text, style, LEFT, WIDTH);
    }

    void paragraph(String text, Style style, float x, float width) throws IOException {
        lines(current.wrap(text, style, width), false, style, x);
    }

    /** Wrapped text in the report's own markup ({@code T_{c}}), over the full width. */
    void rich(String markup, Style style) throws IOException {
        rich(markup, style, LEFT, WIDTH);
    }

    void rich(String markup, Style style, float x, float width) throws IOException {
        lines(current.wrapMarkup(markup, style, width), true, style, x);
    }

    /** Text from the physics or design modules, in ASCII notation, typeset ({@link Notation}) and wrapped. */
    void notes(String ascii, Style style, float x, float width) throws IOException {
        rich(Notation.typeset(ascii), style, x, width);
    }

    private void lines(List<String> lines, boolean markup, Style style, float x) throws IOException {
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            String line = lines.get(i);
            // no paragraph starts with a lone line at a page's foot, none ends with one at the top of the next
            // (issue 12: "≈" at the bottom of page 2, "0.0193 s at 250 µC/cm²" alone on page 3)
            if (i == 0) {
                need(style.leading() * Math.min(n, n <= 3 ? 3 : 2));
            } else if (n - i == 2 && n >= 4) {
                need(style.leading() * 2);
            } else {
                need(style.leading());
            }
            if (markup) {
                current.text(x, y, line, style);
            } else {
                current.drawPlain(x, y, line, style);
            }
            y -= style.leading();
        }
    }

    /** The height {@link #item} takes for {@code text}: its wrapped lines and the gap after them. */
    float itemHeight(String text, Style style, float indent, boolean markup) {
        int n = (markup ? current.wrapMarkup(text, style, WIDTH - indent) : current.wrap(text, style, WIDTH - indent))
                .size();
        return n * style.leading() + style.size() * 0.35f;
    }

    /**
     * A hanging-indent item: {@code lead} (bold) at the margin, {@code text} wrapped beside it,
     * e.g. a reference key and its text, or a flag code and its message. A lead wider than the
     * indent gets a line of its own. {@code markup} says whether {@code text} is the report's own
     * markup or plain text from outside.
     */
    void item(String lead, String text, Style style, float indent, boolean markup) throws IOException {
        Style bold = new Style(style.size(), true, style.color());
        List<String> lines = markup ? current.wrapMarkup(text, style, WIDTH - indent)
                : current.wrap(text, style, WIDTH - indent);
        need(style.leading() * Math.min(2, lines.size() + 1));
        current.text(LEFT, y, lead, bold);
        if (current.width(lead, bold) > indent - 4) {
            y -= style.leading();
        }
        lines(lines, markup, style, LEFT + indent);
        y -= style.size() * 0.35f;
    }

    /**
     * A run-in item: {@code lead} in bold (markup), then {@code text} from outside, in ASCII
     * notation, typeset by {@link Notation} and continuing on the same line, further lines
     * indented a little. Compact for long keys (references, flag codes).
     */
    void runIn(String lead, String text, Style style) throws IOException {
        runInMarkup(lead, Notation.typeset(text), style);
    }

    /** As {@link #runIn} for text already in the report's markup. */
    void runInMarkup(String lead, String markup, Style style) throws IOException {
        Style bold = new Style(style.size(), true, style.color());
        float indent = 12;
        float leadW = current.width(lead, bold) + style.size() * 0.4f;
        List<String> lines = current.wrapMarkup(markup, style, WIDTH - leadW, WIDTH - indent);
        need(style.leading() * Math.min(4, Math.max(1, lines.size())));  // short items are not split
        current.text(LEFT, y, lead, bold);
        for (int i = 0; i < lines.size(); i++) {
            need(style.leading());
            current.text(i == 0 ? LEFT + leadW : LEFT + indent, y, lines.get(i), style);
            y -= style.leading();
        }
        if (lines.isEmpty()) {
            y -= style.leading();
        }
        y -= style.size() * 0.3f;
    }

    /** Closes the last page and stamps every page with the footer and "page i of n". */
    void finish(String footerLeft) throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            try (PageCanvas c = new PageCanvas(doc, pages.get(i), fonts)) {
                c.line(LEFT, FOOTER_Y + 11, RIGHT, FOOTER_Y + 11, Style.MUTED, 0.4f);
                c.text(LEFT, FOOTER_Y, footerLeft, Style.SMALL);
                c.textRight(RIGHT, FOOTER_Y, "page " + (i + 1) + " of " + n, Style.SMALL);
            }
        }
    }

    /** Adds a bookmark per section, so a viewer's sidebar lists them. */
    void outline() {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (Section s : sections) {
            PDPageFitDestination dest = new PDPageFitDestination();
            dest.setPage(s.page());
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(s.title());
            item.setDestination(dest);
            outline.addLast(item);
        }
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }
}
