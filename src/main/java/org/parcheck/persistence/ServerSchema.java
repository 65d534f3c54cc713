package org.parcheck.persistence;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * The schema of the province server's PostgreSQL database (#17): the laptops' migrations ({@code db/migration}),
 * unchanged, preceded by one PostgreSQL-only migration ({@code db/postgresql/V0_1__postgresql_types.sql}) that
 * defines the one type name they use and PostgreSQL lacks ({@code CLOB}, as {@code TEXT}). So both engines have the
 * same tables, columns and versions; the server's schema history has the extra version 0.1 first.
 */
public final class ServerSchema {

    /** Where Flyway finds the server's migrations, in order of version across both folders. */
    static final String[] LOCATIONS = {"classpath:db/postgresql", "classpath:db/migration"};
    /** Flyway would pick Log4j (on the classpath through POI) without a provider; send it to java.util.logging. */
    private static final String FLYWAY_TO_JUL = "org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator";

    private ServerSchema() {
    }

    /**
     * Migrates the server's database to this ParCheck's schema. A database whose schema is newer than this ParCheck
     * is refused ({@link DatabaseException.Kind#NEWER_VERSION}) before anything is written.
     */
    public static int migrate(DataSource source) {
        Flyway flyway = Flyway.configure().dataSource(source).locations(LOCATIONS).loggers(FLYWAY_TO_JUL).load();
        try {
            for (MigrationInfo info : flyway.info().all()) {
                MigrationState state = info.getState();
                if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                    throw new DatabaseException(DatabaseException.Kind.NEWER_VERSION, null,
                            "The server's schema version " + info.getVersion() + " is newer than this ParCheck", null);
                }
            }
            return flyway.migrate().migrationsExecuted;
        } catch (FlywayException e) {
            SQLException sql = DatabaseOpening.findSqlException(e);
            throw new DatabaseException(DatabaseException.Kind.OTHER, null,
                    sql != null ? sql.getMessage() : e.getMessage(), e);
        }
    }
}
