package org.parcheck.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Serif (metric-compatible with Times New Roman, SIL OFL) in its four styles, embedded as subsets in one
 * document. The font files are read from the classpath and parsed once per process; every document embeds its own
 * subset of the shared parsed fonts ({@link PDType0Font#load(PDDocument, TrueTypeFont, boolean)} does not close them).
 *
 * <p>Glyph substitution (GSUB) is switched off: with it PDFBox 3 builds a regular-expression tokenizer for every
 * {@code showText} call, which was about two thirds of the time of a 150-item report, and it only gives Latin
 * ligatures that the line-width measurement ({@code getStringWidth}, without GSUB) does not know about anyway.
 * Vietnamese text is NFC, precomposed glyphs, so it needs no substitution.
 */
final class ReportFonts {

    private static final String[] FILES = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"};
    private static final TrueTypeFont[] PARSED = new TrueTypeFont[FILES.length];

    final PDFont regular;
    final PDFont bold;
    final PDFont italic;
    final PDFont boldItalic;
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();

    ReportFonts(PDDocument document) throws IOException {
        regular = load(document, 0);
        bold = load(document, 1);
        italic = load(document, 2);
        boldItalic = load(document, 3);
    }

    /** The number of styles, each a font file. */
    static int styles() {
        return FILES.length;
    }

    /** Whether style {@code index} has been parsed in this process. */
    static synchronized boolean isParsed(int index) {
        return PARSED[index] != null;
    }

    private static PDFont load(PDDocument document, int index) throws IOException {
        return PDType0Font.load(document, parsed(index), true);
    }

    /**
     * The parsed font, shared by every document of the process (fontbox synchronises its table and glyph reads;
     * PDFBox's own font cache shares parsed fonts the same way).
     */
    static synchronized TrueTypeFont parsed(int index) {
        if (PARSED[index] == null) {
            String path = "liberation/" + FILES[index];
            try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Font not on the classpath: " + path);
                }
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                font.setEnableGsub(false);
                PARSED[index] = font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return PARSED[index];
    }

    /**
     * The text with characters the font cannot show replaced by a close equivalent (or "?"), so that drawing never
     * fails on an unexpected symbol.
     */
    String printable(PDFont font, String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!canShow(font, cp)) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append(substitute(cp));
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private boolean canShow(PDFont font, int codePoint) {
        if (codePoint < 0x7F && codePoint >= 0x20) {
            return true;
        }
        return glyphs.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    private static String substitute(int codePoint) {
        switch (codePoint) {
            case 0x2192:
                return "->";
            case 0x2265:
                return ">=";
            case 0x2264:
                return "<=";
            case 0x00D7:
                return "x";
            case 0x2212:
                return "-";
            case '\t':
            case '\n':
            case '\r':
                return " ";
            default:
                return "?";
        }
    }
}
