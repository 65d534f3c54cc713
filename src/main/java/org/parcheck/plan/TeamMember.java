package org.parcheck.plan;

import java.util.Objects;
import java.util.UUID;

/** A member of a plan's inspection team. */
public record TeamMember(Long id, UUID uuid, int position, String fullName, String jobTitle, String agency,
                         TeamRole role) {

    public TeamMember {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(role, "role");
    }

    public static TeamMember create(int position, String fullName, String jobTitle, String agency, TeamRole role) {
        return new TeamMember(null, UUID.randomUUID(), position, fullName, jobTitle, agency, role);
    }
}
