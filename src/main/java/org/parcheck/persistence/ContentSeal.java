package org.parcheck.persistence;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content seals (V009): the SHA-256 of what every committed transaction left in the database, kept in the database
 * itself, so that damage inside H2's data pages (which H2 does not checksum) is found on the next open.
 *
 * <p>A visit's seal covers every row of every table that has a {@code VISIT_ID} column (answers, figures,
 * evidence, findings, recommendations, attendees, fingerprint parts, change log, exchange rows, and any such table a
 * later migration adds) whose visit_id is the visit's, plus the visit row itself. A table's seal covers every row of
 * the other tables (units, plans, teams, frameworks, settings, schema history), and for the visit tables the rows
 * with no visit. Row hashes are summed, so row order does not matter. Generic over the schema: every column of every
 * table is covered, including columns that later migrations add.
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
    private static final String VISIT = "VISIT";
    private static final String VISIT_ID = "VISIT_ID";
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

    /** A count and an order-independent sum of row hashes. */
    private static final class Sum {
        private long rows;
        private BigInteger total = BigInteger.ZERO;

        void add(byte[] rowHash) {
            rows++;
            total = total.add(new BigInteger(1, rowHash));
        }

        static Sum of(long rows, String hex) {
            Sum sum = new Sum();
            sum.rows = rows;
            sum.total = new BigInteger(hex, 16);
            return sum;
        }
    }

    /** The rows seen in one scan: per visit and table, per table (rows without a visit), and visit revisions. */
    private static final class Scan {
        final Map<Long, Map<String, Sum>> visits = new HashMap<>();
        final Map<String, Sum> tables = new TreeMap<>();
        final Map<Long, Long> revisions = new HashMap<>();
        final Map<String, String> unreadable = new TreeMap<>();

        Sum visit(long id, String table) {
            return visits.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(table, k -> new Sum());
        }

        Sum table(String table) {
            return tables.computeIfAbsent(table, k -> new Sum());
        }
    }

    /** Which rows a scan reads. */
    private enum Rows {
        /** Every row; a table that cannot be read is noted, not thrown (the check on opening). */
        CHECK,
        /** Every row; errors are thrown (sealing). */
        ALL,
        /** Only the rows of one visit (visit tables). */
        ONE_VISIT,
        /** Only the rows without a visit (the table-level part of visit tables). */
        NO_VISIT
    }

    /** Scans the rows of every table (or of {@code only}, if given) into per-visit and per-table sums. */
    private static Scan scan(Connection c, Schema schema, Set<String> only, Rows rows, Long visitId)
            throws SQLException {
        Scan scan = new Scan();
        Map<String, Map<String, List<String>>> indexes = rows == Rows.CHECK ? indexes(c) : Map.of();
        for (String table : schema.otherTables()) {
            if (only == null || only.contains(table)) {
                scanTable(c, table, false, rows, visitId, scan, indexes.getOrDefault(table, Map.of()));
            }
        }
        for (String table : schema.visitTables()) {
            if (only == null || only.contains(table)) {
                scanTable(c, table, true, rows, visitId, scan, indexes.getOrDefault(table, Map.of()));
            }
        }
        return scan;
    }

    private static void scanTable(Connection c, String table, boolean perVisit, Rows rows, Long visitId, Scan scan,
                                  Map<String, List<String>> indexes) throws SQLException {
        String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
        String keyColumn = VISIT.equals(table) ? "ID" : VISIT_ID;
        Map<String, Sum> indexSums = new HashMap<>();
        String sql = rows == Rows.CHECK ? "SELECT *, _ROWID_ FROM " + quoted : "SELECT * FROM " + quoted;
        if (perVisit && rows == Rows.ONE_VISIT) {
            sql += " WHERE \"" + keyColumn + "\" = " + visitId;
        } else if (perVisit && rows == Rows.NO_VISIT) {
            sql += " WHERE \"" + keyColumn + "\" IS NULL";
        }
        long scanned = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount() - (rows == Rows.CHECK ? 1 : 0);
            int key = perVisit ? rs.findColumn(keyColumn) : -1;
            int revision = VISIT.equals(table) ? rs.findColumn("REVISION") : -1;
            if (!perVisit) {
                scan.table(table);
            }
            while (rs.next()) {
                byte[] hash = rowHash(rs, columns);
                scanned++;
                for (Map.Entry<String, List<String>> index : indexes.entrySet()) {
                    indexSums.computeIfAbsent(index.getKey(), k -> new Sum()).add(entryHash(rs, index.getValue()));
                }
                if (!perVisit) {
                    scan.table(table).add(hash);
                    continue;
                }
                long id = rs.getLong(key);
                if (rs.wasNull()) {
                    scan.table(table).add(hash);
                } else {
                    scan.visit(id, table).add(hash);
                    if (revision > 0) {
                        scan.revisions.put(id, rs.getLong(revision));
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            if (rows != Rows.CHECK) {
                throw e;
            }
            scan.unreadable.put(table, String.valueOf(e.getMessage()));
            return;
        }
        if (rows == Rows.CHECK) {
            countCheck(c, quoted, table, scanned, scan);
            for (Map.Entry<String, List<String>> index : indexes.entrySet()) {
                indexCheck(c, quoted, table, index.getKey(), index.getValue(), indexSums.get(index.getKey()), scan);
            }
        }
    }

    /**
     * Per table, its indexes, each with its columns in order, then {@code _ROWID_} (the row an entry points at).
     */
    private static Map<String, Map<String, List<String>>> indexes(Connection c) throws SQLException {
        Map<String, Map<String, List<String>>> indexes = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM "
                     + "INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                     + "ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION")) {
            while (rs.next()) {
                indexes.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        indexes.values().forEach(byName -> byName.values().forEach(columns -> columns.add("_ROWID_")));
        return indexes;
    }

    private static byte[] entryHash(ResultSet rs, List<String> columns) throws SQLException {
        MessageDigest entry = sha256();
        for (String column : columns) {
            String value = rs.getString(column);
            entry.update((value == null ? "\u0000" : value + "\u0001").getBytes(StandardCharsets.UTF_8));
        }
        return entry.digest();
    }

    /**
     * Reads a whole index (in its order, so H2 reads the index itself) and compares its entries with the rows read
     * from the table: a damaged index would make lookups fail or find the wrong rows later.
     */
    private static void indexCheck(Connection c, String quoted, String table, String index, List<String> columns,
                                   Sum fromRows, Scan scan) {
        String list = String.join(", ", columns.stream()
                .map(col -> col.equals("_ROWID_") ? col : "\"" + col.replace("\"", "\"\"") + "\"").toList());
        String sql = "SELECT " + list + " FROM " + quoted + " USE INDEX (\"" + index.replace("\"", "\"\"")
                + "\") ORDER BY " + list;
        Sum fromIndex = new Sum();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                fromIndex.add(entryHash(rs, columns));
            }
        } catch (SQLException | RuntimeException e) {
            scan.unreadable.put(table, "index " + index + ": " + e.getMessage());
            return;
        }
        long expectedRows = fromRows == null ? 0 : fromRows.rows;
        BigInteger expected = fromRows == null ? BigInteger.ZERO : fromRows.total;
        if (fromIndex.rows != expectedRows || !fromIndex.total.equals(expected)) {
            scan.unreadable.put(table, "index " + index + " does not match the rows");
        }
    }

    /** The row count H2 keeps must agree with the rows read: damage in the table's pages shows here too. */
    private static void countCheck(Connection c, String quoted, String table, long scanned, Scan scan) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + quoted)) {
            rs.next();
            if (rs.getLong(1) != scanned) {
                scan.unreadable.put(table, "COUNT(*) " + rs.getLong(1) + " but " + scanned + " rows read");
            }
        } catch (SQLException | RuntimeException e) {
            scan.unreadable.put(table, String.valueOf(e.getMessage()));
        }
    }

    private static byte[] rowHash(ResultSet rs, int columns) throws SQLException {
        MessageDigest row = sha256();
        for (int i = 1; i <= columns; i++) {
            String value = rs.getString(i);
            row.update((value == null ? "\u0000" : value + "\u0001").getBytes(StandardCharsets.UTF_8));
        }
        return row.digest();
    }

    private static String visitHash(Map<String, Sum> tables, Schema schema) {
        MessageDigest total = sha256();
        for (String table : schema.visitTables()) {
            Sum sum = tables == null ? null : tables.get(table);
            long rows = sum == null ? 0 : sum.rows;
            String value = sum == null ? "0" : sum.total.toString(16);
            total.update((table + ":" + rows + ":" + value + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return hex(total.digest());
    }

    private static String tableHash(String table, Sum sum) {
        long rows = sum == null ? 0 : sum.rows;
        String value = sum == null ? "0" : sum.total.toString(16);
        return hex(sha256().digest((table + ":" + rows + ":" + value).getBytes(StandardCharsets.UTF_8)));
    }

    /** The seal row that covers the schema itself: tables, columns and their types, indexes. */
    static final String SCHEMA_SEAL = "#SCHEMA";

    /**
     * The SHA-256 of the schema as H2 reads it from its metadata: a damaged metadata page can drop or change a
     * column that a full read of the rows (SELECT *) would not miss. Changes only with migrations.
     */
    private static String schemaHash(Connection c) throws SQLException {
        MessageDigest digest = sha256();
        digestRows(c, "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, IS_NULLABLE, ORDINAL_POSITION "
                + "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                + "ORDER BY TABLE_NAME, ORDINAL_POSITION", digest);
        digestRows(c, "SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME, ORDINAL_POSITION "
                + "FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                + "ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION", digest);
        return hex(digest.digest());
    }

    /** Adds every row of {@code sql} to {@code digest}: its columns, each followed by a TAB, then a line end. */
    private static void digestRows(Connection c, String sql, MessageDigest digest) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    digest.update((rs.getString(i) + "\t").getBytes(StandardCharsets.UTF_8));
                }
                digest.update((byte) '\n');
            }
        }
    }

    /** Seals everything again from the data as it is now (after migrations, or on the first open with seals). */
    static void sealAll(Connection c, Schema schema) throws SQLException {
        Scan scan = scan(c, schema, null, Rows.ALL, null);
        if (!scan.unreadable.isEmpty()) {
            throw new SQLException("Cannot seal: unreadable tables " + scan.unreadable.keySet());
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + VISIT_SEAL);
            s.executeUpdate("DELETE FROM " + TABLE_SEAL);
        }
        for (Map.Entry<Long, Long> visit : scan.revisions.entrySet()) {
            insertVisit(c, visit.getKey(), visit.getValue(), visitHash(scan.visits.get(visit.getKey()), schema));
        }
        for (String table : allTables(schema)) {
            Sum sum = scan.tables.get(table);
            if (APPEND_ONLY.contains(table)) {
                putAppendOnly(c, table, sum == null ? new Sum() : sum, maxId(c, table));
            } else {
                putTable(c, table, sum == null ? 0 : sum.rows, tableHash(table, sum));
            }
        }
        putTable(c, SCHEMA_SEAL, 0, schemaHash(c));
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
                Sum sum = scan(c, schema, Set.of(table), Rows.ALL, null).tables.get(table);
                putTable(c, table, sum == null ? 0 : sum.rows, tableHash(table, sum));
            } else if (schema.visitTables().contains(table)) {
                visitTouched = true;
                if (schema.nullableVisitId().contains(table)) {
                    Sum sum = scan(c, schema, Set.of(table), Rows.NO_VISIT, null).tables.get(table);
                    putTable(c, table, sum == null ? 0 : sum.rows, tableHash(table, sum));
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
                Scan one = scan(c, schema, visitTables, Rows.ONE_VISIT, visit.getKey());
                putVisit(c, visit.getKey(), visit.getValue(), visitHash(one.visits.get(visit.getKey()), schema));
            }
            return;
        }
        // a write to a visit's rows that bumped no revision: every visit whose content changed is sealed again
        Scan all = scan(c, schema, new HashSet<>(schema.visitTables()), Rows.ALL, null);
        Map<Long, String> sealed = visitSeals(c);
        for (Map.Entry<Long, Long> visit : all.revisions.entrySet()) {
            String hash = visitHash(all.visits.get(visit.getKey()), schema);
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
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE " + VISIT_SEAL + " SET REVISION = ?, HASH = ? WHERE VISIT_ID = ?")) {
            p.setLong(1, revision);
            p.setString(2, hash);
            p.setLong(3, visitId);
            if (p.executeUpdate() > 0) {
                return;
            }
        }
        insertVisit(c, visitId, revision, hash);
    }

    private static void insertVisit(Connection c, long visitId, long revision, String hash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO " + VISIT_SEAL + " (VISIT_ID, REVISION, HASH) VALUES (?, ?, ?)")) {
            p.setLong(1, visitId);
            p.setLong(2, revision);
            p.setString(3, hash);
            p.executeUpdate();
        }
    }

    private static void putTable(Connection c, String table, long rows, String hash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE " + TABLE_SEAL + " SET ROW_COUNT = ?, HASH = ? WHERE TABLE_NAME = ?")) {
            p.setLong(1, rows);
            p.setString(2, hash);
            p.setString(3, table);
            if (p.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO " + TABLE_SEAL + " (TABLE_NAME, ROW_COUNT, HASH) VALUES (?, ?, ?)")) {
            p.setString(1, table);
            p.setLong(2, rows);
            p.setString(3, hash);
            p.executeUpdate();
        }
    }

    /** Seals the rows added to an append-only table since its last seal; the whole table if it has no running sum. */
    private static void sealAppended(Connection c, Schema schema, String table) throws SQLException {
        Long lastId = null;
        Sum sum = null;
        try (PreparedStatement p = c.prepareStatement(
                "SELECT ROW_COUNT, LAST_ID, ROW_SUM FROM " + TABLE_SEAL + " WHERE TABLE_NAME = ?")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next() && rs.getString(3) != null) {
                    long id = rs.getLong(2);
                    lastId = rs.wasNull() ? null : id;
                    sum = Sum.of(rs.getLong(1), rs.getString(3));
                }
            }
        }
        if (sum == null || lastId == null) {
            Sum all = scan(c, schema, Set.of(table), Rows.ALL, null).tables.get(table);
            putAppendOnly(c, table, all == null ? new Sum() : all, maxId(c, table));
            return;
        }
        long highest = lastId;
        String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM " + quoted + " WHERE \"ID\" > ?")) {
            p.setLong(1, lastId);
            try (ResultSet rs = p.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                int id = rs.findColumn("ID");
                while (rs.next()) {
                    sum.add(rowHash(rs, columns));
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

    private static void putAppendOnly(Connection c, String table, Sum sum, long lastId) throws SQLException {
        putTable(c, table, sum.rows, tableHash(table, sum));
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE " + TABLE_SEAL + " SET LAST_ID = ?, ROW_SUM = ? WHERE TABLE_NAME = ?")) {
            p.setLong(1, lastId);
            p.setString(2, sum.total.toString(16));
            p.setString(3, table);
            p.executeUpdate();
        }
    }

    /**
     * Reads every row of every table and compares with the seals: the visits and tables whose content is not what
     * was last committed, and the tables that cannot be read at all. Without seal tables (a database from before
     * V009), or with none written yet, only the full read is checked.
     */
    static DamageReport verify(Connection c) throws SQLException {
        Schema schema = schema(c);
        Scan scan = scan(c, schema, null, Rows.CHECK, null);
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
                    String hash = visitHash(scan.visits.get(id), schema);
                    if (!hash.equals(visitSeals.get(id)) || !scan.revisions.containsKey(id)
                            || !scan.revisions.get(id).equals(revisions.get(id))) {
                        damagedVisits.add(id);
                    }
                }
                String schemaSeal = tableSeals.get(SCHEMA_SEAL);
                try {
                    if (schemaSeal != null && !schemaSeal.equals(schemaHash(c))) {
                        damagedTables.add("SCHEMA");
                    }
                } catch (SQLException | RuntimeException e) {
                    damagedTables.add("SCHEMA");
                }
                for (String table : allTables(schema)) {
                    if (!scan.unreadable.containsKey(table)
                            && !tableHash(table, scan.tables.get(table)).equals(tableSeals.get(table))) {
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
        String column = VISIT.equals(table) ? "ID" : VISIT_ID;
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length * 2);
        for (byte x : bytes) {
            b.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return b.toString();
    }
}
