package org.parcheck.persistence;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The first jOOQ query of a process made cheaper (#18 §2): jOOQ's first {@code DSLContext} initialises its data
 * types for every SQL dialect (about a tenth of a cold {@code parcheck report visit}, all of it class
 * initialisation). A cold report command runs this on the background executor while the main thread opens the data
 * and checks its seals ({@code app.cli.ReportWarmUp}); it reads and writes nothing.
 */
public final class JooqWarmUp {

    private JooqWarmUp() {
    }

    /** Initialises jOOQ's data types and renders one query; returns the length of its SQL. */
    public static int run() {
        return DSL.using(SQLDialect.H2).render(DSL.selectOne()).length();
    }
}
