package org.parcheck.protection.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parcheck.common.i18n.Messages;

/**
 * A new password typed twice (#19), as the protection windows ask it: at least {@value #MIN_LENGTH} characters, both
 * the same. Each field's problem is said beside it; it shows once the user tried to go on, or as soon as the second
 * field is as long as the first (so typing is not interrupted by red text after the first character).
 */
public final class NewPassword {

    /** The shortest password accepted. */
    public static final int MIN_LENGTH = org.parcheck.protection.FolderKeys.MIN_PASSWORD_LENGTH;

    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final BooleanProperty tried = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper passwordProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper repeatedProblem = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;

    public NewPassword(Messages messages) {
        valid = Bindings.createBooleanBinding(() -> password.get().length() >= MIN_LENGTH
                && password.get().equals(repeated.get()), password, repeated);
        passwordProblem.bind(Bindings.createStringBinding(() -> {
            int length = password.get().length();
            boolean show = tried.get() || (length > 0 && repeated.get().length() >= length);
            return show && length < MIN_LENGTH ? messages.get("protection.password.tooShort", MIN_LENGTH) : "";
        }, password, repeated, tried));
        repeatedProblem.bind(Bindings.createStringBinding(() -> {
            String first = password.get();
            String second = repeated.get();
            boolean show = tried.get() || second.length() >= first.length() && !second.isEmpty();
            return show && first.length() >= MIN_LENGTH && !first.equals(second)
                    ? messages.get("protection.password.mismatch") : "";
        }, password, repeated, tried));
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatedProperty() {
        return repeated;
    }

    /** What is wrong with the first field ("at least 8 characters"), or empty. */
    public ReadOnlyStringProperty passwordProblemProperty() {
        return passwordProblem.getReadOnlyProperty();
    }

    /** What is wrong with the second field ("not the same"), or empty. */
    public ReadOnlyStringProperty repeatedProblemProperty() {
        return repeatedProblem.getReadOnlyProperty();
    }

    /** Whether both fields hold the same password of the minimum length. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /**
     * The user wants to go on: shows every problem; returns the password as characters (the caller wipes them) or
     * null when a field is wrong.
     */
    public char[] take() {
        tried.set(true);
        return valid.get() ? password.get().toCharArray() : null;
    }

    /** Empties both fields (after use, or on cancel). */
    public void clear() {
        password.set("");
        repeated.set("");
        tried.set(false);
    }
}
