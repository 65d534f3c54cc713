package org.parcheck.scoring;

/**
 * An area or criterion prepared for scoring.
 *
 * @param node the definition
 * @param area index of the area this node belongs to (itself for an area)
 */
record Inner(NodeDef node, int area) {
}
