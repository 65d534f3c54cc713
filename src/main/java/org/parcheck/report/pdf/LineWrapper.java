package org.parcheck.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.parcheck.report.pdf.PageFlow.Para;
import org.parcheck.report.pdf.PageFlow.Run;

/**
 * Breaks a {@link Para} into lines of a given width for {@link PageFlow}: words are split at plain spaces only (a
 * no-break space keeps its words together, e.g. a unit's name in a title); a word longer than a line is broken by
 * characters. Measures with the flow's cached widths.
 */
final class LineWrapper {

    /** Measures a string in a font at a size, in points. */
    @FunctionalInterface
    interface Measure {
        float width(PDFont font, String text, float size);
    }

    /** A word placed in a line, with the width of the space that follows it. */
    record Word(String text, PDFont font, float width, float spaceWidth, boolean spaceBefore) {
    }

    /** A wrapped line. */
    record Line(List<Word> words, float natural, float indent, boolean last) {
    }

    private final ReportFonts fonts;
    private final Measure measure;

    LineWrapper(ReportFonts fonts, Measure measure) {
        this.fonts = fonts;
        this.measure = measure;
    }

    private float width(PDFont font, String text, float size) {
        return measure.width(font, text, size);
    }

    List<Line> wrap(Para para, float width) {
        List<Word> words = new ArrayList<>();
        boolean spaceBefore = false;
        for (Run run : para.runs()) {
            String text = fonts.printable(run.font(), run.text());
            float space = width(run.font(), " ", para.size());
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) == ' ') {
                    spaceBefore = true;
                    i++;
                    continue;
                }
                int end = text.indexOf(' ', i);
                end = end < 0 ? text.length() : end;
                String token = text.substring(i, end);
                words.add(new Word(token, run.font(), width(run.font(), token, para.size()), space,
                        spaceBefore && !words.isEmpty()));
                spaceBefore = false;
                i = end;
            }
        }
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float natural = 0;
        float indent = para.leftIndent() + para.firstIndent();
        for (Word word : words) {
            float gap = current.isEmpty() || !word.spaceBefore() ? 0 : current.get(current.size() - 1).spaceWidth();
            float available = width - indent;
            if (!current.isEmpty() && natural + gap + word.width() > available) {
                lines.add(new Line(current, natural, indent, false));
                current = new ArrayList<>();
                natural = 0;
                gap = 0;
                indent = para.leftIndent();
                available = width - indent;
            }
            if (current.isEmpty() && word.width() > available) {
                // A token longer than a line (a long code or URL): break it by characters.
                for (Word piece : split(word, available, para.size())) {
                    if (!current.isEmpty()) {
                        lines.add(new Line(current, natural, indent, false));
                        current = new ArrayList<>();
                        indent = para.leftIndent();
                    }
                    current.add(piece);
                    natural = piece.width();
                }
                continue;
            }
            current.add(current.isEmpty() ? new Word(word.text(), word.font(), word.width(), word.spaceWidth(),
                    false) : word);
            natural += gap + word.width();
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(new Line(current, natural, indent, true));
        }
        return lines;
    }

    private List<Word> split(Word word, float available, float size) {
        List<Word> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        String text = word.text();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String candidate = piece.toString() + new String(Character.toChars(cp));
            if (piece.length() > 0 && width(word.font(), candidate, size) > available) {
                String done = piece.toString();
                pieces.add(new Word(done, word.font(), width(word.font(), done, size), word.spaceWidth(), false));
                piece.setLength(0);
            }
            piece.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        String rest = piece.toString();
        pieces.add(new Word(rest, word.font(), width(word.font(), rest, size), word.spaceWidth(), false));
        return pieces;
    }
}
