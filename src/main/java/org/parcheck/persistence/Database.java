package org.parcheck.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The embedded H2 file database: opened, migrated by Flyway, then used through jOOQ. Every committed
 * transaction is written to the file before the commit returns ({@code WRITE_DELAY=0}), so a crash loses
 * nothing that was shown as saved. Opening never deletes or overwrites an existing file.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    public static final String FILE_BASE_NAME = "parcheck";
    /** Flyway would pick Log4j (on the classpath through POI) without a provider; send it to java.util.logging. */
    private static final String FLYWAY_TO_JUL = "org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator";
    public static final String FILE_NAME = FILE_BASE_NAME + ".mv.db";

    private static final ThreadLocal<DSLContext> CURRENT = new ThreadLocal<>();

    private final Path file;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Connection keepAlive;

    private Database(Path file, JdbcConnectionPool pool, Connection keepAlive) {
        this.file = file;
        this.pool = pool;
        this.keepAlive = keepAlive;
        Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
    }

    /** The database file inside a data folder. */
    public static Path fileIn(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(FILE_NAME);
    }

    /** Opens (creating if absent) and migrates the database in {@code dataDir}. */
    public static Database open(Path dataDir) {
        return open(dataDir, null);
    }

    /**
     * Opens the database migrated up to {@code targetVersion} only (null: the latest). Kept for making a fixture of
     * an old schema version, as {@code MigrationTest}'s {@code v001-demo.sql} was made (Flyway stopped at 1, the
     * demo seeder run, H2 {@code SCRIPT}).
     */
    static Database open(Path dataDir, String targetVersion) {
        Path file = fileIn(dataDir);
        if (!Files.isDirectory(file.getParent()) || !Files.isWritable(file.getParent())) {
            throw new DatabaseException(DatabaseException.Kind.NOT_WRITABLE, file,
                    "Data folder is not a writable folder: " + file.getParent(), null);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new DatabaseException(DatabaseException.Kind.NOT_WRITABLE, file, "Database file is read-only", null);
        }
        String base = file.getParent().resolve(FILE_BASE_NAME).toString().replace('\\', '/');
        // FILE_LOCK=FILE: a second process gets "already in use"; IFEXISTS is not set so a fresh folder works.
        String url = "jdbc:h2:file:" + base + ";WRITE_DELAY=0;FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        Connection keepAlive = null;
        try {
            keepAlive = pool.getConnection();
            migrate(pool, file, targetVersion);
            return new Database(file, pool, keepAlive);
        } catch (SQLException e) {
            closeQuietly(keepAlive, pool);
            throw translate(e, file);
        } catch (DatabaseException e) {
            closeQuietly(keepAlive, pool);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(keepAlive, pool);
            SQLException sql = findSqlException(e);
            throw sql != null ? translate(sql, file)
                    : new DatabaseException(DatabaseException.Kind.OTHER, file, e.getMessage(), e);
        }
    }

    private static void migrate(JdbcConnectionPool pool, Path file, String targetVersion) {
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
        } catch (FlywayException e) {
            SQLException sql = findSqlException(e);
            if (sql != null) {
                throw translate(sql, file);
            }
            throw new DatabaseException(DatabaseException.Kind.OTHER, file, e.getMessage(), e);
        }
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

    private static SQLException findSqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static void closeQuietly(Connection connection, JdbcConnectionPool pool) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // already failing; the original error is reported
        }
        pool.dispose();
    }

    public Path file() {
        return file;
    }

    /** The context to query with: the current transaction's on this thread, if one is open. */
    public DSLContext dsl() {
        DSLContext current = CURRENT.get();
        return current != null ? current : dsl;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed, or none. Repository calls made inside it
     * on this thread (through {@link #dsl()}) join the transaction; a nested call joins the outer one.
     */
    public <T> T transaction(Function<DSLContext, T> work) {
        DSLContext current = CURRENT.get();
        if (current != null) {
            return work.apply(current);
        }
        return dsl.transactionResult(configuration -> {
            DSLContext inTransaction = DSL.using(configuration);
            CURRENT.set(inTransaction);
            try {
                return work.apply(inTransaction);
            } finally {
                CURRENT.remove();
            }
        });
    }

    /** {@link #transaction(Function)} for work that goes through repositories. */
    public <T> T inTransaction(Supplier<T> work) {
        return transaction(ignored -> work.get());
    }

    @Override
    public void close() {
        try {
            keepAlive.close();
        } catch (SQLException e) {
            LOG.warning("Closing the keep-alive connection failed: " + e.getMessage());
        }
        pool.dispose();
    }
}
