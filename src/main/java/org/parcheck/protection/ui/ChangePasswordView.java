package org.parcheck.protection.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import org.parcheck.common.i18n.Messages;

/** Controller of "Đổi mật khẩu": the current password, the new one twice. */
public final class ChangePasswordView {

    private final ChangePasswordViewModel viewModel;
    private final Messages messages;
    private final Runnable close;

    @FXML private PasswordField oldField;
    @FXML private Label oldProblemLabel;
    @FXML private PasswordField newField;
    @FXML private Label newProblemLabel;
    @FXML private PasswordField repeatField;
    @FXML private Label repeatProblemLabel;
    @FXML private Label minLengthLabel;
    @FXML private HBox workingBox;
    @FXML private Button changeButton;
    @FXML private Button cancelChangeButton;

    /** @param close closes the dialog (cancel) */
    public ChangePasswordView(ChangePasswordViewModel viewModel, Messages messages, Runnable close) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.close = close;
    }

    @FXML
    private void initialize() {
        oldField.textProperty().bindBidirectional(viewModel.oldPasswordProperty());
        oldProblemLabel.textProperty().bind(viewModel.oldProblemProperty());
        NewPassword password = viewModel.newPassword();
        newField.textProperty().bindBidirectional(password.passwordProperty());
        repeatField.textProperty().bindBidirectional(password.repeatedProperty());
        newProblemLabel.textProperty().bind(password.passwordProblemProperty());
        repeatProblemLabel.textProperty().bind(password.repeatedProblemProperty());
        minLengthLabel.setText(messages.get("protection.password.rule", NewPassword.MIN_LENGTH));
        workingBox.visibleProperty().bind(viewModel.workingProperty());
        changeButton.disableProperty().bind(viewModel.workingProperty());
        cancelChangeButton.disableProperty().bind(viewModel.workingProperty());
        oldField.disableProperty().bind(viewModel.workingProperty());
        newField.disableProperty().bind(viewModel.workingProperty());
        repeatField.disableProperty().bind(viewModel.workingProperty());
    }

    @FXML
    private void onChange() {
        viewModel.change();
    }

    @FXML
    private void onCancel() {
        close.run();
    }
}
