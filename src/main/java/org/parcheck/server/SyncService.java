package org.parcheck.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.parcheck.exchange.ExchangeService;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.persistence.Database;
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

    private final Database laptop;
    private final Path dataDir;
    private final DataKey key;
    private final ExchangeService exchange;
    private final Database server;
    private final String serverUser;

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
        this.laptop = Objects.requireNonNull(laptop, "laptop");
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.key = key;
        this.exchange = Objects.requireNonNull(exchange, "exchange");
        this.server = Objects.requireNonNull(server, "server");
        this.serverUser = Objects.requireNonNull(serverUser, "serverUser");
    }

    /**
     * Brings the server's changes since this laptop's last sync and works out their merge with this laptop's data;
     * writes nothing here (evidence files wait in a staging folder). Throws {@link ServerException} (the kind says
     * why) or {@link java.util.concurrent.CancellationException} when {@link SyncProgress#cancelled()}.
     */
    public SyncPlan prepare(SyncProgress progress) {
        throw new UnsupportedOperationException("in progress");
    }

    /**
     * Applies {@code plan} here with {@code choices} (conflict id → mine or theirs; a conflict without a choice keeps
     * mine) in one local transaction together with the revision brought home, then sends this laptop's changes
     * (decisions included) to the server in one server transaction. Resumable and idempotent: cut off anywhere, the
     * next sync completes it and sends nothing twice. Throws {@link ServerException}.
     */
    public SyncResult complete(SyncPlan plan, Map<String, ImportPlan.Choice> choices, SyncProgress progress) {
        throw new UnsupportedOperationException("in progress");
    }

    /** Forgets a plan that will not be completed (removes its staged evidence files). */
    public void discard(SyncPlan plan) {
        exchange.discard(plan.pull());
    }
}
