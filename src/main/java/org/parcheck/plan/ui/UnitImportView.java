package org.parcheck.plan.ui;

import java.util.List;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.parcheck.common.fx.Cells;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.TaskProgressBox;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.ui.UnitImportViewModel.PreviewRow;
import org.parcheck.plan.ui.UnitImportViewModel.ProblemRow;

/** Controller of the unit import dialog: file chooser, preview and problems tables, import and close buttons. */
public final class UnitImportView {

    private final UnitImportViewModel viewModel;
    private final Messages messages;
    private final DialogService dialogs;

    @FXML private ResourceBundle resources;
    @FXML private TaskProgressBox taskBox;
    @FXML private Label fileLabel;
    @FXML private Label summaryLabel;
    @FXML private Button importButton;
    @FXML private TableView<PreviewRow> previewTable;
    @FXML private TableColumn<PreviewRow, Integer> rowColumn;
    @FXML private TableColumn<PreviewRow, String> codeColumn;
    @FXML private TableColumn<PreviewRow, String> nameColumn;
    @FXML private TableColumn<PreviewRow, String> typeColumn;
    @FXML private TableColumn<PreviewRow, String> validityColumn;
    @FXML private TableColumn<PreviewRow, String> actionColumn;
    @FXML private TableView<ProblemRow> problemTable;
    @FXML private TableColumn<ProblemRow, Integer> problemRowColumn;
    @FXML private TableColumn<ProblemRow, String> problemColumnColumn;
    @FXML private TableColumn<ProblemRow, String> problemTextColumn;

    public UnitImportView(UnitImportViewModel viewModel, Messages messages, DialogService dialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        fileLabel.textProperty().bind(viewModel.fileNameProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        taskBox.bind(viewModel.runningTask(), resources);
        importButton.disableProperty().bind(viewModel.importableProperty().not());
        rowColumn.setCellValueFactory(Cells.value(PreviewRow::row));
        codeColumn.setCellValueFactory(Cells.value(PreviewRow::code));
        nameColumn.setCellValueFactory(Cells.value(PreviewRow::name));
        typeColumn.setCellValueFactory(Cells.value(PreviewRow::type));
        validityColumn.setCellValueFactory(Cells.value(PreviewRow::validity));
        actionColumn.setCellValueFactory(Cells.value(PreviewRow::action));
        problemRowColumn.setCellValueFactory(Cells.value(ProblemRow::row));
        problemColumnColumn.setCellValueFactory(Cells.value(ProblemRow::column));
        problemTextColumn.setCellValueFactory(Cells.value(ProblemRow::text));
        previewTable.setItems(viewModel.rows());
        problemTable.setItems(viewModel.problems());
    }

    public void setOnImported(Runnable callback) {
        viewModel.setOnImported(callback);
    }

    /** The view model, for tests that open a file without the file chooser. */
    UnitImportViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void onChooseFile() {
        dialogs.openFile(messages.get("plan.unitImport.title"), List.of(DialogService.FileType.of(
                messages.get("plan.unitImport.fileFilter"), "xlsx", "csv"))).ifPresent(viewModel::open);
    }

    @FXML
    private void onImport() {
        viewModel.importNow();
    }

    @FXML
    private void onClose() {
        window().hide();
    }

    private Window window() {
        return previewTable.getScene().getWindow();
    }
}
