package org.parcheck.plan;

import java.util.List;

/**
 * Something wrong with what the user entered: the field it belongs to, a message key and its arguments. The
 * screens show it beside the field, in the user's language. A warning does not block saving.
 */
public record Problem(String field, String messageKey, List<Object> args, boolean warning) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem error(String field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args), false);
    }

    public static Problem warning(String field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args), true);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
