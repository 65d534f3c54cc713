package org.parcheck.persistence;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reading rows for the content seals ({@link ContentSeal}): a scan of every table (or some) into per-visit and
 * per-table sums of row hashes, the checks a full read makes on the way (row counts, every index read whole), and
 * the hashes the seals store.
 */
final class SealScan {

    static final String VISIT = "VISIT";
    static final String VISIT_ID = "VISIT_ID";

    private SealScan() {
    }

    /** A count and an order-independent sum of row hashes. */
    static final class Sum {
        long rows;
        BigInteger total = BigInteger.ZERO;

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
    static final class Scan {
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
    enum Rows {
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
    static Scan scan(Connection c, ContentSeal.Schema schema, Set<String> only, Rows rows, Long visitId)
            throws SQLException {
        Scan scan = new Scan();
        Map<String, Map<String, List<String>>> indexes = rows == Rows.CHECK ? IndexCheck.indexes(c) : Map.of();
        Hasher hasher = new Hasher();
        for (String table : schema.otherTables()) {
            if (only == null || only.contains(table)) {
                scanTable(c, table, false, rows, visitId, scan, indexes.getOrDefault(table, Map.of()), hasher);
            }
        }
        for (String table : schema.visitTables()) {
            if (only == null || only.contains(table)) {
                scanTable(c, table, true, rows, visitId, scan, indexes.getOrDefault(table, Map.of()), hasher);
            }
        }
        return scan;
    }

    static void scanTable(Connection c, String table, boolean perVisit, Rows rows, Long visitId, Scan scan,
                          Map<String, List<String>> indexes, Hasher hasher) throws SQLException {
        String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
        String keyColumn = VISIT.equals(table) ? "ID" : VISIT_ID;
        Map<String, IndexCheck.EntrySum> indexSums = new HashMap<>();
        indexes.keySet().forEach(index -> indexSums.put(index, new IndexCheck.EntrySum()));
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
            Map<String, int[]> entryColumns = new HashMap<>();
            for (Map.Entry<String, List<String>> index : indexes.entrySet()) {
                int[] positions = new int[index.getValue().size()];
                for (int i = 0; i < positions.length; i++) {
                    positions[i] = rs.findColumn(index.getValue().get(i));
                }
                entryColumns.put(index.getKey(), positions);
            }
            while (rs.next()) {
                byte[] hash = hasher.row(rs, columns);
                scanned++;
                for (Map.Entry<String, int[]> index : entryColumns.entrySet()) {
                    IndexCheck.entry(rs, index.getValue(), indexSums.get(index.getKey()));
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
                IndexCheck.indexCheck(c, quoted, table, index.getKey(), index.getValue(),
                        indexSums.get(index.getKey()), scan);
            }
        }
    }

    /** The row count H2 keeps must agree with the rows read: damage in the table's pages shows here too. */
    static void countCheck(Connection c, String quoted, String table, long scanned, Scan scan) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + quoted)) {
            rs.next();
            if (rs.getLong(1) != scanned) {
                scan.unreadable.put(table, "COUNT(*) " + rs.getLong(1) + " but " + scanned + " rows read");
            }
        } catch (SQLException | RuntimeException e) {
            scan.unreadable.put(table, String.valueOf(e.getMessage()));
        }
    }

    /**
     * One SHA-256 reused for every row of a scan ({@code MessageDigest.getInstance} per row cost
     * more than the hashing). A row's hash is over its values as strings, in column order, each as UTF-8 followed
     * by the byte 1, a null as the byte 0: the sealed format, unchanged since V009.
     */
    static final class Hasher {
        private final MessageDigest digest = sha256();

        byte[] row(ResultSet rs, int columns) throws SQLException {
            for (int i = 1; i <= columns; i++) {
                value(rs.getString(i));
            }
            return digest.digest();
        }

        private void value(String value) {
            if (value == null) {
                digest.update((byte) 0);
            } else {
                digest.update(value.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 1);
            }
        }
    }

    static String visitHash(Map<String, Sum> tables, ContentSeal.Schema schema) {
        MessageDigest total = sha256();
        for (String table : schema.visitTables()) {
            Sum sum = tables == null ? null : tables.get(table);
            long rows = sum == null ? 0 : sum.rows;
            String value = sum == null ? "0" : sum.total.toString(16);
            total.update((table + ":" + rows + ":" + value + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return hex(total.digest());
    }

    static String tableHash(String table, Sum sum) {
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
    static String schemaHash(Connection c) throws SQLException {
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
    static void digestRows(Connection c, String sql, MessageDigest digest) throws SQLException {
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


    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
