package org.parcheck.answering.ui;

import java.io.File;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import org.parcheck.common.fx.FileChoosers;
import org.parcheck.answering.audit.ChangeLogRow;

/** Controller of the change-log tab of a visit: the table, its filter and order, export, fingerprint and verify. */
public final class VisitLogView {

    private static final String ERROR = "pc-error-text";

    private final VisitLogViewModel viewModel;

    @FXML private TextField filterField;
    @FXML private CheckBox newestFirstCheckBox;
    @FXML private Label countLabel;
    @FXML private Label messageLabel;
    @FXML private Label detailLabel;
    @FXML private Label fingerprintLabel;
    @FXML private TextField fingerprintField;
    @FXML private Label verificationLabel;
    @FXML private Button verifyButton;
    @FXML private TableView<ChangeLogRow> logTable;
    @FXML private TableColumn<ChangeLogRow, String> atColumn;
    @FXML private TableColumn<ChangeLogRow, String> actorColumn;
    @FXML private TableColumn<ChangeLogRow, String> whatColumn;
    @FXML private TableColumn<ChangeLogRow, String> fieldColumn;
    @FXML private TableColumn<ChangeLogRow, String> oldColumn;
    @FXML private TableColumn<ChangeLogRow, String> newColumn;
    @FXML private TableColumn<ChangeLogRow, String> reasonColumn;

    public VisitLogView(VisitLogViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        newestFirstCheckBox.selectedProperty().bindBidirectional(viewModel.newestFirstProperty());
        countLabel.textProperty().bind(viewModel.countProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        fingerprintLabel.textProperty().bind(viewModel.fingerprintTextProperty());
        fingerprintField.textProperty().bind(viewModel.fingerprintProperty());
        fingerprintField.visibleProperty().bind(viewModel.fingerprintProperty().isNotEmpty());
        fingerprintField.managedProperty().bind(fingerprintField.visibleProperty());
        verificationLabel.textProperty().bind(viewModel.verificationProperty());
        viewModel.alteredProperty().addListener((obs, was, now) -> {
            verificationLabel.getStyleClass().remove(ERROR);
            if (now) {
                verificationLabel.getStyleClass().add(ERROR);
            }
        });
        verifyButton.disableProperty().bind(viewModel.finalisedProperty().not());
        logTable.setItems(viewModel.rows());
        column(atColumn, VisitLogViewModel::time);
        column(actorColumn, ChangeLogRow::actor);
        column(whatColumn, ChangeLogRow::what);
        column(fieldColumn, ChangeLogRow::field);
        column(oldColumn, ChangeLogRow::oldValue);
        column(newColumn, ChangeLogRow::newValue);
        column(reasonColumn, ChangeLogRow::reason);
        detailLabel.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.detail(logTable.getSelectionModel().getSelectedItem()),
                logTable.getSelectionModel().selectedItemProperty()));
    }

    private static void column(TableColumn<ChangeLogRow, String> column, Function<ChangeLogRow, String> value) {
        column.setCellValueFactory(cell -> text(value.apply(cell.getValue())));
    }

    private static ObservableValue<String> text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }

    /** Reads the log again (the visit screen calls this when the tab is shown). */
    public void refresh() {
        viewModel.load();
    }

    @FXML
    private void onVerify() {
        viewModel.verify();
    }

    @FXML
    private void onExportCsv() {
        export(VisitLogViewModel.Format.CSV, "CSV (UTF-8)", "*.csv");
    }

    @FXML
    private void onExportXlsx() {
        export(VisitLogViewModel.Format.XLSX, "Excel", "*.xlsx");
    }

    private void export(VisitLogViewModel.Format format, String description, String pattern) {
        FileChooser chooser = FileChoosers.create();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        chooser.setInitialFileName(viewModel.suggestedName(format));
        File file = FileChoosers.save(chooser, logTable.getScene().getWindow());
        if (file != null) {
            viewModel.export(file.toPath(), format);
        }
    }
}
