package org.parcheck.plan.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.parcheck.plan.Inspector;

/** Controller of the "who is using this laptop" dialog: list of known people, fields for a new one. */
public final class InspectorChooserView {

    private final InspectorChooserViewModel viewModel;

    @FXML
    private VBox rootPane;
    @FXML
    private Label introLabel;
    @FXML
    private Label currentLabel;
    @FXML
    private ListView<Inspector> peopleList;
    @FXML
    private TextField nameField;
    @FXML
    private TextField jobTitleField;
    @FXML
    private TextField agencyField;
    @FXML
    private Label messageLabel;
    @FXML
    private Button confirmButton;

    public InspectorChooserView(InspectorChooserViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        peopleList.setItems(viewModel.people());
        peopleList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Inspector person, boolean empty) {
                super.updateItem(person, empty);
                setText(empty || person == null ? null : viewModel.label(person));
            }
        });
        peopleList.getSelectionModel().selectedItemProperty().addListener((obs, old, person) -> {
            if (person != null) {
                viewModel.selectedProperty().set(person);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, person) -> {
            if (person == null) {
                peopleList.getSelectionModel().clearSelection();
            } else {
                peopleList.getSelectionModel().select(person);
                peopleList.scrollTo(person);
            }
        });
        peopleList.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && viewModel.selectedProperty().get() != null) {
                viewModel.confirm();
            }
        });
        peopleList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.confirm();
                event.consume();
            }
        });
        nameField.textProperty().bindBidirectional(viewModel.fullNameProperty());
        jobTitleField.textProperty().bindBidirectional(viewModel.jobTitleProperty());
        agencyField.textProperty().bindBidirectional(viewModel.agencyProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        currentLabel.textProperty().bind(viewModel.currentProperty());
        introLabel.visibleProperty().bind(viewModel.firstStartProperty());
        introLabel.managedProperty().bind(viewModel.firstStartProperty());
        confirmButton.disableProperty().bind(viewModel.busyProperty());
        viewModel.doneProperty().addListener((obs, old, done) -> {
            if (done) {
                close();
            }
        });
        viewModel.load();
    }

    public InspectorChooserViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void onConfirm() {
        viewModel.confirm();
    }

    @FXML
    private void onCancel() {
        close();
    }

    private void close() {
        if (rootPane.getScene() != null && rootPane.getScene().getWindow() != null) {
            rootPane.getScene().getWindow().hide();
        }
    }
}
