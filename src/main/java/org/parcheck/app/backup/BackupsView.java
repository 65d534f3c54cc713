package org.parcheck.app.backup;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.parcheck.common.fx.TaskProgressBox;
import org.parcheck.persistence.backup.BackupInfo;

/** Controller of the backups section (inside the settings page). */
public final class BackupsView {

    private final BackupsViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private Label folderLabel;
    @FXML private Label messageLabel;
    @FXML private ListView<BackupInfo> backupList;
    @FXML private Button restoreButton;
    @FXML private TaskProgressBox taskBox;

    public BackupsView(BackupsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        folderLabel.setText(viewModel.folder());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        taskBox.bind(viewModel.runningTask(), resources);
        backupList.setItems(viewModel.backups());
        backupList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(BackupInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.label(item));
            }
        });
        restoreButton.disableProperty().bind(backupList.getSelectionModel().selectedItemProperty().isNull());
        viewModel.load();
    }

    @FXML
    private void onBackupNow() {
        viewModel.backupNow();
    }

    @FXML
    private void onExport() {
        viewModel.export();
    }

    @FXML
    private void onRestore() {
        viewModel.askAndRestore(backupList.getSelectionModel().getSelectedItem());
    }
}
