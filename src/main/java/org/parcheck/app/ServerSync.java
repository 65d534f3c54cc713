package org.parcheck.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.server.ServerAddress;
import org.parcheck.server.ServerConnection;
import org.parcheck.server.ServerConnector;
import org.parcheck.server.SyncPlan;
import org.parcheck.server.SyncProgress;
import org.parcheck.server.SyncResult;
import org.parcheck.server.SyncService;
import org.parcheck.server.ui.SyncSteps;

/**
 * The sync dialog's steps for the open data folder (#17): connects to the saved server ({@link ServerConnector},
 * never migrating it) and syncs this folder's database, evidence files and exchange history with it
 * ({@link SyncService}, the same merge as packages).
 */
final class ServerSync implements SyncSteps {

    private final AppServices services;
    private final ServerAddress address;
    private final Supplier<Optional<char[]>> keptPassword;

    /**
     * @param keptPassword the password kept in the operating system's credential store for {@code address}, or
     *                     empty (then the dialog asks it); called off the FX thread
     */
    ServerSync(AppServices services, ServerAddress address, Supplier<Optional<char[]>> keptPassword) {
        this.services = services;
        this.address = address;
        this.keptPassword = keptPassword;
    }

    /** The server address saved for {@code dataDir} (Settings → Máy chủ của Sở), if any. Reads a small file. */
    static Optional<ServerAddress> saved(Path dataDir) {
        return Optional.empty(); // TODO(#17 connect): ServerSettings of the data folder
    }

    /** The sync steps of the open data folder with its saved server, if one is saved. */
    static Optional<SyncSteps> forFolder(AppServices services) {
        return saved(services.dataDir()).map(address -> new ServerSync(services, address, Optional::empty));
    }

    @Override
    public ServerAddress address() {
        return address;
    }

    @Override
    public boolean passwordKept() {
        return keptPassword != null && keptPassword.get().map(p -> {
            java.util.Arrays.fill(p, '\0');
            return true;
        }).orElse(false);
    }

    @Override
    public Optional<char[]> keptPassword() {
        return keptPassword == null ? Optional.empty() : keptPassword.get();
    }

    @Override
    public Session connect(char[] password) {
        ServerConnection connection = ServerConnector.connect(address, password);
        SyncService sync;
        try {
            sync = new SyncService(services.database(), services.dataDir(), services.dataKey().orElse(null),
                    services.exchangeService(), connection.database(), connection.account().roleName());
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
        return new Session() {
            @Override
            public SyncPlan prepare(SyncProgress progress) {
                return sync.prepare(progress);
            }

            @Override
            public SyncResult complete(SyncPlan plan, Map<String, ImportPlan.Choice> choices, SyncProgress progress) {
                return sync.complete(plan, choices, progress);
            }

            @Override
            public void discard(SyncPlan plan) {
                sync.discard(plan);
            }

            @Override
            public void close() {
                connection.close();
            }
        };
    }
}
