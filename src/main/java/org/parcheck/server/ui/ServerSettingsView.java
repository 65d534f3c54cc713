package org.parcheck.server.ui;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.parcheck.common.fx.Converters;
import org.parcheck.common.fx.TaskProgressBox;
import org.parcheck.server.ServerAddress;

/** Controller of Settings → "Máy chủ của Sở" (#17): binds the fields and forwards the buttons. */
public final class ServerSettingsView {

    private static final String ERROR_STYLE = "pc-error-text";
    private static final String OK_STYLE = "pc-save-state";

    private final ServerSettingsViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField databaseField;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private CheckBox keepPasswordCheckBox;
    @FXML private Label storeLabel;
    @FXML private ComboBox<ServerAddress.Tls> tlsComboBox;
    @FXML private Label tlsWarningLabel;
    @FXML private TextField caFileField;
    @FXML private Button testButton;
    @FXML private TaskProgressBox taskBox;
    @FXML private Label resultLabel;

    public ServerSettingsView(ServerSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        hostField.textProperty().bindBidirectional(viewModel.hostProperty());
        portField.textProperty().bindBidirectional(viewModel.portProperty());
        databaseField.textProperty().bindBidirectional(viewModel.databaseProperty());
        userField.textProperty().bindBidirectional(viewModel.userProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        keepPasswordCheckBox.selectedProperty().bindBidirectional(viewModel.keepPasswordProperty());
        keepPasswordCheckBox.setDisable(!viewModel.canKeepPassword());
        storeLabel.setText(viewModel.storeText());
        tlsComboBox.getItems().setAll(viewModel.tlsChoices());
        tlsComboBox.setConverter(Converters.labelled(viewModel::tlsName));
        tlsComboBox.valueProperty().bindBidirectional(viewModel.tlsProperty());
        tlsWarningLabel.textProperty().bind(viewModel.tlsWarningProperty());
        tlsWarningLabel.visibleProperty().bind(viewModel.tlsWarningProperty().isNotEmpty());
        tlsWarningLabel.managedProperty().bind(tlsWarningLabel.visibleProperty());
        taskBox.bind(viewModel.runningTask(), resources);
        testButton.disableProperty().bind(viewModel.runningTask().runningProperty());
        resultLabel.textProperty().bind(viewModel.resultProperty());
        viewModel.failedProperty().addListener((obs, old, failed) -> style(failed));
        style(viewModel.failedProperty().get());
        viewModel.load();
    }

    private void style(boolean failed) {
        resultLabel.getStyleClass().removeAll(ERROR_STYLE, OK_STYLE);
        resultLabel.getStyleClass().add(failed ? ERROR_STYLE : OK_STYLE);
    }

    @FXML
    private void onChooseCaFile() {
        viewModel.chooseCaFile();
    }

    @FXML
    private void onTest() {
        viewModel.testConnection();
    }
}
