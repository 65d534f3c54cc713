package org.parcheck.criteria.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.parcheck.common.fx.Cells;
import org.parcheck.criteria.ui.FrameworkCompareViewModel.ChangeRow;

/** Controller of the version comparison screen. */
public final class FrameworkCompareView {

    private final FrameworkCompareViewModel viewModel;

    @FXML private Label headingLabel;
    @FXML private TableView<ChangeRow> changeTable;
    @FXML private TableColumn<ChangeRow, String> codeColumn;
    @FXML private TableColumn<ChangeRow, String> changeColumn;
    @FXML private TableColumn<ChangeRow, String> beforeColumn;
    @FXML private TableColumn<ChangeRow, String> afterColumn;

    public FrameworkCompareView(FrameworkCompareViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        headingLabel.textProperty().bind(viewModel.headingProperty());
        codeColumn.setCellValueFactory(Cells.value(ChangeRow::code));
        changeColumn.setCellValueFactory(Cells.value(ChangeRow::change));
        beforeColumn.setCellValueFactory(Cells.value(ChangeRow::before));
        afterColumn.setCellValueFactory(Cells.value(ChangeRow::after));
        changeTable.setItems(viewModel.rows());
        viewModel.load();
    }

    @FXML
    private void onBack() {
        viewModel.back();
    }
}
