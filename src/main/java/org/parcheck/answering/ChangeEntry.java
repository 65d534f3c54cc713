package org.parcheck.answering;

import java.time.LocalDateTime;

/** One line of a visit's append-only change log. */
public record ChangeEntry(LocalDateTime at, String actor, String entity, String field, String oldValue,
                          String newValue, String reason) {
}
