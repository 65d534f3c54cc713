package org.parcheck.server.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;

/** Controller of the dialog that opens office mode (#17): the saved address and the password. */
public final class OfficeOpenView {

    private final OfficeOpenViewModel viewModel;

    @FXML private Label addressLabel;
    @FXML private PasswordField passwordField;
    @FXML private Label problemLabel;
    @FXML private HBox workingBox;
    @FXML private Button openButton;
    @FXML private Button cancelButton;

    public OfficeOpenView(OfficeOpenViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        addressLabel.setText(viewModel.addressText());
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        workingBox.visibleProperty().bind(viewModel.workingProperty());
        workingBox.managedProperty().bind(workingBox.visibleProperty());
        openButton.disableProperty().bind(viewModel.workingProperty());
        cancelButton.disableProperty().bind(viewModel.workingProperty());
        passwordField.disableProperty().bind(viewModel.workingProperty().or(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> !viewModel.hasAddress())));
    }

    @FXML
    private void onOpen() {
        viewModel.open();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }
}
