package org.parcheck.server;

import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import org.parcheck.exchange.PackageException;

/**
 * Turns what went wrong during a sync into a {@link ServerException} whose kind the window and the command line
 * explain (#17). PostgreSQL's SQL states say what happened to the connection: class 08 (connection exception) and
 * 57P01–57P03 (the server shut down or terminated the session) mean the connection was lost; 42501 a missing right;
 * 42P01 a missing table (not a ParCheck server, or a table dropped).
 */
final class SyncFailures {

    private SyncFailures() {
    }

    /** The failure as a {@link ServerException}; a cancellation is passed on as it is. */
    static RuntimeException translate(RuntimeException e) {
        if (e instanceof ServerException || e instanceof CancellationException) {
            return e;
        }
        if (e instanceof PackageException p) {
            return new ServerException(ServerException.Kind.BAD_DATA, p.getMessage(), p);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PackageException p) {
                return new ServerException(ServerException.Kind.BAD_DATA, p.getMessage(), e);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return new ServerException(kindOf(sql.getSQLState()), sql.getMessage(), e);
            }
        }
        return new ServerException(ServerException.Kind.OTHER, String.valueOf(e.getMessage()), e);
    }

    static ServerException.Kind kindOf(String sqlState) {
        if (sqlState.startsWith("08") || sqlState.startsWith("57P")) {
            return ServerException.Kind.CONNECTION_LOST;
        }
        return switch (sqlState) {
            case "42501" -> ServerException.Kind.NO_RIGHTS;
            case "28P01", "28000" -> ServerException.Kind.WRONG_PASSWORD;
            case "42P01", "42703" -> ServerException.Kind.NOT_PARCHECK;
            case "22001", "22003", "22007", "22008", "22P02", "23502", "23505", "23514" ->
                    ServerException.Kind.BAD_DATA;
            default -> ServerException.Kind.OTHER;
        };
    }
}
