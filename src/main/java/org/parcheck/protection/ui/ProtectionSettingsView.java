package org.parcheck.protection.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** Controller of Settings → "Bảo vệ dữ liệu": the status, its meaning, and the step that fits. */
public final class ProtectionSettingsView {

    private final ProtectionSettingsViewModel viewModel;

    @FXML private Label protectionStatusLabel;
    @FXML private Label protectionMeaningLabel;
    @FXML private Button turnOnButton;
    @FXML private Button changePasswordButton;

    public ProtectionSettingsView(ProtectionSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        protectionStatusLabel.textProperty().bind(viewModel.statusProperty());
        protectionMeaningLabel.textProperty().bind(viewModel.meaningProperty());
        viewModel.knownProperty().addListener((obs, old, known) -> showButtons());
        viewModel.protectedProperty().addListener((obs, old, now) -> showButtons());
        showButtons();
        viewModel.load();
    }

    private void showButtons() {
        boolean known = viewModel.knownProperty().get();
        boolean on = viewModel.protectedProperty().get();
        show(turnOnButton, known && !on);
        turnOnButton.setDisable(!viewModel.canTurnOn());
        show(changePasswordButton, known && on);
    }

    private static void show(Button button, boolean shown) {
        button.setVisible(shown);
        button.setManaged(shown);
    }

    @FXML
    private void onTurnOn() {
        viewModel.turnOn();
    }

    @FXML
    private void onChangePassword() {
        viewModel.changePassword();
    }
}
