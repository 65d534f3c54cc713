package org.parcheck.scoring;

import java.util.List;
import org.parcheck.scoring.rules.DefinitionIssue;

/** Thrown when compiling a framework that has definition errors; show {@link #issues()} to the editor's user. */
public final class InvalidFrameworkException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<DefinitionIssue> issues;

    public InvalidFrameworkException(List<DefinitionIssue> issues) {
        super("Framework has " + issues.size() + " definition error(s): " + issues);
        this.issues = List.copyOf(issues);
    }

    /** The blocking issues. */
    public List<DefinitionIssue> issues() {
        return issues;
    }
}
