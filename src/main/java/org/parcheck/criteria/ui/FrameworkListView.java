package org.parcheck.criteria.ui;

import java.io.File;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;
import org.parcheck.common.fx.FileChoosers;
import org.parcheck.criteria.templates.FrameworkTemplates;
import org.parcheck.common.fx.Cells;
import org.parcheck.common.fx.Labels;
import org.parcheck.criteria.ui.FrameworkListViewModel.FrameworkRow;

/** Controller of the frameworks list. */
public final class FrameworkListView {

    private final FrameworkListViewModel viewModel;

    @FXML
    private TableView<FrameworkRow> frameworkTable;
    @FXML
    private Button openButton;
    @FXML
    private Button newVersionButton;
    @FXML
    private Label messageLabel;
    @FXML
    private Button exportButton;
    @FXML
    private Button compareButton;
    @FXML
    private MenuButton fromTemplateButton;
    @FXML
    private ListView<String> problemList;
    @FXML
    private ResourceBundle resources;
    @FXML
    private TableColumn<FrameworkRow, String> nameColumn;
    @FXML
    private TableColumn<FrameworkRow, String> targetsColumn;
    @FXML
    private TableColumn<FrameworkRow, String> yearColumn;
    @FXML
    private TableColumn<FrameworkRow, Integer> versionColumn;
    @FXML
    private TableColumn<FrameworkRow, String> statusColumn;
    @FXML
    private TableColumn<FrameworkRow, Integer> usedColumn;

    public FrameworkListView(FrameworkListViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        nameColumn.setCellValueFactory(Cells.value(FrameworkRow::name));
        targetsColumn.setCellValueFactory(Cells.value(FrameworkRow::targets));
        yearColumn.setCellValueFactory(Cells.value(FrameworkRow::year));
        versionColumn.setCellValueFactory(Cells.value(FrameworkRow::version));
        statusColumn.setCellValueFactory(Cells.value(FrameworkRow::status));
        usedColumn.setCellValueFactory(Cells.value(FrameworkRow::visitsUsing));
        frameworkTable.setItems(viewModel.rows());
        frameworkTable.setRowFactory(table -> {
            TableRow<FrameworkRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        frameworkTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(frameworkTable.getSelectionModel().getSelectedItem());
            }
        });
        openButton.disableProperty().bind(frameworkTable.getSelectionModel().selectedItemProperty().isNull());
        newVersionButton.disableProperty().bind(frameworkTable.getSelectionModel().selectedItemProperty().isNull());
        Labels.bindWithHover(messageLabel, viewModel.messageProperty());
        // progress and success in the calm style, failures in the error style
        styleMessage(viewModel.messageIsErrorProperty().get());
        viewModel.messageIsErrorProperty().addListener((obs, old, error) -> styleMessage(error));
        compareButton.disableProperty().bind(frameworkTable.getSelectionModel().selectedItemProperty().isNull());
        exportButton.disableProperty().bind(frameworkTable.getSelectionModel().selectedItemProperty().isNull());
        problemList.setItems(viewModel.importProblems());
        problemList.visibleProperty().bind(Bindings.isNotEmpty(viewModel.importProblems()));
        problemList.managedProperty().bind(problemList.visibleProperty());
        for (FrameworkTemplates.Template template : FrameworkTemplates.all()) {
            MenuItem item = new MenuItem(viewModel.templateLabel(template));
            item.setId("template-" + template.id());
            item.setOnAction(event -> viewModel.importTemplate(template));
            fromTemplateButton.getItems().add(item);
        }
        viewModel.load();
    }

    @FXML
    private void onImport() {
        FileChooser chooser = workbookChooser();
        File file = FileChoosers.open(chooser, frameworkTable.getScene().getWindow());
        if (file != null) {
            viewModel.importWorkbook(file.toPath());
        }
    }

    @FXML
    private void onExport() {
        FrameworkRow row = frameworkTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        FileChooser chooser = workbookChooser();
        chooser.setInitialFileName(row.name().replaceAll("[\\\\/:*?\"<>|]", "_") + " v" + row.version()
                + ".xlsx");
        File file = FileChoosers.save(chooser, frameworkTable.getScene().getWindow());
        if (file != null) {
            viewModel.exportWorkbook(row, file.toPath());
        }
    }

    private void styleMessage(boolean error) {
        messageLabel.getStyleClass().setAll("label", error ? "pc-error-text" : "pc-save-state");
    }

    private FileChooser workbookChooser() {
        FileChooser chooser = FileChoosers.create();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                resources.getString("criteria.list.fileFilter"), "*.xlsx"));
        return chooser;
    }

    @FXML
    private void onCompare() {
        viewModel.compare(frameworkTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onOpen() {
        viewModel.open(frameworkTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onNewVersion() {
        viewModel.newVersion(frameworkTable.getSelectionModel().getSelectedItem());
    }
}
