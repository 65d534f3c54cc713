package org.parcheck.server;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.DataSource;
import javax.sql.PooledConnection;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * A few connections to the server kept open between queries (#17): jOOQ asks its data source for a connection for
 * every query, and a new PostgreSQL connection costs a TCP and TLS handshake and a password exchange. A connection the
 * driver reports broken (the network cut, the server restarted) is dropped, never handed out again; one idle for a
 * while is checked before it is reused. No threads of its own.
 */
final class ServerPool implements DataSource, ConnectionEventListener, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ServerPool.class.getName());
    /** Connections kept open while nobody uses them. */
    static final int MAX_IDLE = 4;
    /** An idle connection older than this is checked (a round trip) before it is handed out. */
    private static final long CHECK_AFTER_NANOS = 30_000_000_000L;
    private static final int CHECK_SECONDS = 5;

    private record Idle(PooledConnection connection, long since) {
    }

    private final PGConnectionPoolDataSource source;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private final Set<PooledConnection> broken = ConcurrentHashMap.newKeySet();
    private boolean closed;

    ServerPool(PGConnectionPoolDataSource source) {
        this.source = source;
    }

    @Override
    public Connection getConnection() throws SQLException {
        while (true) {
            Idle taken;
            synchronized (this) {
                if (closed) {
                    throw new SQLException("The connection to the server is closed", "08003");
                }
                taken = idle.pollFirst();
            }
            if (taken == null) {
                break;
            }
            try {
                Connection c = taken.connection().getConnection();
                if (System.nanoTime() - taken.since() < CHECK_AFTER_NANOS || c.isValid(CHECK_SECONDS)) {
                    return c;
                }
                broken.add(taken.connection());
                c.close();
            } catch (SQLException e) {
                discard(taken.connection());
            }
        }
        PooledConnection fresh = source.getPooledConnection();
        fresh.addConnectionEventListener(this);
        return fresh.getConnection();
    }

    /** A connection handed out was closed by its user: kept for the next query, or closed when broken or surplus. */
    @Override
    public void connectionClosed(ConnectionEvent event) {
        PooledConnection connection = (PooledConnection) event.getSource();
        boolean keep;
        synchronized (this) {
            keep = !closed && !broken.remove(connection) && idle.size() < MAX_IDLE;
            if (keep) {
                idle.addFirst(new Idle(connection, System.nanoTime()));
            }
        }
        if (!keep) {
            discard(connection);
        }
    }

    /** The driver found the connection broken (a fatal error): it is closed when its user closes it. */
    @Override
    public void connectionErrorOccurred(ConnectionEvent event) {
        broken.add((PooledConnection) event.getSource());
        LOG.info(() -> "A connection to the server broke: "
                + (event.getSQLException() != null ? event.getSQLException().getMessage() : "?"));
    }

    /** Closes the idle connections; the ones in use are closed when their users give them back. */
    @Override
    public void close() {
        Deque<Idle> closing;
        synchronized (this) {
            closed = true;
            closing = new ArrayDeque<>(idle);
            idle.clear();
        }
        closing.forEach(i -> discard(i.connection()));
    }

    /** How many connections wait for the next query (for tests). */
    synchronized int idleCount() {
        return idle.size();
    }

    private void discard(PooledConnection connection) {
        broken.remove(connection);
        try {
            connection.removeConnectionEventListener(this);
            connection.close();
        } catch (SQLException e) {
            LOG.fine(() -> "Closing a server connection: " + e.getMessage());
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The pool connects as its own user");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used: the pool logs to java.util.logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        source.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return source.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return LOG.getParent();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
