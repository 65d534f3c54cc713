package org.parcheck.server.ui;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import org.parcheck.common.fx.ConflictTable;
import org.parcheck.common.fx.TaskProgressBox;
import org.parcheck.server.ui.SyncViewModel.Phase;

/** Controller of the sync dialog (#17): bindings only; the work is the view model's. */
public final class SyncView {

    private final SyncViewModel viewModel;
    @FXML private ResourceBundle resources;
    @FXML private Label serverLabel;
    @FXML private HBox passwordBox;
    @FXML private PasswordField passwordField;
    @FXML private Label problemLabel;
    @FXML private Label statusLabel;
    @FXML private TaskProgressBox taskBox;
    @FXML private ConflictTable conflictsBox;
    @FXML private Button primaryButton;
    @FXML private Button closeButton;

    public SyncView(SyncViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        serverLabel.textProperty().bind(viewModel.serverProperty());
        BooleanBinding asking = viewModel.passwordNeededProperty()
                .and(viewModel.phaseProperty().isEqualTo(Phase.READY));
        passwordBox.visibleProperty().bind(asking);
        passwordBox.managedProperty().bind(asking);
        passwordField.textProperty().bindBidirectional(viewModel.passwordProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        BooleanBinding problem = viewModel.problemProperty().isNotEmpty();
        problemLabel.visibleProperty().bind(problem);
        problemLabel.managedProperty().bind(problem);
        statusLabel.textProperty().bind(viewModel.statusProperty());
        taskBox.bind(viewModel.runningTask(), resources);
        conflictsBox.bind(viewModel.conflicts(), resources);
        BooleanBinding choosing = Bindings.isNotEmpty(viewModel.conflicts());
        conflictsBox.visibleProperty().bind(choosing);
        conflictsBox.managedProperty().bind(choosing);
        primaryButton.textProperty().bind(viewModel.actionProperty());
        primaryButton.disableProperty().bind(viewModel.phaseProperty().isNotEqualTo(Phase.READY)
                .and(viewModel.phaseProperty().isNotEqualTo(Phase.CHOOSING)));
        BooleanBinding synced = viewModel.phaseProperty().isEqualTo(Phase.DONE);
        primaryButton.visibleProperty().bind(synced.not());
        primaryButton.managedProperty().bind(synced.not());
        closeButton.textProperty().bind(Bindings.when(synced)
                .then(resources.getString("server.sync.close")).otherwise(resources.getString("server.sync.cancel")));
        viewModel.passwordNeededProperty().addListener((obs, old, needed) -> {
            if (needed) {
                passwordField.requestFocus();
            }
        });
    }

    /** The view model, for tests. */
    public SyncViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void onPrimary() {
        viewModel.primary();
    }

    @FXML
    private void onClose() {
        closeButton.getScene().getWindow().hide();
    }
}
