package org.parcheck.exchange.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/** Controller of the export dialog's protection choice (#19): bindings only; the rules are in the view model. */
public final class PackageExportView {

    private final PackageExportViewModel viewModel;
    @FXML private Label fileLabel;
    @FXML private CheckBox protectCheck;
    @FXML private VBox passwordBox;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField repeatField;
    @FXML private Label problemLabel;
    @FXML private Label unprotectedLabel;
    @FXML private Button exportButton;

    public PackageExportView(PackageExportViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        protectCheck.selectedProperty().bindBidirectional(viewModel.protectProperty());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        repeatField.textProperty().bindBidirectional(viewModel.repeatProperty());
        passwordBox.visibleProperty().bind(viewModel.protectProperty());
        passwordBox.managedProperty().bind(viewModel.protectProperty());
        unprotectedLabel.visibleProperty().bind(viewModel.protectProperty().not());
        unprotectedLabel.managedProperty().bind(viewModel.protectProperty().not());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        exportButton.disableProperty().bind(viewModel.exportableProperty().not());
    }

    /** The file the package goes to, as the dialog names it. */
    public void setFileName(String name) {
        fileLabel.setText(name);
    }

    public PackageExportViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void onExport() {
        if (viewModel.export()) {
            exportButton.getScene().getWindow().hide();
        }
    }

    @FXML
    private void onCancel() {
        exportButton.getScene().getWindow().hide();
    }
}
