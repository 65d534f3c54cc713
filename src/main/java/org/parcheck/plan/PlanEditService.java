package org.parcheck.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.parcheck.common.util.Text;
import org.parcheck.common.domain.UnitType;

/**
 * Creates and edits plans as a whole (header, team, framework per unit type, visits) in one transaction. A visit
 * takes the plan's framework version for its unit's type until something is recorded at it; a visit with answers
 * is never removed and keeps its unit and framework.
 */
public final class PlanEditService {

    /** Raised when removing or re-targeting a visit at which answers were already recorded. */
    public static final class VisitHasAnswersException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        VisitHasAnswersException(long visitId) {
            super("Visit " + visitId + " has answers and cannot be removed or moved to another unit");
        }
    }

    /**
     * A finalised visit's details (date, place, unit, framework) were changed: they are part of its signed report and
     * its fingerprint, so the visit must be reopened (with a reason, logged) first.
     */
    public static final class VisitFinalisedException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        VisitFinalisedException(long visitId) {
            super("Visit " + visitId + " is finalised; reopen it before changing its details");
        }
    }

    private final PlanRepository plans;
    private final UnitRepository units;
    private final Transactor transactor;
    private final FinalisedVisitLog finalisedLog;
    private final Supplier<String> actor;

    /**
     * @param finalisedLog where an edit that reaches what finalised visits' reports print is logged (#15 §2)
     * @param actor        who is editing, for those log lines
     */
    public PlanEditService(PlanRepository plans, UnitRepository units, Transactor transactor,
                           FinalisedVisitLog finalisedLog, Supplier<String> actor) {
        this.plans = plans;
        this.units = units;
        this.transactor = transactor;
        this.finalisedLog = finalisedLog;
        this.actor = actor;
    }

    public List<AdminUnit> units() {
        return units.findAll();
    }

    public PlanDraft load(long planId) {
        Plan plan = plans.find(planId).orElseThrow(() -> new IllegalArgumentException("No plan " + planId));
        return new PlanDraft(plan, plans.team(planId), plans.frameworks(planId), plans.visits(planId));
    }

    /** Answers and raw figures recorded per visit of the plan; visits with none are absent. */
    public Map<Long, Integer> answerCounts(long planId) {
        return plans.answerCounts(planId);
    }

    /** All the problems of a draft, errors and warnings. */
    public List<Problem> check(PlanDraft draft) {
        Plan p = draft.plan();
        List<Problem> problems = new ArrayList<>(PlanRules.header(p.numberSymbol(), p.issuedDate(), p.issuingBody(),
                p.title(), p.year()));
        problems.addAll(PlanRules.team(draft.team()));
        problems.addAll(PlanRules.visits(draft.visits(), p.year(), byId(units.findAll()), draft.frameworks()));
        return problems;
    }

    /** Saves the draft in one transaction and returns the plan's id; refuses a draft with errors. */
    public long save(PlanDraft draft) {
        return transactor.inTransaction(() -> {
            List<Problem> errors = check(draft).stream().filter(problem -> !problem.warning()).toList();
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            long planId;
            if (draft.plan().id() == null) {
                planId = plans.insert(draft.plan(), draft.team()).id();
            } else {
                planId = draft.plan().id();
                Plan before = plans.find(planId).orElseThrow();
                List<TeamMember> teamBefore = plans.team(planId);
                plans.update(draft.plan());
                plans.replaceTeam(planId, draft.team());
                logToFinalisedVisits(planId, before, teamBefore);
            }
            plans.replaceFrameworks(planId, draft.frameworks());
            saveVisits(planId, draft);
            return planId;
        });
    }

    // --- #15 frozen report: plan and team edits named in the change log of each finalised visit ---

    /**
     * One line per changed printed field of the plan and per added, removed or changed team member, in the change
     * log of each finalised visit of the plan: its report keeps the plan and team as they were when it was
     * finalised ({@link FinalisedVisitLog#REPORT_KEPT}), or, finalised before ParCheck froze them, prints the new
     * ones ({@link FinalisedVisitLog#REPORT_LIVE}).
     */
    private void logToFinalisedVisits(long planId, Plan before, List<TeamMember> teamBefore) {
        List<FinalisedVisitLog.FinalisedVisit> finalised = finalisedLog.ofPlan(planId);
        if (finalised.isEmpty()) {
            return;
        }
        Plan after = plans.find(planId).orElseThrow();
        List<String[]> changes = new ArrayList<>();
        change(changes, "numberSymbol", before.numberSymbol(), after.numberSymbol());
        change(changes, "issuedDate", before.issuedDate(), after.issuedDate());
        change(changes, "issuingBody", before.issuingBody(), after.issuingBody());
        change(changes, "parentBody", before.parentBody(), after.parentBody());
        change(changes, "title", before.title(), after.title());
        change(changes, "legalBasis", before.legalBasis(), after.legalBasis());
        change(changes, "year", before.year(), after.year());
        change(changes, "placeName", before.placeName(), after.placeName());
        Map<UUID, TeamMember> old = new LinkedHashMap<>();
        teamBefore.forEach(m -> old.put(m.uuid(), m));
        Map<UUID, TeamMember> now = new LinkedHashMap<>();
        plans.team(planId).forEach(m -> now.put(m.uuid(), m));
        for (TeamMember m : teamBefore) {
            change(changes, "teamMember", member(m), now.containsKey(m.uuid()) ? member(now.get(m.uuid())) : null);
        }
        for (TeamMember m : now.values()) {
            if (!old.containsKey(m.uuid())) {
                change(changes, "teamMember", null, member(m));
            }
        }
        String who = actor.get();
        for (FinalisedVisitLog.FinalisedVisit visit : finalised) {
            for (String[] c : changes) {
                finalisedLog.append(visit.id(), "plan", c[0], c[1], c[2],
                        visit.frozen() ? FinalisedVisitLog.REPORT_KEPT : FinalisedVisitLog.REPORT_LIVE, who);
            }
        }
    }

    private static void change(List<String[]> changes, String field, Object before, Object after) {
        String b = before == null ? null : before.toString();
        String a = after == null ? null : after.toString();
        if (!Objects.equals(b, a)) {
            changes.add(new String[] {field, b, a});
        }
    }

    /** "Lê Văn Miều; Phó Giám đốc; Sở Nội vụ; LEAD; 1": as printed, with the role code and the position. */
    static String member(TeamMember m) {
        return String.join("; ", Objects.toString(m.fullName(), ""), Objects.toString(m.jobTitle(), ""),
                Objects.toString(m.agency(), ""), m.role().name(), Integer.toString(m.position()));
    }

    private void saveVisits(long planId, PlanDraft draft) {
        Map<Long, Integer> answers = draft.plan().id() == null ? Map.of() : plans.answerCounts(planId);
        Map<Long, Visit> stored = draft.plan().id() == null ? Map.of() : plans.visits(planId).stream()
                .collect(Collectors.toMap(Visit::id, Function.identity()));
        Map<Long, AdminUnit> unitsById = byId(units.findAll());
        Set<Long> kept = new HashSet<>();
        for (Visit visit : draft.visits()) {
            Visit before = visit.id() == null ? null : stored.get(visit.id());
            boolean answered = before != null && answers.getOrDefault(before.id(), 0) > 0;
            if (answered && before.unitId() != visit.unitId()) {
                throw new VisitHasAnswersException(before.id());
            }
            if (before != null && before.status() == VisitStatus.FINALISED && changedDetails(before, visit)) {
                throw new VisitFinalisedException(before.id());
            }
            UnitType type = unitsById.get(visit.unitId()).type();
            Long framework;
            if (answered || visit.status() != VisitStatus.PLANNED) {
                framework = before == null ? visit.frameworkVersionId() : before.frameworkVersionId();
            } else {
                framework = draft.frameworks().get(type);
            }
            Visit toSave = new Visit(visit.id(), visit.uuid(), planId, visit.unitId(), framework, visit.date(),
                    visit.startTime(), visit.endTime(), visit.place(), visit.reportNumber(), visit.status());
            if (before == null) {
                plans.insertVisit(toSave);
            } else {
                kept.add(before.id());
                if (!toSave.equals(before)) {
                    plans.updateVisit(toSave);
                }
            }
        }
        for (Long removed : stored.keySet()) {
            if (!kept.contains(removed)) {
                if (answers.getOrDefault(removed, 0) > 0) {
                    throw new VisitHasAnswersException(removed);
                }
                plans.deleteVisit(removed);
            }
        }
    }

    private static boolean changedDetails(Visit before, Visit after) {
        return before.unitId() != after.unitId() || !Objects.equals(before.date(), after.date())
                || !Objects.equals(Text.nfcOrNull(before.place()), Text.nfcOrNull(after.place()));
    }

    private static Map<Long, AdminUnit> byId(List<AdminUnit> all) {
        Map<Long, AdminUnit> map = new HashMap<>();
        all.forEach(u -> map.put(u.id(), u));
        return map;
    }
}
