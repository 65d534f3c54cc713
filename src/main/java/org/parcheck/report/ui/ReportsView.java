package org.parcheck.report.ui;

import java.io.File;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import org.parcheck.common.fx.Converters;
import org.parcheck.plan.PlanOverview;

/** Controller of the reports page. */
public final class ReportsView {

    private final ReportsViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private Label summaryLabel;
    @FXML private ComboBox<PlanOverview> planComboBox;
    @FXML private Button summaryPdfButton;
    @FXML private Button resultsXlsxButton;
    @FXML private Label messageLabel;

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
        resultsXlsxButton.disableProperty().bind(viewModel.selectedPlanProperty().isNull());
        viewModel.load();
    }

    @FXML
    private void onSummaryPdf() {
        File file = choose("bao-cao-tong-hop.pdf", "PDF", "*.pdf");
        if (file != null) {
            viewModel.writeSummaryPdf(file.toPath());
        }
    }

    @FXML
    private void onResultsXlsx() {
        File file = choose("ket-qua-kiem-tra.xlsx", "Excel", "*.xlsx");
        if (file != null) {
            viewModel.writeResultsXlsx(file.toPath());
        }
    }

    private File choose(String name, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        return chooser.showSaveDialog(planComboBox.getScene().getWindow());
    }
}
