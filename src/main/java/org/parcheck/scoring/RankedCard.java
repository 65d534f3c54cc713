package org.parcheck.scoring;

/**
 * A ranked score card.
 *
 * @param rank  1-based rank (ties share a rank: 1, 2, 2, 4), or null when the card has no percent
 * @param label the label
 * @param card  the score card
 */
public record RankedCard(Integer rank, String label, ScoreCard card) {
}
