package org.parcheck.criteria.ui;

import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.parcheck.common.fx.Cells;
import org.parcheck.criteria.ui.FrameworkListViewModel.FrameworkRow;

/** Controller of the frameworks list. */
public final class FrameworkListView {

    private final FrameworkListViewModel viewModel;

    @FXML
    private TableView<FrameworkRow> frameworkTable;
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
        viewModel.load();
    }
}
