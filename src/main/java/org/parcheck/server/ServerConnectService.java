package org.parcheck.server;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.parcheck.plan.Inspector;
import org.parcheck.plan.InspectorService;
import org.parcheck.plan.InvalidInputException;

/**
 * Settings → "Máy chủ của Sở" (#17) without the window: tests a connection to the province server and, when it
 * works, makes it this data folder's server: the address saved ({@link ServerSettings}), the password kept in the
 * operating system's store or forgotten there as the user chose ({@link ServerCredentials}), and the laptop's named
 * inspector made the account's person (the same uuid; the inspector row created if absent). A connection that fails
 * changes nothing on the laptop.
 */
public final class ServerConnectService {

    private static final Logger LOG = Logger.getLogger(ServerConnectService.class.getName());

    /** How a connection is made; {@link ServerConnector#connect} in the app, the same in tests. */
    @FunctionalInterface
    public interface Connector {
        ServerConnection connect(ServerAddress address, char[] password);
    }

    /** What a successful test did. */
    public record Connected(ServerAccount account, Inspector inspector, boolean passwordKept) {
    }

    private final ServerSettings settings;
    private final ServerCredentials credentials;
    private final InspectorService inspectors;
    private final Connector connector;

    public ServerConnectService(ServerSettings settings, ServerCredentials credentials, InspectorService inspectors) {
        this(settings, credentials, inspectors, ServerConnector::connect);
    }

    public ServerConnectService(ServerSettings settings, ServerCredentials credentials, InspectorService inspectors,
                                Connector connector) {
        this.settings = Objects.requireNonNull(settings);
        this.credentials = Objects.requireNonNull(credentials);
        this.inspectors = Objects.requireNonNull(inspectors);
        this.connector = Objects.requireNonNull(connector);
    }

    public ServerSettings settings() {
        return settings;
    }

    public ServerCredentials credentials() {
        return credentials;
    }

    /** The saved address, if any. */
    public Optional<ServerAddress> savedAddress() {
        return settings.address();
    }

    /** The password kept for the saved address, when the user chose to keep it and the store has it. */
    public Optional<char[]> keptPassword() {
        if (!settings.keepPassword() || !credentials.canKeep()) {
            return Optional.empty();
        }
        return settings.address().flatMap(credentials::read);
    }

    /**
     * Connects with {@code address} and {@code password} (wiped before this returns); on success saves the address,
     * keeps or forgets the password as asked, and names the account's person as this laptop's inspector.
     *
     * @param password     the typed password; when empty, the one kept in the store for this address is used
     * @param keepPassword keep it in the operating system's store (only where {@link ServerCredentials#canKeep})
     * @throws ServerException the connection failed; nothing was saved or changed on the laptop
     */
    public Connected connectAndSave(ServerAddress address, char[] password, boolean keepPassword) {
        char[] used = passwordFor(address, password);
        try {
            ServerAccount account = check(address, used.clone());
            return save(address, account, used, keepPassword);
        } finally {
            Arrays.fill(used, '\0');
        }
    }

    /**
     * The password to connect with: {@code typed} (wiped here) when not empty, else the one kept in the store for
     * this address, else empty. The caller wipes the result.
     */
    public char[] passwordFor(ServerAddress address, char[] typed) {
        if (typed != null && typed.length > 0) {
            char[] copy = typed.clone();
            Arrays.fill(typed, '\0');
            return copy;
        }
        return credentials.read(address).orElse(new char[0]);
    }

    /**
     * The first half, reading only (the window runs it in the background, cancellable): connects, reads the
     * account, disconnects. {@code password} is wiped.
     *
     * @throws ServerException the connection failed
     */
    public ServerAccount check(ServerAddress address, char[] password) {
        try (ServerConnection connection = connector.connect(address, password)) {
            return connection.account();
        }
    }

    /**
     * The second half, writing (the window runs it on the writer thread): the account's person named as the
     * laptop's inspector (checked first: a bad one refuses everything with {@link ServerException.Kind#BAD_DATA}),
     * then the password kept or forgotten, then the address saved. {@code password} is not wiped here.
     */
    public Connected save(ServerAddress address, ServerAccount account, char[] password, boolean keepPassword) {
        Inspector inspector = nameInspector(account);
        boolean kept = false;
        if (keepPassword && credentials.canKeep()) {
            kept = credentials.keep(address, password);
        } else {
            credentials.forget(address);
        }
        settings.save(address, kept);
        LOG.info(() -> "Server " + address.jdbcUrl() + " saved; inspector " + inspector.uuid());
        return new Connected(account, inspector, kept);
    }

    /** The laptop's inspector becomes the account's person (same uuid); refused when the account's text is bad. */
    private Inspector nameInspector(ServerAccount account) {
        UUID uuid;
        try {
            uuid = UUID.fromString(account.personUuid());
        } catch (IllegalArgumentException e) {
            throw new ServerException(ServerException.Kind.BAD_DATA, "Bad person uuid in the account", e);
        }
        if (hasControl(account.fullName()) || hasControl(account.jobTitle()) || hasControl(account.agency())) {
            throw new ServerException(ServerException.Kind.BAD_DATA, "A control character in the account's person",
                    null);
        }
        try {
            return inspectors.choose(new Inspector(uuid, account.fullName(), account.jobTitle(), account.agency()));
        } catch (InvalidInputException e) {
            throw new ServerException(ServerException.Kind.BAD_DATA, "The account's person was refused: "
                    + e.getMessage(), e);
        }
    }

    private static boolean hasControl(String text) {
        return text != null && text.chars().anyMatch(Character::isISOControl);
    }
}
