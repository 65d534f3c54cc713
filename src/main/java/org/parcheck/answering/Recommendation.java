package org.parcheck.answering;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A recommendation (kiến nghị) with the party responsible and a deadline; carried into the next visit. */
public record Recommendation(Long id, UUID uuid, String text, String responsibleParty, LocalDate deadline,
                             Status status, Long carriedFromId) {

    /** Follow-up state, set at the next visit. */
    public enum Status { OPEN, IN_PROGRESS, DONE, NOT_DONE }

    public Recommendation {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(text, "text");
        status = status == null ? Status.OPEN : status;
    }

    public static Recommendation of(String text, String responsibleParty, LocalDate deadline) {
        return new Recommendation(null, UUID.randomUUID(), text, responsibleParty, deadline, Status.OPEN, null);
    }

    public Recommendation withStatus(Status newStatus) {
        return new Recommendation(id, uuid, text, responsibleParty, deadline, newStatus, carriedFromId);
    }
}
