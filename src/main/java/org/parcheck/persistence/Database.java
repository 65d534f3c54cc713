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
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * The embedded H2 file database: opened, migrated by Flyway, then used through jOOQ. Every committed
 * transaction is written to the file before the commit returns ({@code WRITE_DELAY=0}), so a crash loses
 * nothing that was shown as saved. Opening never deletes or overwrites an existing file.
 *
 * <p>An existing file is first opened read-only ({@code ACCESS_MODE_DATA=r}): a file H2 cannot open, one from a
 * newer ParCheck and one that is not a ParCheck database are refused there, before a single byte is written. The
 * same read-only pass reads every row of every table and compares it with the content seals ({@link ContentSeal},
 * V009). If anything is damaged the database is opened read-only for the session and {@link #damage()} says what
 * is damaged; every write is refused with {@link DatabaseException.Kind#READ_ONLY_DAMAGED}. Otherwise it is opened
 * for writing, migrated, and every committed transaction seals again what it wrote. When the schema history is
 * exactly the app's migrations ({@link SchemaHistoryCheck}), Flyway is not loaded at all (#18 §2: cold commands).
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    public static final String FILE_BASE_NAME = "parcheck";
    /** Flyway would pick Log4j (on the classpath through POI) without a provider; send it to java.util.logging. */
    private static final String FLYWAY_TO_JUL = "org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator";
    public static final String FILE_NAME = FILE_BASE_NAME + ".mv.db";
    /**
     * H2's own messages go to SLF4J (bridged to java.util.logging, so to ParCheck's log file) instead of a
     * {@code parcheck.trace.db} beside the data that nobody reads (docs/architecture/house-rules.md).
     */
    static final String H2_TRACE = ";TRACE_LEVEL_FILE=4";

    private static final ThreadLocal<DSLContext> CURRENT = new ThreadLocal<>();
    /** The tables written by the current transaction on this thread (upper case), sealed again before commit. */
    private static final ThreadLocal<Set<String>> WRITTEN = new ThreadLocal<>();

    private final Path file;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final ReentrantLock transactions = new ReentrantLock();
    private final Connection keepAlive;
    private final DamageReport damage;
    private volatile ContentSeal.Schema sealSchema;

    private Database(Path file, JdbcConnectionPool pool, Connection keepAlive, DamageReport damage) {
        this.file = file;
        this.pool = pool;
        this.keepAlive = keepAlive;
        this.damage = damage;
        Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);
        this.dsl = DSL.using(new DefaultConfiguration().set(pool).set(SQLDialect.H2).set(settings)
                .set(new DefaultExecuteListenerProvider(new WriteListener())));
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
        String base = file.getParent().resolve(FILE_BASE_NAME).toString().replace('\\', '/');
        boolean upToDate = false;
        if (Files.exists(file)) {
            removeStaleLockFile(file);
            Preflight checked = preflight(file, base);
            upToDate = checked.upToDate() && targetVersion == null;
            if (checked.damage().damaged()) {
                if (checked.pending()) {
                    throw new DatabaseException(DatabaseException.Kind.DAMAGED, file,
                            "Damaged, and at an older schema version: " + checked.damage(), null);
                }
                LOG.severe(() -> "Damage found in " + file + "; opened read-only: " + checked.damage());
                return openReadOnly(file, base, checked.damage());
            }
        }
        // FILE_LOCK=FILE: a second process gets "already in use"; IFEXISTS is not set so a fresh folder works.
        String url = "jdbc:h2:file:" + base + ";WRITE_DELAY=0;FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE"
                + H2_TRACE;
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        Connection keepAlive = null;
        try {
            keepAlive = pool.getConnection();
            // the read-only check already asked Flyway: nothing pending and nothing newer means nothing to migrate
            int applied = upToDate ? 0 : migrate(pool, file, targetVersion);
            Database database = new Database(file, pool, keepAlive, null);
            database.startSealing(applied > 0);
            return database;
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

    /** What the read-only first look found: damage (possibly none), and whether migrations are pending. */
    private record Preflight(DamageReport damage, boolean pending, boolean upToDate) {
    }

    /**
     * Opens an existing file read-only and checks it: H2 can open it, it is a ParCheck database no newer than this
     * ParCheck, and every row of every table reads and matches its seal. Writes nothing: H2 opens the file for
     * reading only.
     */
    private static Preflight preflight(Path file, String base) {
        String url = "jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r;FILE_LOCK=NO;IFEXISTS=TRUE;DB_CLOSE_ON_EXIT=FALSE"
                + H2_TRACE;
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
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
            if (e.getErrorCode() == ErrorCode.IO_EXCEPTION_1 || e.getErrorCode() == ErrorCode.IO_EXCEPTION_2) {
                // the file exists and is readable (checked above): H2 cannot make sense of it
                throw new DatabaseException(DatabaseException.Kind.DAMAGED, file, e.getMessage(), e);
            }
            throw translate(e, file);
        } catch (DatabaseException e) {
            throw e;
        } catch (RuntimeException e) {
            SQLException sql = findSqlException(e);
            throw sql != null ? translate(sql, file)
                    : new DatabaseException(DatabaseException.Kind.DAMAGED, file, String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * H2 opened read-only refuses a file whose lock file exists, even a lock file left by a process that was killed
     * (H2 opened for writing waits a few seconds and takes such a lock over). A lock file is stale when no process
     * holds the database file itself (H2 holds an operating-system lock on it while it has it open): then it is
     * removed, as H2 would replace it. Otherwise it is left, and the open reports the database as in use.
     */
    private static void removeStaleLockFile(Path file) {
        Path lock = file.resolveSibling(FILE_BASE_NAME + ".lock.db");
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

    /** The session on a damaged file: read-only, nothing migrated, every write refused. */
    private static Database openReadOnly(Path file, String base, DamageReport damage) {
        String url = "jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r;FILE_LOCK=NO;IFEXISTS=TRUE;DB_CLOSE_ON_EXIT=FALSE"
                + H2_TRACE;
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            return new Database(file, pool, pool.getConnection(), damage);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, file);
        }
    }

    /** Seals everything after migrations or on the first open with seal tables; from now on every commit seals. */
    private void startSealing(boolean migrated) throws SQLException {
        if (!ContentSeal.hasSealTables(keepAlive)) {
            return; // an old schema version (tests make fixtures of one)
        }
        ContentSeal.Schema schema = ContentSeal.schema(keepAlive);
        boolean empty;
        try (Statement s = keepAlive.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + ContentSeal.TABLE_SEAL)) {
            rs.next();
            empty = rs.getLong(1) == 0;
        }
        if (migrated || empty) {
            dsl.transaction(configuration -> DSL.using(configuration).connection(c -> ContentSeal.sealAll(c, schema)));
            LOG.info(() -> "Sealed the content of " + file);
        }
        sealSchema = schema;
    }

    private static int migrate(JdbcConnectionPool pool, Path file, String targetVersion) {
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

    /**
     * What the check on opening found damaged, if anything. When present, the database is open read-only: every
     * write is refused with {@link DatabaseException.Kind#READ_ONLY_DAMAGED}.
     */
    public Optional<DamageReport> damage() {
        return Optional.ofNullable(damage);
    }

    /** Whether the database refuses writes (it was found damaged on opening). */
    public boolean readOnly() {
        return damage != null;
    }

    /**
     * Notes the table every data-changing statement writes; outside a transaction (auto-commit) seals it again at
     * once. On a damaged database refuses every such statement before it runs.
     */
    private final class WriteListener implements ExecuteListener {

        private static final long serialVersionUID = 1L;

        @Override
        public void executeStart(ExecuteContext ctx) {
            if (damage != null && !writtenTables(ctx).isEmpty()) {
                throw new DatabaseException(DatabaseException.Kind.READ_ONLY_DAMAGED, file,
                        "The database is damaged and open read-only", null);
            }
        }

        @Override
        public void executeEnd(ExecuteContext ctx) {
            ContentSeal.Schema schema = sealSchema;
            if (schema == null) {
                return;
            }
            Set<String> tables = writtenTables(ctx);
            if (tables.isEmpty()) {
                return;
            }
            Set<String> written = WRITTEN.get();
            if (written != null) {
                written.addAll(tables);
                return;
            }
            try {
                ContentSeal.afterWrite(ctx.connection(), schema, tables);
            } catch (SQLException e) {
                throw new DatabaseException(DatabaseException.Kind.OTHER, file, "Sealing failed: " + e.getMessage(), e);
            }
        }

        private Set<String> writtenTables(ExecuteContext ctx) {
            if (ctx.type() == ExecuteType.READ) {
                return Set.of();
            }
            Set<String> tables = new HashSet<>();
            String[] batch = ctx.batchSQL();
            if (batch != null) {
                for (String sql : batch) {
                    String table = ContentSeal.writtenTable(sql);
                    if (table != null) {
                        tables.add(table);
                    }
                }
            }
            String table = ContentSeal.writtenTable(ctx.sql());
            if (table != null) {
                tables.add(table);
            }
            return tables;
        }
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
        // one transaction at a time: the seals of one are computed from what the one before committed (#15 §5)
        transactions.lock();
        try {
            return sealedTransaction(work);
        } finally {
            transactions.unlock();
        }
    }

    private <T> T sealedTransaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> {
            DSLContext inTransaction = DSL.using(configuration);
            CURRENT.set(inTransaction);
            Set<String> written = new HashSet<>();
            WRITTEN.set(written);
            try {
                T result = work.apply(inTransaction);
                ContentSeal.Schema schema = sealSchema;
                if (schema != null && !written.isEmpty()) {
                    inTransaction.connection(c -> ContentSeal.afterWrite(c, schema, written));
                }
                return result;
            } finally {
                CURRENT.remove();
                WRITTEN.remove();
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
