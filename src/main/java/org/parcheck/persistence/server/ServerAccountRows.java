package org.parcheck.persistence.server;

import java.util.Optional;
import org.jooq.Record;
import org.parcheck.persistence.Database;

/**
 * The server's {@code server_account} table (#17, db/postgresql V9_1; PostgreSQL only, so plain SQL: the jOOQ
 * classes are generated from the laptops' H2 schema). Reads only.
 */
public final class ServerAccountRows {

    /** One row as stored; the kind is checked by the caller. */
    public record Row(String roleName, String kind, String personUuid, String fullName, String jobTitle,
                      String agency) {
    }

    private ServerAccountRows() {
    }

    /** The account of the role this connection logged in as ({@code current_user}), if the office created one. */
    public static Optional<Row> current(Database server) {
        Record r = server.dsl().resultQuery("SELECT role_name, kind, CAST(person_uuid AS VARCHAR) AS person_uuid, "
                + "full_name, job_title, agency FROM server_account WHERE role_name = current_user").fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new Row(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                r.get(3, String.class), r.get(4, String.class), r.get(5, String.class)));
    }
}
