package org.parcheck.answering;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parcheck.criteria.FrameworkService;
import org.parcheck.criteria.StoredFramework;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.UnitNames;
import org.parcheck.plan.UnitRepository;
import org.parcheck.plan.Visit;
import org.parcheck.scoring.ScoringEngine;

/** Opening a visit: its framework version compiled for scoring, the unit's printed name; and the items it has. */
final class VisitOpening {

    private VisitOpening() {
    }

    static VisitSession open(AnswerRepository answers, FrameworkService frameworks, UnitRepository units,
                             ScoringEngine engine, long visitId) {
        Visit visit = answers.visit(visitId)
                .orElseThrow(() -> new IllegalArgumentException("No visit " + visitId));
        if (visit.frameworkVersionId() == null) {
            throw new IllegalStateException("Visit " + visitId + " has no framework version");
        }
        StoredFramework framework = frameworks.load(visit.frameworkVersionId());
        Map<Long, AdminUnit> byId = units.findAll().stream()
                .collect(Collectors.toMap(AdminUnit::id, Function.identity()));
        AdminUnit unit = byId.get(visit.unitId());
        return new VisitSession(visit, UnitNames.displayName(unit, byId), unit.type(), framework,
                engine.compile(framework.content().toScoringDef(String.valueOf(visit.frameworkVersionId()),
                        framework.header().name())));
    }

    /** Whether the visit's framework has an item (of any level) with {@code code}. */
    static boolean hasItem(AnswerRepository answers, FrameworkService frameworks, long visitId, String code) {
        Visit visit = answers.visit(visitId).orElseThrow();
        return frameworks.load(visit.frameworkVersionId()).content().allItems().stream()
                .anyMatch(item -> item.code().equals(code));
    }
}
