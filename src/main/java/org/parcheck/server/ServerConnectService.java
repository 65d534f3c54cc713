package org.parcheck.server;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.parcheck.plan.Inspector;
import org.parcheck.plan.InspectorService;
import org.parcheck.plan.Problem;

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

    /** What a connection showed: the account, and its person as the laptop will record them (checked). */
    public record Checked(ServerAccount account, Inspector person) {
    }

    /** What a successful test did: the account, the inspector named, whether the password is kept in the OS store. */
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
            Checked checked = check(address, used.clone());
            boolean kept = keepOrForget(address, used, keepPassword);
            return save(address, checked, kept);
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
     * Step 1, reading only (the window runs it in the background, cancellable): connects, reads the account,
     * disconnects, and checks the account's person as the laptop would record them. {@code password} is wiped.
     *
     * @return the account and the person the laptop's inspector will become
     * @throws ServerException the connection failed, or the account's person is not valid
     *                         ({@link ServerException.Kind#BAD_DATA})
     */
    public Checked check(ServerAddress address, char[] password) {
        ServerAccount account;
        try (ServerConnection connection = connector.connect(address, password)) {
            account = connection.account();
        }
        return new Checked(account, person(account));
    }

    /**
     * Step 2 (in the background: the store's tool may ask to unlock the keyring): keeps {@code password} in the
     * operating system's store when {@code keep} and there is one, else removes one kept before. Whether it is kept.
     * {@code password} is not wiped here.
     */
    public boolean keepOrForget(ServerAddress address, char[] password, boolean keep) {
        if (keep && credentials.canKeep()) {
            return credentials.keep(address, password);
        }
        credentials.forget(address);
        return false;
    }

    /**
     * Step 3, writing the laptop's database (the window runs it on the writer thread): the person of
     * {@link #check} named as the laptop's inspector, then the address and the password choice saved.
     */
    public Connected save(ServerAddress address, Checked checked, boolean passwordKept) {
        Inspector inspector = inspectors.choose(checked.person());
        settings.save(address, passwordKept);
        LOG.info(() -> "Server " + address.jdbcUrl() + " saved; inspector " + inspector.uuid());
        return new Connected(checked.account(), inspector, passwordKept);
    }

    /** The account's person as the laptop's inspector (same uuid); refused when the account's text is bad. */
    static Inspector person(ServerAccount account) {
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
        List<Problem> problems = InspectorService.check(account.fullName(), account.jobTitle(), account.agency());
        if (!problems.isEmpty()) {
            throw new ServerException(ServerException.Kind.BAD_DATA, "The account's person was refused: "
                    + problems, null);
        }
        return new Inspector(uuid, account.fullName(), account.jobTitle(), account.agency());
    }

    private static boolean hasControl(String text) {
        return text != null && text.chars().anyMatch(Character::isISOControl);
    }
}
