package org.parcheck.scoring.explain;

import java.util.List;
import java.util.Objects;

/**
 * A localisable explanation as data: a message code plus its arguments. Arguments are {@link java.math.BigDecimal},
 * {@link Integer}, {@link String} or nested {@code Explanation}s; UI and reports format them with
 * {@link ExplanationFormatter}. The bundle key is {@code scoring.explanation.<code>}.
 *
 * @param code the message code, one of {@link ExplanationCode#key()}
 * @param args the message arguments, in the order the message expects them (never null elements)
 */
public record Explanation(String code, List<Object> args) {

    public Explanation {
        Objects.requireNonNull(code, "code");
        args = Args.copyOf(args);
    }

    /**
     * Builds an explanation for a known code. The array is taken over, not copied (as with varargs calls); an
     * argument given as a {@link Deferred} is worked out when the arguments are first read.
     */
    public static Explanation of(ExplanationCode code, Object... args) {
        return new Explanation(code.key(), Args.wrap(args));
    }

    /**
     * An argument that is costly to work out and often never read (e.g. a ratio shown only in the text). Read
     * through {@link #args()}, it is the value (never this object).
     */
    @FunctionalInterface
    public interface Deferred {
        /** The argument's value; never null. */
        Object value();
    }

    /** Whether this explanation has the given code. */
    public boolean is(ExplanationCode other) {
        return code.equals(other.key());
    }
}
