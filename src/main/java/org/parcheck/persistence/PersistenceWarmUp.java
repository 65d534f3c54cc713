package org.parcheck.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The first open and the first jOOQ query of a process made cheaper (#18 §2, docs/performance.md "Fourth pass"). A
 * cold report command runs these on the background executor while its main thread parses the command line and then
 * opens the data folder ({@code app.cli.ReportWarmUp}): H2's engine and jOOQ's data types are initialised, and
 * their first methods compiled, by then. Neither touches the data folder: H2 works on a private in-memory database
 * that is gone when its connection closes.
 */
public final class PersistenceWarmUp {

    private PersistenceWarmUp() {
    }

    /**
     * A private in-memory H2 database: a table with an index, a few rows read back as text, and the metadata views the
     * check on opening reads. Returns the number of rows read.
     */
    public static int h2() {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE WARM_UP (ID BIGINT PRIMARY KEY, NAME VARCHAR(40), AT TIMESTAMP)");
            s.execute("CREATE INDEX WARM_UP_NAME ON WARM_UP (NAME)");
            s.execute("INSERT INTO WARM_UP VALUES (1, 'Hạ Lang', CURRENT_TIMESTAMP), (2, NULL, NULL)");
            int rows = 0;
            rows += read(s, "SELECT *, _ROWID_ FROM WARM_UP");
            rows += read(s, "SELECT NAME, _ROWID_ FROM WARM_UP USE INDEX (WARM_UP_NAME)");
            rows += read(s, "SELECT TABLE_NAME, INDEX_NAME, INDEX_TYPE_NAME FROM INFORMATION_SCHEMA.INDEXES");
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("H2 warm-up: " + e.getMessage(), e);
        }
    }

    private static int read(Statement s, String sql) throws SQLException {
        int rows = 0;
        try (ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getString(i);
                }
                rows++;
            }
        }
        return rows;
    }

    /** Initialises jOOQ's data types and renders one query; returns the length of its SQL. */
    public static int jooq() {
        return DSL.using(SQLDialect.H2).render(DSL.selectOne()).length();
    }
}
