package org.parcheck.answering.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.MissingResourceException;
import org.parcheck.answering.Answer;
import org.parcheck.answering.ChangeEntry;
import org.parcheck.answering.Finding;
import org.parcheck.answering.Recommendation;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Dates;
import org.parcheck.common.util.Numbers;
import org.parcheck.plan.FinalisedVisitLog;
import org.parcheck.plan.TeamRole;
import org.parcheck.plan.VisitStatus;

/**
 * Turns the stored change log ({@code entity} "answer:3.2.1", field "manualScore", values "YES", "1.5",
 * "IN_PROGRESS"…) into the words a user reads, in the interface language: "Tiêu chí 3.2.1 · Công khai TTHC",
 * "Điểm chấm trực tiếp", "Có", "1,5", "Đang kiểm tra". Times are shown in the computer's time zone (they are
 * stored in UTC). Unknown entities and fields are shown as stored.
 */
public final class ChangeLogLabels {

    private static final String FIELD = "answering.log.field.";
    private static final String ENTITY = "answering.log.entity.";

    private final Messages messages;
    private final Map<String, String> itemTitles;
    private final Map<String, String> figureNames;
    private final ZoneId zone;
    private final boolean vietnamese;

    /**
     * @param itemTitles  item code → title in the visit's framework version
     * @param figureNames figure code → name
     * @param zone        the zone to show times in
     */
    public ChangeLogLabels(Messages messages, Map<String, String> itemTitles, Map<String, String> figureNames,
                           ZoneId zone) {
        this.messages = messages;
        this.itemTitles = Map.copyOf(itemTitles);
        this.figureNames = Map.copyOf(figureNames);
        this.zone = zone;
        this.vietnamese = "vi".equals(messages.locale().getLanguage());
    }

    public ChangeLogRow row(ChangeEntry e) {
        LocalDateTime local = e.at() == null ? null
                : e.at().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
        String entity = e.entity() == null ? "" : e.entity();
        int colon = entity.indexOf(':');
        String kind = colon < 0 ? entity : entity.substring(0, colon);
        String code = colon < 0 ? null : entity.substring(colon + 1);
        if ("null".equals(code) || (code != null && code.isEmpty())) {
            code = null;
        }
        return new ChangeLogRow(local, e.actor(), what(kind, code), field(e.field()), value(kind, e.field(),
                e.oldValue()), value(kind, e.field(), e.newValue()), reason(e.reason()));
    }

    // --- #15 frozen report: lines written when a plan, team or unit edit reaches a finalised visit ---

    /** A stored reason in words: the codes of {@link FinalisedVisitLog} are translated, typed reasons kept. */
    private String reason(String reason) {
        if (FinalisedVisitLog.REPORT_KEPT.equals(reason)) {
            return messages.get("answering.log.reason.reportKept");
        }
        if (FinalisedVisitLog.REPORT_LIVE.equals(reason)) {
            return messages.get("answering.log.reason.reportLive");
        }
        return reason;
    }

    /** "Lê Văn Miều; Phó Giám đốc; Sở Nội vụ; LEAD; 1" → "Lê Văn Miều; Phó Giám đốc; Sở Nội vụ; Trưởng đoàn; 1". */
    private String teamMember(String value) {
        String[] parts = value.split("; ", -1);
        if (parts.length == 5) {
            try {
                parts[3] = messages.get(TeamRole.valueOf(parts[3]).labelKey());
            } catch (IllegalArgumentException e) {
                return value;
            }
            return String.join("; ", parts);
        }
        return value;
    }

    private String what(String kind, String code) {
        switch (kind) {
            case "answer":
                return messages.get(ENTITY + "answer", code, itemTitles.getOrDefault(code, ""));
            case "figure":
                return messages.get(ENTITY + "figure", figureNames.getOrDefault(code, code));
            case "evidence":
                return code == null ? messages.get(ENTITY + "evidence")
                        : messages.get(ENTITY + "evidenceOfItem", code);
            case "finding":
                return code == null || !isKind(code) ? messages.get(ENTITY + "finding")
                        : messages.get("answering.findings.kind." + code);
            case "recommendation":
            case "visit":
            case "attendee":
            case "plan":
            case "unit":
                return messages.get(ENTITY + kind);
            case "team": // #15 §1: a team member marked present or not
                return messages.get(ENTITY + "team", code == null ? "" : code);
            case "team_present": // #15 §1: as a package import names them
                return messages.get(ENTITY + "teamPresent");
            case "handwritten":
                return messages.get(ENTITY + "handwritten");
            default:
                return code == null ? kind : kind + " " + code;
        }
    }

    private static boolean isKind(String code) {
        for (Finding.Kind kind : Finding.Kind.values()) {
            if (kind.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private String field(String field) {
        if (field == null) {
            return "";
        }
        try {
            return messages.bundle().getString(FIELD + field);
        } catch (MissingResourceException e) {
            return field;
        }
    }

    private String value(String kind, String field, String value) {
        if (value == null) {
            return "";
        }
        String f = field == null ? "" : field;
        switch (f) {
            case "notApplicable":
            case "flagged":
            case "present":
            case "noUnitOpinion":
                return "true".equals(value) ? messages.get("answering.log.value.yes") : value;
            case "selfScore":
            case "manualScore":
                return number(value);
            case "status":
                return status(value);
            case "date":
            case "issuedDate":
                return date(value);
            case "teamMember":
                return teamMember(value);
            case "text":
                return "recommendation".equals(kind) ? recommendation(value) : value;
            case "value":
                if (Answer.YES.equals(value)) {
                    return messages.get("answering.log.value.yes");
                }
                if (Answer.NO.equals(value)) {
                    return messages.get("answering.log.value.no");
                }
                return number(value);
            default:
                return value;
        }
    }

    /** A number in the interface's style ("1,5" in Vietnamese), or the text as it is when it is not a number. */
    private String number(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            return vietnamese ? Numbers.format(number) : Numbers.plain(number).toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private String status(String value) {
        try {
            return messages.get(VisitStatus.valueOf(value).labelKey());
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static String date(String value) {
        try {
            return Dates.format(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    /** "text [OPEN]" → "text [Chưa thực hiện]". */
    private String recommendation(String value) {
        int open = value.lastIndexOf(" [");
        if (open < 0 || !value.endsWith("]")) {
            return value;
        }
        String status = value.substring(open + 2, value.length() - 1);
        try {
            return value.substring(0, open) + " ["
                    + messages.get("answering.findings.status." + Recommendation.Status.valueOf(status).name()) + "]";
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
