package org.parcheck.server.ui;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.server.OfficeAccess;
import org.parcheck.server.ServerAddress;
import org.parcheck.server.ServerConnection;
import org.parcheck.server.ServerErrors;
import org.parcheck.server.ServerException;

/**
 * "Mở dữ liệu trên máy chủ (chế độ văn phòng)" (#17): the saved address, the password, then a connection in the
 * background. A failure (unreachable, wrong password, TLS, no rights, a newer schema…) or an inspector's account is
 * said in the dialog, which stays open; nothing is written anywhere. On success the connection goes to the caller.
 */
public final class OfficeOpenViewModel {

    private static final Logger LOG = Logger.getLogger(OfficeOpenViewModel.class.getName());

    /** Opens a connection ({@code ServerConnector::connect}; a test's own in view-model tests). */
    @FunctionalInterface
    public interface Connector {
        ServerConnection connect(ServerAddress address, char[] password);
    }

    private final ServerAddress address;
    private final Connector connector;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper passwordKept = new ReadOnlyBooleanWrapper();
    private Consumer<ServerConnection> opened = connection -> { };
    private Runnable cancelled = () -> { };
    private char[] kept;

    /** @param address the saved address of this data folder, or null when none was saved */
    public OfficeOpenViewModel(ServerAddress address, Connector connector, BackgroundExecutor executor,
                               Messages messages) {
        this(address, null, connector, executor, messages);
    }

    /**
     * @param address the saved address of this data folder, or null when none was saved
     * @param kept    the password kept for it in the operating system's credential store (Settings → Máy chủ của
     *                Sở), or null: used when the field is left empty, as the Settings page does; wiped once used
     */
    public OfficeOpenViewModel(ServerAddress address, char[] kept, Connector connector, BackgroundExecutor executor,
                               Messages messages) {
        this.address = address;
        this.connector = connector;
        this.executor = executor;
        this.messages = messages;
        this.kept = address == null || kept == null || kept.length == 0 ? null : kept;
        passwordKept.set(this.kept != null);
    }

    /** What happens once connected (an office or leader account), and when the user cancels. */
    public void whenDone(Consumer<ServerConnection> onOpened, Runnable onCancelled) {
        this.opened = onOpened;
        this.cancelled = onCancelled;
    }

    /** "Máy chủ db.noivu.caobang.gov.vn:5432, cơ sở dữ liệu parcheck, tài khoản vanphong", or that none is saved. */
    public String addressText() {
        return address == null ? messages.get("server.office.noAddress")
                : messages.get("server.office.address", address.host(), String.valueOf(address.port()),
                address.database(), address.user());
    }

    public boolean hasAddress() {
        return address != null;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Whether a password kept in the credential store is used when the field is left empty. */
    public ReadOnlyBooleanProperty passwordKeptProperty() {
        return passwordKept.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** Connects with the password typed (then cleared from the field). */
    public void open() {
        if (working.get()) {
            return;
        }
        if (address == null) {
            problem.set(messages.get("server.office.noAddress"));
            return;
        }
        boolean typedOne = password.get() != null && !password.get().isEmpty();
        if (!typedOne && kept == null) {
            problem.set(messages.get("server.office.passwordEmpty"));
            return;
        }
        // the typed password, else the one kept in the credential store (as the Settings page does)
        char[] typed = typedOne ? password.get().toCharArray() : kept.clone();
        boolean usedKept = !typedOne;
        password.set("");
        problem.set("");
        working.set(true);
        executor.run(() -> {
            ServerConnection connection = connector.connect(address, typed);
            if (!OfficeAccess.allows(connection.account())) {
                connection.close();
                throw new OfficeAccess.RefusedException(connection.account());
            }
            return connection;
        }).onSuccess(connection -> {
            working.set(false);
            forgetKept();
            opened.accept(connection);
        }).onError(error -> {
            working.set(false);
            String said = describe(error);
            if (usedKept && !(error instanceof OfficeAccess.RefusedException) && (error instanceof ServerException e
                    ? e : ServerErrors.classify(error)).kind() == ServerException.Kind.WRONG_PASSWORD) {
                forgetKept(); // refused: the field asks for the password now
                // the user typed nothing: say it was the kept one (docs/server/office.md, "Checked on screen")
                said = messages.get("server.office.keptRefused");
            }
            problem.set(said);
        }).start();
    }

    /** The user's words for why opening failed (logged once, here). */
    String describe(Throwable error) {
        if (error instanceof OfficeAccess.RefusedException refused) {
            return messages.get("server.office.inspectorRefused", refused.person());
        }
        LOG.log(Level.WARNING, "Office mode: connecting failed", error);
        ServerException server = error instanceof ServerException e ? e : ServerErrors.classify(error);
        return messages.get(ServerErrors.messageKey(server));
    }

    public void cancel() {
        if (!working.get()) {
            forgetKept();
            cancelled.run();
        }
    }

    private void forgetKept() {
        if (kept != null) {
            Arrays.fill(kept, '\0');
            kept = null;
        }
        passwordKept.set(false);
    }
}
