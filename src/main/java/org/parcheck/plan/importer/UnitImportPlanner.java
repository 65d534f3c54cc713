package org.parcheck.plan.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.util.Dates;
import org.parcheck.common.util.Text;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.UnitRules;
import org.parcheck.plan.importer.ImportedUnit.Action;
import org.parcheck.plan.importer.ImportedUnit.Ref;

/**
 * Checks the rows of a unit list against each other and against the stored units, and works out what importing
 * them does. A row matches a stored unit with the same code, name and validity; such a row changes only the type,
 * parent or successor, and nothing when those are identical, so importing the same file twice changes nothing.
 * Parent and successor codes may name units stored before or rows of the same file; a code used by several units
 * (codes are reused after reorganisations) is resolved by validity: the parent valid when the row's unit begins,
 * the successor valid the day after it ends.
 */
public final class UnitImportPlanner {

    /** A data row read and checked on its own. */
    private record Parsed(int row, String code, String name, UnitType type, LocalDate from, LocalDate to,
                          String parentCode, String successorCode) {
    }

    /** A unit that a code may refer to: a stored unit, or a new row of the file. */
    private record Node(AdminUnit stored, Parsed parsed) {

        String key() {
            return stored != null ? "s" + stored.id() : "r" + parsed.row();
        }

        Ref ref() {
            return stored != null ? Ref.stored(stored.id()) : Ref.toRow(parsed.row());
        }

        LocalDate from() {
            return stored != null ? stored.validFrom() : parsed.from();
        }

        LocalDate to() {
            return stored != null ? stored.validTo() : parsed.to();
        }

        boolean validOn(LocalDate date) {
            return (from() == null || !date.isBefore(from())) && (to() == null || !date.isAfter(to()));
        }
    }

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, List<Node>> byCode = new HashMap<>();

    private UnitImportPlanner() {
    }

    /** The preview of importing {@code rows} (the header row, if any, included) given the stored units. */
    public static UnitImportPreview plan(List<SheetRow> rows, List<AdminUnit> stored) {
        return new UnitImportPlanner().run(rows, stored);
    }

    private UnitImportPreview run(List<SheetRow> rows, List<AdminUnit> stored) {
        List<SheetRow> data = rows.stream().filter(r -> !r.isBlank()).toList();
        if (!data.isEmpty() && isHeader(data.get(0))) {
            data = data.subList(1, data.size());
        }
        if (data.isEmpty()) {
            problems.add(ImportProblem.of(0, null, "plan.unitImport.error.empty"));
            return new UnitImportPreview(List.of(), problems);
        }
        List<Parsed> parsed = data.stream().map(this::parse).toList();
        Map<String, AdminUnit> storedByKey = new HashMap<>();
        stored.forEach(u -> storedByKey.putIfAbsent(key(u.code(), u.name(), u.validFrom(), u.validTo()), u));
        Map<String, Integer> firstRowByKey = new HashMap<>();
        Map<Integer, AdminUnit> matches = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        stored.forEach(u -> nodes.add(new Node(u, null)));
        for (Parsed p : parsed) {
            String key = key(p.code(), p.name(), p.from(), p.to());
            Integer first = firstRowByKey.putIfAbsent(key, p.row());
            if (first != null) {
                problems.add(ImportProblem.of(p.row(), ImportColumn.CODE, "plan.unitImport.error.duplicateRow", first));
                continue;
            }
            AdminUnit match = storedByKey.get(key);
            if (match != null) {
                matches.put(p.row(), match);
            } else if (!p.code().isEmpty()) {
                nodes.add(new Node(null, p));
            }
        }
        nodes.stream().filter(n -> code(n) != null && !code(n).isEmpty())
                .forEach(n -> byCode.computeIfAbsent(code(n), k -> new ArrayList<>()).add(n));

        Map<Integer, Ref> parents = new HashMap<>();
        Map<Integer, Ref> successors = new HashMap<>();
        Map<String, String> parentLinks = new HashMap<>();
        Map<String, String> successorLinks = new HashMap<>();
        stored.forEach(u -> {
            parentLinks.put("s" + u.id(), u.parentId() == null ? null : "s" + u.parentId());
            successorLinks.put("s" + u.id(), u.successorId() == null ? null : "s" + u.successorId());
        });
        for (Parsed p : parsed) {
            String self = matches.containsKey(p.row()) ? "s" + matches.get(p.row()).id() : "r" + p.row();
            Node parent = resolve(p, p.parentCode(), p.from() != null ? p.from() : p.to(), ImportColumn.PARENT_CODE,
                    self);
            Node successor = resolve(p, p.successorCode(), p.to() == null ? null : p.to().plusDays(1),
                    ImportColumn.SUCCESSOR_CODE, self);
            parents.put(p.row(), parent == null ? null : parent.ref());
            successors.put(p.row(), successor == null ? null : successor.ref());
            parentLinks.put(self, parent == null ? null : parent.key());
            successorLinks.put(self, successor == null ? null : successor.key());
            if (successor != null && p.to() == null) {
                problems.add(ImportProblem.of(p.row(), ImportColumn.VALID_TO, "plan.unitForm.error.successorNeedsEnd"));
            }
        }
        for (Parsed p : parsed) {
            String self = matches.containsKey(p.row()) ? "s" + matches.get(p.row()).id() : "r" + p.row();
            if (parentLinks.get(self) != null && reaches(parentLinks.get(self), self, parentLinks)) {
                problems.add(ImportProblem.of(p.row(), ImportColumn.PARENT_CODE, "plan.unitForm.error.parentCycle"));
            }
            if (successorLinks.get(self) != null && reaches(successorLinks.get(self), self, successorLinks)) {
                problems.add(ImportProblem.of(p.row(), ImportColumn.SUCCESSOR_CODE,
                        "plan.unitForm.error.successorCycle"));
            }
        }
        problems.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row())
                : Integer.compare(a.column() == null ? -1 : a.column().ordinal(),
                        b.column() == null ? -1 : b.column().ordinal()));
        if (!problems.isEmpty()) {
            return new UnitImportPreview(List.of(), problems);
        }
        Map<Integer, ImportedUnit> units = new LinkedHashMap<>();
        for (Parsed p : parsed) {
            AdminUnit existing = matches.get(p.row());
            Ref parent = parents.get(p.row());
            Ref successor = successors.get(p.row());
            Action action = existing == null ? Action.NEW
                    : existing.type() == p.type() && sameRef(parent, existing.parentId())
                            && sameRef(successor, existing.successorId()) ? Action.UNCHANGED : Action.UPDATE;
            units.put(p.row(), new ImportedUnit(p.row(), p.code(), p.name(), p.type(), p.from(), p.to(), parent,
                    successor, existing, action));
        }
        return new UnitImportPreview(parentsFirst(units), problems);
    }

    /** A first row without a known type and without digits in its code column names the columns. */
    private static boolean isHeader(SheetRow row) {
        return UnitTypeWords.parse(row.cell(ImportColumn.TYPE.ordinal())).isEmpty()
                && row.cell(ImportColumn.CODE.ordinal()).chars().noneMatch(Character::isDigit);
    }

    private Parsed parse(SheetRow row) {
        int n = row.number();
        String code = row.cell(ImportColumn.CODE.ordinal());
        String name = Text.nfc(row.cell(ImportColumn.NAME.ordinal()));
        String typeText = row.cell(ImportColumn.TYPE.ordinal());
        UnitType type = null;
        if (typeText.isEmpty()) {
            problems.add(ImportProblem.of(n, ImportColumn.TYPE, "plan.unitImport.error.required"));
        } else {
            type = UnitTypeWords.parse(typeText).orElse(null);
            if (type == null) {
                problems.add(ImportProblem.of(n, ImportColumn.TYPE, "plan.unitImport.error.unknownType", typeText));
            }
        }
        if (code.isEmpty()) {
            problems.add(ImportProblem.of(n, ImportColumn.CODE, "plan.unitImport.error.required"));
        } else if (code.chars().anyMatch(Character::isWhitespace)) {
            problems.add(ImportProblem.of(n, ImportColumn.CODE, "plan.unitForm.error.codeSpaces"));
        } else if (code.length() > UnitRules.MAX_CODE) {
            problems.add(ImportProblem.of(n, ImportColumn.CODE, "plan.unitForm.error.tooLong", UnitRules.MAX_CODE));
        } else if (type != null) {
            code = padded(code, UnitTypeWords.codeLength(type));
        }
        if (name.isEmpty()) {
            problems.add(ImportProblem.of(n, ImportColumn.NAME, "plan.unitImport.error.required"));
        } else if (name.length() > UnitRules.MAX_NAME) {
            problems.add(ImportProblem.of(n, ImportColumn.NAME, "plan.unitForm.error.tooLong", UnitRules.MAX_NAME));
        }
        LocalDate from = date(row, ImportColumn.VALID_FROM);
        LocalDate to = date(row, ImportColumn.VALID_TO);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(ImportProblem.of(n, ImportColumn.VALID_TO, "plan.unitForm.error.validToBeforeFrom"));
        }
        return new Parsed(n, code, name, type, from, to, row.cell(ImportColumn.PARENT_CODE.ordinal()),
                row.cell(ImportColumn.SUCCESSOR_CODE.ordinal()));
    }

    private LocalDate date(SheetRow row, ImportColumn column) {
        String text = row.cell(column.ordinal());
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = Dates.parse(text);
        if (date.isEmpty()) {
            problems.add(ImportProblem.of(row.number(), column, "plan.unitImport.error.badDate", text));
        }
        return date.orElse(null);
    }

    /** The unit {@code code} refers to, or null (with a problem recorded unless the code is empty). */
    private Node resolve(Parsed row, String code, LocalDate onDate, ImportColumn column, String selfKey) {
        if (code.isEmpty()) {
            return null;
        }
        List<Node> candidates = byCode.getOrDefault(code, List.of());
        if (candidates.isEmpty() && code.chars().allMatch(Character::isDigit)) {
            for (int length : new int[] {2, 3, 5}) {
                if (candidates.isEmpty() && length > code.length()) {
                    candidates = byCode.getOrDefault(padded(code, length), List.of());
                }
            }
        }
        if (candidates.size() > 1) {
            List<Node> narrowed = candidates.stream()
                    .filter(c -> onDate != null ? c.validOn(onDate) : c.to() == null).toList();
            if (narrowed.size() == 1) {
                candidates = narrowed;
            } else {
                problems.add(ImportProblem.of(row.row(), column, "plan.unitImport.error.ambiguousCode", code,
                        candidates.size()));
                return null;
            }
        }
        if (candidates.isEmpty()) {
            problems.add(ImportProblem.of(row.row(), column, "plan.unitImport.error.unknownCode", code));
            return null;
        }
        Node found = candidates.get(0);
        if (found.key().equals(selfKey)) {
            problems.add(ImportProblem.of(row.row(), column, column == ImportColumn.PARENT_CODE
                    ? "plan.unitForm.error.ownParent" : "plan.unitForm.error.ownSuccessor"));
            return null;
        }
        return found;
    }

    private static boolean reaches(String start, String target, Map<String, String> links) {
        Set<String> seen = new HashSet<>();
        for (String current = start; current != null && seen.add(current); current = links.get(current)) {
            if (current.equals(target)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameRef(Ref ref, Long storedId) {
        return ref == null ? storedId == null : ref.unitId() != null && ref.unitId().equals(storedId);
    }

    /** New rows after the rows they name as parent, so that every parent has its id when the child is inserted. */
    private static List<ImportedUnit> parentsFirst(Map<Integer, ImportedUnit> units) {
        List<ImportedUnit> ordered = new ArrayList<>();
        Set<Integer> placed = new HashSet<>();
        for (ImportedUnit unit : units.values()) {
            place(unit, units, placed, ordered);
        }
        return ordered;
    }

    private static void place(ImportedUnit unit, Map<Integer, ImportedUnit> units, Set<Integer> placed,
                              List<ImportedUnit> ordered) {
        if (!placed.add(unit.row())) {
            return;
        }
        if (unit.parent() != null && unit.parent().row() != null) {
            place(units.get(unit.parent().row()), units, placed, ordered);
        }
        ordered.add(unit);
    }

    private static String code(Node node) {
        return node.stored() != null ? node.stored().code() : node.parsed().code();
    }

    private static String padded(String code, int length) {
        if (length == 0 || code.length() >= length || !code.chars().allMatch(Character::isDigit)) {
            return code;
        }
        return "0".repeat(length - code.length()) + code;
    }

    private static String key(String code, String name, LocalDate from, LocalDate to) {
        return (code == null ? "" : code.strip()) + "|" + (name == null ? "" : Text.nfc(name.strip())) + "|" + from
                + "|" + to;
    }
}
