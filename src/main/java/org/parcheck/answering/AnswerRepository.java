package org.parcheck.answering;

import java.math.BigDecimal;
import java.util.List;

/**
 * Stores what is recorded at a visit. Every save is its own transaction and appends to the visit's change log
 * (who, when, field, old → new).
 */
public interface AnswerRepository {

    AnswerSheet load(long visitId);

    /** Inserts or replaces the answer of one item; returns the stored answer. */
    Answer saveAnswer(long visitId, Answer answer, String actor);

    /** Sets (or, with null, clears) one raw figure. */
    void saveFigure(long visitId, String figureCode, BigDecimal value, String actor);

    EvidenceCitation addEvidence(long visitId, EvidenceCitation citation, String actor);

    void removeEvidence(long visitId, long evidenceId, String actor);

    Finding saveFinding(long visitId, Finding finding, String actor);

    void removeFinding(long visitId, long findingId, String actor);

    Recommendation saveRecommendation(long visitId, Recommendation recommendation, String actor);

    void removeRecommendation(long visitId, long recommendationId, String actor);

    /** The visit's change log, oldest first. */
    List<ChangeEntry> changeLog(long visitId);
}
