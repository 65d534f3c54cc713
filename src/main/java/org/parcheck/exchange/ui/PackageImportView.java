package org.parcheck.exchange.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.parcheck.common.fx.Cells;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.TaskProgressBox;
import org.parcheck.common.i18n.Messages;
import org.parcheck.exchange.ImportPlan.Choice;
import org.parcheck.exchange.ui.PackageImportViewModel.AddedRow;
import org.parcheck.exchange.ui.PackageImportViewModel.ChangeRow;
import org.parcheck.exchange.ui.PackageImportViewModel.ConflictRow;

/** Controller of the package import screen: bindings, the file chooser and the choice cells. */
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
    @FXML private TableView<ConflictRow> conflictTable;
    @FXML private TableColumn<ConflictRow, String> conflictVisitColumn;
    @FXML private TableColumn<ConflictRow, String> conflictItemColumn;
    @FXML private TableColumn<ConflictRow, String> mineColumn;
    @FXML private TableColumn<ConflictRow, String> mineWhoColumn;
    @FXML private TableColumn<ConflictRow, String> theirsColumn;
    @FXML private TableColumn<ConflictRow, String> theirsWhoColumn;
    @FXML private TableColumn<ConflictRow, ConflictRow> choiceColumn;

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
        addedLabel.textProperty().bind(viewModel.addedTitleProperty());
        taskBox.bind(viewModel.runningTask(), resources);
        importButton.disableProperty().bind(viewModel.importableProperty().not());
        addedKindColumn.setCellValueFactory(Cells.value(AddedRow::kind));
        addedItemColumn.setCellValueFactory(Cells.value(AddedRow::item));
        autoVisitColumn.setCellValueFactory(Cells.value(ChangeRow::visit));
        autoItemColumn.setCellValueFactory(Cells.value(ChangeRow::item));
        autoValueColumn.setCellValueFactory(Cells.value(ChangeRow::value));
        autoWhoColumn.setCellValueFactory(Cells.value(ChangeRow::who));
        conflictVisitColumn.setCellValueFactory(Cells.value(ConflictRow::visit));
        conflictItemColumn.setCellValueFactory(Cells.value(ConflictRow::item));
        mineColumn.setCellValueFactory(Cells.value(ConflictRow::mine));
        mineWhoColumn.setCellValueFactory(Cells.value(ConflictRow::mineWho));
        theirsColumn.setCellValueFactory(Cells.value(ConflictRow::theirs));
        theirsWhoColumn.setCellValueFactory(Cells.value(ConflictRow::theirsWho));
        choiceColumn.setCellValueFactory(Cells.value(row -> row));
        choiceColumn.setCellFactory(column -> new ChoiceCell());
        addedTable.setItems(viewModel.added());
        automaticTable.setItems(viewModel.automatic());
        conflictTable.setItems(viewModel.conflicts());
        viewModel.doneProperty().addListener((obs, old, done) -> cancelButton.setText(
                messages.get(done ? "exchange.import.close" : "exchange.import.cancel")));
    }

    /** A choice box bound to the row's choice. */
    private final class ChoiceCell extends TableCell<ConflictRow, ConflictRow> {
        private final ChoiceBox<Choice> box = new ChoiceBox<>();
        private ConflictRow bound;

        ChoiceCell() {
            box.getItems().setAll(Choice.MINE, Choice.THEIRS);
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Choice choice) {
                    return choice == null ? "" : messages.get(choice == Choice.MINE ? "exchange.import.chooseMine"
                            : "exchange.import.chooseTheirs");
                }

                @Override
                public Choice fromString(String text) {
                    return null;
                }
            });
        }

        @Override
        protected void updateItem(ConflictRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound.choiceProperty());
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
            } else {
                box.valueProperty().bindBidirectional(row.choiceProperty());
                bound = row;
                setGraphic(box);
            }
        }
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
    private void onAllMine() {
        viewModel.chooseAll(Choice.MINE);
    }

    @FXML
    private void onAllTheirs() {
        viewModel.chooseAll(Choice.THEIRS);
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
        return conflictTable.getScene().getWindow();
    }
}
