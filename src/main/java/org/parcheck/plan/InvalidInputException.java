package org.parcheck.plan;

import java.util.List;

/** Raised by a service asked to save something that breaks a rule; carries the problems to show. */
public final class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.size() + " problem(s): " + problems.stream().map(Problem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
