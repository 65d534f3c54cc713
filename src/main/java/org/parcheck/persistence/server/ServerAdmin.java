package org.parcheck.persistence.server;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.parcheck.persistence.DatabaseException;
import org.parcheck.persistence.ServerSchema;
import org.parcheck.persistence.ServerSchemaVersion;

/**
 * What the province's IT staff do to a ParCheck server (#17, {@code parcheck server …}; docs/server/setup.md):
 * migrate its schema as the owner role, make a person's login role and account, put an inspector on a plan. Plain
 * JDBC on the server's own tables and roles; each command is one transaction.
 */
public final class ServerAdmin {

    /** The NOLOGIN role that owns the schema (installer/server/create-database.sql). */
    public static final String OWNER_ROLE = "parcheck_owner";
    /** A login role name: what PostgreSQL takes unquoted, so that no one ever has to quote it. */
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Logger LOG = Logger.getLogger(ServerAdmin.class.getName());

    /** The kind of a person's account, and the group role that gives its rights. */
    public enum AccountKind {
        OFFICE, INSPECTOR, LEADER;

        /** {@code parcheck_office}, {@code parcheck_inspector}, {@code parcheck_leader}. */
        public String groupRole() {
            return "parcheck_" + name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What an upgrade did.
     *
     * @param from     the version before (null: the database was empty)
     * @param to       the version after
     * @param executed how many migrations ran (0: it was up to date, nothing changed)
     * @param ranAs    the role the migrations ran as (the owner role when the login may become it)
     */
    public record Upgrade(String from, String to, int executed, String ranAs) {
    }

    private final DataSource source;

    public ServerAdmin(DataSource source) {
        this.source = source;
    }

    /**
     * Migrates the server's schema to this ParCheck's ({@link ServerSchema#migrate}), as {@link #OWNER_ROLE} when the
     * login is a member of it, so that everything made belongs to the owner. Refused before anything is written: a
     * database with tables but no ParCheck schema history ({@code NOT_PARCHECK}), a schema newer than this ParCheck.
     */
    public Upgrade upgrade() {
        String ranAs;
        try (Connection c = source.getConnection()) {
            refuseForeign(c);
            // as the owner when the login may become it, unless the schema was made by another role (set up
            // before the owner existed): then the role that owns the tables must migrate them
            ranAs = one(c, "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + OWNER_ROLE
                    + "') AND pg_has_role(current_user, '" + OWNER_ROLE + "', 'MEMBER') AND COALESCE((SELECT "
                    + "tableowner FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = "
                    + "'flyway_schema_history'), '" + OWNER_ROLE + "') = '" + OWNER_ROLE + "' THEN '" + OWNER_ROLE
                    + "' ELSE current_user END");
        } catch (SQLException e) {
            throw ServerLogin.classify(e, "");
        }
        DataSource as = ranAs.equals(OWNER_ROLE) ? new AsRole(source, OWNER_ROLE) : source;
        ServerSchemaVersion before = ServerSchemaVersion.of(as);
        if (before.newer()) {
            throw new ServerSetupException(ServerSetupException.Kind.NEWER_SCHEMA, before.current(),
                    "The server's schema " + before.current() + " is newer than this ParCheck's " + before.latest(),
                    null);
        }
        int executed;
        try {
            executed = ServerSchema.migrate(as);
        } catch (DatabaseException e) {
            ServerSetupException.Kind kind = e.kind() == DatabaseException.Kind.NEWER_VERSION
                    ? ServerSetupException.Kind.NEWER_SCHEMA : ServerSetupException.Kind.OTHER;
            throw new ServerSetupException(kind, "", e.getMessage(), e);
        }
        ServerSchemaVersion after = ServerSchemaVersion.of(as);
        LOG.info(() -> "Server schema " + before.current() + " -> " + after.current() + " as " + ranAs);
        return new Upgrade(before.current(), after.current(), executed, ranAs);
    }

    /**
     * Makes a person's login role with {@code password}, a member of the kind's group, and their
     * {@code server_account} row, in one transaction. The login needs CREATEROLE (and, on PostgreSQL 16 and later,
     * the ADMIN option on the group roles, as create-database.sql gives parcheck_admin). Returns the person's uuid.
     */
    public UUID addAccount(String role, AccountKind kind, String fullName, String jobTitle, String agency,
                           char[] password) {
        if (!ROLE_NAME.matcher(role).matches()) {
            throw new ServerSetupException(ServerSetupException.Kind.BAD_NAME, role, "Not a plain role name", null);
        }
        UUID person = UUID.randomUUID();
        inTransaction(c -> {
            requireSchema(c);
            if (exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
                throw new ServerSetupException(ServerSetupException.Kind.ROLE_EXISTS, role, "Role exists", null);
            }
            // format() quotes the name and the password as PostgreSQL itself does
            String create;
            try (PreparedStatement s = c.prepareStatement("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', ?, ?)")) {
                s.setString(1, role);
                s.setString(2, new String(password));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    create = rs.getString(1);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute(create);
                s.execute("GRANT " + kind.groupRole() + " TO " + role);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO server_account (role_name, kind, person_uuid,"
                    + " full_name, job_title, agency) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setString(1, role);
                s.setString(2, kind.name());
                s.setObject(3, person);
                s.setString(4, fullName);
                s.setString(5, blankToNull(jobTitle));
                s.setString(6, blankToNull(agency));
                s.executeUpdate();
            }
        });
        LOG.info(() -> "Server account " + role + " (" + kind + ") made");
        return person;
    }

    /**
     * Puts the inspector account {@code role} on the plan whose uuid or number ("số/ký hiệu") is {@code plan};
     * returns the plan's uuid. Already a member: nothing changes.
     */
    public UUID addMember(String plan, String role) {
        UUID[] found = new UUID[1];
        inTransaction(c -> {
            requireSchema(c);
            List<UUID> plans = plansNamed(c, plan);
            if (plans.size() != 1) {
                throw new ServerSetupException(ServerSetupException.Kind.NO_SUCH_PLAN, plan,
                        plans.size() + " plans match", null);
            }
            if (!exists(c, "SELECT 1 FROM server_account WHERE role_name = ? AND kind = 'INSPECTOR'", role)) {
                throw new ServerSetupException(ServerSetupException.Kind.NO_SUCH_ACCOUNT, role, "No inspector", null);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO server_plan_member (plan_uuid, role_name) "
                    + "VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                s.setObject(1, plans.get(0));
                s.setString(2, role);
                s.executeUpdate();
            }
            found[0] = plans.get(0);
        });
        return found[0];
    }

    private static List<UUID> plansNamed(Connection c, String plan) throws SQLException {
        UUID uuid = null;
        try {
            uuid = UUID.fromString(plan.strip());
        } catch (IllegalArgumentException notAUuid) {
            // a plan number
        }
        List<UUID> plans = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(uuid != null
                ? "SELECT uuid FROM inspection_plan WHERE uuid = ?" : "SELECT uuid FROM inspection_plan WHERE "
                + "number_symbol = ?")) {
            if (uuid != null) {
                s.setObject(1, uuid);
            } else {
                s.setString(1, plan.strip());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    plans.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return plans;
    }

    /** A database with tables but without ParCheck's schema history is someone else's: never touched. */
    static void refuseForeign(Connection c) throws SQLException {
        boolean history = exists(c, "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                + "AND tablename = ?", "flyway_schema_history");
        boolean tables = exists(c, "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                + "AND tablename <> ?", "flyway_schema_history");
        boolean ours = history && exists(c, "SELECT 1 FROM flyway_schema_history WHERE version = ? AND success",
                "0.1");
        if ((history || tables) && !ours) {
            throw new ServerSetupException(ServerSetupException.Kind.NOT_PARCHECK, "", "Not a ParCheck server", null);
        }
    }

    private static void requireSchema(Connection c) throws SQLException {
        refuseForeign(c);
        if (!exists(c, "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                + "AND tablename = ?", "server_account")) {
            throw new ServerSetupException(ServerSetupException.Kind.NO_SCHEMA, "", "No ParCheck schema", null);
        }
    }

    private void inTransaction(SqlWork work) {
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw ServerLogin.classify(e, "");
        }
    }

    static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    /** Every connection of {@code source} acts as {@code role} ({@code SET ROLE}): what Flyway migrates with. */
    private record AsRole(DataSource source, String role) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return as(source.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return as(source.getConnection(user, password));
        }

        private Connection as(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("SET ROLE " + role);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return source.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            source.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            source.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return source.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return source.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return source.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return source.isWrapperFor(type);
        }
    }
}
