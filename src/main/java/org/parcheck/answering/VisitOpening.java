package org.parcheck.answering;

import org.parcheck.criteria.FrameworkService;
import org.parcheck.plan.Visit;

/** What a visit's framework has (opening a visit is {@link VisitOpener}'s job). */
final class VisitOpening {

    private VisitOpening() {
    }

    /** Whether the visit's framework has an item (of any level) with {@code code}. */
    static boolean hasItem(AnswerRepository answers, FrameworkService frameworks, long visitId, String code) {
        Visit visit = answers.visit(visitId).orElseThrow();
        return frameworks.load(visit.frameworkVersionId()).content().allItems().stream()
                .anyMatch(item -> item.code().equals(code));
    }
}
