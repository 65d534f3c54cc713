package org.parcheck.server;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Logger;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.DatabaseException;
import org.parcheck.persistence.server.ServerAccountRows;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Connects a laptop (or the office) to the province server (#17): opens PostgreSQL at the address with the password,
 * checks TLS as the address asks, checks that the database is exactly this ParCheck's schema (never migrating it:
 * that is the IT staff's job, {@code parcheck server upgrade}), and reads the account of the login role from
 * {@code server_account}. It writes nothing, on the server or on the laptop. Every failure is a
 * {@link ServerException} whose kind the window and the command line put in the user's words ({@link ServerErrors}).
 * The connection's queries share a few kept-open connections ({@link ServerPool}).
 */
public final class ServerConnector {

    private static final Logger LOG = Logger.getLogger(ServerConnector.class.getName());
    /** Seconds to wait for the host to answer and for the login: an unreachable server fails fast. */
    static final int TIMEOUT_SECONDS = 10;
    /** Shown to the IT staff in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "ParCheck";

    private ServerConnector() {
    }

    /**
     * Connects as {@code address.user()} with {@code password}, which is wiped (filled with zeros) before this
     * returns, whatever happens.
     *
     * @throws ServerException with the kind of failure: UNREACHABLE, WRONG_PASSWORD, TLS, NO_RIGHTS (no account, or
     *                         no right to read what connecting needs), NOT_PARCHECK, NEWER_SCHEMA, OTHER (among them
     *                         a server not yet upgraded to this ParCheck: {@link ServerErrors#olderSchema})
     */
    public static ServerConnection connect(ServerAddress address, char[] password) {
        Objects.requireNonNull(address, "address");
        Database database = null;
        ServerPool pool = null;
        try {
            pool = new ServerPool(dataSource(address, password));
            database = Database.onServerExisting(pool, pool::close);
            ServerAccountRows.Row row = ServerAccountRows.current(database).orElseThrow(() -> new ServerException(
                    ServerException.Kind.NO_RIGHTS, "No ParCheck account for the role " + address.user(), null));
            ServerAccount account = account(row);
            LOG.info(() -> "Connected to " + address.jdbcUrl() + " as " + account.roleName() + " ("
                    + account.kind() + ")");
            return new ServerConnection(database, account, address);
        } catch (ServerException e) {
            closeQuietly(database, pool);
            throw e;
        } catch (DatabaseException e) {
            closeQuietly(database, pool);
            throw ServerErrors.fromDatabase(e);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(database, pool);
            throw ServerErrors.classify(e);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * The driver's data source for the address: TLS as asked ({@code sslmode}), the CA file when given (else, for
     * verify-full, the authorities Java trusts; require checks no certificate), short timeouts. The password is
     * copied into it (the JDBC driver takes a String); the caller's array is not wiped here.
     */
    static PGConnectionPoolDataSource dataSource(ServerAddress address, char[] password) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setServerNames(new String[] {address.host()});
        source.setPortNumbers(new int[] {address.port()});
        source.setDatabaseName(address.database());
        source.setUser(address.user());
        source.setPassword(password == null ? "" : new String(password));
        source.setConnectTimeout(TIMEOUT_SECONDS);
        source.setLoginTimeout(TIMEOUT_SECONDS);
        source.setTcpKeepAlive(true);
        source.setApplicationName(APPLICATION_NAME);
        source.setGssEncMode("disable");
        source.setSslMode(address.tls().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (address.tls() != ServerAddress.Tls.DISABLE && address.caFile() != null) {
            source.setSslRootCert(address.caFile().toAbsolutePath().toString());
        } else if (address.tls() == ServerAddress.Tls.VERIFY_FULL) {
            // no CA file: the authorities Java trusts (the driver would otherwise look for ~/.postgresql/root.crt)
            source.setSslfactory("org.postgresql.ssl.DefaultJavaSSLFactory");
        }
        return source;
    }

    private static ServerAccount account(ServerAccountRows.Row row) {
        ServerAccount.Kind kind;
        try {
            kind = ServerAccount.Kind.valueOf(row.kind());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ServerException(ServerException.Kind.BAD_DATA, "Unknown account kind " + row.kind(), e);
        }
        if (row.personUuid() == null || row.fullName() == null || row.fullName().isBlank()) {
            throw new ServerException(ServerException.Kind.BAD_DATA, "Incomplete account " + row.roleName(), null);
        }
        return new ServerAccount(row.roleName(), kind, row.personUuid(), row.fullName().strip(),
                blankToNull(row.jobTitle()), blankToNull(row.agency()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void closeQuietly(Database database, ServerPool pool) {
        try {
            if (database != null) {
                database.close(); // closes the pool too
            } else if (pool != null) {
                pool.close();
            }
        } catch (RuntimeException e) {
            LOG.fine(() -> "Closing after a failed connection: " + e.getMessage());
        }
    }
}
