package org.parcheck.server;

import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.parcheck.persistence.AppMetadata;
import org.parcheck.persistence.Database;

/**
 * The province server this data folder syncs with (#17): its address, and whether the password is kept in the
 * operating system's credential store ({@link ServerCredentials}). Never the password itself.
 *
 * <p>Kept in the laptop's database ({@code app_setting}, keys {@code provinceServer.*}), like the current inspector
 * (docs/record/inspector.md), not in {@code settings.properties}: the window and {@code parcheck sync} both open the
 * data folder and need it; a protected folder (#19) keeps it encrypted with the rest (the settings file is plain
 * text); and {@code settings.properties} is written whole from the copy the window read at start, which would drop
 * keys saved meanwhile. Consequence: a restored backup brings back the address saved when it was made.
 */
public final class ServerSettings {

    private static final Logger LOG = Logger.getLogger(ServerSettings.class.getName());
    static final String HOST = "provinceServer.host";
    static final String PORT = "provinceServer.port";
    static final String DATABASE = "provinceServer.database";
    static final String USER = "provinceServer.user";
    static final String TLS = "provinceServer.tls";
    static final String CA_FILE = "provinceServer.caFile";
    static final String KEEP_PASSWORD = "provinceServer.keepPassword";

    private final Database database;
    private final AppMetadata metadata;

    public ServerSettings(Database laptop) {
        this.database = laptop;
        this.metadata = new AppMetadata(laptop);
    }

    /** The saved address; empty when none was saved (or what was saved cannot be read: then it is asked again). */
    public Optional<ServerAddress> address() {
        Optional<String> host = metadata.get(HOST).filter(h -> !h.isBlank());
        if (host.isEmpty()) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(metadata.get(PORT).orElse(Integer.toString(ServerAddress.DEFAULT_PORT)));
            ServerAddress.Tls tls = ServerAddress.Tls.valueOf(metadata.get(TLS).orElse(
                    ServerAddress.Tls.VERIFY_FULL.name()));
            Path ca = metadata.get(CA_FILE).filter(f -> !f.isBlank()).map(Path::of).orElse(null);
            return Optional.of(new ServerAddress(host.get(), port, metadata.get(DATABASE).orElse(""),
                    metadata.get(USER).orElse(""), tls, ca));
        } catch (IllegalArgumentException e) { // a bad number, TLS name or path
            LOG.warning("Ignoring an unreadable saved server address: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Whether the user chose to keep the password in the operating system's store (else it is asked each time). */
    public boolean keepPassword() {
        return metadata.get(KEEP_PASSWORD).map(Boolean::parseBoolean).orElse(false);
    }

    /** Saves the address and the password choice, in one transaction. */
    public void save(ServerAddress address, boolean keepPassword) {
        database.inTransaction(() -> {
            metadata.put(HOST, address.host());
            metadata.put(PORT, Integer.toString(address.port()));
            metadata.put(DATABASE, address.database());
            metadata.put(USER, address.user());
            metadata.put(TLS, address.tls().name());
            metadata.put(CA_FILE, address.caFile() == null ? "" : address.caFile().toString());
            metadata.put(KEEP_PASSWORD, Boolean.toString(keepPassword));
            return null;
        });
    }
}
