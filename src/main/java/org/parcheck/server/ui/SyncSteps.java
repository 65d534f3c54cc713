package org.parcheck.server.ui;

import java.util.Map;
import java.util.Optional;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.server.ServerAddress;
import org.parcheck.server.SyncPlan;
import org.parcheck.server.SyncProgress;
import org.parcheck.server.SyncResult;
import org.parcheck.server.SyncService;

/**
 * What the sync dialog does with the province server (#17), built by the app for the open data folder: the saved
 * address, the password kept in the operating system's credential store (if any), and a connection that prepares
 * and completes a sync ({@code ServerConnector} + {@code SyncService}). Every call but {@link #address()} runs off
 * the FX thread; failures are {@code ServerException}s.
 */
public interface SyncSteps {

    /** The saved address of this data folder's server. */
    ServerAddress address();

    /** Whether a password is kept for the address (then the dialog does not ask it first). Cheap, FX thread. */
    boolean passwordKept();

    /** The password kept in the credential store, or empty; the caller wipes it. */
    Optional<char[]> keptPassword();

    /** Connects with {@code password} (wiped here, whatever happens). */
    Session connect(char[] password);

    /** One open connection's sync of this data folder. */
    interface Session extends AutoCloseable {

        /** Brings the server's changes and works out the merge; writes nothing on the laptop. */
        SyncPlan prepare(SyncProgress progress);

        /** Applies {@code plan} with {@code choices} here, then sends this laptop's changes. */
        SyncResult complete(SyncPlan plan, Map<String, ImportPlan.Choice> choices, SyncProgress progress);

        /** Forgets a plan that will not be completed (its staged files). */
        void discard(SyncPlan plan);

        /** Closes the connection; never throws. */
        @Override
        void close();

        /** The session of {@code sync}: its three steps, then {@code close} (which must not throw) on close. */
        static Session on(SyncService sync, Runnable close) {
            return new Session() {
                @Override
                public SyncPlan prepare(SyncProgress progress) {
                    return sync.prepare(progress);
                }

                @Override
                public SyncResult complete(SyncPlan plan, Map<String, ImportPlan.Choice> choices,
                                           SyncProgress progress) {
                    return sync.complete(plan, choices, progress);
                }

                @Override
                public void discard(SyncPlan plan) {
                    sync.discard(plan);
                }

                @Override
                public void close() {
                    close.run();
                }
            };
        }
    }
}
