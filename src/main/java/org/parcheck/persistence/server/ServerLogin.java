package org.parcheck.persistence.server;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A connection to the province server for the set-up commands (#17): JDBC URL, login role, password. */
public final class ServerLogin {

    /** Seconds to wait for the server before saying it is unreachable. */
    static final int CONNECT_TIMEOUT_SECONDS = 15;

    private ServerLogin() {
    }

    /**
     * A data source for {@code jdbcUrl} ({@code jdbc:postgresql://host:5432/parcheck?sslmode=verify-full…}) as
     * {@code user}; connects once to check, and says why not ({@link ServerSetupException}).
     */
    public static DataSource open(String jdbcUrl, String user, char[] password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        try {
            source.setURL(jdbcUrl);
        } catch (IllegalArgumentException e) {
            throw new ServerSetupException(ServerSetupException.Kind.UNREACHABLE, jdbcUrl, e.getMessage(), e);
        }
        source.setUser(user);
        source.setPassword(new String(password));
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setApplicationName("ParCheck server set-up");
        try (Connection c = source.getConnection()) {
            c.isValid(CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            throw classify(e, jdbcUrl);
        }
        return source;
    }

    /** The kind of failure an SQL state stands for. */
    static ServerSetupException classify(SQLException e, String subject) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = String.valueOf(e.getMessage());
        ServerSetupException.Kind kind;
        if (tlsFailure(e) || state.equals("28000") && message.contains("no encryption")) {
            kind = ServerSetupException.Kind.TLS;
        } else if (state.equals("28P01") || state.equals("28000")) {
            kind = ServerSetupException.Kind.WRONG_PASSWORD;
        } else if (state.startsWith("08") || state.equals("3D000")) {
            kind = ServerSetupException.Kind.UNREACHABLE;
        } else if (state.equals("42501")) {
            kind = ServerSetupException.Kind.NO_RIGHTS;
        } else {
            kind = ServerSetupException.Kind.OTHER;
        }
        return new ServerSetupException(kind, subject, e.getMessage(), e);
    }

    /**
     * TLS could not be agreed: the server's certificate is not the CA's or not for the host (the driver's SSL error),
     * the server has no TLS, or pg_hba.conf refuses a connection without it ("no encryption").
     */
    private static boolean tlsFailure(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException || t instanceof java.security.cert.CertificateException) {
                return true;
            }
        }
        String message = String.valueOf(e.getMessage());
        return message.startsWith("SSL error") || message.contains("does not support SSL")
                || message.contains("could not be verified by hostnameverifier");
    }
}
