package org.parcheck.server;

import java.util.ArrayList;
import java.util.List;
import org.parcheck.common.i18n.Messages;

/**
 * The line that names the plans and visits a sync left waiting on this laptop ({@link SyncResult#waiting()}), said
 * after the sentence that counts them, in the sync dialog and in {@code parcheck sync}'s output: "Đang chờ gửi: kế
 * hoạch 01/KH-SNV; huyện Hạ Lang; … và 3 mục khác." At most {@link #SHOWN} names, so that the line stays short.
 */
public final class WaitingNames {

    /** How many names the line gives before "and N more". */
    public static final int SHOWN = 5;

    private WaitingNames() {
    }

    /** The line, or empty when nothing waits. */
    public static String line(Messages messages, List<SyncResult.Waiting> waiting) {
        if (waiting.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (SyncResult.Waiting w : waiting.subList(0, Math.min(SHOWN, waiting.size()))) {
            // a plan or visit deleted here between the send and the naming has no name left: said so, not blank
            String name = w.name() == null || w.name().isBlank() ? messages.get("server.sync.waitingDeleted")
                    : w.name();
            names.add(w.plan() ? messages.get("server.sync.waitingPlan", name) : name);
        }
        String list = String.join("; ", names);
        if (waiting.size() > SHOWN) {
            list = messages.get("server.sync.waitingMore", list, waiting.size() - SHOWN);
        }
        return messages.get("server.sync.waitingNames", list);
    }
}
