package org.parcheck.server.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;

/** Controller of the dialog that opens office mode (#17): the saved address and the password. */
public final class OfficeOpenView {

    private final OfficeOpenViewModel viewModel;

    @FXML private Label officeAddressLabel;
    @FXML private PasswordField officePasswordField;
    @FXML private Label officeProblemLabel;
    @FXML private Label officeKeptLabel;
    @FXML private HBox officeWorkingBox;
    @FXML private Button officeOpenButton;
    @FXML private Button officeCancelButton;

    public OfficeOpenView(OfficeOpenViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        officeAddressLabel.setText(viewModel.addressText());
        officePasswordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        officeProblemLabel.textProperty().bind(viewModel.problemProperty());
        officeKeptLabel.visibleProperty().bind(viewModel.passwordKeptProperty());
        officeKeptLabel.managedProperty().bind(officeKeptLabel.visibleProperty());
        officeWorkingBox.visibleProperty().bind(viewModel.workingProperty());
        officeWorkingBox.managedProperty().bind(officeWorkingBox.visibleProperty());
        officeOpenButton.disableProperty().bind(viewModel.workingProperty());
        officeCancelButton.disableProperty().bind(viewModel.workingProperty());
        officePasswordField.disableProperty().bind(viewModel.workingProperty().or(
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
