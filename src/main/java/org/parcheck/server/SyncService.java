package org.parcheck.server;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.SecretKey;
import org.parcheck.exchange.PackageData.PlanData;
import org.parcheck.exchange.PackageData.VisitData;
import org.parcheck.exchange.VisitItem;
import org.parcheck.exchange.ExchangeService;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.JooqExchangeRepository;
import org.parcheck.persistence.JooqSyncRepository;
import org.parcheck.protection.DataKey;

/**
 * Sync with the province server (#17): the server is one more participant in the item-by-item merge of team
 * exchange (docs/decisions/0015-exchange-merges-against-exchange-histories.md), keyed by server revisions instead of
 * package files. {@link #prepare} brings the server's changes since the last sync and merges them with this laptop's
 * data, writing nothing here; {@link #complete} applies them with the user's choices in one local transaction, then
 * sends this laptop's changes to the server in one server transaction. See docs/server/sync.md.
 *
 * <p>Never on the FX thread: both calls talk to the server and may take seconds.
 */
public final class SyncService {

    /** The name a sync's merge goes by where a package's file name would be (import screen, change log). */
    static final String SOURCE = "máy chủ của Sở";
    /** How many times a send that met another laptop's send pulls again before asking for another sync. */
    static final int SEND_ATTEMPTS = 3;
    /** What {@link #apply} counts: plans, visits, files brought, conflicts decided, replaced by a finalised visit. */
    private static final int COUNTS = 5;

    /** What the halves of a sync share. */
    record Parts(Database laptop, Path dataDir, SecretKey fileKey, ExchangeService exchange, Database server,
                 String serverUser) {
    }

    private final Parts parts;
    private final SyncPull pull;
    private final SyncPush push;

    /**
     * @param laptop     this laptop's database (the data folder's)
     * @param dataDir    the data folder (evidence files are read and written under it)
     * @param key        the data folder's key when it is protected (#19), else null
     * @param exchange   the data folder's exchange service (the same merge and checks as package import)
     * @param server     the server's database ({@code ServerConnection.database()})
     * @param serverUser the server account's role name, recorded on the server with what this laptop sends
     */
    public SyncService(Database laptop, Path dataDir, DataKey key, ExchangeService exchange, Database server,
                       String serverUser) {
        this.parts = new Parts(Objects.requireNonNull(laptop, "laptop"), Objects.requireNonNull(dataDir, "dataDir"),
                key == null ? null : key.fileKey(), Objects.requireNonNull(exchange, "exchange"),
                Objects.requireNonNull(server, "server"), Objects.requireNonNull(serverUser, "serverUser"));
        this.pull = new SyncPull(parts);
        this.push = new SyncPush(parts);
    }

    /**
     * Brings the server's changes since this laptop's last sync and works out their merge with this laptop's data;
     * writes nothing here (evidence files wait in a staging folder). Throws {@link ServerException} (the kind says
     * why) or {@link java.util.concurrent.CancellationException} when {@link SyncProgress#cancelled()}.
     */
    public SyncPlan prepare(SyncProgress progress) {
        try {
            return pull.prepare(progress);
        } catch (RuntimeException e) {
            throw SyncFailures.translate(e);
        }
    }

    /**
     * Applies {@code plan} here with {@code choices} (conflict id → mine or theirs; a conflict without a choice keeps
     * mine) in one local transaction together with the revision brought home, then sends this laptop's changes
     * (decisions included) to the server in one server transaction. Resumable and idempotent: cut off anywhere, the
     * next sync completes it and sends nothing twice. Throws {@link ServerException}, or
     * {@link java.util.concurrent.CancellationException} when cancelled before anything was written.
     */
    public SyncResult complete(SyncPlan plan, Map<String, ImportPlan.Choice> choices, SyncProgress progress) {
        try {
            SyncPull.checkCancelled(progress);
            int[] brought = apply(plan, choices, progress);
            for (int attempt = 1; ; attempt++) {
                try {
                    SyncPush.Sent sent = push.push(plan.serverId(), progress);
                    return new SyncResult(brought[0], brought[1], sent.plans(), sent.visits(), brought[2],
                            sent.filesUp(), brought[3], false, sent.waiting().size(), brought[4], sent.waiting());
                } catch (SyncPush.Conflicted e) {
                    // another laptop sent between this pull and this send: bring that home first
                    SyncPlan again = attempt < SEND_ATTEMPTS ? pull.prepare(progress) : null;
                    if (again == null || !again.conflicts().isEmpty()) {
                        if (again != null) {
                            discard(again);
                        }
                        return new SyncResult(brought[0], brought[1], 0, 0, brought[2], 0, brought[3], true, 0,
                                brought[4], List.of());
                    }
                    int[] more = apply(again, Map.of(), progress);
                    for (int i = 0; i < brought.length; i++) {
                        brought[i] += more[i];
                    }
                }
            }
        } catch (RuntimeException e) {
            throw SyncFailures.translate(e);
        } finally {
            discard(plan);
        }
    }

    /**
     * Writes the pull here in one transaction with the revision brought home and the marks of what now equals the
     * server, and the plans this login sees there. Returns plans, visits, files brought, conflicts decided and items
     * replaced by a visit finalised on the server. A plan already applied (its revision is here) is skipped:
     * completing twice changes nothing.
     */
    private int[] apply(SyncPlan plan, Map<String, ImportPlan.Choice> choices, SyncProgress progress) {
        progress.step(SyncProgress.APPLYING, 0, 1);
        JooqSyncRepository local = new JooqSyncRepository(parts.laptop());
        int[] counts = parts.laptop().inTransaction(() -> {
            long current = SyncMarks.pulledRevision(local, plan.serverId());
            if (current != plan.fromRevision()) {
                if (current >= plan.toRevision()) {
                    return new int[COUNTS];
                }
                throw new ServerException(ServerException.Kind.OTHER, "This laptop synced with the server since the"
                        + " sync was prepared (revision " + current + ", prepared from " + plan.fromRevision() + ")",
                        null);
            }
            ImportPlan merge = plan.pull();
            Map<String, String> seen = plan.plansSeen() == null ? Map.of()
                    : SyncMarks.seenMarks(plan.serverId(), SyncMarks.seenPlans(local, plan.serverId()),
                    plan.plansSeen());
            if (merge.nothingToDo() && plan.toRevision() == current && seen.isEmpty()) {
                return new int[COUNTS]; // nothing new: nothing written
            }
            unchangedSincePrepared(merge);
            if (!merge.nothingToDo()) {
                parts.exchange().apply(merge, choices, "Đồng bộ với " + SOURCE + " (" + parts.serverUser() + ")");
            }
            Map<String, String> signatures = new HashMap<>();
            local.owners().forEach(o -> signatures.put(o.uuid(), o.signature()));
            Map<String, String> marks = new LinkedHashMap<>();
            marks.put(SyncMarks.revisionKey(plan.serverId()), Long.toString(plan.toRevision()));
            marks.putAll(seen);
            for (PlanData p : merge.newPlans()) {
                marks.put(SyncMarks.sentKey(plan.serverId(), p.uuid()), signatures.get(p.uuid()));
            }
            for (VisitData v : merge.newVisits()) {
                marks.put(SyncMarks.sentKey(plan.serverId(), v.uuid()), signatures.get(v.uuid()));
            }
            for (ImportPlan.VisitMerge m : merge.merges()) {
                // the same as the server's: nothing to send; else (kept here, "mine") the next send carries it
                marks.put(SyncMarks.sentKey(plan.serverId(), m.visitUuid()),
                        SyncPull.sameAsServer(m, choices) ? signatures.get(m.visitUuid()) : null);
            }
            local.putSettings(marks);
            return new int[] {plan.plansToBring(), plan.visitsToBring(), plan.filesToBring(),
                    merge.nothingToDo() ? 0 : merge.conflicts().size(), plan.replacedByFinalised()};
        });
        progress.step(SyncProgress.APPLYING, 1, 1);
        return counts;
    }

    /**
     * Refuses to apply a merge worked out against content this laptop has changed since (the user saved something
     * between prepare and complete): applying it would overwrite that change unseen. Nothing is written; prepare
     * again. Inside the apply's transaction, so nothing can change in between.
     */
    private void unchangedSincePrepared(ImportPlan merge) {
        JooqExchangeRepository repository = new JooqExchangeRepository(parts.laptop());
        for (ImportPlan.VisitMerge m : merge.merges()) {
            Map<String, VisitItem> now = (m.isPlan() ? repository.plan(m.visitUuid()).map(PlanData::asMergeable)
                    : repository.visit(m.visitUuid())).map(VisitData::items).orElse(Map.of());
            if (!hashes(now).equals(hashes(m.local().items()))) {
                throw new ServerException(ServerException.Kind.OTHER, m.label() + " changed on this laptop since the"
                        + " sync was prepared: prepare again", null);
            }
        }
    }

    private static Map<String, String> hashes(Map<String, VisitItem> items) {
        Map<String, String> hashes = new HashMap<>();
        items.forEach((key, item) -> hashes.put(key, VisitItem.hashOf(item)));
        return hashes;
    }

    /** Forgets a plan that will not be completed (removes its staged evidence files). */
    public void discard(SyncPlan plan) {
        parts.exchange().discard(plan.pull());
    }
}
