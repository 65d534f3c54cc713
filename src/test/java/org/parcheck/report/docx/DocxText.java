package org.parcheck.report.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reading DOCX files back in tests: body text in document order (tables included), numbers, paragraphs. */
public final class DocxText {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private DocxText() {
    }

    public static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    /**
     * The body's text, one line per paragraph, table cells included, headers and footers left out; no-break spaces
     * read as spaces.
     */
    public static String bodyText(byte[] docx) throws IOException {
        try (XWPFDocument document = open(docx)) {
            StringBuilder text = new StringBuilder();
            for (XWPFParagraph p : paragraphs(document)) {
                text.append(p.getText()).append('\n');
            }
            // no-break spaces (a unit's name in the title) read as spaces
            return text.toString().replace('\u00A0', ' ');
        }
    }

    /** Every paragraph of the body in order, the paragraphs of table cells included. */
    public static List<XWPFParagraph> paragraphs(XWPFDocument document) {
        List<XWPFParagraph> all = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph) {
                all.add((XWPFParagraph) element);
            } else if (element instanceof XWPFTable) {
                for (XWPFTableRow row : ((XWPFTable) element).getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        all.addAll(cell.getParagraphs());
                    }
                }
            }
        }
        return all;
    }

    /** The numbers written in a text ("1.068", "86,52", "2021"), as a set. */
    public static Set<String> numbers(String text) {
        Set<String> numbers = new TreeSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(m.group());
        }
        return numbers;
    }
}
