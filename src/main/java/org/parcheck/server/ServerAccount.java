package org.parcheck.server;

import java.util.Objects;

/**
 * The person behind the PostgreSQL login role a laptop connected with (#17, {@code server_account}): what kind of
 * account it is and who the person is. A laptop connected with it names this person as its inspector.
 *
 * @param roleName   the PostgreSQL login role ({@code current_user})
 * @param kind       the reform office, an inspector, or a leader who reads
 * @param personUuid the person's uuid: the laptop's inspector gets the same one
 * @param fullName   the person's full name
 * @param jobTitle   position, may be null
 * @param agency     agency, may be null
 */
public record ServerAccount(String roleName, Kind kind, String personUuid, String fullName, String jobTitle,
                            String agency) {

    /** What the account may do; the server enforces it (roles and row-level security). */
    public enum Kind {
        /** The reform office: sees and edits everything, publishes frameworks. */
        OFFICE,
        /** An inspector: sees the plans whose team they are on. */
        INSPECTOR,
        /** A leader: reads. */
        LEADER
    }

    public ServerAccount {
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(personUuid, "personUuid");
        Objects.requireNonNull(fullName, "fullName");
    }
}
