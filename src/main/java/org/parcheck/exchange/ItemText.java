package org.parcheck.exchange;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.stream.Collectors;
import org.parcheck.common.i18n.Messages;

/**
 * A merged item as the user reads it: its values without field names, and who changed it when. Shared by the
 * package import screen and the sync dialog (#17), so that a conflict reads the same in both (decision D15).
 */
public final class ItemText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Messages messages;

    public ItemText(Messages messages) {
        this.messages = messages;
    }

    /** The item's content: its values joined by " · ", a choice with its option label; "(deleted)" when absent. */
    public String value(VisitItem item) {
        if (item == null) {
            return messages.get("exchange.import.deleted");
        }
        String optionLabel = item.fields().get(VisitItem.VALUE_LABEL);
        return item.fields().entrySet().stream()
                .filter(e -> e.getValue() != null && !VisitItem.NOT_CONTENT.contains(e.getKey())
                        && !"false".equals(e.getValue()) && !e.getKey().endsWith("_code"))
                .map(e -> "true".equals(e.getValue()) ? e.getKey()
                        : "value_text".equals(e.getKey()) && optionLabel != null ? e.getValue() + " — " + optionLabel
                        : words(e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    private String words(String value) {
        if ("YES".equals(value)) {
            return messages.get("answering.visit.yes");
        }
        return "NO".equals(value) ? messages.get("answering.visit.no") : value;
    }

    /** "An, 05/12/2026 14:30": who changed the item last and when; empty when absent. */
    public String who(VisitItem item) {
        if (item == null) {
            return "";
        }
        return messages.get("exchange.import.who", Objects.toString(item.updatedBy(), "?"), when(item.updatedAt()));
    }

    /** A UTC timestamp (ISO, as packages and the server carry it) in this computer's time zone. */
    public static String when(String utc) {
        if (utc == null) {
            return "";
        }
        try {
            return LocalDateTime.parse(utc).atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault())
                    .format(WHEN);
        } catch (DateTimeParseException e) {
            return utc;
        }
    }
}
