package org.parcheck.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One mergeable piece of a visit as it travels in a package: an answer ({@code answer:<item code>}; codes are
 * unique within a framework version), a raw figure ({@code figure:<code>}), an attendee, a finding, a
 * recommendation, an evidence citation ({@code <kind>:<uuid>}) or the visit's own details ({@code visit}).
 * Values are text (numbers plain, dates ISO), so that two laptops compare them exactly.
 *
 * @param label     what the user sees (item code and title, the figure's name, the finding's text...)
 * @param fields    column name → value (null = empty)
 * @param updatedBy who changed it last, if known
 * @param updatedAt when (UTC, ISO), if known
 */
public record VisitItem(String label, Map<String, String> fields, String updatedBy, String updatedAt) {

    /** The hash of an item that is not there (never added, or deleted). */
    public static final String ABSENT = "-";

    /** Fields that are not content: the order in a list and the file's place in the local data folder. */
    /** A choice answer's option label, for the import screen only (not content, never stored in a column). */
    public static final String VALUE_LABEL = "value_label";
    public static final Set<String> NOT_CONTENT = Set.of("position", "attachment_path", VALUE_LABEL);

    public VisitItem {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(nullSafe(fields)));
    }

    private static Map<String, String> nullSafe(Map<String, String> fields) {
        Map<String, String> copy = new TreeMap<>();
        fields.forEach((k, v) -> copy.put(k, v));
        return copy;
    }

    /** A short hash of the content (fields other than {@link #NOT_CONTENT}); equal content, equal hash. */
    public String contentHash() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fields).forEach((key, value) -> {
            if (!NOT_CONTENT.contains(key)) {
                text.append(key).append('=').append(value == null ? "\u0000" : value.replace("\u0001", ""))
                        .append('\u0001');
            }
        });
        return sha256(text.toString()).substring(0, 32);
    }

    public String field(String name) {
        return fields.get(name);
    }

    /** The same item with one field changed. */
    public VisitItem with(String name, String value) {
        Map<String, String> copy = new TreeMap<>(fields);
        copy.put(name, value);
        return new VisitItem(label, copy, updatedBy, updatedAt);
    }

    public static String hashOf(VisitItem item) {
        return item == null ? ABSENT : item.contentHash();
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
