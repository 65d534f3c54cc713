package org.parcheck.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.parcheck.common.util.Text;
import org.parcheck.plan.TeamRole;

/**
 * How the biên bản writes dates, times, numbers, lists and quotes (Nghị định 30/2020 and office practice), shared
 * by {@link VisitReportBuilder} and {@link PlanSummaryBuilder}. Pure functions; every result is NFC.
 */
public final class VisitReportText {

    /** A no-break space: the writers never break a line at it. */
    public static final char NBSP = '\u00A0';

    private VisitReportText() {
    }

    /** "ngày 01 tháng 10 năm 2021": day below 10 and months 1–2 zero-padded (Nghị định 30/2020); blanks if null. */
    public static String longDate(LocalDate date) {
        if (date == null) {
            return "ngày …… tháng …… năm ……";
        }
        int month = date.getMonthValue();
        return "ngày " + twoDigits(date.getDayOfMonth()) + " tháng " + (month <= 2 ? twoDigits(month) : month)
                + " năm " + date.getYear();
    }

    /** "08 giờ 30 phút", or blanks to fill by hand. */
    public static String time(LocalTime time) {
        return time == null ? "…… giờ …… phút" : twoDigits(time.getHour()) + " giờ " + twoDigits(time.getMinute())
                + " phút";
    }

    /** "15/01/2026"; an empty string when there is no date. */
    public static String slashDate(LocalDate date) {
        return date == null ? "" : twoDigits(date.getDayOfMonth()) + "/" + twoDigits(date.getMonthValue()) + "/"
                + date.getYear();
    }

    static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    /**
     * The plan as cited: "Kế hoạch số 215/KH-UBND ngày 15/01/2026 của UBND tỉnh Cao Bằng" (without the date when
     * the plan has none).
     */
    public static String planCitation(String numberSymbol, LocalDate issued, String issuer) {
        return Text.nfc("Kế hoạch số " + numberSymbol + (issued == null ? "" : " ngày " + slashDate(issued))
                + " của " + issuer);
    }

    /**
     * The lines of a list as an official document writes them: each ends with ";" but the last, which ends with
     * "." (any trailing ";", "," or "." typed by the user is replaced; "…", "?" and "!" are kept and the last line
     * still gets its "."). Blank lines are dropped.
     */
    public static List<String> listLines(List<String> lines) {
        List<String> kept = lines.stream().filter(l -> !Text.isBlank(l)).map(l -> Text.nfc(l).strip()).toList();
        List<String> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            out.add(withoutEnd(kept.get(i)) + (i == kept.size() - 1 ? "." : ";"));
        }
        return out;
    }

    /** The text (NFC, typographic quotes) without a trailing ";", "," or "." typed by the user. */
    public static String withoutEnd(String text) {
        String line = quotes(text).strip();
        while (!line.isEmpty() && ";,.".indexOf(line.charAt(line.length() - 1)) >= 0 && !line.endsWith("…")) {
            line = line.substring(0, line.length() - 1).stripTrailing();
        }
        return line;
    }

    /**
     * Typographic quotes: every ASCII double quote becomes an opening “ (at the start, or after a space or an
     * opening bracket) or a closing ” (elsewhere). NFC.
     */
    public static String quotes(String text) {
        if (text == null || text.indexOf('"') < 0) {
            return text == null ? null : Text.nfc(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '"') {
                out.append(c);
                continue;
            }
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            boolean opening = Character.isWhitespace(before) || "([{“‘-–—/".indexOf(before) >= 0;
            out.append(opening ? '“' : '”');
        }
        return Text.nfc(out.toString());
    }

    /** NFC text with typographic quotes, or null for null. */
    static String clean(String text) {
        return text == null ? null : quotes(text);
    }

    /** The text with its spaces made no-break, so a line never breaks inside it (a unit's name in the title). */
    public static String keepTogether(String text) {
        return Text.nfc(text).replace(' ', NBSP);
    }

    /** "Không áp dụng: <reason>", or "Không áp dụng" when there is no reason. */
    public static String notApplicable(String reason) {
        return Text.isBlank(reason) ? "Không áp dụng" : "Không áp dụng: " + quotes(reason.strip());
    }

    /** Role wording in the parties list. */
    static String roleText(TeamRole role) {
        switch (role) {
            case LEAD:
                return "Trưởng đoàn";
            case DEPUTY_LEAD:
                return "Phó Trưởng đoàn";
            case SECRETARY:
                return "Thư ký";
            default:
                return "Thành viên";
        }
    }

    /** "Số:      /BB-ĐKT" when there is no number yet; "Số: 05/BB-ĐKT"; a full "12/BB-SNV" is kept as given. */
    static String numberLine(String reportNumber) {
        if (Text.isBlank(reportNumber)) {
            // no-break spaces: the writer keeps them, leaving room to write the number by hand
            return "Số:" + String.valueOf(NBSP).repeat(12) + "/" + ReportWording.SYMBOL;
        }
        String number = reportNumber.strip();
        if (number.contains("/")) {
            return Text.nfc("Số: " + number);
        }
        if (number.length() == 1 && Character.isDigit(number.charAt(0))) {
            number = "0" + number;
        }
        return Text.nfc("Số: " + number + "/" + ReportWording.SYMBOL);
    }

    /** "Biên bản được lập thành 02 bản có giá trị như nhau, …". */
    static String copiesText(int copies, String unit) {
        String text = "Biên bản được lập thành " + twoDigits(copies) + " bản có giá trị pháp lý như nhau";
        if (copies >= 2 && copies % 2 == 0) {
            return text + ", Đoàn kiểm tra giữ " + twoDigits(copies / 2) + " bản, " + unit + " giữ "
                    + twoDigits(copies / 2) + " bản";
        }
        return text;
    }
}
