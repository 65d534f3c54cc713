package org.parcheck.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.util.Text;

/** The rules of a plan before it is saved. Errors block saving; warnings (e.g. no team lead yet) do not. */
public final class PlanRules {

    public static final String NUMBER_SYMBOL = "numberSymbol";
    public static final String ISSUED_DATE = "issuedDate";
    public static final String ISSUING_BODY = "issuingBody";
    public static final String TITLE = "title";
    public static final String YEAR = "year";
    public static final String TEAM = "team";
    public static final String VISITS = "visits";
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /** Number/symbol of an administrative document: "3199/KH-UBND", "12/KH-SNV", "05/KH-UBND.VX". */
    private static final Pattern NUMBER_SYMBOL_FORM = Pattern.compile("\\d{1,6}/[\\p{Lu}\\d]+(?:[-.][\\p{Lu}\\d]+)*");

    private PlanRules() {
    }

    public static boolean isNumberSymbol(String text) {
        return text != null && NUMBER_SYMBOL_FORM.matcher(Text.nfc(text.strip())).matches();
    }

    /** Problems of the plan's header; a null date or year is reported as missing. */
    public static List<Problem> header(String numberSymbol, LocalDate issuedDate, String issuingBody, String title,
                                       Integer year) {
        List<Problem> problems = new ArrayList<>();
        if (Text.isBlank(numberSymbol)) {
            problems.add(Problem.error(NUMBER_SYMBOL, "plan.editor.error.required"));
        } else if (!isNumberSymbol(numberSymbol)) {
            problems.add(Problem.error(NUMBER_SYMBOL, "plan.editor.error.numberSymbol"));
        }
        if (issuedDate == null) {
            problems.add(Problem.error(ISSUED_DATE, "plan.editor.error.required"));
        }
        if (Text.isBlank(issuingBody)) {
            problems.add(Problem.error(ISSUING_BODY, "plan.editor.error.required"));
        }
        if (Text.isBlank(title)) {
            problems.add(Problem.error(TITLE, "plan.editor.error.required"));
        }
        if (year == null) {
            problems.add(Problem.error(YEAR, "plan.editor.error.required"));
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add(Problem.error(YEAR, "plan.editor.error.year", MIN_YEAR, MAX_YEAR));
        }
        return problems;
    }

    /** Every member needs a name; a team without a lead is a warning (visits cannot start without one). */
    public static List<Problem> team(List<TeamMember> team) {
        List<Problem> problems = new ArrayList<>();
        if (team.stream().anyMatch(m -> Text.isBlank(m.fullName()))) {
            problems.add(Problem.error(TEAM, "plan.editor.error.memberName"));
        }
        long leads = team.stream().filter(m -> m.role() == TeamRole.LEAD).count();
        if (leads == 0) {
            problems.add(Problem.warning(TEAM, "plan.editor.warning.noLead"));
        } else if (leads > 1) {
            problems.add(Problem.warning(TEAM, "plan.editor.warning.severalLeads"));
        }
        return problems;
    }

    /**
     * Visit dates lie in the plan's year (error); a unit not valid on the visit date or in the plan's year, a unit
     * visited twice, or a unit type without a framework version are warnings.
     */
    public static List<Problem> visits(List<Visit> visits, int year, Map<Long, AdminUnit> units,
                                       Map<UnitType, Long> frameworks) {
        List<Problem> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Set<UnitType> missingFramework = new HashSet<>();
        for (Visit visit : visits) {
            AdminUnit unit = units.get(visit.unitId());
            String name = unit == null ? "?" : unit.officialName();
            if (unit == null) {
                problems.add(Problem.error(VISITS, "plan.editor.error.unknownUnit"));
                continue;
            }
            if (visit.date() != null && visit.date().getYear() != year) {
                problems.add(Problem.error(VISITS, "plan.editor.error.visitYear", name, year));
            }
            if (!validInVisit(unit, visit.date(), year)) {
                problems.add(Problem.warning(VISITS, "plan.editor.warning.retiredUnit", name));
            }
            if (!seen.add(unit.id())) {
                problems.add(Problem.warning(VISITS, "plan.editor.warning.twice", name));
            }
            if (!frameworks.containsKey(unit.type()) && missingFramework.add(unit.type())) {
                problems.add(Problem.warning(VISITS, "plan.editor.warning.noFramework", unit.type()));
            }
        }
        return problems;
    }

    /** Whether the unit existed on the visit date, or, without a date, at some time in the plan's year. */
    public static boolean validInVisit(AdminUnit unit, LocalDate date, int year) {
        if (date != null) {
            return unit.isValidOn(date);
        }
        return validInYear(unit, year);
    }

    public static boolean validInYear(AdminUnit unit, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return (unit.validFrom() == null || !unit.validFrom().isAfter(last))
                && (unit.validTo() == null || !unit.validTo().isBefore(first));
    }
}
