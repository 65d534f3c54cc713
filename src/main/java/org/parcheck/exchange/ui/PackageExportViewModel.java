package org.parcheck.exchange.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.i18n.Messages;
import org.parcheck.exchange.ExchangeService;

/**
 * The export dialog's protection choice (#19): "protect the package with a password", checked by default when the
 * data folder is protected; the password typed twice (at least {@link ExchangeService#MIN_PASSWORD_LENGTH}
 * characters); an unprotected package from a protected folder is confirmed once. {@link #export()} hands the chosen
 * password (null: unprotected) to the exporter; the password is kept nowhere else.
 */
public final class PackageExportViewModel {

    private final boolean folderProtected;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<char[]> exporter;
    private final BooleanProperty protect = new SimpleBooleanProperty();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringBinding problem;
    private final BooleanBinding exportable;

    /** {@code exporter} runs the export with the password, or null for an unprotected package. */
    public PackageExportViewModel(boolean folderProtected, DialogService dialogs, Messages messages,
                                  Consumer<char[]> exporter) {
        this.folderProtected = folderProtected;
        this.dialogs = dialogs;
        this.messages = messages;
        this.exporter = Objects.requireNonNull(exporter);
        protect.set(folderProtected);
        problem = Bindings.createStringBinding(this::problemText, protect, password, repeat);
        exportable = Bindings.createBooleanBinding(() -> !protect.get()
                || password.get().length() >= ExchangeService.MIN_PASSWORD_LENGTH
                && password.get().equals(repeat.get()), protect, password, repeat);
    }

    private String problemText() {
        if (!protect.get() || password.get().isEmpty()) {
            return "";
        }
        if (password.get().length() < ExchangeService.MIN_PASSWORD_LENGTH) {
            return messages.get("exchange.export.passwordTooShort", ExchangeService.MIN_PASSWORD_LENGTH);
        }
        if (!repeat.get().isEmpty() && !password.get().equals(repeat.get())) {
            return messages.get("exchange.export.passwordMismatch");
        }
        return "";
    }

    /**
     * Exports when the choice is complete: protected with the password typed twice, or unprotected (from a protected
     * folder only after the user confirmed). Returns whether the export was started (the dialog then closes).
     */
    public boolean export() {
        if (!exportable.get()) {
            return false;
        }
        if (!protect.get()) {
            if (folderProtected && !dialogs.confirm(messages.get("exchange.export.unprotectedTitle"),
                    messages.get("exchange.export.unprotectedConfirm"))) {
                return false;
            }
            exporter.accept(null);
            return true;
        }
        char[] chosen = password.get().toCharArray();
        password.set("");
        repeat.set("");
        exporter.accept(chosen);
        return true;
    }

    public boolean folderProtected() {
        return folderProtected;
    }

    public BooleanProperty protectProperty() {
        return protect;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    /** Why the password cannot be used yet (too short, the two differ); empty when it can. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding exportableProperty() {
        return exportable;
    }
}
