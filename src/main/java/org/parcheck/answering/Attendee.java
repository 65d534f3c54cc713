package org.parcheck.answering;

import java.util.Objects;
import java.util.UUID;

/** A person of the inspected unit present at the visit; the representative signs the report. */
public record Attendee(Long id, UUID uuid, String fullName, String jobTitle, boolean representative) {

    public Attendee {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(fullName, "fullName");
    }

    public static Attendee of(String fullName, String jobTitle, boolean representative) {
        return new Attendee(null, UUID.randomUUID(), fullName, jobTitle, representative);
    }
}
