package org.parcheck.report.ui;

import java.io.File;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.FileChooser;
import org.parcheck.common.fx.FileChoosers;
import org.parcheck.common.fx.Cells;
import org.parcheck.common.fx.Converters;
import org.parcheck.common.fx.ReportPreview;
import org.parcheck.plan.PlanOverview;
import org.parcheck.report.ui.ReportsViewModel.VisitRow;

/** Controller of the reports page. */
public final class ReportsView {

    private final ReportsViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private Label summaryLabel;
    @FXML private ComboBox<PlanOverview> planComboBox;
    @FXML private Button summaryPdfButton;
    @FXML private Button summaryDocxButton;
    @FXML private Button summaryPreviewButton;
    @FXML private Button resultsXlsxButton;
    @FXML private Label messageLabel;
    @FXML private TableView<VisitRow> visitTable;
    @FXML private TableColumn<VisitRow, String> visitUnitColumn;
    @FXML private TableColumn<VisitRow, String> visitDateColumn;
    @FXML private TableColumn<VisitRow, String> visitStatusColumn;
    @FXML private Button visitPdfButton;
    @FXML private Button visitDocxButton;

    public ReportsView(ReportsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        planComboBox.setItems(viewModel.plans());
        planComboBox.setConverter(Converters.labelled(viewModel::planLabel));
        planComboBox.valueProperty().bindBidirectional(viewModel.selectedPlanProperty());
        summaryPdfButton.disableProperty().bind(viewModel.selectedPlanProperty().isNull());
        summaryDocxButton.disableProperty().bind(viewModel.selectedPlanProperty().isNull());
        summaryPreviewButton.disableProperty().bind(viewModel.selectedPlanProperty().isNull());
        resultsXlsxButton.disableProperty().bind(viewModel.selectedPlanProperty().isNull());
        visitTable.setItems(viewModel.visits());
        visitUnitColumn.setCellValueFactory(Cells.value(VisitRow::unit));
        visitDateColumn.setCellValueFactory(Cells.value(VisitRow::date));
        visitStatusColumn.setCellValueFactory(Cells.value(VisitRow::status));
        visitTable.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, row) -> viewModel.selectedVisitProperty().set(row));
        // double-click or Enter opens the visit, as in the plan list
        visitTable.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                viewModel.openSelectedVisit();
            }
        });
        visitTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.openSelectedVisit();
            }
        });
        BooleanBinding noReport = Bindings.createBooleanBinding(() -> viewModel.selectedVisitProperty().get() == null
                || !viewModel.selectedVisitProperty().get().finalised(), viewModel.selectedVisitProperty());
        visitPdfButton.disableProperty().bind(noReport);
        visitDocxButton.disableProperty().bind(noReport);
        viewModel.load();
    }

    @FXML
    private void onSummaryPdf() {
        File file = choose(viewModel.summaryFileName("pdf"), "PDF", "*.pdf");
        if (file != null) {
            viewModel.writeSummaryPdf(file.toPath());
        }
    }

    @FXML
    private void onSummaryDocx() {
        File file = choose(viewModel.summaryFileName("docx"), "Word", "*.docx");
        if (file != null) {
            viewModel.writeSummaryDocx(file.toPath());
        }
    }

    @FXML
    private void onSummaryPreview() {
        viewModel.previewSummary(pages -> ReportPreview.show(planComboBox.getScene().getWindow(),
                resources.getString("report.page.previewTitle"), pages, resources, List.of(
                        new ReportPreview.Action(resources.getString("report.page.summaryPdf"), this::onSummaryPdf),
                        new ReportPreview.Action(resources.getString("report.page.summaryDocx"),
                                this::onSummaryDocx))));
    }

    @FXML
    private void onResultsXlsx() {
        File file = choose(viewModel.resultsFileName(), "Excel", "*.xlsx");
        if (file != null) {
            viewModel.writeResultsXlsx(file.toPath());
        }
    }

    @FXML
    private void onVisitPdf() {
        File file = choose(viewModel.visitFileName("pdf"), "PDF", "*.pdf");
        if (file != null) {
            viewModel.writeVisitPdf(file.toPath());
        }
    }

    @FXML
    private void onVisitDocx() {
        File file = choose(viewModel.visitFileName("docx"), "Word", "*.docx");
        if (file != null) {
            viewModel.writeVisitDocx(file.toPath());
        }
    }

    private File choose(String name, String kind, String pattern) {
        FileChooser chooser = FileChoosers.create();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        return FileChoosers.save(chooser, planComboBox.getScene().getWindow());
    }
}
