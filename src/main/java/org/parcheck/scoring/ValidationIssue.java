package org.parcheck.scoring;

import org.parcheck.scoring.explain.Explanation;

/**
 * Bad input found while scoring a visit (negative count, part larger than its whole, unknown choice…).
 *
 * @param itemCode    the item concerned, or null for a problem of a figure alone
 * @param figureCode  the figure concerned, or null for a problem of an answer alone
 * @param explanation what is wrong, as data
 */
public record ValidationIssue(String itemCode, String figureCode, Explanation explanation) {
}
