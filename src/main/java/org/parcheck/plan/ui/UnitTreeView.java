package org.parcheck.plan.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.parcheck.common.fx.Cells;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.Labels;
import org.parcheck.common.fx.Styles;
import org.parcheck.common.fx.ViewLoader;
import org.parcheck.common.fx.WindowSizing;
import org.parcheck.plan.ui.UnitTreeViewModel.UnitRow;

/** Controller of the unit tree: turns the view model's rows into tree items; add, edit and import buttons. */
public final class UnitTreeView {

    private final UnitTreeViewModel viewModel;
    private final ViewLoader viewLoader;
    private final DialogService dialogs;
    private final Map<Long, TreeItem<UnitRow>> items = new HashMap<>();

    @FXML private CheckBox showRetiredCheckBox;
    @FXML private Label messageLabel;
    @FXML private Button editUnitButton;
    @FXML private TreeTableView<UnitRow> unitTree;
    @FXML private TreeTableColumn<UnitRow, String> nameColumn;
    @FXML private TreeTableColumn<UnitRow, String> typeColumn;
    @FXML private TreeTableColumn<UnitRow, String> codeColumn;
    @FXML private TreeTableColumn<UnitRow, String> validityColumn;
    @FXML private TreeTableColumn<UnitRow, String> successorColumn;
    @FXML private UnitFormView unitFormController;

    public UnitTreeView(UnitTreeViewModel viewModel, ViewLoader viewLoader, DialogService dialogs) {
        this.viewModel = viewModel;
        this.viewLoader = viewLoader;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        Labels.bindWithHover(messageLabel, viewModel.messageProperty());
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
        editUnitButton.disableProperty().bind(unitTree.getSelectionModel().selectedItemProperty().isNull());
        showRetiredCheckBox.selectedProperty().bindBidirectional(viewModel.showRetiredProperty());
        viewModel.rows().addListener((ListChangeListener<UnitRow>) change -> rebuildTree());
        unitFormController.setOnSaved(id -> {
            viewModel.selectAfterLoad(id);
            viewModel.load();
        });
        viewModel.load();
    }

    private void rebuildTree() {
        TreeItem<UnitRow> root = new TreeItem<>();
        items.clear();
        for (UnitRow row : viewModel.rows()) {
            TreeItem<UnitRow> item = new TreeItem<>(row);
            item.setExpanded(true);
            items.put(row.id(), item);
            TreeItem<UnitRow> parent = row.parentId() == null ? null : items.get(row.parentId());
            (parent == null ? root : parent).getChildren().add(item);
        }
        unitTree.setRoot(root);
        Long selected = viewModel.takeSelectAfterLoad();
        if (selected != null && items.containsKey(selected)) {
            unitTree.getSelectionModel().select(items.get(selected));
            unitTree.scrollTo(unitTree.getSelectionModel().getSelectedIndex());
        }
    }

    private Long selectedId() {
        TreeItem<UnitRow> item = unitTree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null ? null : item.getValue().id();
    }

    @FXML
    private void onAdd() {
        unitFormController.startNew(selectedId());
    }

    @FXML
    private void onEdit() {
        Long id = selectedId();
        if (id != null) {
            unitFormController.edit(id);
        }
    }

    @FXML
    private void onExport() {
        dialogs.saveFile(null, "don-vi-hanh-chinh.xlsx", List.of(DialogService.FileType.of(
                viewLoader.messages().get("plan.units.fileFilter"), "xlsx"))).ifPresent(viewModel::exportWorkbook);
    }

    @FXML
    private void onImport() {
        ViewLoader.Loaded<UnitImportView> loaded = viewLoader.load(UnitImportView.class);
        Stage dialog = new Stage();
        dialog.setTitle(viewLoader.messages().get("plan.unitImport.title"));
        WindowSizing.Size size = WindowSizing.fitted(960, 640);
        Scene scene = new Scene(loaded.root(), size.width(), size.height());
        scene.getStylesheets().setAll(unitTree.getScene().getStylesheets());
        dialog.setScene(scene);
        loaded.controller().setOnImported(() -> {
            viewModel.load();
            unitFormController.reload();
        });
        dialogs.showOver(dialog, size);
    }
}
