package org.parcheck.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    /** In the message of the refusal of a server set up by an older ParCheck ({@link Database#onServerExisting}). */
    public static final String OLDER = "older than this ParCheck";
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

    /** What {@link #status} found on a server, without changing it. */
    public enum State {
        /** Exactly this ParCheck's schema: every migration of this version applied, none newer. */
        CURRENT,
        /** No schema history, or not ParCheck's (no server migration V0.1, no ParCheck tables). */
        NOT_PARCHECK,
        /** A newer ParCheck migrated it: this laptop's ParCheck must be updated. */
        NEWER,
        /** Set up by an older ParCheck (or an upgrade failed): the IT staff must upgrade the server first. */
        OLDER
    }

    /**
     * The server's schema as checked on connecting.
     *
     * @param state         what was found
     * @param serverVersion the newest version applied on the server (null when there is none)
     * @param appVersion    the newest version this ParCheck brings
     */
    public record Status(State state, String serverVersion, String appVersion) {
    }

    /**
     * Checks the server's schema history against this ParCheck's migrations, reading only (no Flyway, no lock, no
     * write): what an inspector's connection does instead of migrating. A failure to read (no right to read the
     * history, a cut connection) is thrown as it is, for the caller to classify.
     */
    public static Status status(Connection c) throws SQLException {
        Set<String> app = new TreeSet<>();
        for (String location : LOCATIONS) {
            Map<String, Integer> found = SchemaHistoryCheck.appMigrations(ServerSchema.class.getClassLoader(),
                    location.substring("classpath:".length()));
            if (found != null) {
                app.addAll(found.keySet());
            }
        }
        String appNewest = newest(app);
        if (!exists(c, "flyway_schema_history") || !exists(c, "visit")) {
            return new Status(State.NOT_PARCHECK, null, appNewest);
        }
        Set<String> applied = new TreeSet<>();
        boolean failed = false;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history")) {
            while (rs.next()) {
                if (rs.getString(1) == null) {
                    continue; // Flyway's marker rows
                }
                if (rs.getBoolean(2)) {
                    applied.add(SchemaHistoryCheck.normalise(rs.getString(1)));
                } else {
                    failed = true;
                }
            }
        }
        String serverNewest = newest(applied);
        if (!applied.contains("0.1")) {
            return new Status(State.NOT_PARCHECK, serverNewest, appNewest);
        }
        if (serverNewest != null && appNewest != null && VERSION_ORDER.compare(serverNewest, appNewest) > 0) {
            return new Status(State.NEWER, serverNewest, appNewest);
        }
        if (failed || !applied.containsAll(app)) {
            return new Status(State.OLDER, serverNewest, appNewest);
        }
        return new Status(State.CURRENT, serverNewest, appNewest);
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Versions compared as numbers part by part: 9 &lt; 9.1 &lt; 9.2 &lt; 10. */
    static final Comparator<String> VERSION_ORDER = (a, b) -> {
        List<Long> x = parts(a);
        List<Long> y = parts(b);
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            int c = Long.compare(i < x.size() ? x.get(i) : 0, i < y.size() ? y.get(i) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private static List<Long> parts(String version) {
        List<Long> parts = new ArrayList<>();
        for (String p : version.split("\\.")) {
            try {
                parts.add(Long.parseLong(p));
            } catch (NumberFormatException e) {
                parts.add(Long.MAX_VALUE); // not a number: sorts after every version
            }
        }
        return parts;
    }

    private static String newest(Set<String> versions) {
        return versions.stream().max(VERSION_ORDER).orElse(null);
    }
}
