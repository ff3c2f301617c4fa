package org.jjmask.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * One page and its content stream, with the text primitives the report needs: single lines placed
 * left, right or centred on a baseline, lines wrapped to a width (measured with the embedded
 * font's own widths), and a small markup for sub- and superscripts ({@code E_{J}}, {@code nm^{2}})
 * so symbols read as they are printed in papers. Coordinates are PDF points, origin bottom left.
 */
final class PageCanvas implements AutoCloseable {

    static final PDRectangle SIZE = PDRectangle.A4;

    final PDPage page;
    final PDPageContentStream cs;
    private final ReportFonts fonts;

    PageCanvas(PDDocument doc, ReportFonts fonts) throws IOException {
        this.page = new PDPage(SIZE);
        doc.addPage(page);
        this.cs = new PDPageContentStream(doc, page);
        this.fonts = fonts;
    }

    /** Re-opens an existing page for appending (page numbers are added once all pages exist). */
    PageCanvas(PDDocument doc, PDPage page, ReportFonts fonts) throws IOException {
        this.page = page;
        this.cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true);
        this.fonts = fonts;
    }

    // ---- text -------------------------------------------------------------------------------

    /** A run of text at one size and baseline offset; produced by {@link #runs}. */
    private record Run(String text, float size, float rise) {}

    /**
     * Splits markup into runs: {@code _{..}} is a subscript, {@code ^{..}} a superscript; anything
     * else is literal (a lone '_' or '^' included). Text is made {@link ReportFonts#safe} here.
     */
    private List<Run> runs(String markup, Style style) {
        List<Run> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < markup.length()) {
            char c = markup.charAt(i);
            int close = markup.indexOf('}', i);
            if ((c == '_' || c == '^') && i + 1 < markup.length() && markup.charAt(i + 1) == '{' && close > i) {
                if (plain.length() > 0) {
                    out.add(new Run(fonts.safe(plain.toString(), style.bold()), style.size(), 0));
                    plain.setLength(0);
                }
                float size = style.size() * 0.72f;
                float rise = c == '_' ? -0.22f * style.size() : 0.38f * style.size();
                out.add(new Run(fonts.safe(markup.substring(i + 2, close), style.bold()), size, rise));
                i = close + 1;
            } else {
                plain.append(c);
                i++;
            }
        }
        if (plain.length() > 0) {
            out.add(new Run(fonts.safe(plain.toString(), style.bold()), style.size(), 0));
        }
        return out;
    }

    /** Width in points of {@code markup} set in {@code style}. */
    float width(String markup, Style style) {
        float w = 0;
        for (Run r : runs(markup, style)) {
            w += fonts.width(r.text(), style.bold(), r.size());
        }
        return w;
    }

    /**
     * Draws {@code markup} with its baseline starting at (x, y): one text object, the runs shown in
     * turn (the text position advances by itself) with a text rise for sub- and superscripts.
     */
    void text(float x, float y, String markup, Style style) throws IOException {
        List<Run> runs = runs(markup, style);
        if (runs.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setNonStrokingColor(style.color());
        cs.newLineAtOffset(x, y);
        float rise = 0;
        for (Run r : runs) {
            cs.setFont(fonts.face(style.bold()), r.size());
            if (r.rise() != rise) {
                cs.setTextRise(r.rise());
                rise = r.rise();
            }
            cs.showText(r.text());
        }
        if (rise != 0) {
            cs.setTextRise(0);  // text state outlives the text object: leave it as found
        }
        cs.endText();
    }

    void textRight(float xRight, float y, String markup, Style style) throws IOException {
        text(xRight - width(markup, style), y, markup, style);
    }

    void textCentred(float xCentre, float y, String markup, Style style) throws IOException {
        text(xCentre - width(markup, style) / 2, y, markup, style);
    }

    /**
     * Breaks plain text (no markup) into lines no wider than {@code maxWidth}: at spaces where
     * possible, inside a word only when the word alone is too wide (a hash, a long key). The lines
     * come back already {@link ReportFonts#safe}; draw them with {@link #drawPlain}.
     */
    List<String> wrap(String text, Style style, float maxWidth) {
        return wrap(fonts.safe(text, style.bold()), style, maxWidth, maxWidth, false);
    }

    /** As {@link #wrap(String, Style, float)} with a first line of a different width (a run-in lead). */
    List<String> wrap(String text, Style style, float firstWidth, float maxWidth) {
        return wrap(fonts.safe(text, style.bold()), style, firstWidth, maxWidth, false);
    }

    /**
     * Breaks markup into lines (at spaces only: the report's own sentences have no overlong
     * words); draw them with {@link #text}. Markup must not put spaces inside braces.
     */
    List<String> wrapMarkup(String markup, Style style, float maxWidth) {
        return wrap(markup, style, maxWidth, maxWidth, true);
    }

    /** As {@link #wrapMarkup(String, Style, float)} with a first line of a different width (a run-in lead). */
    List<String> wrapMarkup(String markup, Style style, float firstWidth, float maxWidth) {
        return wrap(markup, style, firstWidth, maxWidth, true);
    }

    private List<String> wrap(String text, Style style, float firstWidth, float otherWidth, boolean markup) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            float maxWidth = lines.isEmpty() ? firstWidth : otherWidth;
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (measure(candidate, style, markup) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            maxWidth = lines.isEmpty() ? firstWidth : otherWidth;
            String rest = word;
            while (!markup && measure(rest, style, false) > maxWidth && rest.codePointCount(0, rest.length()) > 1) {
                // the word alone does not fit: cut it at the last code point that does
                int n = rest.offsetByCodePoints(rest.length(), -1);
                while (n > 0 && measure(rest.substring(0, n), style, false) > maxWidth) {
                    n = rest.offsetByCodePoints(n, -1);
                }
                n = Math.max(n, rest.offsetByCodePoints(0, 1));
                lines.add(rest.substring(0, n));
                rest = rest.substring(n);
                maxWidth = otherWidth;
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float measure(String s, Style style, boolean markup) {
        return markup ? width(s, style) : fonts.width(s, style.bold(), style.size());
    }

    /** Draws wrapped plain text from baseline {@code y} down; returns the baseline after the last line. */
    float paragraph(float x, float y, float maxWidth, String text, Style style) throws IOException {
        for (String line : wrap(text, style, maxWidth)) {
            drawPlain(x, y, line, style);
            y -= style.leading();
        }
        return y;
    }

    /** As {@link #paragraph} for the report's own markup text. */
    float richParagraph(float x, float y, float maxWidth, String markup, Style style) throws IOException {
        for (String line : wrapMarkup(markup, style, maxWidth)) {
            text(x, y, line, style);
            y -= style.leading();
        }
        return y;
    }

    /** Draws a line already made safe and free of markup (wrapped text must not be re-parsed). */
    void drawPlain(float x, float y, String safeText, Style style) throws IOException {
        cs.beginText();
        cs.setNonStrokingColor(style.color());
        cs.setFont(fonts.face(style.bold()), style.size());
        cs.newLineAtOffset(x, y);
        cs.showText(safeText);
        cs.endText();
    }

    // ---- graphics ---------------------------------------------------------------------------

    void fillRect(float x, float y, float w, float h, Color c) throws IOException {
        cs.setNonStrokingColor(c);
        cs.addRect(x, y, w, h);
        cs.fill();
    }

    void strokeRect(float x, float y, float w, float h, Color c, float lineWidth) throws IOException {
        cs.setStrokingColor(c);
        cs.setLineWidth(lineWidth);
        cs.addRect(x, y, w, h);
        cs.stroke();
    }

    void line(float x0, float y0, float x1, float y1, Color c, float lineWidth) throws IOException {
        cs.setStrokingColor(c);
        cs.setLineWidth(lineWidth);
        cs.moveTo(x0, y0);
        cs.lineTo(x1, y1);
        cs.stroke();
    }

    @Override
    public void close() throws IOException {
        cs.close();
    }
}
