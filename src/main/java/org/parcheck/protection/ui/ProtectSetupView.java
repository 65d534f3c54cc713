package org.parcheck.protection.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.parcheck.common.fx.TaskProgressBox;
import org.parcheck.common.i18n.Messages;

/** Controller of the step "Bảo vệ dữ liệu bằng mật khẩu?": the password twice, the warning, the progress. */
public final class ProtectSetupView {

    private final ProtectSetupViewModel viewModel;
    private final Messages messages;

    @FXML private Label introLabel;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField repeatField;
    @FXML private Label passwordProblemLabel;
    @FXML private Label repeatProblemLabel;
    @FXML private Label minLengthLabel;
    @FXML private TaskProgressBox taskBox;
    @FXML private Label messageLabel;
    @FXML private Button protectButton;
    @FXML private Button skipButton;

    public ProtectSetupView(ProtectSetupViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        NewPassword password = viewModel.password();
        passwordField.textProperty().bindBidirectional(password.passwordProperty());
        repeatField.textProperty().bindBidirectional(password.repeatedProperty());
        passwordProblemLabel.textProperty().bind(password.passwordProblemProperty());
        repeatProblemLabel.textProperty().bind(password.repeatedProblemProperty());
        minLengthLabel.setText(messages.get("protection.password.rule", NewPassword.MIN_LENGTH));
        introLabel.setText(messages.get(viewModel.firstStart() ? "protection.setup.intro"
                : "protection.setup.introSettings"));
        skipButton.setText(viewModel.skipLabel());
        taskBox.bind(viewModel.working(), messages.bundle());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        protectButton.disableProperty().bind(viewModel.workingProperty());
        skipButton.disableProperty().bind(viewModel.workingProperty());
        passwordField.disableProperty().bind(viewModel.workingProperty());
        repeatField.disableProperty().bind(viewModel.workingProperty());
    }

    @FXML
    private void onProtect() {
        viewModel.protect();
    }

    @FXML
    private void onSkip() {
        viewModel.skip();
    }
}
