package org.parcheck.answering;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The previous visit's open recommendations, brought into a visit to be followed up. */
final class CarryForward {

    private CarryForward() {
    }

    /** The open (or in-progress) recommendations of the previous visit to the same unit. */
    static List<Recommendation> openOfPreviousVisit(AnswerRepository answers, long visitId) {
        return answers.previousVisit(visitId)
                .map(previous -> answers.load(previous).recommendations().stream()
                        .filter(r -> r.status() == Recommendation.Status.OPEN
                                || r.status() == Recommendation.Status.IN_PROGRESS)
                        .toList())
                .orElse(List.of());
    }

    /**
     * Brings the previous visit's open recommendations into this visit, to be marked done / in progress / not
     * done; already carried ones are not copied twice.
     */
    static List<Recommendation> carry(AnswerRepository answers, long visitId, String actor) {
        List<Long> alreadyCarried = answers.load(visitId).recommendations().stream()
                .map(Recommendation::carriedFromId).filter(Objects::nonNull).toList();
        List<Recommendation> carried = new ArrayList<>();
        for (Recommendation previous : openOfPreviousVisit(answers, visitId)) {
            if (!alreadyCarried.contains(previous.id())) {
                carried.add(answers.saveRecommendation(visitId, new Recommendation(null, UUID.randomUUID(),
                        previous.text(), previous.responsibleParty(), previous.deadline(),
                        Recommendation.Status.OPEN, previous.id()), actor));
            }
        }
        return carried;
    }
}
