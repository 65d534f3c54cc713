package org.parcheck.scoring;

import java.math.BigDecimal;

/**
 * An area or criterion prepared for scoring.
 *
 * @param node      the definition
 * @param parent    index of the parent inner node, or -1 for an area
 * @param area      index of the area this node belongs to (itself for an area)
 * @param regularMax sum of the maxima of the regular (non-adjustment) leaves below
 */
record Inner(NodeDef node, int parent, int area, BigDecimal regularMax) {
}
