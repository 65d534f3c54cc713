package org.parcheck.server;

import java.util.List;

/**
 * What a completed sync did (#17).
 *
 * @param plansBrought     plans added or changed on this laptop
 * @param visitsBrought    visits added or changed on this laptop
 * @param plansSent        plans the server added or changed with this laptop's data
 * @param visitsSent       visits the server added or changed with this laptop's data
 * @param filesDown        evidence files downloaded from the server
 * @param filesUp          evidence files uploaded to the server
 * @param conflictsDecided conflicts decided by the user's choices
 * @param syncAgain        another laptop sent changes to the same items while this one synced, and they need the
 *                         user's choice: this laptop's own changes were not sent yet; sync again to decide them
 * @param waitingNotOnTeam plans and visits changed here that were not sent because this account may not write their
 *                         plan (an inspector not on its team, a leader): they wait on this laptop
 * @param replacedByFinalised items changed here, not yet sent, in visits another laptop finalised on the server: the
 *                         finalised record replaced them here; their old values are in the visit's change log
 * @param waiting          which plans and visits the {@code waitingNotOnTeam} are, plans first, in this laptop's
 *                         order (as many as counted; a name may be missing only if one was deleted meanwhile)
 */
public record SyncResult(int plansBrought, int visitsBrought, int plansSent, int visitsSent, int filesDown,
                         int filesUp, int conflictsDecided, boolean syncAgain, int waitingNotOnTeam,
                         int replacedByFinalised, List<Waiting> waiting) {

    /** A plan (by its number and symbol) or a visit (by its unit's official name) that waits on this laptop. */
    public record Waiting(boolean plan, String name) {
    }

    public SyncResult {
        waiting = List.copyOf(waiting);
    }

    /** A result with nothing waiting and nothing replaced. */
    public SyncResult(int plansBrought, int visitsBrought, int plansSent, int visitsSent, int filesDown, int filesUp,
                      int conflictsDecided, boolean syncAgain) {
        this(plansBrought, visitsBrought, plansSent, visitsSent, filesDown, filesUp, conflictsDecided, syncAgain, 0,
                0, List.of());
    }

    /** Nothing changed on either side. */
    public boolean nothingChanged() {
        return plansBrought == 0 && visitsBrought == 0 && plansSent == 0 && visitsSent == 0 && !syncAgain;
    }
}
