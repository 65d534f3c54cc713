package org.parcheck.report.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Controller of the reports page. */
public final class ReportsView {

    private final ReportsViewModel viewModel;

    @FXML
    private Label summaryLabel;

    public ReportsView(ReportsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        viewModel.load();
    }
}
