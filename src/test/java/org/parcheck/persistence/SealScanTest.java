package org.parcheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speed-ups of the seal check (#18 §2) keep what it checks: the same row hashes, every index read. H2 only: no
 * content seals on the server (D24).
 */
class SealScanTest {

    @TempDir
    Path dir;

    private Connection migrated() throws SQLException {
        Database.open(dir).close();
        String file = Database.fileIn(dir).toString();
        String base = file.substring(0, file.length() - ".mv.db".length());
        return DriverManager.getConnection("jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r;FILE_LOCK=NO;IFEXISTS=TRUE",
                "sa", "");
    }

    private static String plan(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Every index of the migrated schema: read by its own check query, or the table's row map itself. */
    @Test
    void everyIndexCheckReadsItsIndex() throws SQLException {
        try (Connection c = migrated()) {
            Map<String, Map<String, List<String>>> checked = IndexCheck.indexes(c);
            List<String[]> all = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME, INDEX_NAME, "
                    + "COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "AND ORDINAL_POSITION = 1")) {
                while (rs.next()) {
                    all.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            assertThat(all).hasSizeGreaterThan(40);
            int read = 0;
            int rowMaps = 0;
            for (String[] index : all) {
                String quoted = "\"" + index[0] + "\"";
                List<String> columns = checked.getOrDefault(index[0], Map.of()).get(index[1]);
                if (columns != null) {
                    assertThat(plan(c, IndexCheck.indexQuery(quoted, index[1], columns)))
                            .as("the check of %s.%s reads that index", index[0], index[1])
                            .contains("/* PUBLIC." + index[1] + " */");
                    read++;
                } else {
                    // left out: H2 reads even the query that this index alone covers from the table's row map
                    // (a secondary index is read for such a query, as the branch above shows): it is that map
                    assertThat(plan(c, IndexCheck.indexQuery(quoted, index[1], List.of(index[2], "_ROWID_"))))
                            .as("%s.%s is the table's row map", index[0], index[1])
                            .contains("/* PUBLIC." + index[0] + ".tableScan */");
                    rowMaps++;
                }
            }
            assertThat(read).isGreaterThan(20);
            assertThat(rowMaps).isGreaterThan(10);
        }
    }

    /**
     * The indexes are read by three plain metadata queries joined in Java (a cold H2 planned the SQL join of the
     * three views slowly): the same columns, in the same order, as that join gives, on the whole migrated schema.
     */
    @Test
    void theIndexListIsWhatTheJoinOfTheMetadataViewsGives() throws SQLException {
        try (Connection c = migrated()) {
            Map<String, Map<String, List<String>>> joined = new java.util.TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT i.TABLE_NAME, "
                    + "i.INDEX_NAME, i.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS i "
                    + "JOIN INFORMATION_SCHEMA.INDEXES x ON x.TABLE_SCHEMA = i.TABLE_SCHEMA "
                    + "AND x.TABLE_NAME = i.TABLE_NAME AND x.INDEX_NAME = i.INDEX_NAME "
                    + "JOIN INFORMATION_SCHEMA.COLUMNS c ON c.TABLE_SCHEMA = i.TABLE_SCHEMA "
                    + "AND c.TABLE_NAME = i.TABLE_NAME AND c.COLUMN_NAME = i.COLUMN_NAME "
                    + "WHERE i.TABLE_SCHEMA = 'PUBLIC' ORDER BY i.TABLE_NAME, i.INDEX_NAME, i.ORDINAL_POSITION")) {
                while (rs.next()) {
                    joined.computeIfAbsent(rs.getString(1), k -> new java.util.TreeMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
            joined.values().forEach(byName -> byName.values().forEach(columns -> columns.add("_ROWID_")));
            Map<String, Map<String, List<String>>> read = IndexCheck.indexes(c);
            int compared = 0;
            for (Map.Entry<String, Map<String, List<String>>> table : joined.entrySet()) {
                for (Map.Entry<String, List<String>> index : table.getValue().entrySet()) {
                    List<String> got = read.getOrDefault(table.getKey(), Map.of()).get(index.getKey());
                    if (got != null) {
                        assertThat(got).as("%s.%s", table.getKey(), index.getKey()).isEqualTo(index.getValue());
                        compared++;
                    } else {
                        // only the tables' row maps are left out (everyIndexCheckReadsItsIndex checks which)
                        assertThat(index.getValue()).as("%s.%s", table.getKey(), index.getKey()).hasSize(2);
                    }
                }
                assertThat(joined).containsKeys(read.keySet().toArray(String[]::new));
            }
            assertThat(compared).isGreaterThan(20);
            read.forEach((table, byName) -> assertThat(joined.get(table)).containsAllEntriesOf(byName));
        }
    }

    /**
     * An integer primary key made when the table already had rows is an index of its own in H2 (the row ids are not
     * the keys): it is read, while the same key made on an empty table (the table's row map) is not read twice.
     */
    @Test
    void anIntegerKeyAddedToAFilledTableIsStillRead() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:sealscan", "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE LATE (ID BIGINT NOT NULL, V VARCHAR)");
            s.execute("INSERT INTO LATE VALUES (5, 'a'), (7, 'b')");
            s.execute("ALTER TABLE LATE ADD CONSTRAINT PK_LATE PRIMARY KEY (ID)");
            s.execute("CREATE TABLE EARLY (ID BIGINT, V VARCHAR, CONSTRAINT PK_EARLY PRIMARY KEY (ID))");
            Map<String, Map<String, List<String>>> indexes = IndexCheck.indexes(c);
            assertThat(indexes.get("LATE")).as("the late key is an index").isNotEmpty();
            assertThat(indexes.get("LATE").values()).containsExactly(List.of("ID", "_ROWID_"));
            assertThat(indexes.getOrDefault("EARLY", Map.of())).as("the early key is the row map").isEmpty();
        }
    }

    /** The hash of a row is the sealed format of V009, so existing seals stay valid. */
    @Test
    void aRowHashIsTheSealedFormat() throws Exception {
        try (Connection c = migrated(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 'Hạ Lang', CAST(NULL AS VARCHAR), 42, ''")) {
            rs.next();
            SealScan.Hasher hasher = new SealScan.Hasher();
            byte[] expected = MessageDigest.getInstance("SHA-256")
                    .digest("Hạ Lang\u0001\u000042\u0001\u0001".getBytes(StandardCharsets.UTF_8));
            assertThat(hasher.row(rs, 4)).isEqualTo(expected);
            assertThat(hasher.row(rs, 4)).as("the digest is reset after each row").isEqualTo(expected);
        }
    }
}
