package org.parcheck.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parcheck.common.util.SafeFileNames;

/**
 * Default file names of the documents ParCheck writes (#16 §6): they carry the plan's number, the unit and the year,
 * so the next plan's documents do not overwrite them, and they are portable (ASCII letters, digits, "-" and "_";
 * no "/" or ":"; {@link SafeFileNames}): "BB_215-KH-UBND_Xa-Ha-Quang_2026.pdf" (a biên bản),
 * "BC_215-KH-UBND_2026.pdf" (the plan's summary report), "KQ_215-KH-UBND_2026.xlsx" (the results workbook).
 */
public final class ReportFileNames {

    private ReportFileNames() {
    }

    /** "BB_215-KH-UBND_Xa-Ha-Quang_2026.pdf". */
    public static String visitReport(String planNumber, String unitName, int year, String extension) {
        return name(List.of("BB", part(planNumber, false), part(unitName, true), Integer.toString(year)), extension);
    }

    /** "BC_215-KH-UBND_2026.docx": the plan's summary report. */
    public static String planSummary(String planNumber, int year, String extension) {
        return name(List.of("BC", part(planNumber, false), Integer.toString(year)), extension);
    }

    /** "KQ_215-KH-UBND_2026.xlsx": the plan's results workbook. */
    public static String resultsWorkbook(String planNumber, int year) {
        return name(List.of("KQ", part(planNumber, false), Integer.toString(year)), "xlsx");
    }

    private static String name(List<String> parts, String extension) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty()) {
                kept.add(p);
            }
        }
        return SafeFileNames.safe(String.join("_", kept) + "." + extension);
    }

    /**
     * The text folded to ASCII ("Xã Hạ Quang" → "Xa-Ha-Quang", "215/KH-UBND" → "215-KH-UBND"): marks removed, "đ"
     * as "d", every run of other characters one "-"; words capitalised when {@code capitalise}.
     */
    static String part(String text, boolean capitalise) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        StringBuilder out = new StringBuilder();
        for (String word : folded.split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('-');
            }
            out.append(capitalise ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word);
        }
        return out.toString();
    }
}
