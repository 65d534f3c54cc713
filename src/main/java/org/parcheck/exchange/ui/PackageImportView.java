package org.parcheck.exchange.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.parcheck.common.fx.Cells;
import org.parcheck.common.fx.ConflictTable;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.TaskProgressBox;
import org.parcheck.common.i18n.Messages;
import org.parcheck.exchange.ui.PackageImportViewModel.AddedRow;
import org.parcheck.exchange.ui.PackageImportViewModel.ChangeRow;

/** Controller of the package import screen: bindings and the file chooser (the conflicts: {@link ConflictTable}). */
public final class PackageImportView {

    private final PackageImportViewModel viewModel;
    private final Messages messages;
    private final DialogService dialogs;
    @FXML private ResourceBundle resources;
    @FXML private TaskProgressBox taskBox;

    @FXML private Label fileLabel;
    @FXML private Label protectionLabel;
    @FXML private HBox passwordBox;
    @FXML private PasswordField packagePasswordField;
    @FXML private Label passwordProblemLabel;
    @FXML private Label headerLabel;
    @FXML private Label summaryLabel;
    @FXML private Label finalisedLabel;
    @FXML private Label addedLabel;
    @FXML private Button importButton;
    @FXML private Button cancelButton;
    @FXML private TableView<AddedRow> addedTable;
    @FXML private TableColumn<AddedRow, String> addedKindColumn;
    @FXML private TableColumn<AddedRow, String> addedItemColumn;
    @FXML private TableView<ChangeRow> automaticTable;
    @FXML private TableColumn<ChangeRow, String> autoVisitColumn;
    @FXML private TableColumn<ChangeRow, String> autoItemColumn;
    @FXML private TableColumn<ChangeRow, String> autoValueColumn;
    @FXML private TableColumn<ChangeRow, String> autoWhoColumn;
    @FXML private ConflictTable conflictsBox;

    public PackageImportView(PackageImportViewModel viewModel, Messages messages, DialogService dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        fileLabel.textProperty().bind(viewModel.fileNameProperty());
        PackagePassword password = viewModel.packagePassword();
        protectionLabel.textProperty().bind(password.protectionProperty());
        passwordBox.visibleProperty().bind(password.neededProperty());
        passwordBox.managedProperty().bind(password.neededProperty());
        packagePasswordField.textProperty().bindBidirectional(password.passwordProperty());
        passwordProblemLabel.textProperty().bind(password.problemProperty());
        password.neededProperty().addListener((obs, old, needed) -> {
            if (needed) {
                packagePasswordField.requestFocus();
            }
        });
        headerLabel.textProperty().bind(viewModel.headerProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        finalisedLabel.textProperty().bind(viewModel.finalisedElsewhereProperty());
        finalisedLabel.visibleProperty().bind(viewModel.finalisedElsewhereProperty().isNotEmpty());
        finalisedLabel.managedProperty().bind(finalisedLabel.visibleProperty());
        addedLabel.textProperty().bind(viewModel.addedTitleProperty());
        taskBox.bind(viewModel.runningTask(), resources);
        importButton.disableProperty().bind(viewModel.importableProperty().not());
        addedKindColumn.setCellValueFactory(Cells.value(AddedRow::kind));
        addedItemColumn.setCellValueFactory(Cells.value(AddedRow::item));
        autoVisitColumn.setCellValueFactory(Cells.value(ChangeRow::visit));
        autoItemColumn.setCellValueFactory(Cells.value(ChangeRow::item));
        autoValueColumn.setCellValueFactory(Cells.value(ChangeRow::value));
        autoWhoColumn.setCellValueFactory(Cells.value(ChangeRow::who));
        addedTable.setItems(viewModel.added());
        automaticTable.setItems(viewModel.automatic());
        conflictsBox.bind(viewModel.conflicts(), resources);
        viewModel.doneProperty().addListener((obs, old, done) -> cancelButton.setText(
                messages.get(done ? "exchange.import.close" : "exchange.import.cancel")));
    }

    /** The view model, for tests and for opening a file given on the command line. */
    public PackageImportViewModel viewModel() {
        return viewModel;
    }

    public void open(Path file) {
        viewModel.open(file);
    }

    public void setOnImported(Runnable callback) {
        viewModel.setOnImported(callback);
    }

    @FXML
    private void onChooseFile() {
        dialogs.openFile(messages.get("exchange.import.title"), List.of(DialogService.FileType.of(
                messages.get("exchange.import.fileFilter"), "parcheck"))).ifPresent(viewModel::open);
    }

    @FXML
    private void onUnlock() {
        viewModel.unlock();
    }

    @FXML
    private void onImport() {
        viewModel.confirm();
    }

    @FXML
    private void onCancel() {
        viewModel.discard();
        window().hide();
    }

    private Window window() {
        return conflictsBox.getScene().getWindow();
    }
}
