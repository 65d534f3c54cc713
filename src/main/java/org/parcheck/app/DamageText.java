package org.parcheck.app;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.DamageReport;

/** The words for what the check on opening found damaged: which visits (unit and date) and which tables. */
public final class DamageText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DamageText() {
    }

    /** One line per damaged visit, then one line naming the damaged tables (if any). */
    public static List<String> lines(DamageReport report, Messages messages) {
        List<String> lines = new ArrayList<>();
        for (DamageReport.DamagedVisit visit : report.visits()) {
            String unit = visit.unit() != null ? visit.unit() : messages.get("app.damage.unknownUnit");
            String date = visit.date() != null ? DATE.format(visit.date()) : messages.get("app.damage.unknownDate");
            lines.add(messages.get("app.damage.visit", unit, date, Long.toString(visit.id())));
        }
        if (!report.tables().isEmpty()) {
            lines.add(messages.get("app.damage.tables", String.join(", ", report.tables())));
        }
        return lines;
    }

    /** The whole message: what is damaged, that nothing can be saved, and that no backup was made from it. */
    public static String describe(DamageReport report, Messages messages) {
        return messages.get("app.damage.found") + "\n" + String.join("\n", lines(report, messages)) + "\n\n"
                + messages.get("app.damage.readOnly");
    }
}
