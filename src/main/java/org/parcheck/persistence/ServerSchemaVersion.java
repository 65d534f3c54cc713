package org.parcheck.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * The schema version of a province server's database and this ParCheck's, read with Flyway from the same locations
 * {@link ServerSchema} migrates with, writing nothing (#17, {@code parcheck server check}).
 *
 * @param current the latest version applied on the server, or null when the database has no ParCheck schema yet
 * @param latest  the latest version this ParCheck knows
 * @param newer   the server has a version this ParCheck does not know (a newer ParCheck migrated it)
 * @param pending how many of this ParCheck's migrations the server has not had yet
 */
public record ServerSchemaVersion(String current, String latest, boolean newer, int pending) {

    private static final String FLYWAY_TO_JUL = "org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator";

    /** Reads the versions; the database must be reachable. */
    public static ServerSchemaVersion of(DataSource source) {
        Flyway flyway = Flyway.configure().dataSource(source).locations(ServerSchema.LOCATIONS)
                .loggers(FLYWAY_TO_JUL).load();
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        boolean newer = false;
        for (MigrationInfo m : info.all()) {
            MigrationState state = m.getState();
            newer |= state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED;
        }
        String latest = null;
        for (MigrationInfo m : info.all()) {
            if (m.getState().isResolved() && m.getVersion() != null) {
                latest = m.getVersion().getVersion();
            }
        }
        return new ServerSchemaVersion(current == null || current.getVersion() == null ? null
                : current.getVersion().getVersion(), latest, newer, info.pending().length);
    }
}
