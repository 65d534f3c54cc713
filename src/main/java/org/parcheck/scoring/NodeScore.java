package org.parcheck.scoring;

/**
 * The result for an area or criterion.
 *
 * @param code             the node code
 * @param kind             AREA or CRITERION (inner nodes only)
 * @param title            the node title
 * @param subtotal         sums over the items below
 * @param zeroedByCritical code of the critical item whose failure zeroed this node, or null
 */
public record NodeScore(String code, NodeKind kind, String title, Subtotal subtotal, String zeroedByCritical) {
}
