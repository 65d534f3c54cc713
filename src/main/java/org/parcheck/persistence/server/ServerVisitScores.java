package org.parcheck.persistence.server;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcheck.persistence.Database;
import org.parcheck.report.KeptScores;
import org.parcheck.report.VisitScore;
import org.parcheck.scoring.ScoringEngine;

/**
 * Visit scores kept on the province server (#17, {@code db/postgresql/V9_4__server_visit_score.sql}, decision D28):
 * PostgreSQL only, so plain SQL through JDBC (the jOOQ classes are generated from the laptops' H2 schema; arrays
 * bind one parameter for 10,000 visits).
 *
 * <p>A kept row is given back only when its server revision, rules version, framework version and unit type are those
 * of the visit now; a visit never synced (no server revision) or scored against a draft framework version is never
 * kept. Only a login that may insert into the table keeps anything (the reform office; a leader reads only).
 */
public final class ServerVisitScores implements KeptScores {

    private static final Logger LOG = Logger.getLogger(ServerVisitScores.class.getName());

    private static final String LOOKUP = "SELECT v.id, r.revision, CAST(f.uuid AS VARCHAR), f.status, u.unit_type,"
            + " s.server_revision, s.rules_version, CAST(s.framework_version_uuid AS VARCHAR), s.unit_type, s.total,"
            + " s.scored_max, s.percent, s.pending_items, s.classification"
            + " FROM visit v JOIN framework_version f ON f.id = v.framework_version_id"
            + " JOIN admin_unit u ON u.id = v.unit_id"
            + " LEFT JOIN server_revision r ON r.owner_uuid = v.uuid"
            + " LEFT JOIN server_visit_score s ON s.visit_id = v.id"
            + " WHERE v.id = ANY (?)";

    private static final String KEEP = "INSERT INTO server_visit_score (visit_id, server_revision, rules_version,"
            + " framework_version_uuid, unit_type, total, scored_max, percent, pending_items, classification)"
            + " SELECT t.* FROM unnest(?::bigint[], ?::bigint[], ?::int[], ?::uuid[], ?::varchar[], ?::varchar[],"
            + " ?::varchar[], ?::varchar[], ?::int[], ?::varchar[]) AS t (visit_id, server_revision, rules_version,"
            + " framework_version_uuid, unit_type, total, scored_max, percent, pending_items, classification)"
            + " JOIN visit v ON v.id = t.visit_id"
            + " ON CONFLICT (visit_id) DO UPDATE SET server_revision = EXCLUDED.server_revision,"
            + " rules_version = EXCLUDED.rules_version, framework_version_uuid = EXCLUDED.framework_version_uuid,"
            + " unit_type = EXCLUDED.unit_type, total = EXCLUDED.total, scored_max = EXCLUDED.scored_max,"
            + " percent = EXCLUDED.percent, pending_items = EXCLUDED.pending_items,"
            + " classification = EXCLUDED.classification, computed_at = CURRENT_TIMESTAMP, computed_by = current_user";

    private final Database server;
    private final int rulesVersion;

    /** The kept scores of {@code server} for this ParCheck's scoring rules. */
    public ServerVisitScores(Database server) {
        this(server, ScoringEngine.RULES_VERSION);
    }

    /** With another rules version (tests: a bumped version finds nothing kept). */
    public ServerVisitScores(Database server, int rulesVersion) {
        this.server = server;
        this.rulesVersion = rulesVersion;
    }

    @Override
    public Lookup lookup(Collection<Long> visitIds) {
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(visitIds));
        Map<Long, VisitScore> kept = new HashMap<>();
        Map<Long, Key> keys = new HashMap<>();
        if (ids.isEmpty()) {
            return new Lookup(kept, keys);
        }
        server.dsl().connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(LOOKUP)) {
                ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        read(rs, kept, keys);
                    }
                }
            }
        });
        return new Lookup(kept, keys);
    }

    private void read(ResultSet rs, Map<Long, VisitScore> kept, Map<Long, Key> keys) throws SQLException {
        long visitId = rs.getLong(1);
        long revision = rs.getLong(2);
        if (rs.wasNull() || "DRAFT".equals(rs.getString(4))) {
            return; // never synced (nothing tells when it changes), or a draft framework version (may change)
        }
        Key now = new Key(revision, rulesVersion, rs.getString(3), rs.getString(5));
        long keptRevision = rs.getLong(6);
        boolean hasRow = !rs.wasNull();
        if (hasRow && now.equals(new Key(keptRevision, rs.getInt(7), rs.getString(8), rs.getString(9)))) {
            try {
                kept.put(visitId, new VisitScore(new BigDecimal(rs.getString(10)), new BigDecimal(rs.getString(11)),
                        rs.getString(12) == null ? null : new BigDecimal(rs.getString(12)), rs.getInt(13),
                        rs.getString(14)));
                return;
            } catch (NumberFormatException e) {
                LOG.warning("Kept score of visit " + visitId + " unreadable, scored again: " + e.getMessage());
            }
        }
        keys.put(visitId, now);
    }

    @Override
    public int keep(Lookup lookup, Map<Long, VisitScore> computed) {
        List<Long> ids = new ArrayList<>();
        for (Long id : computed.keySet()) {
            if (lookup.keys().containsKey(id)) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return 0;
        }
        try {
            return server.dsl().connectionResult(c -> mayKeep(c) ? keep(c, ids, lookup.keys(), computed) : 0);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Keeping " + ids.size() + " visit scores on the server failed; they are worked "
                    + "out again next time", e);
            return 0;
        }
    }

    private static boolean mayKeep(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT has_table_privilege(current_user, 'server_visit_score', 'INSERT')");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static int keep(Connection c, List<Long> ids, Map<Long, Key> keys, Map<Long, VisitScore> computed)
            throws SQLException {
        int n = ids.size();
        Object[] visit = new Object[n];
        Object[] revision = new Object[n];
        Object[] rules = new Object[n];
        Object[] framework = new Object[n];
        Object[] unitType = new Object[n];
        Object[] total = new Object[n];
        Object[] max = new Object[n];
        Object[] percent = new Object[n];
        Object[] pending = new Object[n];
        Object[] classification = new Object[n];
        for (int i = 0; i < n; i++) {
            long id = ids.get(i);
            Key key = keys.get(id);
            VisitScore score = computed.get(id);
            visit[i] = id;
            revision[i] = key.revision();
            rules[i] = key.rulesVersion();
            framework[i] = key.frameworkVersionUuid();
            unitType[i] = key.unitType();
            total[i] = score.total().toString();
            max[i] = score.scoredMax().toString();
            percent[i] = score.percent() == null ? null : score.percent().toString();
            pending[i] = score.pendingItems();
            classification[i] = score.classification();
        }
        try (PreparedStatement ps = c.prepareStatement(KEEP)) {
            Array[] arrays = {c.createArrayOf("bigint", visit), c.createArrayOf("bigint", revision),
                c.createArrayOf("integer", rules), c.createArrayOf("varchar", framework),
                c.createArrayOf("varchar", unitType), c.createArrayOf("varchar", total),
                c.createArrayOf("varchar", max), c.createArrayOf("varchar", percent),
                c.createArrayOf("integer", pending), c.createArrayOf("varchar", classification)};
            for (int i = 0; i < arrays.length; i++) {
                ps.setArray(i + 1, arrays[i]);
            }
            return ps.executeUpdate();
        }
    }
}
