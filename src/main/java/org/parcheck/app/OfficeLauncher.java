package org.parcheck.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.fx.WindowSizing;
import org.parcheck.common.i18n.Messages;
import org.parcheck.server.ServerAddress;
import org.parcheck.server.ServerConnection;
import org.parcheck.server.ServerSettings;
import org.parcheck.server.ui.OfficeOpenView;
import org.parcheck.server.ui.OfficeOpenViewModel;

/**
 * "Mở dữ liệu trên máy chủ (chế độ văn phòng)" (#17) from the main window: asks the password for the saved server
 * address ({@link OfficeOpenView}), connects, and opens an {@link OfficeWindow} owned by the main window (it closes
 * with it). The laptop's own data is not touched by any of it, whether it succeeds or fails.
 */
public final class OfficeLauncher {

    private static final Logger LOG = Logger.getLogger(OfficeLauncher.class.getName());

    private final Messages messages;
    private final DialogService dialogs;
    private final Function<Window, DialogService> dialogsFor;
    private final BackgroundExecutor executor;
    private final Window owner;
    private final Path localDir;
    private final Supplier<Optional<ServerAddress>> savedAddress;
    private final OfficeOpenViewModel.Connector connector;
    private final Supplier<Optional<char[]>> keptPassword;

    /**
     * @param dialogsFor   the dialog service over a given window (the office window's)
     * @param owner        the main window (the office window closes with it), or null
     * @param localDir     a local folder for the office window (the laptop's data folder's {@code office}
     *                     sub-folder): nothing of the server's data is written there
     * @param savedAddress the server address saved for this data folder (Settings → Máy chủ của Sở), read off the FX
     *                     thread
     */
    public OfficeLauncher(Messages messages, Function<Window, DialogService> dialogsFor, BackgroundExecutor executor,
                          Window owner, Path localDir, Supplier<Optional<ServerAddress>> savedAddress,
                          OfficeOpenViewModel.Connector connector) {
        this(messages, dialogsFor, executor, owner, localDir, savedAddress, connector, Optional::empty);
    }

    /**
     * @param keptPassword the password kept for the saved address in the operating system's credential store (as
     *                     Settings → Máy chủ của Sở keeps it), or empty; read off the FX thread. The dialog uses it
     *                     when its field is left empty.
     */
    public OfficeLauncher(Messages messages, Function<Window, DialogService> dialogsFor, BackgroundExecutor executor,
                          Window owner, Path localDir, Supplier<Optional<ServerAddress>> savedAddress,
                          OfficeOpenViewModel.Connector connector, Supplier<Optional<char[]>> keptPassword) {
        this.keptPassword = keptPassword;
        this.messages = messages;
        this.dialogsFor = dialogsFor;
        this.dialogs = dialogsFor.apply(owner);
        this.executor = executor;
        this.owner = owner;
        this.localDir = localDir;
        this.savedAddress = savedAddress;
        this.connector = connector;
    }

    /**
     * The server address saved for the open data folder in Settings → "Máy chủ của Sở" ({@code ServerSettings});
     * when there is none, the dialog says where to enter one.
     */
    static Supplier<Optional<ServerAddress>> savedAddress(AppServices laptop) {
        return () -> new ServerSettings(laptop.database()).address();
    }

    /** The saved address and the password kept for it (null: none). */
    private record Saved(ServerAddress address, char[] kept) {
    }

    /** Reads the saved address (and the password kept for it), then asks for the password over the main window. */
    public void open() {
        executor.run(() -> {
            ServerAddress address = savedAddress.get().orElse(null);
            return new Saved(address, address == null ? null : keptPassword.get().orElse(null));
        }).onSuccess(saved -> ask(saved.address(), saved.kept()))
                .onError(e -> {
                    LOG.log(Level.WARNING, "Reading the saved server address failed", e);
                    ask(null, null);
                }).start();
    }

    private Stage ask(ServerAddress address, char[] kept) {
        OfficeOpenViewModel model = new OfficeOpenViewModel(address, kept, connector, executor, messages);
        Stage dialog = new Stage();
        model.whenDone(connection -> closeThen(dialog, () -> opened(connection)), () -> closeThen(dialog, () -> { }));
        dialog.setOnCloseRequest(event -> {
            event.consume();
            model.cancel();
        });
        dialog.setTitle(messages.get("server.office.openTitle"));
        WindowSizing.Size size = WindowSizing.fitted(600, 340);
        dialog.setScene(new Scene(new ViewLoader(messages, type -> new OfficeOpenView(model))
                .load(OfficeOpenView.class).root(), size.width(), size.height()));
        dialogs.showOver(dialog, size);
        if (dialog.getScene().lookup("#officePasswordField") != null) {
            dialog.getScene().lookup("#officePasswordField").requestFocus();
        }
        return dialog;
    }

    /** Builds the server's services off the FX thread, then shows the office window. */
    private void opened(ServerConnection connection) {
        executor.run(() -> AppServices.onServer(localDir, connection.database())).onSuccess(services -> {
            Stage stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            new OfficeWindow(stage, connection, services, messages, executor, dialogsFor).show();
        }).onError(e -> {
            LOG.log(Level.WARNING, "Opening office mode failed", e);
            connection.close();
            dialogs.error(messages.get("server.office.title"), messages.get("server.office.openFailed"));
        }).start();
    }

    /** Closes the dialog once the event being handled is done (see ProtectionWindows), then goes on. */
    private static void closeThen(Stage dialog, Runnable next) {
        Platform.runLater(() -> {
            dialog.close();
            next.run();
        });
    }
}
