package org.parcheck.report;

import java.math.BigDecimal;
import org.parcheck.common.util.Text;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.explain.Display;

/**
 * What a ranking across plans and years needs of a visit's score card (#17 office mode), small enough to keep on the
 * province server ({@link KeptScores}, D28). Made from a {@link ScoreCard} by {@link #of}; the values are the card's
 * own, unchanged.
 *
 * @param total          points achieved ({@link ScoreCard#total()})
 * @param scoredMax      the maximum of the scored items ({@code card.base().scoredMax()})
 * @param percent        the percentage at full precision, or null when nothing is scored
 * @param pendingItems   applicable items not scored yet (the percentage is provisional while above 0)
 * @param classification the classification's Vietnamese label (NFC), or null when there is none
 */
public record VisitScore(BigDecimal total, BigDecimal scoredMax, BigDecimal percent, int pendingItems,
                         String classification) {

    /** The values of {@code card} a ranking shows. */
    public static VisitScore of(ScoreCard card) {
        return new VisitScore(card.total(), card.base().scoredMax(), card.percent(), card.base().pendingItems(),
                card.classification() == null ? null : Text.nfc(card.classification().labelVi()));
    }

    /** The percentage as printed, two decimals, as {@link ScoreCard#shownPercent()}; null without one. */
    public BigDecimal shownPercent() {
        return Display.round2(percent);
    }

    /** Whether every applicable item is scored, as {@link ScoreCard#complete()}. */
    public boolean complete() {
        return pendingItems == 0;
    }
}
