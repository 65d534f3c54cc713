package org.parcheck.protection.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.parcheck.common.i18n.Messages;
import org.parcheck.protection.RecoveryKey;

/**
 * The recovery key, shown once (#19): in large groups, to copy or print, and a checkbox "Tôi đã ghi lại khoá khôi
 * phục" that must be ticked before going on. ParCheck keeps no copy it could show again.
 */
public final class RecoveryKeyViewModel {

    private final Messages messages;
    private final RecoveryKey key;
    private final Path dataDir;
    private final LocalDate today;
    private final BooleanProperty written = new SimpleBooleanProperty(false);
    private Runnable onConfirmed = () -> { };

    public RecoveryKeyViewModel(Messages messages, RecoveryKey key, Path dataDir, LocalDate today) {
        this.messages = messages;
        this.key = Objects.requireNonNull(key);
        this.dataDir = dataDir;
        this.today = today;
    }

    public void whenConfirmed(Runnable confirmed) {
        this.onConfirmed = Objects.requireNonNull(confirmed);
    }

    /** The key as shown: its groups, two lines of them when long, so that it reads (and is typed) group by group. */
    public String shownText() {
        List<String> groups = groups();
        int perLine = groups.size() > 4 ? (groups.size() + 1) / 2 : groups.size();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < groups.size(); i++) {
            if (i > 0) {
                text.append(i % perLine == 0 ? "\n" : "  ");
            }
            text.append(groups.get(i));
        }
        return text.toString();
    }

    /** The key's groups ("ABCD", "EFGH", …). */
    public List<String> groups() {
        return Arrays.stream(key.text().split("[-\\s]+")).filter(group -> !group.isEmpty()).toList();
    }

    /** What "Sao chép" puts on the clipboard: the key as typed back ("ABCD-EFGH-…"). */
    public String copyText() {
        return String.join("-", groups());
    }

    /** The printed sheet's lines: what it is, the folder, the date, the key, where to keep it. */
    public List<String> printLines() {
        return List.of(messages.get("protection.recovery.printTitle"),
                messages.get("protection.recovery.printFolder", dataDir.toAbsolutePath()),
                messages.get("protection.recovery.printDate", today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                copyText(),
                messages.get("protection.recovery.printKeep"));
    }

    public BooleanProperty writtenProperty() {
        return written;
    }

    /** "Tiếp tục": only once the checkbox is ticked; returns whether it went on. */
    public boolean confirm() {
        if (!written.get()) {
            return false;
        }
        onConfirmed.run();
        return true;
    }
}
