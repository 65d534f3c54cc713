package org.parcheck.report.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.parcheck.report.pdf.LineWrapper.Line;
import org.parcheck.report.pdf.LineWrapper.Word;

/**
 * A small flow layout on A4 pages with the margins of Nghị định 30/2020 (top 20, bottom 20, left 30, right 15 mm):
 * wrapped, justified paragraphs with a first-line indent, rules, tables that split across pages repeating their
 * header row, blocks kept together, and page numbers centred in the top margin from page 2. Coordinates are PDF
 * points with y growing upwards; {@link #y} is the top of the free space on the current page.
 */
final class PageFlow implements AutoCloseable {

    static final float MM = 72f / 25.4f;
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float TOP = 20 * MM;
    static final float BOTTOM = 20 * MM;
    static final float LEFT = 30 * MM;
    static final float RIGHT = 15 * MM;
    static final float WIDTH = PAGE.getWidth() - LEFT - RIGHT;
    /** Ascent of Liberation Serif as a fraction of the size (from its hhea table: 0.891). */
    static final float ASCENT = 0.891f;
    /** Line height as a multiple of the size: single spacing (the decree allows single to 1.5 lines). */
    static final float LEADING = 1.2f;
    static final float PAGE_NUMBER_SIZE = 13;
    static final float CELL_PADDING = 3;

    /** Horizontal alignment. */
    enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /** A piece of text in one font. */
    record Run(String text, PDFont font) {
    }

    /**
     * A paragraph: runs at one size, alignment, first-line and left indents, space after.
     */
    record Para(List<Run> runs, float size, Align align, float firstIndent, float leftIndent, float spaceAfter) {

        static Para of(String text, PDFont font, float size, Align align) {
            return new Para(List.of(new Run(text, font)), size, align, 0, 0, 0);
        }

        Para indent(float first) {
            return new Para(runs, size, align, first, leftIndent, spaceAfter);
        }

        Para hanging(float left) {
            return new Para(runs, size, align, firstIndent, left, spaceAfter);
        }

        Para after(float space) {
            return new Para(runs, size, align, firstIndent, leftIndent, space);
        }

        float leading() {
            return size * LEADING;
        }
    }

    /** A table cell: paragraphs stacked. */
    record Cell(List<Para> paras) {

        static Cell of(Para... paras) {
            return new Cell(List.of(paras));
        }
    }

    /** A table row; {@code keepWithNext} moves it to the next page with the row after it (area headings). */
    record Row(List<Cell> cells, boolean keepWithNext) {
    }

    private final PDDocument document;
    private final ReportFonts fonts;
    /** Widths of strings at 1 pt per font: words repeat a lot, and measuring a Type 0 font is not cheap. */
    private final Map<PDFont, Map<String, Float>> widths = new HashMap<>();
    /** Wrapped paragraphs by paragraph (identity) and width: tables measure a row before drawing it. */
    private final Map<Para, Map<Float, List<Line>>> wrapped = new IdentityHashMap<>();
    private final LineWrapper wrapper;
    private PDPageContentStream content;
    private float y;
    private int pageCount;

    PageFlow(PDDocument document, ReportFonts fonts) {
        this.document = document;
        this.fonts = fonts;
        this.wrapper = new LineWrapper(fonts, this::width);
    }

    float y() {
        return y;
    }

    void moveDown(float amount) {
        y -= amount;
    }

    int pageCount() {
        return pageCount;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        pageCount++;
        y = PAGE.getHeight() - TOP;
        if (pageCount >= 2) {
            String number = Integer.toString(pageCount);
            float width = width(fonts.regular, number, PAGE_NUMBER_SIZE);
            float baseline = PAGE.getHeight() - TOP / 2 - PAGE_NUMBER_SIZE * 0.35f;
            text(fonts.regular, PAGE_NUMBER_SIZE, LEFT + (WIDTH - width) / 2, baseline, number);
        }
    }

    /** Starts a new page unless {@code height} fits in what is left of this one (or this page is still empty). */
    void ensure(float height) throws IOException {
        if (y - height < BOTTOM && y < PAGE.getHeight() - TOP - 0.5f) {
            newPage();
        }
    }

    float width(PDFont font, String text, float size) {
        Float unit = widths.computeIfAbsent(font, f -> new HashMap<>()).get(text);
        if (unit == null) {
            try {
                unit = font.getStringWidth(text) / 1000f;
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("Cannot measure text: " + text, e);
            }
            widths.get(font).put(text, unit);
        }
        return unit * size;
    }

    // ---------------------------------------------------------------- paragraphs

    /** The height of a paragraph wrapped to {@code width}, space after included. */
    float height(Para para, float width) {
        return wrap(para, width).size() * para.leading() + para.spaceAfter();
    }

    /** Writes a paragraph across the full text width at the flow position, breaking pages between lines. */
    void paragraph(Para para) throws IOException {
        for (Line line : wrap(para, WIDTH)) {
            if (y - para.leading() < BOTTOM) {
                newPage();
            }
            drawLine(line, para, LEFT, WIDTH, y);
            y -= para.leading();
        }
        y -= para.spaceAfter();
    }

    /** Writes a paragraph inside a box starting at {@code top}; returns its height (no page breaks). */
    float paragraphAt(Para para, float x, float width, float top) throws IOException {
        float lineTop = top;
        for (Line line : wrap(para, width)) {
            drawLine(line, para, x, width, lineTop);
            lineTop -= para.leading();
        }
        return top - lineTop + para.spaceAfter();
    }

    /** The width of the widest wrapped line of a paragraph. */
    float widest(Para para, float width) {
        float max = 0;
        for (Line line : wrap(para, width)) {
            max = Math.max(max, line.natural());
        }
        return max;
    }

    private void drawLine(Line line, Para para, float x, float width, float top) throws IOException {
        float available = width - line.indent();
        float start = x + line.indent();
        float extra = 0;
        switch (para.align()) {
            case CENTER:
                start += (available - line.natural()) / 2;
                break;
            case RIGHT:
                start += available - line.natural();
                break;
            case JUSTIFY:
                int gaps = 0;
                for (int i = 1; i < line.words().size(); i++) {
                    gaps += line.words().get(i).spaceBefore() ? 1 : 0;
                }
                if (!line.last() && gaps > 0) {
                    extra = (available - line.natural()) / gaps;
                }
                break;
            default:
                break;
        }
        float baseline = top - para.size() * ASCENT;
        float cursor = start;
        content.beginText();
        PDFont current = null;
        for (int i = 0; i < line.words().size(); i++) {
            Word word = line.words().get(i);
            if (i > 0 && word.spaceBefore()) {
                cursor += line.words().get(i - 1).spaceWidth() + extra;
            }
            if (word.font() != current) {
                content.setFont(word.font(), para.size());
                current = word.font();
            }
            content.setTextMatrix(Matrix.getTranslateInstance(cursor, baseline));
            content.showText(word.text());
            cursor += word.width();
        }
        content.endText();
    }

    private List<Line> wrap(Para para, float width) {
        return wrapped.computeIfAbsent(para, p -> new HashMap<>()).computeIfAbsent(width, w -> wrapper.wrap(para, w));
    }

    // ---------------------------------------------------------------- drawing primitives

    void text(PDFont font, float size, float x, float baseline, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(fonts.printable(font, text));
        content.endText();
    }

    /** A solid horizontal rule. */
    void rule(float x1, float x2, float atY) throws IOException {
        content.setLineWidth(0.6f);
        content.moveTo(x1, atY);
        content.lineTo(x2, atY);
        content.stroke();
    }

    /** A filled rectangle in a grey level (0 black, 1 white), for charts; the fill colour is reset after. */
    void fill(float x, float bottom, float width, float height, float gray) throws IOException {
        content.setNonStrokingColor(gray);
        content.addRect(x, bottom, width, height);
        content.fill();
        content.setNonStrokingColor(0f);
    }

    /** A thin line in a grey level, for chart axes and grid lines. */
    void line(float x1, float y1, float x2, float y2, float gray) throws IOException {
        content.setStrokingColor(gray);
        content.setLineWidth(0.5f);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
        content.setStrokingColor(0f);
    }

    // ---------------------------------------------------------------- tables

    /**
     * A table across the text width with columns in the given proportions. Rows never split; a row that does not
     * fit goes to the next page, where the header row is drawn again.
     */
    void table(float[] proportions, Row header, List<Row> rows) throws IOException {
        float[] widths = new float[proportions.length];
        float sum = 0;
        for (float p : proportions) {
            sum += p;
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = WIDTH * proportions[i] / sum;
        }
        float headerHeight = rowHeight(header, widths);
        float[] heights = new float[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            heights[i] = rowHeight(rows.get(i), widths);
        }
        ensure(headerHeight + (rows.isEmpty() ? 0 : heights[0]));
        drawRow(header, widths, headerHeight);
        for (int i = 0; i < rows.size(); i++) {
            float needed = heights[i];
            if (rows.get(i).keepWithNext() && i + 1 < rows.size()) {
                needed += heights[i + 1];
            }
            if (y - needed < BOTTOM) {
                newPage();
                drawRow(header, widths, headerHeight);
            }
            drawRow(rows.get(i), widths, heights[i]);
        }
    }

    private float rowHeight(Row row, float[] widths) {
        float max = 0;
        for (int c = 0; c < row.cells().size(); c++) {
            float h = 0;
            for (Para para : row.cells().get(c).paras()) {
                h += height(para, widths[c] - 2 * CELL_PADDING);
            }
            max = Math.max(max, h);
        }
        return max + 2 * CELL_PADDING;
    }

    private void drawRow(Row row, float[] widths, float height) throws IOException {
        float x = LEFT;
        for (int c = 0; c < widths.length && c < row.cells().size(); c++) {
            float top = y - CELL_PADDING;
            for (Para para : row.cells().get(c).paras()) {
                top -= paragraphAt(para, x + CELL_PADDING, widths[c] - 2 * CELL_PADDING, top);
            }
            x += widths[c];
        }
        content.setLineWidth(0.5f);
        x = LEFT;
        for (float w : widths) {
            content.addRect(x, y - height, w, height);
            x += w;
        }
        content.stroke();
        y -= height;
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
