package org.parcheck.report.docx;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Table cells, rows and signature blocks of an {@link OfficialDocx}: column widths, rows that never split, cells
 * of one styled paragraph, merged cells, and the parts of a signature block (title and hint; the name after the
 * room for the signature).
 */
final class DocxTables {

    private DocxTables() {
    }

    /** Proportions (any scale) to column widths in twips across the text width. */
    static int[] columns(float... proportions) {
        float sum = 0;
        for (float p : proportions) {
            sum += p;
        }
        int[] widths = new int[proportions.length];
        int used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == widths.length - 1 ? OfficialDocx.TEXT_WIDTH - used
                    : Math.round(OfficialDocx.TEXT_WIDTH * proportions[i] / sum);
            used += widths[i];
        }
        return widths;
    }

    static void sizeCells(XWPFTableRow row, int[] widths) {
        List<XWPFTableCell> cells = row.getTableCells();
        for (int i = 0; i < cells.size() && i < widths.length; i++) {
            CTTblWidth w = cells.get(i).getCTTc().addNewTcPr().addNewTcW();
            w.setW(BigInteger.valueOf(widths[i]));
            w.setType(STTblWidth.DXA);
        }
    }

    /** A new row of a data table: cannot split; its cells are sized like the grid. */
    static XWPFTableRow addRow(XWPFTable table, int[] widths) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        row.setRepeatHeader(false);
        sizeCells(row, widths);
        return row;
    }

    /** The first (existing) paragraph of a cell, given a style. */
    static XWPFParagraph first(XWPFTableCell cell, String style) {
        XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        p.setStyle(style);
        return p;
    }

    /** A cell with one paragraph of text. */
    static XWPFParagraph cellText(XWPFTableCell cell, String text, String style, ParagraphAlignment align,
                                  boolean bold, double size) {
        XWPFParagraph p = first(cell, style);
        if (align != null) {
            p.setAlignment(align);
        }
        OfficialDocx.run(p, text == null ? "" : text, bold, false, size);
        return p;
    }

    /** Marks every paragraph of a row "keep with next", so the row moves to the next page with the row after it. */
    static void keepWithNext(XWPFTableRow row) {
        for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFParagraph p : cell.getParagraphs()) {
                p.setKeepNext(true);
            }
        }
    }

    /** Merges the cells of a row into one (a horizontal merge through gridSpan). */
    static XWPFTableCell merge(XWPFTableRow row) {
        int cells = row.getTableCells().size();
        XWPFTableCell cell = row.getCell(0);
        cell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(cells));
        cell.getCTTc().getTcPr().getTcW().setW(BigInteger.valueOf(OfficialDocx.TEXT_WIDTH));
        for (int i = cells - 1; i >= 1; i--) {
            row.removeCell(i);
        }
        return cell;
    }

    /**
     * Fills a cell with a signature block: the title lines (bold, centred), the hint (italic), the room for the
     * signature and the name (bold).
     */
    static void signature(XWPFTableCell cell, String title, String hint, String name) {
        signatureHead(cell, title, hint);
        signatureName(cell.addParagraph(), name);
        keepWithNext(cell);
    }

    /** The title lines (bold, centred) and the hint (italic) of a signature block, from the cell's first line. */
    static void signatureHead(XWPFTableCell cell, String title, String hint) {
        XWPFParagraph titleLines = first(cell, OfficialDocx.SIGNATURE);
        OfficialDocx.run(titleLines, title);
        XWPFParagraph hintLine = cell.addParagraph();
        hintLine.setStyle(OfficialDocx.SIGNATURE);
        OfficialDocx.run(hintLine, hint, false, true, 0).setBold(false);
        keepWithNext(cell);
    }

    /** The signer's name (bold) after the room for the signature and the seal. */
    static void signatureName(XWPFParagraph nameLine, String name) {
        nameLine.setStyle(OfficialDocx.SIGNATURE);
        nameLine.setSpacingBefore(OfficialDocx.SIGNATURE_SPACE);
        nameLine.setSpacingAfter(OfficialDocx.pt(12));
        OfficialDocx.run(nameLine, name == null ? "" : name);
    }

    private static void keepWithNext(XWPFTableCell cell) {
        for (XWPFParagraph p : cell.getParagraphs()) {
            p.setKeepNext(true);
        }
    }
}
