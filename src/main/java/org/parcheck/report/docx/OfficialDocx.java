package org.parcheck.report.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.parcheck.common.util.Text;
import org.parcheck.report.ReportWording;
import org.parcheck.report.pdf.SerifWidths;

/**
 * An official document (Nghị định 30/2020, Phụ lục I) being written as DOCX with Apache POI, with the page, sizes and
 * blocks of the PDF writers: A4, margins top 20, bottom 20, left 30, right 15 mm; Times New Roman (Word shows
 * Liberation Serif where it is missing); real Word styles, so a user can edit the document as usual: "Normal" (14 pt,
 * justified, first line 1 cm, 6 pt after, single spacing), "heading 1"/"heading 2" (bold, kept with the next
 * paragraph), "Title"/"Subtitle" (document type and summary), "Table Text"/"Table Heading"/"Table Note" for cells,
 * "Signature", "Recipients" and the table style "Table Grid" (all in {@code styles.xml} beside this class); page
 * numbers (a PAGE field, 13 pt) centred in the top margin from page 2 (a different first page). Every text is NFC.
 */
final class OfficialDocx {

    /** Twips (1/20 pt) per millimetre. */
    static final double TWIPS_PER_MM = 1440 / 25.4;
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int TOP = mm(20);
    static final int BOTTOM = mm(20);
    static final int LEFT = mm(30);
    static final int RIGHT = mm(15);
    /** The page number sits half way down the top margin, as in the PDF. */
    static final int HEADER_DISTANCE = mm(7);
    static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;

    static final String NORMAL = "Normal";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADING = "TableHeading";
    static final String TABLE_NOTE = "TableNote";
    static final String NOTE = "Note";
    static final String AGENCY = "Agency";
    static final String SIGNATURE = "Signature";
    static final String RECIPIENTS = "Recipients";
    static final String RECIPIENTS_HEADING = "RecipientsHeading";
    static final String CAPTION = "Caption";
    static final String PAGE_HEADER = "Header";
    static final String TABLE_GRID = "TableGrid";

    /** Room for the handwritten signature (and the seal) between the hint and the name: as in the PDF, 62 pt. */
    static final int SIGNATURE_SPACE = 62 * 20;

    private final XWPFDocument document = new XWPFDocument();

    /** The document's author (Word's "Author", the core property creator): the person, not the program. */
    void author(String author) {
        document.getProperties().getCoreProperties().setCreator(Text.nfc(author));
    }

    OfficialDocx(String title) {
        document.getProperties().getCoreProperties().setTitle(Text.nfc(title));
        document.getProperties().getCoreProperties().setCreator("ParCheck");
        styles();
        page();
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }

    static int pt(double points) {
        return (int) Math.round(points * 20);
    }

    XWPFDocument document() {
        return document;
    }

    void write(OutputStream out) throws IOException {
        document.write(out);
        document.close();
    }

    // ---------------------------------------------------------------- styles and page

    /** The styles of {@code styles.xml} next to this class (a readable Word stylesheet). */
    private void styles() {
        try (InputStream in = OfficialDocx.class.getResourceAsStream("styles.xml")) {
            if (in == null) {
                throw new IllegalStateException("styles.xml is not on the classpath");
            }
            document.createStyles().setStyles(StylesDocument.Factory.parse(in).getStyles());
        } catch (XmlException | IOException e) {
            throw new IllegalStateException("The DOCX styles do not parse", e);
        }
    }

    /** A4 portrait, the decree's margins, a different first page: no number on page 1, a PAGE field after it. */
    private void page() {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);

        XWPFHeader first = document.createHeader(HeaderFooterType.FIRST);
        first.createParagraph().setStyle(PAGE_HEADER);
        document.createFooter(HeaderFooterType.FIRST).createParagraph().setStyle(PAGE_HEADER);
        XWPFHeader numbered = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = numbered.createParagraph();
        number.setStyle(PAGE_HEADER);
        CTSimpleField field = number.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        field.addNewR().addNewT().setStringValue("2");
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    // ---------------------------------------------------------------- paragraphs

    /** A paragraph in a style at the end of the body. */
    XWPFParagraph paragraph(String style) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(style);
        return p;
    }

    /** A run of NFC text; {@code size} 0 keeps the style's size. */
    static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, double size) {
        XWPFRun run = p.createRun();
        String[] lines = Text.nfc(text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        if (text != null && text.contains("  ")) {
            // "Số:      /BB-ĐKT": keep the blank left for the number (Word collapses spaces otherwise)
            for (CTText t : run.getCTR().getTArray()) {
                t.setSpace(SpaceAttribute.Space.PRESERVE);
            }
        }
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        if (size > 0) {
            run.setFontSize(size);
        }
        return run;
    }

    static XWPFRun run(XWPFParagraph p, String text) {
        return run(p, text, false, false, 0);
    }

    /** A body paragraph (style Normal) of one run. */
    XWPFParagraph body(String text, boolean bold, boolean italic) {
        XWPFParagraph p = paragraph(NORMAL);
        run(p, text, bold, italic, 0);
        return p;
    }

    XWPFParagraph body(String text) {
        return body(text, false, false);
    }

    XWPFParagraph heading1(String text) {
        XWPFParagraph p = paragraph(HEADING_1);
        run(p, text);
        return p;
    }

    XWPFParagraph heading2(String text) {
        XWPFParagraph p = paragraph(HEADING_2);
        run(p, text);
        return p;
    }

    /**
     * A short centred rule: an empty, very low paragraph with a bottom border, indented so that the border is
     * {@code length} twips long within {@code width}.
     */
    static void rule(XWPFParagraph p, int width, int length) {
        int side = Math.max(0, (width - length) / 2);
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        p.setIndentationFirstLine(0);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setBorderBottom(Borders.SINGLE);
        CTBorder border = p.getCTP().getPPr().getPBdr().getBottom();
        border.setSz(BigInteger.valueOf(6));
        border.setSpace(BigInteger.ZERO);
        border.setColor("000000");
        XWPFRun run = p.createRun();
        run.setFontSize(2);
    }

    // ---------------------------------------------------------------- the header block (ô 1–4) and title (ô 5a)

    /**
     * The two-column header table without borders: the agency (parent regular, issuing body bold, a rule of 40 % of
     * its width) on the left and the national name and underlined motto on the right; the number line under the
     * agency and the place and date (italic) under the motto on a second row, so the two lines are level.
     */
    void officialHeader(String parentBody, String issuingBody, String numberLine, String placeAndDate) {
        float nationalWidth = SerifWidths.width(ReportWording.NATIONAL_NAME, true, 12);
        int right = Math.max((int) Math.round(TEXT_WIDTH * 0.6), pt(nationalWidth + 6));
        int left = TEXT_WIDTH - right;
        XWPFTable table = table(new int[] {left, right}, null, 1);
        // no cell padding: the two columns use the whole text width, as in the PDF
        CTTblCellMar padding = table.getCTTbl().getTblPr().addNewTblCellMar();
        for (CTTblWidth side : new CTTblWidth[] {padding.addNewLeft(), padding.addNewRight()}) {
            side.setW(BigInteger.ZERO);
            side.setType(STTblWidth.DXA);
        }
        XWPFTableRow top = table.getRow(0);
        XWPFTableCell agency = top.getCell(0);
        XWPFParagraph parent = DocxTables.first(agency, AGENCY);
        run(parent, parentBody);
        XWPFParagraph issuing = agency.addParagraph();
        issuing.setStyle(AGENCY);
        run(issuing, issuingBody, true, false, 0);
        XWPFParagraph agencyRule = agency.addParagraph();
        agencyRule.setStyle(AGENCY);
        float issuingWidth = 0;
        for (String line : Text.nfc(issuingBody).split("\n")) {
            issuingWidth = Math.max(issuingWidth, SerifWidths.width(line, true, 12));
        }
        rule(agencyRule, left, pt(Math.min(issuingWidth, twipsToPt(left)) * 0.4));

        XWPFTableCell nation = top.getCell(1);
        XWPFParagraph national = DocxTables.first(nation, AGENCY);
        run(national, ReportWording.NATIONAL_NAME, true, false, 0);
        XWPFParagraph motto = nation.addParagraph();
        motto.setStyle(AGENCY);
        run(motto, ReportWording.MOTTO, true, false, 13).setUnderline(UnderlinePatterns.SINGLE);

        XWPFTableRow second = table.createRow();
        XWPFParagraph number = DocxTables.first(second.getCell(0), AGENCY);
        number.setSpacingBefore(pt(8));
        run(number, numberLine == null ? "" : numberLine, false, false, 13);
        XWPFParagraph date = DocxTables.first(second.getCell(1), AGENCY);
        date.setSpacingBefore(pt(8));
        if (placeAndDate != null) {
            run(date, placeAndDate, false, true, 13);
        }
        for (XWPFTableRow row : table.getRows()) {
            row.setCantSplitRow(true);
        }
    }

    /** The document type ("BIÊN BẢN"), the summary under it and a short rule (40 % of the summary, at most ⅓). */
    void title(String type, String summary) {
        run(paragraph(TITLE), type);
        run(paragraph(SUBTITLE), summary);
        double widest = Math.min(SerifWidths.width(Text.nfc(summary), true, 14), twipsToPt(TEXT_WIDTH));
        XWPFParagraph rule = paragraph(SUBTITLE);
        rule(rule, TEXT_WIDTH, Math.min(pt(widest * 0.4), TEXT_WIDTH / 3));
        rule.setSpacingAfter(pt(16));
    }

    private static double twipsToPt(int twips) {
        return twips / 20.0;
    }

    // ---------------------------------------------------------------- tables

    /**
     * A table across the text width with fixed column widths in twips, in the style "Table Grid" when
     * {@code style} is not null (borderless otherwise), with {@code rows} rows of empty cells.
     */
    XWPFTable table(int[] widths, String style, int rows) {
        XWPFTable table = document.createTable(rows, widths.length);
        table.removeBorders();
        if (style != null) {
            table.setStyleID(style);
        }
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        width.setW(BigInteger.valueOf(total));
        width.setType(STTblWidth.DXA);
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            DocxTables.sizeCells(row, widths);
        }
        return table;
    }

    /** A data table: a repeated header row and rows that never split across pages. */
    XWPFTable dataTable(int[] widths, List<String> header, double headerSize) {
        XWPFTable table = table(widths, TABLE_GRID, 1);
        XWPFTableRow row = table.getRow(0);
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (int i = 0; i < header.size(); i++) {
            run(DocxTables.first(row.getCell(i), TABLE_HEADING), header.get(i), false, false, headerSize);
        }
        return table;
    }

    // ---------------------------------------------------------------- signatures, recipients, pictures

    /** "Nơi nhận:" (12 pt bold italic) and its list (11 pt), in a cell or, when {@code cell} is null, the body. */
    void recipients(XWPFTableCell cell, List<String> recipients) {
        XWPFParagraph heading = cell == null ? paragraph(RECIPIENTS_HEADING)
                : DocxTables.first(cell, RECIPIENTS_HEADING);
        run(heading, ReportWording.RECIPIENTS);
        for (int i = 0; i < recipients.size(); i++) {
            XWPFParagraph line = cell == null ? paragraph(RECIPIENTS) : cell.addParagraph();
            line.setStyle(RECIPIENTS);
            if (i == recipients.size() - 1) {
                line.setKeepNext(false);
            }
            run(line, recipients.get(i));
        }
    }

    /** A PNG picture, centred, {@code width} × {@code height} points. */
    void picture(byte[] png, String name, double width, double height) {
        XWPFParagraph p = paragraph(CAPTION);
        p.setKeepNext(false);
        p.setSpacingBefore(0);
        p.setSpacingAfter(pt(12));
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG,
                    name, Units.toEMU(width), Units.toEMU(height));
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("A PNG chart was refused", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
