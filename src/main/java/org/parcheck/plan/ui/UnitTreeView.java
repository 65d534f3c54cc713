package org.parcheck.plan.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import org.parcheck.common.fx.Cells;
import org.parcheck.common.fx.Styles;
import org.parcheck.plan.ui.UnitTreeViewModel.UnitRow;

/** Controller of the unit tree: turns the view model's rows into tree items. */
public final class UnitTreeView {

    private final UnitTreeViewModel viewModel;

    @FXML
    private CheckBox showRetiredCheckBox;
    @FXML
    private TreeTableView<UnitRow> unitTree;
    @FXML
    private TreeTableColumn<UnitRow, String> nameColumn;
    @FXML
    private TreeTableColumn<UnitRow, String> typeColumn;
    @FXML
    private TreeTableColumn<UnitRow, String> codeColumn;
    @FXML
    private TreeTableColumn<UnitRow, String> validityColumn;
    @FXML
    private TreeTableColumn<UnitRow, String> successorColumn;

    public UnitTreeView(UnitTreeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        nameColumn.setCellValueFactory(Cells.treeValue(UnitRow::name));
        typeColumn.setCellValueFactory(Cells.treeValue(UnitRow::type));
        codeColumn.setCellValueFactory(Cells.treeValue(UnitRow::code));
        validityColumn.setCellValueFactory(Cells.treeValue(UnitRow::validity));
        successorColumn.setCellValueFactory(Cells.treeValue(UnitRow::successor));
        unitTree.setRowFactory(tree -> new TreeTableRow<>() {
            @Override
            protected void updateItem(UnitRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(Styles.RETIRED, !empty && row != null && row.retired());
            }
        });
        showRetiredCheckBox.selectedProperty().bindBidirectional(viewModel.showRetiredProperty());
        viewModel.rows().addListener((ListChangeListener<UnitRow>) change -> rebuildTree());
        viewModel.load();
    }

    private void rebuildTree() {
        TreeItem<UnitRow> root = new TreeItem<>();
        Map<Long, TreeItem<UnitRow>> items = new HashMap<>();
        for (UnitRow row : viewModel.rows()) {
            TreeItem<UnitRow> item = new TreeItem<>(row);
            item.setExpanded(true);
            items.put(row.id(), item);
            TreeItem<UnitRow> parent = row.parentId() == null ? null : items.get(row.parentId());
            (parent == null ? root : parent).getChildren().add(item);
        }
        unitTree.setRoot(root);
    }
}
