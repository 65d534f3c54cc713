package org.parcheck.server;

import java.util.List;
import java.util.Set;
import org.parcheck.exchange.ImportPlan;

/**
 * What a sync would bring home, worked out by {@link SyncService#prepare} without writing anything to this laptop:
 * the server's changes since the last sync merged with this laptop's data exactly as a package would be
 * ({@link ImportPlan}), and the conflicts the user decides before {@link SyncService#complete}.
 *
 * @param serverId      the server's identity ({@code server_id} in its {@code app_setting})
 * @param fromRevision  the highest server revision this laptop had brought home when the plan was made
 * @param toRevision    the highest server revision the plan brings (equal to {@code fromRevision}: nothing new)
 * @param pull          the merge of the server's changes with this laptop's data
 * @param plansToBring  plans new here or changed by the server's changes
 * @param visitsToBring visits new here or changed by the server's changes (conflicts included)
 * @param filesToBring  evidence files downloaded from the server for them
 * @param plansSeen     the plans this login sees on the server (kept with the pull: a plan seen for the first time
 *                      next time is brought whole); null: not read, keep what is kept
 * @param replacedByFinalised items changed on this laptop, not yet sent, in visits another laptop finalised on the
 *                      server: the finalised record replaces them here (the old values stay in the change log)
 */
public record SyncPlan(String serverId, long fromRevision, long toRevision, ImportPlan pull, int plansToBring,
                       int visitsToBring, int filesToBring, Set<String> plansSeen, int replacedByFinalised) {

    /** A plan without the plans seen and with nothing replaced by a finalised record. */
    public SyncPlan(String serverId, long fromRevision, long toRevision, ImportPlan pull, int plansToBring,
                    int visitsToBring, int filesToBring) {
        this(serverId, fromRevision, toRevision, pull, plansToBring, visitsToBring, filesToBring, null, 0);
    }

    /** The conflicts to decide (as on the package import screen); a conflict without a choice keeps this laptop's. */
    public List<ImportPlan.Conflict> conflicts() {
        return pull.conflicts();
    }

    /** Nothing to bring home (there may still be this laptop's changes to send). */
    public boolean nothingToBring() {
        return toRevision == fromRevision || pull.nothingToDo();
    }
}
