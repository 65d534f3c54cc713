package org.parcheck.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Widths of text in Liberation Serif (metric-compatible with Times New Roman), from the fonts the PDF writers embed.
 * The DOCX writers use it to size the short rules of the official header as the PDF does.
 */
public final class SerifWidths {

    private SerifWidths() {
    }

    /** The width in points of {@code text} at {@code size} points, regular or bold. */
    public static float width(String text, boolean bold, float size) {
        TrueTypeFont font = ReportFonts.parsed(bold ? 1 : 0);
        try {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            float units = font.getUnitsPerEm();
            float total = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                total += font.getAdvanceWidth(cmap.getGlyphId(cp));
                i += Character.charCount(cp);
            }
            return total / units * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
