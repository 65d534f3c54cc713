package org.parcheck.server.ui;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.parcheck.common.fx.Cells;
import org.parcheck.common.fx.Converters;
import org.parcheck.common.fx.TaskProgressBox;
import org.parcheck.server.ServerAddress;

/** Controller of Settings → "Máy chủ của Sở" (#17): binds the fields and forwards the buttons. */
public final class ServerSettingsView {

    private static final String ERROR_STYLE = "pc-error-text";
    private static final String OK_STYLE = "pc-save-state";

    private final ServerSettingsViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private TextField serverHostField;
    @FXML private TextField serverPortField;
    @FXML private TextField serverDatabaseField;
    @FXML private TextField serverUserField;
    @FXML private PasswordField serverPasswordField;
    @FXML private CheckBox serverKeepPasswordCheckBox;
    @FXML private Label serverStoreLabel;
    @FXML private ComboBox<ServerAddress.Tls> serverTlsComboBox;
    @FXML private Label serverTlsWarningLabel;
    @FXML private TextField serverCaFileField;
    @FXML private Button serverTestButton;
    @FXML private TaskProgressBox serverTaskBox;
    @FXML private Label serverResultLabel;

    public ServerSettingsView(ServerSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        serverHostField.textProperty().bindBidirectional(viewModel.hostProperty());
        serverPortField.textProperty().bindBidirectional(viewModel.portProperty());
        serverDatabaseField.textProperty().bindBidirectional(viewModel.databaseProperty());
        serverUserField.textProperty().bindBidirectional(viewModel.userProperty());
        serverPasswordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        serverKeepPasswordCheckBox.selectedProperty().bindBidirectional(viewModel.keepPasswordProperty());
        serverKeepPasswordCheckBox.setDisable(!viewModel.canKeepPassword());
        serverStoreLabel.setText(viewModel.storeText());
        serverTlsComboBox.getItems().setAll(viewModel.tlsChoices());
        serverTlsComboBox.setConverter(Converters.labelled(viewModel::tlsName));
        serverTlsComboBox.setButtonCell(Cells.wrappingButtonCell(viewModel::tlsName));
        serverTlsComboBox.valueProperty().bindBidirectional(viewModel.tlsProperty());
        serverTlsWarningLabel.textProperty().bind(viewModel.tlsWarningProperty());
        serverTlsWarningLabel.visibleProperty().bind(viewModel.tlsWarningProperty().isNotEmpty());
        serverTlsWarningLabel.managedProperty().bind(serverTlsWarningLabel.visibleProperty());
        serverTaskBox.bind(viewModel.runningTask(), resources);
        serverTestButton.disableProperty().bind(viewModel.runningTask().runningProperty());
        serverResultLabel.textProperty().bind(viewModel.resultProperty());
        viewModel.failedProperty().addListener((obs, old, failed) -> style(failed));
        style(viewModel.failedProperty().get());
        viewModel.load();
    }

    private void style(boolean failed) {
        serverResultLabel.getStyleClass().removeAll(ERROR_STYLE, OK_STYLE);
        serverResultLabel.getStyleClass().add(failed ? ERROR_STYLE : OK_STYLE);
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
