package org.parcheck.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content seals (V009): the SHA-256 of what every committed transaction left in the database, kept in the database
 * itself, so that damage inside H2's data pages (which H2 does not checksum) is found on the next open.
 *
 * <p>A visit's seal covers every row of every table that has a {@code VISIT_ID} column (answers, figures, evidence,
 * findings, recommendations, attendees, fingerprint parts, exchange rows, and any such table a later migration adds;
 * not the append-only change log, sealed as one table row by row, see {@link #APPEND_ONLY}) whose visit_id is the
 * visit's, plus the visit row itself. A table's seal covers every row of the other tables (units, plans, teams,
 * frameworks, settings, schema history), and for the visit tables the rows with no visit. Row hashes are summed, so
 * row order does not matter. Generic over the schema: every column of every table is covered, including columns that
 * later migrations add.
 *
 * <p>Kept up to date at commit, not by each save method: {@link Database} notes which tables a transaction wrote
 * (from the SQL jOOQ ran) and calls {@link #afterWrite} before the commit; the visits to seal again are those
 * whose {@code revision} moved since their seal (every save at a visit bumps it), or, if a write to a visit table
 * bumped none, every visit whose content changed.
 *
 * <p>Raw JDBC on the given connection: its own writes go around jOOQ and so are never noted as writes.
 */
final class ContentSeal {

    static final String VISIT_SEAL = "VISIT_SEAL";
    static final String TABLE_SEAL = "TABLE_SEAL";
    private static final String VISIT = SealScan.VISIT;
    /**
     * Tables ParCheck only ever appends to (the change log: "nothing edits or deletes a line"). They are sealed as
     * whole tables, not per visit, and a write seals only the rows added since the last seal (rows with a higher
     * {@code ID}): a visit's growing change log no longer makes every save slower. Writes are serialised
     * ({@link Database#transaction}), so ids are sealed in the order they were given.
     */
    static final Set<String> APPEND_ONLY = Set.of("CHANGE_LOG");
    /** The first "insert into T", "update T", "delete from T" or "merge into T" (also inside H2's "final table"). */
    private static final Pattern WRITE = Pattern.compile(
            "\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+(?:\"?\\w+\"?\\.)?\"?(\\w+)\"?",
            Pattern.CASE_INSENSITIVE);

    private ContentSeal() {
    }

    /** The table a data-changing SQL statement writes, upper case; null for anything else. */
    static String writtenTable(String sql) {
        if (sql == null) {
            return null;
        }
        Matcher m = WRITE.matcher(sql);
        return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : null;
    }

    /** The tables of the schema: those sealed per visit (sorted, VISIT included) and the others (sorted). */
    record Schema(List<String> visitTables, List<String> otherTables, Set<String> nullableVisitId) {
    }

    /** Reads the schema's tables; the seal tables themselves are left out. */
    static Schema schema(Connection c) throws SQLException {
        Set<String> tables = new TreeSet<>();
        Set<String> withVisit = new HashSet<>();
        Set<String> nullable = new HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME, IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND COLUMN_NAME = 'VISIT_ID'")) {
            while (rs.next()) {
                withVisit.add(rs.getString(1));
                if (!"NO".equals(rs.getString(2))) {
                    nullable.add(rs.getString(1));
                }
            }
        }
        tables.remove(VISIT_SEAL);
        tables.remove(TABLE_SEAL);
        List<String> visitTables = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String t : tables) {
            if ((t.equals(VISIT) || withVisit.contains(t)) && !APPEND_ONLY.contains(t)) {
                visitTables.add(t);
            } else {
                others.add(t);
            }
        }
        return new Schema(List.copyOf(visitTables), List.copyOf(others), Set.copyOf(nullable));
    }

    /** Whether the database has the seal tables (schema version 9 or later). */
    static boolean hasSealTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME IN ('VISIT_SEAL', 'TABLE_SEAL')")) {
            rs.next();
            return rs.getInt(1) == 2;
        }
    }

    /** Seals everything again from the data as it is now (after migrations, or on the first open with seals). */
    static void sealAll(Connection c, Schema schema) throws SQLException {
        SealScan.Scan scan = SealScan.scan(c, schema, null, SealScan.Rows.ALL, null);
        if (!scan.unreadable.isEmpty()) {
            throw new SQLException("Cannot seal: unreadable tables " + scan.unreadable.keySet());
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + VISIT_SEAL);
            s.executeUpdate("DELETE FROM " + TABLE_SEAL);
        }
        for (Map.Entry<Long, Long> visit : scan.revisions.entrySet()) {
            insertVisit(c, visit.getKey(), visit.getValue(),
                    SealScan.visitHash(scan.visits.get(visit.getKey()), schema));
        }
        for (String table : allTables(schema)) {
            SealScan.Sum sum = scan.tables.get(table);
            if (APPEND_ONLY.contains(table)) {
                putAppendOnly(c, table, sum == null ? new SealScan.Sum() : sum, maxId(c, table));
            } else {
                putTable(c, table, sum == null ? 0 : sum.rows, SealScan.tableHash(table, sum));
            }
        }
        putTable(c, SealScan.SCHEMA_SEAL, 0, SealScan.schemaHash(c));
    }

    private static List<String> allTables(Schema schema) {
        List<String> all = new ArrayList<>(schema.otherTables());
        all.addAll(schema.visitTables());
        all.remove(VISIT);
        return all;
    }

    /** Before a commit: seals again what the transaction wrote ({@code written}: table names, upper case). */
    static void afterWrite(Connection c, Schema schema, Set<String> written) throws SQLException {
        boolean visitTouched = false;
        for (String table : written) {
            if (APPEND_ONLY.contains(table) && schema.otherTables().contains(table)) {
                sealAppended(c, schema, table);
            } else if (schema.otherTables().contains(table)) {
                SealScan.Sum sum = SealScan.scan(c, schema, Set.of(table), SealScan.Rows.ALL, null).tables.get(table);
                putTable(c, table, sum == null ? 0 : sum.rows, SealScan.tableHash(table, sum));
            } else if (schema.visitTables().contains(table)) {
                visitTouched = true;
                if (schema.nullableVisitId().contains(table)) {
                    SealScan.Sum sum = SealScan.scan(c, schema, Set.of(table), SealScan.Rows.NO_VISIT, null)
                            .tables.get(table);
                    putTable(c, table, sum == null ? 0 : sum.rows, SealScan.tableHash(table, sum));
                }
            }
        }
        if (!visitTouched) {
            return;
        }
        Map<Long, Long> moved = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v.ID, v.REVISION FROM VISIT v LEFT JOIN " + VISIT_SEAL
                     + " s ON s.VISIT_ID = v.ID WHERE s.VISIT_ID IS NULL OR s.REVISION <> v.REVISION")) {
            while (rs.next()) {
                moved.put(rs.getLong(1), rs.getLong(2));
            }
        }
        if (!moved.isEmpty()) {
            Set<String> visitTables = new HashSet<>(schema.visitTables());
            for (Map.Entry<Long, Long> visit : moved.entrySet()) {
                SealScan.Scan one = SealScan.scan(c, schema, visitTables, SealScan.Rows.ONE_VISIT, visit.getKey());
                putVisit(c, visit.getKey(), visit.getValue(),
                        SealScan.visitHash(one.visits.get(visit.getKey()), schema));
            }
            return;
        }
        // a write to a visit's rows that bumped no revision: every visit whose content changed is sealed again
        SealScan.Scan all = SealScan.scan(c, schema, new HashSet<>(schema.visitTables()), SealScan.Rows.ALL, null);
        Map<Long, String> sealed = visitSeals(c);
        for (Map.Entry<Long, Long> visit : all.revisions.entrySet()) {
            String hash = SealScan.visitHash(all.visits.get(visit.getKey()), schema);
            if (!hash.equals(sealed.get(visit.getKey()))) {
                putVisit(c, visit.getKey(), visit.getValue(), hash);
            }
        }
    }

    private static Map<Long, String> visitSeals(Connection c) throws SQLException {
        Map<Long, String> seals = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT VISIT_ID, HASH FROM " + VISIT_SEAL)) {
            while (rs.next()) {
                seals.put(rs.getLong(1), rs.getString(2));
            }
        }
        return seals;
    }

    private static void putVisit(Connection c, long visitId, long revision, String hash) throws SQLException {
        if (update(c, "UPDATE " + VISIT_SEAL + " SET REVISION = ?, HASH = ? WHERE VISIT_ID = ?", revision, hash,
                visitId) == 0) {
            insertVisit(c, visitId, revision, hash);
        }
    }

    private static void insertVisit(Connection c, long visitId, long revision, String hash) throws SQLException {
        update(c, "INSERT INTO " + VISIT_SEAL + " (VISIT_ID, REVISION, HASH) VALUES (?, ?, ?)", visitId, revision,
                hash);
    }

    private static void putTable(Connection c, String table, long rows, String hash) throws SQLException {
        if (update(c, "UPDATE " + TABLE_SEAL + " SET ROW_COUNT = ?, HASH = ? WHERE TABLE_NAME = ?", rows, hash,
                table) == 0) {
            update(c, "INSERT INTO " + TABLE_SEAL + " (TABLE_NAME, ROW_COUNT, HASH) VALUES (?, ?, ?)", table, rows,
                    hash);
        }
    }

    /** Runs one data-changing statement with its parameters; the number of rows it changed. */
    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            return p.executeUpdate();
        }
    }

    /** Seals the rows added to an append-only table since its last seal; the whole table if it has no running sum. */
    private static void sealAppended(Connection c, Schema schema, String table) throws SQLException {
        Long lastId = null;
        SealScan.Sum sum = null;
        try (PreparedStatement p = c.prepareStatement(
                "SELECT ROW_COUNT, LAST_ID, ROW_SUM FROM " + TABLE_SEAL + " WHERE TABLE_NAME = ?")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next() && rs.getString(3) != null) {
                    long id = rs.getLong(2);
                    lastId = rs.wasNull() ? null : id;
                    sum = SealScan.Sum.of(rs.getLong(1), rs.getString(3));
                }
            }
        }
        if (sum == null || lastId == null) {
            SealScan.Sum all = SealScan.scan(c, schema, Set.of(table), SealScan.Rows.ALL, null).tables.get(table);
            putAppendOnly(c, table, all == null ? new SealScan.Sum() : all, maxId(c, table));
            return;
        }
        long highest = lastId;
        String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM " + quoted + " WHERE \"ID\" > ?")) {
            p.setLong(1, lastId);
            try (ResultSet rs = p.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                int id = rs.findColumn("ID");
                SealScan.Hasher hasher = new SealScan.Hasher();
                while (rs.next()) {
                    sum.add(hasher.row(rs, columns));
                    highest = Math.max(highest, rs.getLong(id));
                }
            }
        }
        putAppendOnly(c, table, sum, highest);
    }

    private static long maxId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(\"ID\"), 0) FROM \"" + table + "\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void putAppendOnly(Connection c, String table, SealScan.Sum sum, long lastId) throws SQLException {
        putTable(c, table, sum.rows, SealScan.tableHash(table, sum));
        update(c, "UPDATE " + TABLE_SEAL + " SET LAST_ID = ?, ROW_SUM = ? WHERE TABLE_NAME = ?", lastId,
                sum.total.toString(16), table);
    }

    /**
     * Reads every row of every table and compares with the seals: the visits and tables whose content is not what
     * was last committed, and the tables that cannot be read at all. Without seal tables (a database from before
     * V009), or with none written yet, only the full read is checked.
     */
    static DamageReport verify(Connection c) throws SQLException {
        Schema schema = schema(c);
        SealScan.Scan scan = SealScan.scan(c, schema, null, SealScan.Rows.CHECK, null);
        Set<Long> damagedVisits = new TreeSet<>();
        Set<String> damagedTables = new TreeSet<>(scan.unreadable.keySet());
        boolean sealTables = hasSealTables(c);
        boolean sealed = false;
        if (sealTables) {
            Map<Long, Long> revisions = new HashMap<>();
            Map<Long, String> visitSeals = new HashMap<>();
            Map<String, String> tableSeals = new HashMap<>();
            try {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT VISIT_ID, REVISION, HASH FROM " + VISIT_SEAL)) {
                    while (rs.next()) {
                        revisions.put(rs.getLong(1), rs.getLong(2));
                        visitSeals.put(rs.getLong(1), rs.getString(3));
                    }
                }
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT TABLE_NAME, HASH FROM " + TABLE_SEAL)) {
                    while (rs.next()) {
                        tableSeals.put(rs.getString(1), rs.getString(2));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                damagedTables.add(VISIT_SEAL);
            }
            sealed = !tableSeals.isEmpty();
            if (sealed) {
                Set<Long> ids = new TreeSet<>(scan.visits.keySet());
                ids.addAll(scan.revisions.keySet());
                ids.addAll(visitSeals.keySet());
                for (long id : ids) {
                    String hash = SealScan.visitHash(scan.visits.get(id), schema);
                    if (!hash.equals(visitSeals.get(id)) || !scan.revisions.containsKey(id)
                            || !scan.revisions.get(id).equals(revisions.get(id))) {
                        damagedVisits.add(id);
                    }
                }
                String schemaSeal = tableSeals.get(SealScan.SCHEMA_SEAL);
                try {
                    if (schemaSeal != null && !schemaSeal.equals(SealScan.schemaHash(c))) {
                        damagedTables.add("SCHEMA");
                    }
                } catch (SQLException | RuntimeException e) {
                    damagedTables.add("SCHEMA");
                }
                for (String table : allTables(schema)) {
                    if (!scan.unreadable.containsKey(table)
                            && !SealScan.tableHash(table, scan.tables.get(table)).equals(tableSeals.get(table))) {
                        damagedTables.add(table);
                    }
                }
            }
        }
        for (String table : scan.unreadable.keySet()) {
            if (schema.visitTables().contains(table)) {
                damagedVisits.addAll(visitIdsOf(c, table));
            }
        }
        List<DamageReport.DamagedVisit> visits = new ArrayList<>();
        for (long id : damagedVisits) {
            visits.add(describe(c, id));
        }
        return new DamageReport(sealed, List.copyOf(visits), List.copyOf(damagedTables), Map.copyOf(scan.unreadable));
    }

    /** The visits that have rows in a table that cannot be read whole, as far as its index still tells. */
    private static Set<Long> visitIdsOf(Connection c, String table) {
        Set<Long> ids = new TreeSet<>();
        String column = VISIT.equals(table) ? "ID" : SealScan.VISIT_ID;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT \"" + column + "\" FROM \"" + table + "\"")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (!rs.wasNull()) {
                    ids.add(id);
                }
            }
        } catch (SQLException | RuntimeException e) {
            // nothing more can be told; the table is reported as damaged
        }
        return ids;
    }

    /** The unit and date of a visit, as far as they can still be read. */
    private static DamageReport.DamagedVisit describe(Connection c, long id) {
        try (PreparedStatement p = c.prepareStatement("SELECT u.NAME, v.VISIT_DATE FROM VISIT v "
                + "LEFT JOIN ADMIN_UNIT u ON u.ID = v.UNIT_ID WHERE v.ID = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    Date date = rs.getDate(2);
                    return new DamageReport.DamagedVisit(id, rs.getString(1), date == null ? null : date.toLocalDate());
                }
            }
        } catch (SQLException | RuntimeException e) {
            // the visit row itself is unreadable
        }
        return new DamageReport.DamagedVisit(id, null, (LocalDate) null);
    }

}
