package org.parcheck.plan.ui;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.parcheck.common.fx.Cells;
import org.parcheck.plan.ui.PlanListViewModel.PlanRow;
import org.parcheck.plan.ui.PlanListViewModel.VisitRow;

/** Controller of the plan list: bindings only. */
public final class PlanListView {

    private final PlanListViewModel viewModel;

    @FXML
    private Button editPlanButton;
    @FXML
    private Button exportPackageButton;
    @FXML
    private TableView<PlanRow> planTable;
    @FXML
    private TableColumn<PlanRow, String> numberColumn;
    @FXML
    private TableColumn<PlanRow, String> dateColumn;
    @FXML
    private TableColumn<PlanRow, String> titleColumn;
    @FXML
    private TableColumn<PlanRow, Integer> yearColumn;
    @FXML
    private TableColumn<PlanRow, Integer> visitsColumn;
    @FXML
    private TableColumn<PlanRow, String> progressColumn;
    @FXML
    private TableView<VisitRow> visitTable;
    @FXML
    private Button openVisitButton;
    @FXML
    private TableColumn<VisitRow, String> unitColumn;
    @FXML
    private TableColumn<VisitRow, String> visitDateColumn;
    @FXML
    private TableColumn<VisitRow, String> placeColumn;
    @FXML
    private TableColumn<VisitRow, String> statusColumn;

    public PlanListView(PlanListViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        numberColumn.setCellValueFactory(Cells.value(PlanRow::numberSymbol));
        dateColumn.setCellValueFactory(Cells.value(PlanRow::issuedDate));
        titleColumn.setCellValueFactory(Cells.value(PlanRow::title));
        yearColumn.setCellValueFactory(Cells.value(PlanRow::year));
        visitsColumn.setCellValueFactory(Cells.value(PlanRow::visits));
        progressColumn.setCellValueFactory(Cells.value(PlanRow::progress));
        unitColumn.setCellValueFactory(Cells.value(VisitRow::unit));
        visitDateColumn.setCellValueFactory(Cells.value(VisitRow::date));
        placeColumn.setCellValueFactory(Cells.value(VisitRow::place));
        statusColumn.setCellValueFactory(Cells.value(VisitRow::status));
        planTable.setItems(viewModel.plans());
        visitTable.setItems(viewModel.visits());
        planTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.select(row));
        viewModel.plans().addListener((ListChangeListener<PlanRow>) change -> {
            if (planTable.getSelectionModel().isEmpty() && !viewModel.plans().isEmpty()) {
                planTable.getSelectionModel().selectFirst();
            }
        });
        visitTable.setRowFactory(table -> {
            TableRow<VisitRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.openVisit(row.getItem());
                }
            });
            return row;
        });
        visitTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.openVisit(visitTable.getSelectionModel().getSelectedItem());
            }
        });
        openVisitButton.disableProperty().bind(visitTable.getSelectionModel().selectedItemProperty().isNull());
        editPlanButton.disableProperty().bind(planTable.getSelectionModel().selectedItemProperty().isNull());
        exportPackageButton.disableProperty().bind(planTable.getSelectionModel().selectedItemProperty().isNull());
        visitTable.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        viewModel.load();
    }

    @FXML
    private void onOpenVisit() {
        viewModel.openVisit(visitTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onExportPackage() {
        viewModel.exportPackage(planTable.getSelectionModel().getSelectedItem(),
                java.util.List.copyOf(visitTable.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void onImportPackage() {
        viewModel.importPackage();
    }

    @FXML
    private void onNewPlan() {
        viewModel.newPlan();
    }

    @FXML
    private void onEditPlan() {
        viewModel.editPlan(planTable.getSelectionModel().getSelectedItem());
    }
}
