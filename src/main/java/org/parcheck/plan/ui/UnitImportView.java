package org.parcheck.plan.ui;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.parcheck.common.fx.FileChoosers;
import org.parcheck.common.fx.Cells;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.ui.UnitImportViewModel.PreviewRow;
import org.parcheck.plan.ui.UnitImportViewModel.ProblemRow;

/** Controller of the unit import dialog: file chooser, preview and problems tables, import and close buttons. */
public final class UnitImportView {

    private final UnitImportViewModel viewModel;
    private final Messages messages;

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

    public UnitImportView(UnitImportViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        fileLabel.textProperty().bind(viewModel.fileNameProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
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
        FileChooser chooser = FileChoosers.create();
        chooser.setTitle(messages.get("plan.unitImport.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("plan.unitImport.fileFilter"),
                "*.xlsx", "*.csv"));
        File file = FileChoosers.open(chooser, window());
        if (file != null) {
            viewModel.open(file.toPath());
        }
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
