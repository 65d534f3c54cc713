package org.parcheck.server.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.RunningTask;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.Inspector;
import org.parcheck.server.ServerAccount;
import org.parcheck.server.ServerAddress;
import org.parcheck.server.ServerConnectService;
import org.parcheck.server.ServerCredentials;
import org.parcheck.server.ServerErrors;
import org.parcheck.server.ServerException;

/**
 * Settings → "Máy chủ của Sở" (#17): the server's address, the password (kept only in the OS store, at the user's
 * choice), TLS with a plain warning for the weaker choices, the CA file; "Kiểm tra kết nối" connects in the
 * background (cancellable) and on success saves the address and names the account's person as this laptop's
 * inspector, or says in the user's words why it failed (nothing saved then).
 */
public final class ServerSettingsViewModel {

    private final ServerConnectService service;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final DialogService dialogs;
    private final Consumer<Inspector> inspectorNamed;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(ServerAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("parcheck");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<ServerAddress.Tls> tls = new SimpleObjectProperty<>(ServerAddress.Tls.VERIFY_FULL);
    private final StringProperty caFile = new SimpleStringProperty("");
    private final BooleanProperty keepPassword = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper tlsWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final RunningTask running = new RunningTask();

    /** @param inspectorNamed told the person named after a working connection (the window shows them at once) */
    public ServerSettingsViewModel(ServerConnectService service, BackgroundExecutor executor, Messages messages,
                                   DialogService dialogs, Consumer<Inspector> inspectorNamed) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.dialogs = dialogs;
        this.inspectorNamed = inspectorNamed;
        tls.addListener((obs, old, now) -> tlsWarning.set(warning(now)));
    }

    /** Fills the fields with the saved address (off the FX thread). */
    public void load() {
        executor.run(() -> service.savedAddress().map(a -> new Saved(a, service.settings().keepPassword())))
                .onSuccess(saved -> saved.ifPresent(this::show)).start();
    }

    private record Saved(ServerAddress address, boolean keepPassword) {
    }

    private void show(Saved saved) {
        ServerAddress a = saved.address();
        host.set(a.host());
        port.set(Integer.toString(a.port()));
        database.set(a.database());
        user.set(a.user());
        tls.set(a.tls());
        caFile.set(a.caFile() == null ? "" : a.caFile().toString());
        keepPassword.set(saved.keepPassword() && canKeepPassword());
    }

    /** The TLS choices, the safest first. */
    public List<ServerAddress.Tls> tlsChoices() {
        return List.of(ServerAddress.Tls.values());
    }

    public String tlsName(ServerAddress.Tls choice) {
        return messages.get("server.settings.tls." + choice.name());
    }

    private String warning(ServerAddress.Tls choice) {
        return choice == null || choice == ServerAddress.Tls.VERIFY_FULL ? ""
                : messages.get("server.settings.tlsWarning." + choice.name());
    }

    /** Whether the password can be kept here (the check box is offered). */
    public boolean canKeepPassword() {
        return service.credentials().canKeep();
    }

    /** Where the password is: which OS store, or that it is asked each time. */
    public String storeText() {
        ServerCredentials.Store store = service.credentials().store();
        return messages.get("server.settings.store." + store.name());
    }

    /** Chooses the CA file (PEM). */
    public void chooseCaFile() {
        dialogs.openFile(messages.get("server.settings.caFileTitle"), List.of(DialogService.FileType.of(
                messages.get("server.settings.caFileType"), "pem", "crt", "cer"))).ifPresent(
                        file -> caFile.set(file.toString()));
    }

    /** "Kiểm tra kết nối": connects in the background; on success saves and names the person. */
    public void testConnection() {
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            report(problem.get(), true);
            return;
        }
        ServerAddress address = address();
        char[] typed = password.get().toCharArray();
        password.set("");
        boolean keep = keepPassword.get() && canKeepPassword();
        result.set("");
        failed.set(false);
        // the password to use: the typed one, else the one kept in the OS store (asked off the FX thread)
        char[][] toUse = {new char[0]};
        running.track(messages.get("server.settings.testing"), executor.runTracked(progress -> {
            toUse[0] = service.passwordFor(address, typed);
            return service.check(address, toUse[0].clone());
        }))
                .onSuccess(account -> save(address, account, toUse[0], keep))
                .onError(e -> {
                    wipe(typed, toUse[0]);
                    report(errorText(e), true);
                })
                .onCancelled(() -> {
                    wipe(typed, toUse[0]);
                    report(messages.get("server.settings.cancelled"), true);
                })
                .start();
    }

    private static void wipe(char[]... secrets) {
        for (char[] secret : secrets) {
            Arrays.fill(secret, '\0');
        }
    }

    private void save(ServerAddress address, ServerAccount account, char[] toUse, boolean keep) {
        running.trackToEnd(messages.get("server.settings.saving"), executor.write(() ->
                        service.save(address, account, toUse, keep)))
                .onSuccess(connected -> {
                    inspectorNamed.accept(connected.inspector());
                    String kind = messages.get("server.settings.kind." + account.kind().name());
                    String text = messages.get("server.settings.connected", account.roleName(), kind,
                            connected.inspector().recordText());
                    if (keep) {
                        text += " " + messages.get(connected.passwordKept() ? "server.settings.passwordKept"
                                : "server.settings.passwordNotKept");
                    }
                    keepPassword.set(connected.passwordKept());
                    report(text, false);
                })
                .onError(e -> report(errorText(e), true))
                .whenDone(() -> Arrays.fill(toUse, '\0'))
                .start();
    }

    /** The message for a failure, in the user's words. */
    String errorText(Throwable e) {
        if (e instanceof ServerException s) {
            return ServerErrors.text(messages, s);
        }
        return messages.get("server.error.other", String.valueOf(e.getMessage()));
    }

    private void report(String text, boolean isError) {
        failed.set(isError);
        result.set(text);
    }

    /** What is wrong with the fields, if anything. */
    private Optional<String> problem() {
        if (host.get() == null || host.get().isBlank() || host.get().strip().contains(" ")) {
            return Optional.of(messages.get("server.settings.invalid.host"));
        }
        int number;
        try {
            number = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            number = -1;
        }
        if (number < 1 || number > 65535) {
            return Optional.of(messages.get("server.settings.invalid.port"));
        }
        if (database.get() == null || database.get().isBlank()) {
            return Optional.of(messages.get("server.settings.invalid.database"));
        }
        if (user.get() == null || user.get().isBlank()) {
            return Optional.of(messages.get("server.settings.invalid.user"));
        }
        if (!caFile.get().isBlank()) {
            try {
                if (!Files.isRegularFile(Path.of(caFile.get().strip()))) {
                    return Optional.of(messages.get("server.settings.invalid.caFile", caFile.get().strip()));
                }
            } catch (InvalidPathException e) {
                return Optional.of(messages.get("server.settings.invalid.caFile", caFile.get().strip()));
            }
        }
        return Optional.empty();
    }

    private ServerAddress address() {
        String ca = caFile.get().strip();
        return new ServerAddress(host.get().strip(), Integer.parseInt(port.get().strip()), database.get().strip(),
                user.get().strip(), tls.get(), ca.isEmpty() || tls.get() == ServerAddress.Tls.DISABLE ? null
                : Path.of(ca));
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** The typed password; emptied as soon as a test starts (kept nowhere else than the OS store, if chosen). */
    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<ServerAddress.Tls> tlsProperty() {
        return tls;
    }

    public StringProperty caFileProperty() {
        return caFile;
    }

    public BooleanProperty keepPasswordProperty() {
        return keepPassword;
    }

    /** A plain warning for TLS without certificate check or without TLS; empty for the default. */
    public ReadOnlyStringProperty tlsWarningProperty() {
        return tlsWarning.getReadOnlyProperty();
    }

    /** What the last test said: the account and the person named, or why it failed. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public RunningTask runningTask() {
        return running;
    }
}
