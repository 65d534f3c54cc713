package org.parcheck.plan.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.parcheck.common.fx.Cells;
import org.parcheck.plan.PlanRules;
import org.parcheck.plan.ui.PlanVisitRows.VisitRow;

/**
 * Controller of the visits part of the plan screen (included in {@code PlanEditorView.fxml}). It shares the plan
 * screen's view model, handed over by the plan screen's controller through {@link #bind(PlanEditorViewModel)}.
 * Enter in any field of the visit form adds the visit and puts the focus back on the unit.
 */
public final class PlanVisitsView {

    private PlanVisitRows viewModel;

    @FXML private TableView<VisitRow> visitTable;
    @FXML private TableColumn<VisitRow, String> visitUnitColumn;
    @FXML private TableColumn<VisitRow, String> visitDateColumn;
    @FXML private TableColumn<VisitRow, String> visitPlaceColumn;
    @FXML private TableColumn<VisitRow, Integer> visitAnswersColumn;
    @FXML private ComboBox<UnitChoice> visitUnitComboBox;
    @FXML private TextField visitDateField;
    @FXML private TextField visitPlaceField;
    @FXML private Label visitUnitError;
    @FXML private Label visitDateError;
    @FXML private Label visitsError;

    void bind(PlanEditorViewModel editor) {
        PlanVisitRows model = editor.visitRows();
        this.viewModel = model;
        visitUnitColumn.setCellValueFactory(Cells.value(VisitRow::unit));
        visitDateColumn.setCellValueFactory(Cells.value(VisitRow::date));
        visitPlaceColumn.setCellValueFactory(Cells.value(VisitRow::place));
        visitAnswersColumn.setCellValueFactory(Cells.value(VisitRow::answers));
        visitTable.setItems(model.visits());
        visitTable.getSelectionModel().selectedIndexProperty()
                .addListener((obs, old, index) -> model.selectVisit(index.intValue()));
        visitUnitComboBox.setItems(model.unitChoices());
        visitUnitComboBox.valueProperty().bindBidirectional(model.visitUnitProperty());
        visitDateField.textProperty().bindBidirectional(model.visitDateProperty());
        visitPlaceField.textProperty().bindBidirectional(model.visitPlaceProperty());
        ErrorLabels.bind(visitUnitError, editor.errorProperty(PlanEditorViewModel.VISIT_UNIT));
        ErrorLabels.bind(visitDateError, editor.errorProperty(PlanEditorViewModel.VISIT_DATE));
        ErrorLabels.bind(visitsError, editor.errorProperty(PlanRules.VISITS));
        for (TextField field : new TextField[] {visitDateField, visitPlaceField}) {
            field.setOnAction(event -> {
                event.consume(); // Enter adds the visit instead of saving the plan
                onAddVisit();
            });
        }
        RowForms.enterAdds(visitUnitComboBox, this::onAddVisit);
    }

    @FXML
    private void onAddVisit() {
        if (viewModel.addVisit()) {
            visitUnitComboBox.requestFocus();
        }
    }

    @FXML
    private void onUpdateVisit() {
        viewModel.updateVisit(visitTable.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void onRemoveVisit() {
        viewModel.removeVisit(visitTable.getSelectionModel().getSelectedIndex());
    }
}
