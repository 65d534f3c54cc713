package org.parcheck.protection.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.parcheck.common.i18n.Messages;

/** Controller of the unlock dialog: the password, or the recovery key and a new password. */
public final class UnlockView {

    private final UnlockViewModel viewModel;
    private final Messages messages;

    @FXML private Label folderLabel;
    @FXML private VBox passwordBox;
    @FXML private PasswordField passwordField;
    @FXML private Label passwordProblemLabel;
    @FXML private Hyperlink forgotLink;
    @FXML private VBox recoveryBox;
    @FXML private TextField recoveryField;
    @FXML private Label recoveryProblemLabel;
    @FXML private PasswordField newPasswordField;
    @FXML private Label newPasswordProblemLabel;
    @FXML private PasswordField repeatField;
    @FXML private Label repeatProblemLabel;
    @FXML private HBox workingBox;
    @FXML private Button unlockButton;
    @FXML private Button quitButton;

    public UnlockView(UnlockViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        folderLabel.setText(viewModel.folderText());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        passwordProblemLabel.textProperty().bind(viewModel.passwordProblemProperty());
        recoveryField.textProperty().bindBidirectional(viewModel.recoveryKeyProperty());
        recoveryProblemLabel.textProperty().bind(viewModel.recoveryProblemProperty());
        NewPassword newPassword = viewModel.newPassword();
        newPasswordField.textProperty().bindBidirectional(newPassword.passwordProperty());
        repeatField.textProperty().bindBidirectional(newPassword.repeatedProperty());
        newPasswordProblemLabel.textProperty().bind(newPassword.passwordProblemProperty());
        repeatProblemLabel.textProperty().bind(newPassword.repeatedProblemProperty());
        passwordBox.visibleProperty().bind(viewModel.recoveringProperty().not());
        passwordBox.managedProperty().bind(passwordBox.visibleProperty());
        recoveryBox.visibleProperty().bind(viewModel.recoveringProperty());
        recoveryBox.managedProperty().bind(recoveryBox.visibleProperty());
        workingBox.visibleProperty().bind(viewModel.workingProperty());
        unlockButton.textProperty().bind(Bindings.when(viewModel.recoveringProperty())
                .then(messages.get("protection.unlock.resetAndOpen"))
                .otherwise(messages.get("protection.unlock.open")));
        unlockButton.disableProperty().bind(viewModel.workingProperty());
        quitButton.disableProperty().bind(viewModel.workingProperty());
        passwordBox.disableProperty().bind(viewModel.workingProperty());
        recoveryBox.disableProperty().bind(viewModel.workingProperty());
        viewModel.passwordProblemProperty().addListener((obs, old, problem) -> {
            if (!problem.isEmpty()) {
                passwordField.requestFocus();
                passwordField.selectAll();
            }
        });
        viewModel.recoveringProperty().addListener((obs, old, recovering) -> Platform.runLater(() ->
                (recovering ? recoveryField : passwordField).requestFocus()));
    }

    @FXML
    private void onUnlock() {
        if (viewModel.recoveringProperty().get()) {
            viewModel.resetAndUnlock();
        } else {
            viewModel.unlock();
        }
    }

    @FXML
    private void onForgot() {
        viewModel.useRecoveryKey();
    }

    @FXML
    private void onBack() {
        viewModel.usePassword();
    }

    @FXML
    private void onQuit() {
        viewModel.cancel();
    }
}
