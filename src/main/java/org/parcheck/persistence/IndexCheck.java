package org.parcheck.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The index part of the check on opening ({@link SealScan}, {@link ContentSeal#verify}): every index of every table
 * is read whole and its entries compared with the same columns read from the table's rows, so that a damaged index
 * (which would make lookups fail or find the wrong rows later) is found before anything is read through it.
 */
final class IndexCheck {

    private IndexCheck() {
    }

    /**
     * A count and an order-independent sum of index-entry fingerprints (two 64-bit halves, each summed modulo 2^64):
     * what the index check compares, within one scan, between the entries read from an index and the same columns
     * read from the table's rows. Never stored, so not the sealed format (D31).
     */
    static final class EntrySum {
        long rows;
        long high;
        long low;

        void add(long first, long second) {
            rows++;
            high += first;
            low += second;
        }

        boolean sameAs(EntrySum other) {
            return other != null && rows == other.rows && high == other.high && low == other.low;
        }
    }

    /**
     * Per table, its indexes, each with its columns in order, then {@code _ROWID_} (the row an entry points at).
     * Left out: a primary key on one integer column that H2 keeps as no index of its own but as the table's row map
     * (its values are the row ids; H2's plan tells), which the scan of the table's rows reads whole. Every other
     * index is read.
     */
    static Map<String, Map<String, List<String>>> indexes(Connection c) throws SQLException {
        // three plain reads of H2's metadata, joined here: the same rows as one SQL join of the three views, which
        // a cold H2 took 140 ms of a 0.75 s report to plan and run, against 20 ms for these (docs/performance.md)
        Map<List<String>, String> indexTypes = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME, INDEX_NAME, INDEX_TYPE_NAME "
                     + "FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                indexTypes.put(List.of(rs.getString(1), rs.getString(2)), rs.getString(3));
            }
        }
        Map<List<String>, String> columnTypes = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE "
                     + "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                columnTypes.put(List.of(rs.getString(1), rs.getString(2)), rs.getString(3));
            }
        }
        Map<String, Map<String, List<String>>> indexes = new HashMap<>();
        Map<String, String> rowIdKeys = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME "
                     + "FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                     + "ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION")) {
            while (rs.next()) {
                String table = rs.getString(1);
                String index = rs.getString(2);
                String column = rs.getString(3);
                String indexType = indexTypes.get(List.of(table, index));
                String dataType = columnTypes.get(List.of(table, column));
                if (indexType == null || dataType == null) {
                    continue; // as the inner join of the three views would leave the row out
                }
                List<String> columns = indexes.computeIfAbsent(table, k -> new TreeMap<>())
                        .computeIfAbsent(index, k -> new ArrayList<>());
                columns.add(column);
                if (columns.size() == 1 && "PRIMARY KEY".equals(indexType) && INTEGER_TYPES.contains(dataType)) {
                    rowIdKeys.put(table, index);
                } else if (columns.size() > 1) {
                    rowIdKeys.remove(table, index);
                }
            }
        }
        indexes.values().forEach(byName -> byName.values().forEach(columns -> columns.add("_ROWID_")));
        for (Map.Entry<String, String> key : rowIdKeys.entrySet()) {
            String quoted = "\"" + key.getKey().replace("\"", "\"\"") + "\"";
            List<String> columns = indexes.get(key.getKey()).get(key.getValue());
            // H2 keeps such a key as the row id only when the table was empty when the key was made: it says so by
            // planning even the query this index alone covers as a scan of the table
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("EXPLAIN " + indexQuery(quoted, key.getValue(), columns))) {
                if (rs.next() && rs.getString(1).contains("/* PUBLIC." + key.getKey() + ".tableScan */")) {
                    indexes.get(key.getKey()).remove(key.getValue());
                }
            }
        }
        return indexes;
    }

    /** The column types whose one-column primary key H2 keeps as the row id (no index of its own). */
    static final Set<String> INTEGER_TYPES = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT");

    /**
     * Reads a whole index and compares its entries with the rows read from the table: a damaged index would make
     * lookups fail or find the wrong rows later. The query selects exactly the index's columns (so the index covers
     * it) and has no {@code ORDER BY}: the sums are order-independent, and with an {@code ORDER BY} H2 may read
     * another index that gives the same order (a foreign key's index was then never read) or sort. A primary key on
     * one integer column is the table's own row map in H2: reading it is the table scan itself.
     * {@code SealScanTest.everyIndexCheckReadsItsIndex} holds H2 to this.
     */
    static void indexCheck(Connection c, String quoted, String table, String index, List<String> columns,
                           EntrySum fromRows, SealScan.Scan scan) {
        String sql = indexQuery(quoted, index, columns);
        int[] positions = new int[columns.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i + 1;
        }
        EntrySum fromIndex = new EntrySum();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                entry(rs, positions, fromIndex);
            }
        } catch (SQLException | RuntimeException e) {
            scan.unreadable.put(table, "index " + index + ": " + e.getMessage());
            return;
        }
        if (!fromIndex.sameAs(fromRows == null ? new EntrySum() : fromRows)) {
            scan.unreadable.put(table, "index " + index + " does not match the rows");
        }
    }

    /** The query that reads index {@code index} of table {@code quoted} whole (see {@link #indexCheck}). */
    static String indexQuery(String quoted, String index, List<String> columns) {
        String list = String.join(", ", columns.stream()
                .map(col -> col.equals("_ROWID_") ? col : "\"" + col.replace("\"", "\"\"") + "\"").toList());
        return "SELECT " + list + " FROM " + quoted + " USE INDEX (\"" + index.replace("\"", "\"\"") + "\")";
    }

    /**
     * The fingerprint of an index entry, added to {@code into}: the values at {@code positions} (the index's
     * columns, then the row id). Two 64-bit hashes over the values' characters (a value's end and a null each
     * marked by a code no character has), each finished by MurmurHash3's 64-bit mix. Not SHA-256: the index
     * check compares two readings of the same file within one scan to find damage, and stores nothing; SHA-256
     * of every entry was half of a cold report's seal check (D31, docs/performance.md "Fourth pass").
     */
static void entry(ResultSet rs, int[] positions, EntrySum into) throws SQLException {
        long first = 0xcbf29ce484222325L;
        long second = 0x9E3779B97F4A7C15L;
        for (int position : positions) {
            String value = rs.getString(position);
            int length = value == null ? 0 : value.length();
            for (int i = 0; i < length; i++) {
                char ch = value.charAt(i);
                first = (first ^ ch) * 0x100000001b3L;
                second = Long.rotateLeft(second + ch * 0xC2B2AE3D27D4EB4FL, 31) * 0x9E3779B97F4A7C15L;
            }
            int end = value == null ? NULL_MARK : END_MARK;
            first = (first ^ end) * 0x100000001b3L;
            second = Long.rotateLeft(second + end * 0xC2B2AE3D27D4EB4FL, 31) * 0x9E3779B97F4A7C15L;
        }
        into.add(mix(first), mix(second ^ first));
    }

    /** Codes past the last {@code char}: the end of a value, and a null. */
    private static final int END_MARK = 0x10000;
    private static final int NULL_MARK = 0x10001;

    /** MurmurHash3's 64-bit finalisation mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
