package org.jjmask.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's two faces, DejaVu Sans and DejaVu Sans Bold, shipped in the jar and embedded as
 * subsets, so that no text falls back to a viewer's substitute and every symbol (µ, Ω, Δ, □, ⊥, ∥)
 * has a glyph. The same files back the AWT fonts the charts are drawn with, so chart lettering
 * matches the page and does not depend on the fonts installed on the machine.
 */
final class ReportFonts {

    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    /** Read once per JVM: the files are immutable and parsing them per document is cheap. */
    private static final class Files {
        static final byte[] REGULAR_TTF = withoutLigatures(read(REGULAR));
        static final byte[] BOLD_TTF = withoutLigatures(read(BOLD));
        static final Font REGULAR_AWT = awtFont(REGULAR_TTF);
        static final Font BOLD_AWT = awtFont(BOLD_TTF);
    }

    final PDType0Font regular;
    final PDType0Font bold;
    /**
     * Widths (font units) of the strings measured so far: wrapping re-measures each growing line, and a
     * chip's report wraps the same paragraphs for every device (a sixth of a chip's time uncached).
     */
    private final java.util.Map<String, Float> regularWidths = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, Float> boldWidths = new java.util.concurrent.ConcurrentHashMap<>();

    private ReportFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Loads both faces into {@code doc} for subset embedding (glyphs are collected as text is shown). */
    static ReportFonts load(PDDocument doc) throws IOException {
        return new ReportFonts(PDType0Font.load(doc, new ByteArrayInputStream(Files.REGULAR_TTF), true),
                PDType0Font.load(doc, new ByteArrayInputStream(Files.BOLD_TTF), true));
    }

    PDType0Font face(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** The AWT font of the same face, for Java2D drawing (charts). */
    static Font awt(boolean isBold, float size) {
        return (isBold ? Files.BOLD_AWT : Files.REGULAR_AWT).deriveFont(size);
    }

    /**
     * {@code text} with every character the face cannot show replaced, so that text from outside
     * (a citation, a material name) never makes PDFBox throw mid-page: control characters become
     * spaces, anything else without a glyph becomes '?'.
     */
    String safe(String text, boolean isBold) {
        PDType0Font font = face(isBold);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (hasGlyph(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean hasGlyph(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Width of {@code text} (already {@link #safe}) in points at {@code size}. */
    float width(String text, boolean isBold, float size) {
        Float w = (isBold ? boldWidths : regularWidths).computeIfAbsent(text, t -> {
            try {
                return face(isBold).getStringWidth(t);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return w / 1000f * size;
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with its GSUB table hidden (its tag renamed), so that PDFBox does not set "fi", "ff"
     * as ligature glyphs: with them, text copied from the report (or pdftotext's) reads "ﬁlm" and
     * "sheet_resistance_eﬀ_ohm", a JSON key no script finds. The table directory is 12 bytes of
     * header, then 16 bytes per table starting with its 4-byte tag.
     */
    static byte[] withoutLigatures(byte[] ttf) {
        byte[] out = ttf.clone();
        int tables = ((out[4] & 0xff) << 8) | (out[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (out[at] == 'G' && out[at + 1] == 'S' && out[at + 2] == 'U' && out[at + 3] == 'B') {
                out[at] = 'g';
                out[at + 1] = 's';
                out[at + 2] = 'u';
                out[at + 3] = 'b';
            }
        }
        return out;
    }

    private static Font awtFont(byte[] ttf) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("bundled font cannot be read by AWT", e);
        }
    }
}
