package org.parcheck.server;

import java.util.Optional;
import org.parcheck.server.ui.SyncSteps;

/**
 * The sync dialog's steps for tests that bring their own session: the test server's address for {@code role}, a
 * password kept in the credential store (so the dialog asks none), and {@code session} as the connection.
 */
final class KeptPasswordSteps implements SyncSteps {

    private final String role;
    private final String password;
    private final Session session;

    KeptPasswordSteps(String role, String password, Session session) {
        this.role = role;
        this.password = password;
        this.session = session;
    }

    @Override
    public ServerAddress address() {
        return new ServerAddress("localhost", TestServers.postgres().getPort(), "parcheck", role,
                ServerAddress.Tls.DISABLE, null);
    }

    @Override
    public boolean passwordKept() {
        return true;
    }

    @Override
    public Optional<char[]> keptPassword() {
        return Optional.of(password.toCharArray());
    }

    @Override
    public Session connect(char[] password) {
        return session;
    }
}
