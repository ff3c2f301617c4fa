package org.jjmask.report;

import java.awt.Color;
import java.io.IOException;

/**
 * The headline table: quantity, value, unit and the JSON key that carries the same number, in
 * groups. Values are passed already formatted (by {@link Numbers}), units sit in their own column
 * so a value is a single token a reader or {@code pdftotext} can copy.
 */
final class QuantityTable {

    // 10.6 pt rows (9 pt text): a spec with a target still gets its material and sources on page 1 (issue 12)
    private static final float ROW = 10.6f;
    private static final float VALUE_X = Pages.LEFT + 218;
    // wide enough for a value with its interval, "0.0221 (+0.0073/−0.0059)" (issue 12)
    private static final float UNIT_X = VALUE_X + 134;
    private static final float KEY_X = UNIT_X + 28;
    private static final Color SHADE = new Color(0xf1, 0xf4, 0xf8);
    private static final Color GROUP = new Color(0xdd, 0xe6, 0xf0);
    private static final Style KEY = new Style(7, false, Style.MUTED);

    private final Pages pages;
    private int rowInGroup;

    QuantityTable(Pages pages) {
        this.pages = pages;
    }

    /** Column captions; drawn once above the first group. */
    void header() throws IOException {
        pages.need(ROW * 3);
        PageCanvas c = pages.canvas();
        Style s = new Style(7.5f, true, Style.MUTED);
        c.text(Pages.LEFT + 4, pages.y, "quantity", s);
        // issue 12: a value with (+/−) to the ends of its 16–84 % interval, rounded to it (JSON "uncertainty")
        c.text(VALUE_X, pages.y, "value (+/− to 16–84 %)", s);
        c.text(UNIT_X, pages.y, "unit", s);
        c.text(KEY_X, pages.y, "JSON key", s);
        pages.y -= ROW - 2;
    }

    /** A group title spanning the table; kept on the page with the group's first rows. */
    void group(String title) throws IOException {
        pages.need(ROW * 3);
        PageCanvas c = pages.canvas();
        c.fillRect(Pages.LEFT, pages.y - 3.6f, Pages.WIDTH, ROW, GROUP);
        c.text(Pages.LEFT + 4, pages.y, title, Style.BODY_BOLD.withColor(Style.ACCENT));
        pages.y -= ROW;
        rowInGroup = 0;
    }

    void row(String label, String value, String unit, String jsonKey) throws IOException {
        row(label, value, unit, jsonKey, false);
    }

    /** One quantity; {@code emphasise} sets the row in bold (the figure of merit). */
    void row(String label, String value, String unit, String jsonKey, boolean emphasise) throws IOException {
        pages.need(ROW);
        PageCanvas c = pages.canvas();
        if (rowInGroup++ % 2 == 1) {
            c.fillRect(Pages.LEFT, pages.y - 3.6f, Pages.WIDTH, ROW, SHADE);
        }
        Style s = emphasise ? Style.BODY_BOLD : Style.BODY;
        c.text(Pages.LEFT + 4, pages.y, label, s);
        c.text(VALUE_X, pages.y, value, s);
        c.text(UNIT_X, pages.y, unit, Style.BODY);
        c.text(KEY_X, pages.y, jsonKey, KEY);
        pages.y -= ROW;
    }

    /** A wrapped explanatory line under the previous row, across the table (e.g. the phase criterion), in ASCII notation: typeset here. */
    void note(String text) throws IOException {
        Style s = Style.SMALL;
        pages.y += ROW - s.leading() - 1.5f;
        pages.notes(text, s, Pages.LEFT + 14, Pages.WIDTH - 18);
        pages.y -= 3;
    }
}
