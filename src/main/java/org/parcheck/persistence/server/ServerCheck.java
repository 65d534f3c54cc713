package org.parcheck.persistence.server;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.parcheck.persistence.ServerSchemaVersion;

/**
 * What {@code parcheck server check} reports (#17): the server, the schema version, the roles, row-level security on
 * every table whose rows belong to a plan, the grants, and the accounts. Reads only.
 *
 * @param user               the login the check ran as
 * @param serverVersion      PostgreSQL's version ("17.6")
 * @param schema             the schema versions (the server's, this ParCheck's)
 * @param roles              the owner and group roles, and whether each exists
 * @param withoutRowSecurity tables that must have row-level security and have not (or have no policy)
 * @param withoutGrants      tables the group roles cannot read (a table a later migration added without grants)
 * @param accounts           accounts by kind
 * @param brokenAccounts     accounts whose login role is missing or not in its kind's group
 */
public record ServerCheck(String user, String serverVersion, ServerSchemaVersion schema, Map<String, Boolean> roles,
                          List<String> withoutRowSecurity, List<String> withoutGrants, Map<String, Integer> accounts,
                          List<String> brokenAccounts) {

    /**
     * The tables whose rows belong to a plan or a visit, or to a person (V9_3__row_security.sql, and V9_4's kept
     * scores): each must have row-level security enabled and a policy. Tables not listed (frameworks, units,
     * settings) are the same for everyone and guarded by grants alone.
     */
    public static final List<String> ROW_SECURITY_TABLES = List.of("inspection_plan", "plan_framework",
            "team_member", "visit", "visit_attendee", "figure_value", "answer", "evidence", "finding", "recommendation",
            "visit_fingerprint_part", "visit_team_present", "visit_handwritten", "visit_seal", "change_log",
            "exchange_history", "server_revision", "server_file", "server_account", "server_plan_member",
            "server_visit_score");

    /** The oid of the schema ParCheck's tables are in. */
    private static final String SCHEMA = "(SELECT n.oid FROM pg_namespace n WHERE n.nspname = current_schema())";

    /** Whether nothing needs the IT staff's attention. */
    public boolean ok() {
        return !schema.newer() && schema.pending() == 0 && schema.current() != null && !roles.containsValue(false)
                && withoutRowSecurity.isEmpty() && withoutGrants.isEmpty() && brokenAccounts.isEmpty();
    }

    /** Runs the check; a database that is not ParCheck's is refused ({@code NOT_PARCHECK}). */
    public static ServerCheck run(DataSource source) {
        try (Connection c = source.getConnection()) {
            ServerAdmin.refuseForeign(c);
            String user = ServerAdmin.one(c, "SELECT current_user");
            String version = ServerAdmin.one(c, "SHOW server_version");
            Map<String, Boolean> roles = new LinkedHashMap<>();
            roles.put(ServerAdmin.OWNER_ROLE, false);
            for (ServerAdmin.AccountKind kind : ServerAdmin.AccountKind.values()) {
                roles.put(kind.groupRole(), false);
            }
            for (String role : roles.keySet()) {
                roles.put(role, ServerAdmin.exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role));
            }
            ServerSchemaVersion schema = ServerSchemaVersion.of(source);
            boolean hasTables = ServerAdmin.exists(c, "SELECT 1 FROM pg_catalog.pg_tables "
                    + "WHERE schemaname = current_schema() AND tablename = ?", "server_account");
            List<String> noRls = new ArrayList<>();
            List<String> noGrants = new ArrayList<>();
            Map<String, Integer> accounts = new TreeMap<>();
            List<String> broken = new ArrayList<>();
            if (hasTables) {
                noRls.addAll(withoutRowSecurity(c));
                boolean groups = roles.entrySet().stream()
                        .allMatch(r -> r.getKey().equals(ServerAdmin.OWNER_ROLE) || r.getValue());
                if (groups) {
                    readAccounts(c, accounts, broken);
                    noGrants.addAll(strings(c, "SELECT c.relname FROM pg_class c WHERE c.relkind = 'r' "
                            + "AND c.relnamespace = " + SCHEMA + " "
                            + "AND NOT has_table_privilege('parcheck_leader', c.oid, 'SELECT') ORDER BY 1"));
                }
            }
            return new ServerCheck(user, version, schema, roles, noRls, noGrants, accounts, broken);
        } catch (SQLException e) {
            throw ServerLogin.classify(e, "");
        }
    }

    private static List<String> withoutRowSecurity(Connection c) throws SQLException {
        Map<String, Boolean> enabled = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT c.relname, c.relrowsecurity "
                + "AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid) FROM pg_class c "
                + "WHERE c.relkind = 'r' AND c.relnamespace = " + SCHEMA + "")) {
            while (rs.next()) {
                enabled.put(rs.getString(1), rs.getBoolean(2));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String table : ROW_SECURITY_TABLES) {
            if (!enabled.getOrDefault(table, false)) {
                missing.add(table);
            }
        }
        return missing;
    }

    private static void readAccounts(Connection c, Map<String, Integer> accounts, List<String> broken)
            throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT a.role_name, a.kind, "
                + "r.rolname IS NOT NULL AND r.rolcanlogin, "
                + "r.rolname IS NOT NULL AND pg_has_role(r.oid, 'parcheck_' || lower(a.kind), 'MEMBER') "
                + "FROM server_account a LEFT JOIN pg_roles r ON r.rolname = a.role_name ORDER BY a.role_name")) {
            while (rs.next()) {
                accounts.merge(rs.getString(2), 1, Integer::sum);
                if (!rs.getBoolean(3) || !rs.getBoolean(4)) {
                    broken.add(rs.getString(1));
                }
            }
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }
}
