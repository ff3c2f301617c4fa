package org.jjmask.report;

import java.awt.Color;

/** How a piece of text is set: size in points, weight, colour. */
record Style(float size, boolean bold, Color color) {

    static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    static final Color MUTED = new Color(0x55, 0x5b, 0x66);
    static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
    static final Color BAD = new Color(0xb0, 0x1c, 0x1c);
    static final Color GOOD = new Color(0x1e, 0x6b, 0x33);

    static final Style TITLE = new Style(18, true, ACCENT);
    static final Style HEADING = new Style(12, true, ACCENT);
    static final Style SUBHEADING = new Style(9.5f, true, INK);
    static final Style BODY = new Style(9, false, INK);
    static final Style BODY_BOLD = new Style(9, true, INK);
    static final Style SMALL = new Style(7.5f, false, MUTED);
    static final Style TINY = new Style(6.5f, false, MUTED);

    Style withColor(Color c) {
        return new Style(size, bold, c);
    }

    Style withSize(float s) {
        return new Style(s, bold, color);
    }

    /** Baseline-to-baseline distance for running text. */
    float leading() {
        return size * 1.3f;
    }
}
