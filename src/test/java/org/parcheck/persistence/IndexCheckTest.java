package org.parcheck.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The index check compares each index, read whole, with the same columns read from the table's rows, by sums of
 * 128-bit entry fingerprints (D31). These tests stand in for a damaged index (which cannot be made on purpose in a
 * real H2 file) by comparing an index with the rows as they were before a change: every kind of difference a damaged
 * index can show is found.
 */
class IndexCheckTest {

    private Connection c;

    @BeforeEach
    void table() throws SQLException {
        c = DriverManager.getConnection("jdbc:h2:mem:indexcheck", "sa", "");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE T (ID BIGINT PRIMARY KEY, V VARCHAR, W VARCHAR)");
            s.execute("CREATE INDEX T_V ON T (V, W)");
            s.execute("INSERT INTO T VALUES (1, 'Hạ Lang', 'a'), (2, 'Cao Bằng', NULL), (3, '', 'bc'), (4, 'x', 'y')");
        }
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP ALL OBJECTS");
        }
        c.close();
    }

    private static final List<String> COLUMNS = List.of("V", "W", "_ROWID_");

    /** The index's columns as read from the table's rows, as the scan of the table sums them. */
    private IndexCheck.EntrySum fromRows() throws SQLException {
        IndexCheck.EntrySum sum = new IndexCheck.EntrySum();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT V, W, _ROWID_ FROM T")) {
            while (rs.next()) {
                IndexCheck.entry(rs, new int[] {1, 2, 3}, sum);
            }
        }
        return sum;
    }

    private Map<String, String> check(IndexCheck.EntrySum rows) {
        SealScan.Scan scan = new SealScan.Scan();
        IndexCheck.indexCheck(c, "\"T\"", "T", "T_V", COLUMNS, rows, scan);
        return scan.unreadable;
    }

    private void update(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void anIndexThatMatchesItsRowsPasses() throws SQLException {
        assertThat(IndexCheck.indexes(c).get("T")).containsEntry("T_V", COLUMNS);
        assertThat(check(fromRows())).isEmpty();
    }

    @Test
    void aChangedValueIsFound() throws SQLException {
        IndexCheck.EntrySum before = fromRows();
        update("UPDATE T SET V = 'Hạ Lanh' WHERE ID = 1");
        assertThat(check(before)).containsEntry("T", "index T_V does not match the rows");
    }

    @Test
    void entriesPointingAtEachOthersRowsAreFound() throws SQLException {
        IndexCheck.EntrySum before = fromRows();
        update("UPDATE T SET V = CASE ID WHEN 1 THEN 'Cao Bằng' ELSE 'Hạ Lang' END, "
                + "W = CASE ID WHEN 1 THEN NULL ELSE 'a' END WHERE ID IN (1, 2)");
        assertThat(check(before)).as("same values, other row ids").containsKey("T");
    }

    @Test
    void aMissingOrExtraEntryIsFound() throws SQLException {
        IndexCheck.EntrySum before = fromRows();
        update("DELETE FROM T WHERE ID = 4");
        assertThat(check(before)).containsKey("T");
        update("INSERT INTO T VALUES (4, 'x', 'y'), (5, 'x', 'y')");
        assertThat(check(before)).containsKey("T");
    }

    @Test
    void valuesMovedAcrossColumnsOrBetweenNullAndEmptyAreFound() throws SQLException {
        IndexCheck.EntrySum before = fromRows();
        update("UPDATE T SET V = 'b', W = 'c' WHERE ID = 3"); // '' + 'bc' against 'b' + 'c'
        assertThat(check(before)).containsKey("T");
        update("UPDATE T SET V = '', W = 'bc' WHERE ID = 3");
        assertThat(check(before)).as("back as it was").isEmpty();
        update("UPDATE T SET W = '' WHERE ID = 2"); // NULL against ''
        assertThat(check(before)).containsKey("T");
    }
}
