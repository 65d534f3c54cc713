package org.parcheck.app.backup;

import java.io.File;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.FileChooser;
import org.parcheck.common.fx.FileChoosers;
import org.parcheck.common.fx.Dialogs;
import org.parcheck.persistence.backup.BackupInfo;

/** Controller of the backups section (inside the settings page). */
public final class BackupsView {

    private final BackupsViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private Label folderLabel;
    @FXML private Label messageLabel;
    @FXML private ListView<BackupInfo> backupList;
    @FXML private Button restoreButton;

    public BackupsView(BackupsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        folderLabel.setText(viewModel.folder());
        messageLabel.textProperty().bind(viewModel.messageProperty());
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
        FileChooser chooser = FileChoosers.create();
        chooser.setInitialFileName("parcheck-du-lieu.zip");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ZIP", "*.zip"));
        File file = FileChoosers.save(chooser, backupList.getScene().getWindow());
        if (file != null) {
            viewModel.exportTo(file.toPath());
        }
    }

    @FXML
    private void onRestore() {
        BackupInfo chosen = backupList.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                MessageFormat.format(resources.getString("app.backups.confirmRestore"),
                        viewModel.label(chosen)), ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(resources.getString("app.backups.restore"));
        confirm.initOwner(backupList.getScene().getWindow());
        Dialogs.localize(confirm, resources).showAndWait().filter(ButtonType.OK::equals)
                .ifPresent(ok -> viewModel.restore(chosen));
    }
}
