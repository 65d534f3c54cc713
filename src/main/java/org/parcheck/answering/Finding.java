package org.parcheck.answering;

import java.util.Objects;
import java.util.UUID;

/** A strength (ưu điểm) or a limitation (tồn tại, hạn chế) with its cause, optionally about one item. */
public record Finding(Long id, UUID uuid, Kind kind, String text, String cause, String itemCode) {

    /** Strength or limitation. */
    public enum Kind { STRENGTH, LIMITATION }

    public Finding {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Finding of(Kind kind, String text, String cause) {
        return new Finding(null, UUID.randomUUID(), kind, text, cause, null);
    }
}
