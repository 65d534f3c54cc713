package org.parcheck.answering.audit;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * One change-log line as a user reads it: local time, who, what (in plain words, with the item's code and title),
 * which field, old and new value (localised, empty when there was none) and the reason.
 */
public record ChangeLogRow(LocalDateTime at, String actor, String what, String field, String oldValue,
                           String newValue, String reason) {

    /** Whether any column contains {@code text}, ignoring case and accents ("ha lang" finds "Hạ Lang"). */
    public boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = fold(text.strip());
        return fold(String.join("\u0000", nonNull(actor), nonNull(what), nonNull(field), nonNull(oldValue),
                nonNull(newValue), nonNull(reason))).contains(needle);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
