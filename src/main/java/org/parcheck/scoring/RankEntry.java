package org.parcheck.scoring;

/**
 * A score card to rank, with the label used to order ties (the unit's name).
 *
 * @param label the unit or visit label
 * @param card  its score card
 */
public record RankEntry(String label, ScoreCard card) {
}
