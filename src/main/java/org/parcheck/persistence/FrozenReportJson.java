package org.parcheck.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.parcheck.answering.audit.FrozenReport;

/**
 * {@link FrozenReport} as the JSON text kept in {@code visit.frozen_report} (V006) and carried in packages as it
 * is. The text is only storage: the fingerprint covers the values read back ({@code CanonicalForm}), so the JSON's
 * spacing or key order does not matter. Text that cannot be read back (damaged, edited by hand) is kept as an
 * {@link FrozenReport#unreadable} snapshot, which verification reports as altered.
 */
final class FrozenReportJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FORMAT = 1;

    private FrozenReportJson() {
    }

    static String write(FrozenReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("planUuid", r.planUuid().toString());
        root.put("numberSymbol", r.numberSymbol());
        root.put("issuedDate", r.issuedDate().toString());
        root.put("issuingBody", r.issuingBody());
        root.put("parentBody", r.parentBody());
        root.put("title", r.title());
        root.put("legalBasis", r.legalBasis());
        root.put("year", r.year());
        root.put("placeName", r.placeName());
        root.put("unitUuid", r.unitUuid().toString());
        root.put("unitName", r.unitName());
        ArrayNode team = root.putArray("team");
        for (FrozenReport.Member m : r.team()) {
            ObjectNode member = team.addObject();
            member.put("uuid", m.uuid().toString());
            member.put("position", m.position());
            member.put("fullName", m.fullName());
            member.put("jobTitle", m.jobTitle());
            member.put("agency", m.agency());
            member.put("role", m.role());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of strings always writes", e);
        }
    }

    /** The snapshot in {@code text}, or an unreadable one holding the text; null for null. */
    static FrozenReport read(String text) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || !root.isObject() || root.path("format").asInt() != FORMAT
                    || !root.path("team").isArray() || !root.path("year").isInt()) {
                return FrozenReport.unreadable(text);
            }
            List<FrozenReport.Member> team = new ArrayList<>();
            for (JsonNode m : root.get("team")) {
                if (!m.path("position").isInt()) {
                    return FrozenReport.unreadable(text);
                }
                team.add(new FrozenReport.Member(uuid(m, "uuid"), m.get("position").asInt(), string(m, "fullName"),
                        string(m, "jobTitle"), string(m, "agency"), string(m, "role")));
            }
            String issued = string(root, "issuedDate");
            return new FrozenReport(uuid(root, "planUuid"), string(root, "numberSymbol"),
                    issued == null ? null : LocalDate.parse(issued), string(root, "issuingBody"),
                    string(root, "parentBody"), string(root, "title"), string(root, "legalBasis"),
                    root.get("year").asInt(), string(root, "placeName"), uuid(root, "unitUuid"),
                    string(root, "unitName"), team, null);
        } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
            return FrozenReport.unreadable(text);
        }
    }

    private static String string(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(name + " is not text");
        }
        return value.asText();
    }

    private static UUID uuid(JsonNode node, String name) {
        String text = string(node, name);
        return text == null ? null : UUID.fromString(text);
    }
}
