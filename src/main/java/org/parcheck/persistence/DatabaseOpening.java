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
import java.util.List;
import java.util.Map;
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
import org.parcheck.common.util.HashedFiles;
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

    /**
     * The database file of {@code dataDir}, after the checks every open makes before H2 sees it: a file (if it
     * exists) that can be written, in a folder that can be written, and the folder's key fits the file (#19).
     */
    static Path checkFile(Path dataDir, DataKey key) {
        Path file = Database.fileIn(dataDir);
        finishCutShortRewrite(file);
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new DatabaseException(DatabaseException.Kind.DAMAGED, file, "Not a file: " + file, null);
        }
        if (!Files.isDirectory(file.getParent()) || !Files.isWritable(file.getParent())) {
            throw new DatabaseException(DatabaseException.Kind.NOT_WRITABLE, file,
                    "Data folder is not a writable folder: " + file.getParent(), null);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new DatabaseException(DatabaseException.Kind.NOT_WRITABLE, file, "Database file is read-only", null);
        }
        DatabaseCipher.check(dataDir, file, key);
        return file;
    }

    /**
     * A rewrite at close (D34) whose atomic replace was refused goes on with two renames; stopped between them, it
     * leaves its finished copy as {@code parcheck.mv.db.newFile} and no {@code parcheck.mv.db}. H2 would rename it at
     * its own open ({@code MVStoreTool.compactCleanUp}); ParCheck does it first, so that the first look checks that
     * file like any other instead of taking the folder for a new one.
     */
    private static void finishCutShortRewrite(Path file) {
        Path copy = file.resolveSibling(file.getFileName() + ".newFile");
        if (Files.exists(file) || !Files.isRegularFile(copy)) {
            return;
        }
        try {
            HashedFiles.moveAtomically(copy, file);
            LOG.warning(() -> "Finished a rewrite cut short: renamed " + copy + " to " + file);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Kind.NOT_WRITABLE, file,
                    "Could not rename " + copy + " to " + file + ": " + e.getMessage(), e);
        }
    }

    /** H2's name of the database in {@code file}'s folder (the file name without {@code .mv.db}). */
    static String base(Path file) {
        return file.getParent().resolve(Database.FILE_BASE_NAME).toString().replace('\\', '/');
    }

    /**
     * {@link Database#openForReading}: the read-only first look and the session on ONE read-only connection pool, or
     * null when only the writing open can serve (no file, migrations pending, no seals yet). The checks run on the
     * pool's first connection before anything else is read; a damaged file gives the damaged session, as
     * {@link Database#open} does.
     */
    static Database forReading(Path dataDir, DataKey key) {
        Path file = checkFile(dataDir, key);
        if (!Files.exists(file)) {
            return null;
        }
        removeStaleLockFile(file);
        String url = readOnlyUrl(base(file), key);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", DatabaseCipher.password(key));
        pool.setMaxConnections(8);
        Connection keepAlive = null;
        try {
            keepAlive = connect(pool::getConnection, file, key);
            Preflight checked = preflight(keepAlive, url, file, key);
            if (checked.damage().damaged()) {
                if (checked.pending()) {
                    throw new DatabaseException(DatabaseException.Kind.DAMAGED, file,
                            "Damaged, and at an older schema version: " + checked.damage(), null);
                }
                LOG.severe(() -> "Damage found in " + file + "; opened read-only: " + checked.damage());
                return Database.readOnlySession(file, pool, keepAlive, checked.damage());
            }
            if (!checked.upToDate() || !checked.damage().sealed()) {
                closeQuietly(keepAlive, pool); // migrations to apply or seals to write: the writing open does them
                return null;
            }
            return Database.readOnlySession(file, pool, keepAlive, null);
        } catch (RuntimeException e) {
            closeQuietly(keepAlive, pool);
            throw e;
        }
    }

    /** The session on a damaged file: read-only, nothing migrated, every write refused. */
    static Database openDamaged(Path file, String base, DamageReport damage, DataKey key) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(readOnlyUrl(base, key), "sa", DatabaseCipher.password(key));
        pool.setMaxConnections(8);
        try {
            return Database.readOnlySession(file, pool, pool.getConnection(), damage);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, file, key);
        }
    }

    /**
     * What the read-only first look found: damage (possibly none), whether migrations are pending, and whether every
     * row was read (false: the file's bytes are those that passed the full check before, {@link VerifiedFile}).
     */
    record Preflight(DamageReport damage, boolean pending, boolean upToDate, boolean rowsChecked) {
    }

    /**
     * Opens an existing file read-only and checks it: H2 can open it, it is a ParCheck database no newer than this
     * ParCheck, and every row of every table reads and matches its seal. Writes nothing: H2 opens the file for
     * reading only.
     */
    static Preflight preflight(Path file, String base, DataKey key) {
        String url = readOnlyUrl(base, key);
        try (Connection c = connect(() -> DriverManager.getConnection(url, "sa", DatabaseCipher.password(key)),
                file, key)) {
            return preflight(c, url, file, key);
        } catch (SQLException e) {
            throw translatePreflight(e, file, key);
        }
    }

    /** The URL of a read-only open: H2 writes nothing to the file, takes no lock file, and refuses a missing file. */
    static String readOnlyUrl(String base, DataKey key) {
        return "jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r;FILE_LOCK=NO;IFEXISTS=TRUE;DB_CLOSE_ON_EXIT=FALSE"
                + Database.H2_TRACE + DatabaseCipher.urlOption(key);
    }

    /** A connection opening, its failures translated as the read-only first look translates them. */
    interface Opening {
        Connection open() throws SQLException;
    }

    static Connection connect(Opening opening, Path file, DataKey key) {
        try {
            return opening.open();
        } catch (SQLException e) {
            throw translatePreflight(e, file, key);
        } catch (RuntimeException e) {
            throw translatePreflight(e, file, key);
        }
    }

    /**
     * The checks of {@link #preflight(Path, String, DataKey)} on a connection already open read-only at {@code url}
     * (#18 §2: a read-only command checks and reads through one open). Writes nothing.
     */
    static Preflight preflight(Connection c, String url, Path file, DataKey key) {
        long start = System.nanoTime();
        try {
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
            VerifiedFile.Digest digest = VerifiedFile.digest(file);
            boolean asBefore = VerifiedFile.verified(file, digest);
            DamageReport damage = asBefore ? new DamageReport(true, List.of(), List.of(), Map.of())
                    : ContentSeal.verify(c);
            if (!asBefore) {
                VerifiedFile.afterCheck(file, digest, damage);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            LOG.info(() -> "Checked " + file + " read-only in " + ms + " ms (sealed: " + damage.sealed()
                    + (asBefore ? "; the same bytes passed the full check before, D33)" : ")"));
            return new Preflight(damage, pending, upToDate, !asBefore);
        } catch (SQLException e) {
            throw translatePreflight(e, file, key);
        } catch (RuntimeException e) {
            throw translatePreflight(e, file, key);
        }
    }

    /** A failure of the read-only first look as the user is told it: wrong key, damaged, in use, ... */
    private static DatabaseException translatePreflight(SQLException e, Path file, DataKey key) {
        if (key != null && wrongKey(e)) {
            return new DatabaseException(DatabaseException.Kind.WRONG_KEY, file, e.getMessage(), e);
        }
        if (e.getErrorCode() == ErrorCode.IO_EXCEPTION_1 || e.getErrorCode() == ErrorCode.IO_EXCEPTION_2) {
            // the file exists and is readable (checked above): H2 cannot make sense of it
            return new DatabaseException(DatabaseException.Kind.DAMAGED, file, e.getMessage(), e);
        }
        return translate(e, file);
    }

    private static DatabaseException translatePreflight(RuntimeException e, Path file, DataKey key) {
        if (e instanceof DatabaseException known) {
            return known;
        }
        SQLException sql = findSqlException(e);
        return sql != null ? translate(sql, file, key)
                : new DatabaseException(DatabaseException.Kind.DAMAGED, file, String.valueOf(e.getMessage()), e);
    }

    /** H2's lock file beside the database file ({@code FILE_LOCK=FILE}): present while a process has it open. */
    static Path h2LockFile(Path file) {
        return file.resolveSibling(Database.FILE_BASE_NAME + ".lock.db");
    }

    /**
     * H2 opened read-only refuses a file whose lock file exists, even a lock file left by a process that was killed
     * (H2 opened for writing waits a few seconds and takes such a lock over). A lock file is stale when no process
     * holds the database file itself (H2 holds an operating-system lock on it while it has it open): then it is
     * removed, as H2 would replace it. Otherwise it is left, and the open reports the database as in use.
     */
    static void removeStaleLockFile(Path file) {
        Path lock = h2LockFile(file);
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
