package org.parcheck.exchange.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parcheck.common.i18n.Messages;
import org.parcheck.exchange.PackageException;

/**
 * The import screen's side of a protected package (#19): whether the package read is protected, whether its
 * password is asked (not given yet, or wrong: said beside the field, to be typed again), and the password typed.
 */
public final class PackagePassword {

    private final Messages messages;
    private final StringProperty protection = new SimpleStringProperty("");
    private final BooleanProperty needed = new SimpleBooleanProperty(false);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    PackagePassword(Messages messages) {
        this.messages = messages;
    }

    /** A new file: nothing known, nothing typed. */
    void reset() {
        protection.set("");
        needed.set(false);
        problem.set("");
        password.set("");
    }

    /** The password typed, taken out of the field (null when none was typed). */
    char[] take() {
        if (password.get().isEmpty()) {
            return null;
        }
        char[] typed = password.get().toCharArray();
        password.set("");
        problem.set("");
        return typed;
    }

    /** The package was read: it says whether it was protected; no password is asked any more. */
    void opened(boolean protectedPackage) {
        protection.set(messages.get(protectedPackage ? "exchange.import.protected" : "exchange.import.unprotected"));
        needed.set(false);
        problem.set("");
    }

    /** Whether {@code error} is a password asked or refused; if so, the field is shown (with why, when wrong). */
    boolean refused(Throwable error) {
        if (!(error instanceof PackageException e) || e.kind() != PackageException.Kind.PASSWORD_NEEDED
                && e.kind() != PackageException.Kind.WRONG_PASSWORD) {
            return false;
        }
        protection.set(messages.get("exchange.import.protected"));
        needed.set(true);
        problem.set(e.kind() == PackageException.Kind.WRONG_PASSWORD ? messages.get(e.messageKey(), e.args()) : "");
        return true;
    }

    /** "The package is protected with a password" or "… not protected"; empty until the package was read. */
    public ReadOnlyStringProperty protectionProperty() {
        return protection;
    }

    /** Whether the password is asked: a protected package not opened yet, or opened with a wrong password. */
    public ReadOnlyBooleanProperty neededProperty() {
        return needed;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** "The package's password is wrong", beside the field; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }
}
