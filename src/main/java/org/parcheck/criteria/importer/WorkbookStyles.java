package org.parcheck.criteria.importer;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of an exported workbook: a bold shaded header, text cells that stay text (codes), wrapped
 * long text, and numbers.
 *
 * @param header  bold, shaded, wrapped header
 * @param text    "@" (text) format, so "3.10" stays "3.10"
 * @param wrapped wrapped text, top-aligned
 * @param plain   top-aligned general cells (numbers, words)
 * @param group   bold on light grey: a row that is a heading, not to be filled in (areas and criteria of a form)
 */
record WorkbookStyles(CellStyle header, CellStyle text, CellStyle wrapped, CellStyle plain, CellStyle group) {

    static WorkbookStyles create(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        text.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle plain = workbook.createCellStyle();
        plain.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle group = workbook.createCellStyle();
        group.setFont(bold);
        group.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        group.setWrapText(true);
        group.setVerticalAlignment(VerticalAlignment.TOP);
        return new WorkbookStyles(header, text, wrapped, plain, group);
    }
}
