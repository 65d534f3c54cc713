package org.parcheck.scoring.explain;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The immutable argument list of an {@link Explanation}. An argument given as an {@link Explanation.Deferred} is
 * worked out when first read and then kept, so every reader (get, iteration, equals, toString) sees the value.
 * Safe to share between threads: a value may be worked out twice, never seen half-built (arguments are
 * immutable).
 */
final class Args extends AbstractList<Object> implements RandomAccess {

    private final Object[] values;

    private Args(Object[] values) {
        this.values = values;
    }

    /** Wraps an array the caller hands over (not copied); null elements are rejected. */
    static Args wrap(Object[] values) {
        for (Object value : values) {
            Objects.requireNonNull(value, "argument");
        }
        return new Args(values);
    }

    /** The list itself when it is already an argument list, else an immutable copy. */
    static List<Object> copyOf(List<Object> list) {
        return list instanceof Args ? list : wrap(list.toArray());
    }

    @Override
    public Object get(int index) {
        Object value = values[index];
        if (value instanceof Explanation.Deferred deferred) {
            value = Objects.requireNonNull(deferred.value(), "deferred argument");
            values[index] = value;
        }
        return value;
    }

    @Override
    public int size() {
        return values.length;
    }
}
