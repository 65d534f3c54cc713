package org.parcheck.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.parcheck.protection.DataKey;

/**
 * What {@link Database#open} does before and around opening a file for writing: the read-only first look (is it a
 * ParCheck database, no newer than this ParCheck, are migrations pending, does every row match its seal), a stale
 * H2 lock file removed, the migrations, and H2's errors turned into {@link DatabaseException}s. Split out of
 * {@code Database} (#18 §3), which keeps the session: transactions, sealing at commit, closing.
 */
final class DatabaseOpening {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    /** Flyway would pick Log4j (on the classpath through POI) without a provider; send it to java.util.logging. */
    private static final String FLYWAY_TO_JUL = "org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator";

    private DatabaseOpening() {
    }

    /** What the read-only first look found: damage (possibly none), and whether migrations are pending. */
    record Preflight(DamageReport damage, boolean pending, boolean upToDate) {
    }

    /**
     * Opens an existing file read-only and checks it: H2 can open it, it is a ParCheck database no newer than this
     * ParCheck, and every row of every table reads and matches its seal. Writes nothing: H2 opens the file for
     * reading only.
     */
    static Preflight preflight(Path file, String base, DataKey key) {
        String url = "jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r;FILE_LOCK=NO;IFEXISTS=TRUE;DB_CLOSE_ON_EXIT=FALSE"
                + Database.H2_TRACE + DatabaseCipher.urlOption(key);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "sa", DatabaseCipher.password(key))) {
            boolean history = false;
            int tables = 0;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                         + "WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                while (rs.next()) {
                    tables++;
                    history |= "flyway_schema_history".equals(rs.getString(1));
                }
            }
            if (!history && tables > 0) {
                throw new DatabaseException(DatabaseException.Kind.NOT_PARCHECK, file,
                        "Not a ParCheck database (no schema history): " + file, null);
            }
            boolean pending = false;
            boolean upToDate = false;
            if (history && SchemaHistoryCheck.upToDate(c)) {
                upToDate = true; // exactly the app's migrations, all applied: Flyway is not even loaded
            } else if (history) {
                JdbcDataSource source = new JdbcDataSource(); // more connections to the database c keeps open
                source.setURL(url);
                source.setUser("sa");
                source.setPassword(DatabaseCipher.password(key));
                Flyway flyway = Flyway.configure().dataSource(source)
                        .locations("classpath:db/migration").loggers(FLYWAY_TO_JUL).load();
                for (MigrationInfo info : flyway.info().all()) {
                    MigrationState state = info.getState();
                    if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                        throw new DatabaseException(DatabaseException.Kind.NEWER_VERSION, file,
                                "Database schema version " + info.getVersion() + " is newer than this ParCheck", null);
                    }
                    pending |= state == MigrationState.PENDING;
                }
                upToDate = !pending;
            }
            DamageReport damage = ContentSeal.verify(c);
            long ms = (System.nanoTime() - start) / 1_000_000;
            LOG.info(() -> "Checked " + file + " read-only in " + ms + " ms (sealed: " + damage.sealed() + ")");
            return new Preflight(damage, pending, upToDate);
        } catch (SQLException e) {
            if (key != null && wrongKey(e)) {
                throw new DatabaseException(DatabaseException.Kind.WRONG_KEY, file, e.getMessage(), e);
            }
            if (e.getErrorCode() == ErrorCode.IO_EXCEPTION_1 || e.getErrorCode() == ErrorCode.IO_EXCEPTION_2) {
                // the file exists and is readable (checked above): H2 cannot make sense of it
                throw new DatabaseException(DatabaseException.Kind.DAMAGED, file, e.getMessage(), e);
            }
            throw translate(e, file);
        } catch (DatabaseException e) {
            throw e;
        } catch (RuntimeException e) {
            SQLException sql = findSqlException(e);
            throw sql != null ? translate(sql, file, key)
                    : new DatabaseException(DatabaseException.Kind.DAMAGED, file, String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * H2 opened read-only refuses a file whose lock file exists, even a lock file left by a process that was killed
     * (H2 opened for writing waits a few seconds and takes such a lock over). A lock file is stale when no process
     * holds the database file itself (H2 holds an operating-system lock on it while it has it open): then it is
     * removed, as H2 would replace it. Otherwise it is left, and the open reports the database as in use.
     */
    static void removeStaleLockFile(Path file) {
        Path lock = file.resolveSibling(Database.FILE_BASE_NAME + ".lock.db");
        if (!Files.exists(lock)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileLock held = channel.tryLock(0, Long.MAX_VALUE, true);
            if (held == null) {
                return;
            }
            held.release();
            Files.deleteIfExists(lock);
            LOG.info(() -> "Removed the stale lock file " + lock + " (no process holds " + file + ")");
        } catch (OverlappingFileLockException e) {
            // this process has the database open: the open reports it as in use
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not check the lock file " + lock, e);
        }
    }

    static int migrate(JdbcConnectionPool pool, Path file, String targetVersion) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .loggers(FLYWAY_TO_JUL);
        if (targetVersion != null) {
            configuration.target(targetVersion);
        }
        Flyway flyway = configuration.load();
        try {
            for (MigrationInfo info : flyway.info().all()) {
                MigrationState state = info.getState();
                if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                    throw new DatabaseException(DatabaseException.Kind.NEWER_VERSION, file,
                            "Database schema version " + info.getVersion() + " is newer than this ParCheck", null);
                }
            }
            int applied = flyway.migrate().migrationsExecuted;
            if (applied > 0) {
                LOG.info(() -> "Applied " + applied + " database migration(s) to " + file);
            }
            return applied;
        } catch (FlywayException e) {
            SQLException sql = findSqlException(e);
            if (sql != null) {
                throw translate(sql, file);
            }
            throw new DatabaseException(DatabaseException.Kind.OTHER, file, e.getMessage(), e);
        }
    }

    /**
     * Whether H2 refused the encrypted file because the key does not fit: H2 cannot tell a wrong file password from a
     * damaged file; the folder's key comes out of the key file authenticated, so it is the file that does not belong.
     */
    private static boolean wrongKey(SQLException e) {
        int code = e.getErrorCode();
        return code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.WRONG_USER_OR_PASSWORD
                || code == ErrorCode.FILE_CORRUPTED_1;
    }

    /** {@link #translate(SQLException, Path)} for a file opened with {@code key}: a key that does not fit said so. */
    static DatabaseException translate(SQLException e, Path file, DataKey key) {
        if (key != null && wrongKey(e)) {
            return new DatabaseException(DatabaseException.Kind.WRONG_KEY, file, e.getMessage(), e);
        }
        return translate(e, file);
    }

    static DatabaseException translate(SQLException e, Path file) {
        DatabaseException.Kind kind = switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> DatabaseException.Kind.ALREADY_OPEN;
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1,
                    ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.GENERAL_ERROR_1 -> DatabaseException.Kind.DAMAGED;
            case ErrorCode.DATABASE_IS_READ_ONLY, ErrorCode.FILE_CREATION_FAILED_1 ->
                    DatabaseException.Kind.NOT_WRITABLE;
            default -> DatabaseException.Kind.OTHER;
        };
        return new DatabaseException(kind, file, e.getMessage(), e);
    }

    static SQLException findSqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    static void closeQuietly(Connection connection, JdbcConnectionPool pool) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // already failing; the original error is reported
        }
        pool.dispose();
    }
}
