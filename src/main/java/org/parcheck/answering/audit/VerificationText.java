package org.parcheck.answering.audit;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parcheck.common.i18n.Messages;

/** A verification in words, for the visit screen and the command line. */
public final class VerificationText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private VerificationText() {
    }

    /**
     * "Nguyên vẹn: …", "Đã bị thay đổi sau khi hoàn tất ngày 01/10/2021 11:40. Phần khác đi: tiêu chí 1.1, số
     * liệu received", …; times in {@code zone}.
     */
    public static String describe(Verification v, Messages messages, ZoneId zone) {
        String text = messages.get("answering.log.verify." + v.result().name(), when(v.finalisedAt(), zone));
        List<String> parts = parts(v, messages);
        if (!parts.isEmpty()) {
            text += " " + messages.get("answering.log.verify.changed", String.join(", ", parts));
        }
        return text;
    }

    /** The finalising time (stored in UTC) in {@code zone}, "dd/MM/yyyy HH:mm", or empty. */
    public static String when(LocalDateTime utc, ZoneId zone) {
        return utc == null ? "" : WHEN.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone));
    }

    /**
     * The changed parts in words: items and figures by code, team members by name (their uuid when the name is
     * gone), the other sections once each.
     */
    public static List<String> parts(Verification v, Messages messages) {
        Set<String> out = new LinkedHashSet<>();
        for (String key : v.changedParts()) {
            int space = key.indexOf(' ');
            String section = space < 0 ? key : key.substring(0, space);
            String code = space < 0 ? "" : key.substring(space + 1);
            out.add(messages.get("answering.log.part." + section, v.partNames().getOrDefault(key, code)));
        }
        return new ArrayList<>(out);
    }
}
