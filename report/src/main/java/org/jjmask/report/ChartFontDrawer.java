package org.jjmask.report;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Maps every AWT font a chart asks for onto the report's embedded DejaVu faces, so that text a
 * chart draws with {@code drawString} is real, embedded text; the default drawer would fall back
 * to non-embedded standard-14 Helvetica. (XChart mostly fills glyph outlines instead, which come
 * from the same bundled font through {@link ReportFonts#awt}.)
 */
final class ChartFontDrawer extends PdfBoxGraphics2DFontTextDrawer {

    private final ReportFonts fonts;

    ChartFontDrawer(ReportFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    protected PDFont mapFont(Font font, IPdfBoxGraphics2DFontTextDrawer.IFontTextDrawerEnv env) {
        return fonts.face(font.isBold());
    }
}
