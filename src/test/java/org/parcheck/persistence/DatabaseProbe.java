package org.parcheck.persistence;

/** Test access to how Database opens H2. */
public final class DatabaseProbe {

    private DatabaseProbe() {
    }

    /** The URL settings that route H2's trace to ParCheck's log. */
    public static String h2Trace() {
        return Database.H2_TRACE;
    }
}
