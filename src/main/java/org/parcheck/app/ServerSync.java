package org.parcheck.app;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcheck.server.ServerAddress;
import org.parcheck.server.ServerConnectService;
import org.parcheck.server.ServerConnection;
import org.parcheck.server.ServerConnector;
import org.parcheck.server.ServerCredentials;
import org.parcheck.server.ServerSettings;
import org.parcheck.server.SyncService;
import org.parcheck.server.ui.SyncSteps;

/**
 * The sync dialog's steps for the open data folder (#17): connects to the saved server ({@link ServerConnector},
 * never migrating it) and syncs this folder's database, evidence files and exchange history with it
 * ({@link SyncService}, the same merge as packages).
 */
final class ServerSync implements SyncSteps {

    private static final Logger LOG = Logger.getLogger(ServerSync.class.getName());

    private final AppServices services;
    private final ServerAddress address;
    private final boolean kept;
    private final Supplier<Optional<char[]>> keptPassword;

    /**
     * @param kept         whether the user chose to keep the password in the operating system's credential store
     * @param keptPassword the password kept there for {@code address}, or empty (then the dialog asks it); called
     *                     off the FX thread
     */
    ServerSync(AppServices services, ServerAddress address, boolean kept, Supplier<Optional<char[]>> keptPassword) {
        this.services = services;
        this.address = address;
        this.kept = kept;
        this.keptPassword = keptPassword;
    }

    /** The server address saved for the open data folder (Settings → Máy chủ của Sở), if any; a database read. */
    static Optional<ServerAddress> saved(AppServices services) {
        return new ServerSettings(services.database()).address();
    }

    /** The sync steps of the open data folder with its saved server, if one is saved; a database read. */
    static Optional<SyncSteps> forFolder(AppServices services) {
        ServerConnectService connect = new ServerConnectService(new ServerSettings(services.database()),
                ServerCredentials.forThisSystem(), services.inspectors());
        boolean kept = connect.settings().keepPassword() && connect.credentials().canKeep();
        return connect.savedAddress().map(address -> new ServerSync(services, address, kept,
                connect::keptPassword));
    }

    @Override
    public ServerAddress address() {
        return address;
    }

    @Override
    public boolean passwordKept() {
        return kept;
    }

    @Override
    public Optional<char[]> keptPassword() {
        return kept ? keptPassword.get() : Optional.empty();
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
        return Session.on(sync, () -> {
            try {
                connection.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing the server connection failed", e);
            }
        });
    }
}
