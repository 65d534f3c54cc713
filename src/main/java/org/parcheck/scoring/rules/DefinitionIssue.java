package org.parcheck.scoring.rules;

import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.explain.ExplanationCode;

/**
 * A problem in a framework definition, for the framework editor to show next to the offending element.
 *
 * @param subject     the node, figure or band code concerned ("" for the framework itself)
 * @param severity    error (the framework cannot be scored) or warning
 * @param explanation what is wrong, as data
 */
public record DefinitionIssue(String subject, Severity severity, Explanation explanation) {

    /** An error about {@code subject}. */
    public static DefinitionIssue error(String subject, ExplanationCode code, Object... args) {
        return new DefinitionIssue(subject, Severity.ERROR, Explanation.of(code, args));
    }

    /** A warning about {@code subject}. */
    public static DefinitionIssue warning(String subject, ExplanationCode code, Object... args) {
        return new DefinitionIssue(subject, Severity.WARNING, Explanation.of(code, args));
    }

    /** Whether this issue blocks scoring. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
