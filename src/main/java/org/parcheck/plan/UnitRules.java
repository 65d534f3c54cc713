package org.parcheck.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.parcheck.common.util.Text;

/**
 * The rules a unit must keep before it is saved. A reorganisation never renames a unit: the old unit is retired
 * (its valid-to date) and points to its successor, a new unit record with its own name; old visits keep printing
 * the old name.
 */
public final class UnitRules {

    public static final String TYPE = "type";
    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String PARENT = "parent";
    public static final String VALID_FROM = "validFrom";
    public static final String VALID_TO = "validTo";
    public static final String SUCCESSOR = "successor";
    public static final int MAX_NAME = 200;
    public static final int MAX_CODE = 16;

    private UnitRules() {
    }

    /** The problems of {@code unit} (id null for a new one) among the stored units {@code all}. */
    public static List<Problem> check(AdminUnit unit, List<AdminUnit> all) {
        List<Problem> problems = new ArrayList<>();
        if (Text.isBlank(unit.name())) {
            problems.add(Problem.error(NAME, "plan.unitForm.error.nameRequired"));
        } else if (unit.name().strip().length() > MAX_NAME) {
            problems.add(Problem.error(NAME, "plan.unitForm.error.tooLong", MAX_NAME));
        }
        if (unit.code() != null && !unit.code().isBlank()) {
            String code = unit.code().strip();
            if (code.length() > MAX_CODE) {
                problems.add(Problem.error(CODE, "plan.unitForm.error.tooLong", MAX_CODE));
            } else if (code.chars().anyMatch(Character::isWhitespace)) {
                problems.add(Problem.error(CODE, "plan.unitForm.error.codeSpaces"));
            }
        }
        if (unit.validFrom() != null && unit.validTo() != null && unit.validTo().isBefore(unit.validFrom())) {
            problems.add(Problem.error(VALID_TO, "plan.unitForm.error.validToBeforeFrom"));
        }
        Map<Long, AdminUnit> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.id(), u));
        if (unit.id() != null) {
            byId.put(unit.id(), unit);
        }
        if (unit.parentId() != null) {
            if (unit.parentId().equals(unit.id())) {
                problems.add(Problem.error(PARENT, "plan.unitForm.error.ownParent"));
            } else if (!byId.containsKey(unit.parentId())) {
                problems.add(Problem.error(PARENT, "plan.unitForm.error.unknownUnit"));
            } else if (unit.id() != null && reaches(unit.parentId(), unit.id(), byId, AdminUnit::parentId)) {
                problems.add(Problem.error(PARENT, "plan.unitForm.error.parentCycle"));
            }
        }
        if (unit.successorId() != null) {
            if (unit.successorId().equals(unit.id())) {
                problems.add(Problem.error(SUCCESSOR, "plan.unitForm.error.ownSuccessor"));
            } else if (!byId.containsKey(unit.successorId())) {
                problems.add(Problem.error(SUCCESSOR, "plan.unitForm.error.unknownUnit"));
            } else if (unit.id() != null && reaches(unit.successorId(), unit.id(), byId, AdminUnit::successorId)) {
                problems.add(Problem.error(SUCCESSOR, "plan.unitForm.error.successorCycle"));
            } else if (unit.validTo() == null) {
                problems.add(Problem.error(VALID_TO, "plan.unitForm.error.successorNeedsEnd"));
            }
        }
        return problems;
    }

    /** Whether following {@code link} from {@code start} arrives at {@code target}. */
    static boolean reaches(Long start, Long target, Map<Long, AdminUnit> byId, Function<AdminUnit, Long> link) {
        Set<Long> seen = new HashSet<>();
        Long current = start;
        while (current != null && seen.add(current)) {
            if (current.equals(target)) {
                return true;
            }
            AdminUnit unit = byId.get(current);
            current = unit == null ? null : link.apply(unit);
        }
        return false;
    }
}
