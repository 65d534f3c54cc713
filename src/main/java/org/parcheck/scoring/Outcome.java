package org.parcheck.scoring;

import java.math.BigDecimal;
import org.parcheck.scoring.explain.Explanation;

/** Intermediate result of computing one item. */
record Outcome(ItemStatus status, BigDecimal score, Explanation explanation) {

    static Outcome scored(BigDecimal score, Explanation explanation) {
        return new Outcome(ItemStatus.SCORED, score, explanation);
    }

    static Outcome notAssessable(Explanation explanation) {
        return new Outcome(ItemStatus.NOT_ASSESSABLE, null, explanation);
    }
}
