package org.parcheck.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.parcheck.protection.DataKey;

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
    public static final String FILE_NAME = FILE_BASE_NAME + ".mv.db";
    /**
     * H2's own messages go to SLF4J (bridged to java.util.logging, so to ParCheck's log file) instead of a
     * {@code parcheck.trace.db} beside the data that nobody reads (docs/architecture/house-rules.md).
     */
    static final String H2_TRACE = ";TRACE_LEVEL_FILE=4";
    /**
     * H2's trace: only warnings and errors, wherever a database opens. At INFO (java.util.logging's default, in tests
     * and benches) H2 logs every statement with its parameters: the data in the log, and most of a large write's time.
     */
    private static final Logger H2_LOG = quietH2();

    private static final ThreadLocal<DSLContext> CURRENT = new ThreadLocal<>();
    /** The tables written by the current transaction on this thread (upper case), sealed again before commit. */
    private static final ThreadLocal<Set<String>> WRITTEN = new ThreadLocal<>();

    private final Path file;
    private final Runnable dispose;
    private final DSLContext dsl;
    private final ReentrantLock transactions = new ReentrantLock();
    private final Connection keepAlive;
    private final DamageReport damage;
    /** Writes are refused: the file was found damaged, or it was opened for a command that only reads (D26). */
    private final boolean readOnly;
    private volatile ContentSeal.Schema sealSchema;

    private Database(Path file, JdbcConnectionPool pool, Connection keepAlive, DamageReport damage, boolean readOnly) {
        this(file, pool, SQLDialect.H2, keepAlive, damage, pool::dispose, readOnly);
    }

    private Database(Path file, DataSource source, SQLDialect dialect, Connection keepAlive, DamageReport damage,
                     Runnable dispose, boolean readOnly) {
        this.file = file;
        this.dispose = dispose;
        this.keepAlive = keepAlive;
        this.damage = damage;
        this.readOnly = readOnly || damage != null;
        Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);
        if (dialect != SQLDialect.H2) {
            // the generated classes carry H2's upper-case names; unquoted, PostgreSQL folds them to its lower case
            settings = settings.withRenderQuotedNames(RenderQuotedNames.NEVER);
        }
        this.dsl = DSL.using(new DefaultConfiguration().set(source).set(dialect).set(settings)
                .set(new DefaultExecuteListenerProvider(new WriteListener())));
    }

    /**
     * The province server's database (#17): PostgreSQL through {@code source}, migrated by Flyway with the laptops'
     * migrations ({@link ServerSchema}). No content seals: they find damage in a laptop's H2 file before it is written
     * to; a server's integrity rests on PostgreSQL's own (WAL, checksums) and its backups. {@link #file()} is null.
     */
    public static Database onServer(DataSource source) {
        ServerSchema.migrate(source);
        try {
            Connection keepAlive = source.getConnection();
            return new Database(null, source, SQLDialect.POSTGRES, keepAlive, null, () -> { }, false);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Kind.OTHER, null, e.getMessage(), e);
        }
    }

    /**
     * The province server's database (#17) as an inspector's laptop or the office opens it: like
     * {@link #onServer(DataSource)} but NEVER migrating: the schema history is read ({@link ServerSchema#status})
     * and a database that is not exactly this ParCheck's schema is refused before anything else is read or written:
     * not ParCheck's ({@link DatabaseException.Kind#NOT_PARCHECK}), newer
     * ({@link DatabaseException.Kind#NEWER_VERSION}), older, i.e. not yet upgraded by the IT staff
     * ({@link DatabaseException.Kind#OTHER}, its message containing {@link ServerSchema#OLDER}). {@code dispose}
     * runs on {@link #close()} (e.g. closing a connection pool; may be null).
     */
    public static Database onServerExisting(DataSource source, Runnable dispose) throws SQLException {
        Connection keepAlive = source.getConnection();
        try {
            ServerSchema.Status status = ServerSchema.status(keepAlive);
            switch (status.state()) {
                case CURRENT -> {
                    return new Database(null, source, SQLDialect.POSTGRES, keepAlive, null,
                            dispose != null ? dispose : () -> { }, false);
                }
                case NOT_PARCHECK -> throw new DatabaseException(DatabaseException.Kind.NOT_PARCHECK, null,
                        "Not a ParCheck server database", null);
                case NEWER -> throw new DatabaseException(DatabaseException.Kind.NEWER_VERSION, null,
                        "The server's schema " + status.serverVersion() + " is newer than this ParCheck's "
                                + status.appVersion(), null);
                default -> throw new DatabaseException(DatabaseException.Kind.OTHER, null,
                        "The server's schema " + status.serverVersion() + " is " + ServerSchema.OLDER + "'s "
                                + status.appVersion() + ": upgrade the server", null);
            }
        } catch (SQLException | RuntimeException e) {
            keepAlive.close();
            throw e;
        }
    }

    private static Logger quietH2() {
        Logger h2 = Logger.getLogger("h2database");
        if (h2.getLevel() == null || h2.getLevel().intValue() < java.util.logging.Level.WARNING.intValue()) {
            h2.setLevel(java.util.logging.Level.WARNING);
        }
        return h2;
    }

    /** The database file inside a data folder. */
    public static Path fileIn(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(FILE_NAME);
    }

    /** Opens (creating if absent) and migrates the database in {@code dataDir}, an unprotected folder. */
    public static Database open(Path dataDir) {
        return open(dataDir, null, null);
    }

    /**
     * Opens (creating if absent) and migrates the database in {@code dataDir} with the folder's key (#19): H2's file
     * encryption ({@link DatabaseCipher}). A null key means an unprotected folder. A protected folder opened without
     * its key is refused ({@link DatabaseException.Kind#PASSWORD_NEEDED}), one whose file the key does not open too
     * ({@link DatabaseException.Kind#WRONG_KEY}); the file is not touched.
     */
    public static Database open(Path dataDir, DataKey key) {
        return open(dataDir, null, key);
    }

    /**
     * Opens the database migrated up to {@code targetVersion} only (null: the latest), for fixtures of an old schema
     * version (as {@code MigrationTest}'s {@code v001-demo.sql}: Flyway stopped at 1, the demo seeded, H2 SCRIPT).
     */
    static Database open(Path dataDir, String targetVersion) {
        return open(dataDir, targetVersion, null);
    }

    /**
     * Opens the database in {@code dataDir} for a command that only reads (a report, #18 §2, D26): ONE read-only open
     * of H2 that first makes every check {@link #open(Path, DataKey)} makes before writing (a ParCheck database, no
     * newer, every row of every table against its seal), and then serves the reads, so what is read is what was
     * checked. Every write is refused ({@link #readOnly()}). A damaged file gives the read-only session
     * {@link #open(Path, DataKey)} gives, with {@link #damage()}; a refused file the same exception. Empty when only
     * the writing open can serve: no file yet, migrations pending, or no seals written yet.
     */
    public static Optional<Database> openForReading(Path dataDir, DataKey key) {
        return Optional.ofNullable(DatabaseOpening.forReading(dataDir, key));
    }

    /** A session that refuses every write, on a connection pool opened read-only; {@code damage} may be null. */
    static Database readOnlySession(Path file, JdbcConnectionPool pool, Connection keepAlive, DamageReport damage) {
        return new Database(file, pool, keepAlive, damage, true);
    }

    private static Database open(Path dataDir, String targetVersion, DataKey key) {
        Path file = DatabaseOpening.checkFile(dataDir, key);
        String base = DatabaseOpening.base(file);
        boolean upToDate = false;
        if (Files.exists(file)) {
            DatabaseOpening.removeStaleLockFile(file);
            DatabaseOpening.Preflight checked = DatabaseOpening.preflight(file, base, key);
            upToDate = checked.upToDate() && targetVersion == null;
            if (checked.damage().damaged()) {
                if (checked.pending()) {
                    throw new DatabaseException(DatabaseException.Kind.DAMAGED, file,
                            "Damaged, and at an older schema version: " + checked.damage(), null);
                }
                LOG.severe(() -> "Damage found in " + file + "; opened read-only: " + checked.damage());
                return DatabaseOpening.openDamaged(file, base, checked.damage(), key);
            }
        }
        // FILE_LOCK=FILE: a second process gets "already in use"; IFEXISTS is not set so a fresh folder works.
        // H2 compacts the file while closing, as by default (docs/decisions/0022-compaction-on-close-kept.md).
        String url = "jdbc:h2:file:" + base + ";WRITE_DELAY=0;FILE_LOCK=FILE;DB_CLOSE_ON_EXIT=FALSE"
                + H2_TRACE + DatabaseCipher.urlOption(key);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", DatabaseCipher.password(key));
        pool.setMaxConnections(8);
        Connection keepAlive = null;
        try {
            keepAlive = pool.getConnection();
            // the read-only check already asked Flyway: nothing pending and nothing newer means nothing to migrate
            int applied = upToDate ? 0 : DatabaseOpening.migrate(pool, file, targetVersion);
            Database database = new Database(file, pool, keepAlive, null, false);
            database.startSealing(applied > 0);
            return database;
        } catch (SQLException e) {
            DatabaseOpening.closeQuietly(keepAlive, pool);
            throw DatabaseOpening.translate(e, file, key);
        } catch (DatabaseException e) {
            DatabaseOpening.closeQuietly(keepAlive, pool);
            throw e;
        } catch (RuntimeException e) {
            DatabaseOpening.closeQuietly(keepAlive, pool);
            SQLException sql = DatabaseOpening.findSqlException(e);
            throw sql != null ? DatabaseOpening.translate(sql, file, key)
                    : new DatabaseException(DatabaseException.Kind.OTHER, file, e.getMessage(), e);
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

    /** Whether the database refuses writes: found damaged on opening, or opened for reading only. */
    public boolean readOnly() {
        return readOnly;
    }

    /**
     * Notes the table every data-changing statement writes; outside a transaction (auto-commit) seals it again at
     * once. On a damaged database refuses every such statement before it runs.
     */
    private final class WriteListener implements ExecuteListener {

        private static final long serialVersionUID = 1L;

        @Override
        public void executeStart(ExecuteContext ctx) {
            if (readOnly && !writtenTables(ctx).isEmpty()) {
                throw damage != null ? new DatabaseException(DatabaseException.Kind.READ_ONLY_DAMAGED, file,
                        "The database is damaged and open read-only", null)
                        : new DatabaseException(DatabaseException.Kind.NOT_WRITABLE, file,
                        "The database is open for reading only", null);
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
        // D34: a file that is mostly dead space is rewritten whole, which closes the database and its connections
        if (file != null && !readOnly && CompactingClose.closeIfMostlyDead(keepAlive, file, transactions)) {
            dispose.run();
            return;
        }
        try {
            keepAlive.close();
        } catch (SQLException e) {
            LOG.warning("Closing the keep-alive connection failed: " + e.getMessage());
        }
        dispose.run();
    }
}
