package org.parcheck.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the province's PostgreSQL server is and how to reach it (#17, Settings → Máy chủ của Sở). Never holds the
 * password: it is asked each time or kept in the operating system's credential store ({@code ServerCredentials}).
 *
 * @param host     the server's name or address
 * @param port     usually 5432
 * @param database the ParCheck database on it
 * @param user     the PostgreSQL login role of this person
 * @param tls      how the connection is protected; {@link Tls#VERIFY_FULL} by default
 * @param caFile   the certificate authority file that signed the server's certificate, or null for the system's
 */
public record ServerAddress(String host, int port, String database, String user, Tls tls, Path caFile) {

    /** PostgreSQL's port unless the province's IT staff chose another. */
    public static final int DEFAULT_PORT = 5432;

    /** How the connection to the server is protected. */
    public enum Tls {
        /** TLS, and the server's certificate must be signed by the CA and name the host (the default). */
        VERIFY_FULL,
        /** TLS, the certificate not checked (a test server); said plainly where it is chosen. */
        REQUIRE,
        /** No TLS: only for a server on the same machine or in tests; said plainly where it is chosen. */
        DISABLE
    }

    public ServerAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(tls, "tls");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** The JDBC URL, without user or password. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }
}
