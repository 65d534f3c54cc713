package org.parcheck.criteria;

import org.parcheck.scoring.explain.Explanation;

/**
 * A problem in a framework definition, as shown in the editor: the item, figure or band it is about, whether it
 * blocks publishing, and what is wrong (explanation data, localised by the caller).
 */
public record FrameworkIssue(String subject, boolean blocking, Explanation explanation) {
}
