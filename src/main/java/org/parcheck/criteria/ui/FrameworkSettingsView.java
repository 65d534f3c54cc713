package org.parcheck.criteria.ui;

import java.math.BigDecimal;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;
import org.parcheck.common.fx.Cells;
import org.parcheck.common.fx.Converters;
import org.parcheck.common.util.Numbers;
import org.parcheck.scoring.Band;
import org.parcheck.scoring.ConstraintType;
import org.parcheck.scoring.FigureConstraint;
import org.parcheck.scoring.FigureDef;
import org.parcheck.scoring.rules.NumberKind;

/** The raw figures, their constraints, the classification bands and the caps of the framework being edited. */
public final class FrameworkSettingsView {

    private FrameworkEditorViewModel viewModel;

    @FXML private TableView<FigureDef> figureTable;
    @FXML private TableColumn<FigureDef, String> figureCodeColumn;
    @FXML private TableColumn<FigureDef, String> figureNameColumn;
    @FXML private TableColumn<FigureDef, String> figureUnitColumn;
    @FXML private TableColumn<FigureDef, NumberKind> figureKindColumn;
    @FXML private Button addFigureButton;
    @FXML private Button removeFigureButton;
    @FXML private ListView<FigureConstraint> constraintList;
    @FXML private TextField partsField;
    @FXML private ComboBox<ConstraintType> constraintTypeComboBox;
    @FXML private TextField wholeField;
    @FXML private Button addConstraintButton;
    @FXML private Button removeConstraintButton;
    @FXML private TableView<Band> bandTable;
    @FXML private TableColumn<Band, String> bandCodeColumn;
    @FXML private TableColumn<Band, String> bandLabelColumn;
    @FXML private TableColumn<Band, String> bandLabelEnColumn;
    @FXML private TableColumn<Band, String> bandMinColumn;
    @FXML private Button addBandButton;
    @FXML private Button removeBandButton;
    @FXML private TextField bonusCapField;
    @FXML private TextField deductionCapField;
    @FXML private CheckBox mustSumCheckBox;
    @FXML private Button applySettingsButton;

    /** Connects the tab to the editor's view model (called by the editor once both are loaded). */
    void bind(FrameworkEditorViewModel editor) {
        this.viewModel = editor;
        figureTable.setItems(editor.figures());
        figureCodeColumn.setCellValueFactory(Cells.value(FigureDef::code));
        figureNameColumn.setCellValueFactory(Cells.value(FigureDef::name));
        figureUnitColumn.setCellValueFactory(Cells.value(f -> f.unit() == null ? "" : f.unit()));
        figureKindColumn.setCellValueFactory(Cells.value(FigureDef::kind));
        for (TableColumn<FigureDef, String> column : List.of(figureCodeColumn, figureNameColumn, figureUnitColumn)) {
            column.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        }
        figureKindColumn.setCellFactory(ComboBoxTableCell.forTableColumn(
                Converters.labelled(editor.form()::valueKindLabel), NumberKind.values()));
        figureCodeColumn.setOnEditCommit(e -> editFigure(e.getTablePosition().getRow(), e.getRowValue(),
                figure(e.getNewValue(), e.getRowValue().name(), e.getRowValue().unit(), e.getRowValue().kind())));
        figureNameColumn.setOnEditCommit(e -> editFigure(e.getTablePosition().getRow(), e.getRowValue(),
                figure(e.getRowValue().code(), e.getNewValue(), e.getRowValue().unit(), e.getRowValue().kind())));
        figureUnitColumn.setOnEditCommit(e -> editFigure(e.getTablePosition().getRow(), e.getRowValue(),
                figure(e.getRowValue().code(), e.getRowValue().name(), e.getNewValue(), e.getRowValue().kind())));
        figureKindColumn.setOnEditCommit(e -> editFigure(e.getTablePosition().getRow(), e.getRowValue(),
                figure(e.getRowValue().code(), e.getRowValue().name(), e.getRowValue().unit(), e.getNewValue())));
        constraintList.setItems(editor.constraints());
        constraintList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(FigureConstraint c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : editor.tables().constraintLabel(c));
            }
        });
        constraintTypeComboBox.getItems().setAll(ConstraintType.values());
        constraintTypeComboBox.setConverter(Converters.labelled(editor.tables()::constraintTypeLabel));
        constraintTypeComboBox.setValue(ConstraintType.PART_OF);
        bindBands(editor);
        editor.contentProperty().addListener((obs, old, content) -> {
            if (content != null) {
                bonusCapField.setText(Numbers.format(content.bonusCap()));
                deductionCapField.setText(Numbers.format(content.deductionCap()));
                mustSumCheckBox.setSelected(content.pointsMustSum());
            }
        });
        for (Node control : List.of(addFigureButton, removeFigureButton, partsField, constraintTypeComboBox,
                wholeField, addConstraintButton, removeConstraintButton, addBandButton, removeBandButton,
                bonusCapField, deductionCapField, mustSumCheckBox, applySettingsButton)) {
            control.disableProperty().bind(editor.editableProperty().not());
        }
        figureTable.editableProperty().bind(editor.editableProperty());
        bandTable.editableProperty().bind(editor.editableProperty());
    }

    private void bindBands(FrameworkEditorViewModel editor) {
        bandTable.setItems(editor.bands());
        bandCodeColumn.setCellValueFactory(Cells.value(Band::code));
        bandLabelColumn.setCellValueFactory(Cells.value(Band::labelVi));
        bandLabelEnColumn.setCellValueFactory(Cells.value(b -> b.labelEn() == null ? "" : b.labelEn()));
        bandMinColumn.setCellValueFactory(Cells.value(b -> Numbers.format(b.minPercent())));
        for (TableColumn<Band, String> column : List.of(bandCodeColumn, bandLabelColumn, bandLabelEnColumn,
                bandMinColumn)) {
            column.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        }
        bandCodeColumn.setOnEditCommit(e -> editor.tables().updateBand(e.getTablePosition().getRow(), new Band(
                e.getNewValue().strip(), e.getRowValue().labelVi(), e.getRowValue().labelEn(),
                e.getRowValue().minPercent())));
        bandLabelColumn.setOnEditCommit(e -> editor.tables().updateBand(e.getTablePosition().getRow(), new Band(
                e.getRowValue().code(), e.getNewValue().strip(), e.getRowValue().labelEn(),
                e.getRowValue().minPercent())));
        bandLabelEnColumn.setOnEditCommit(e -> editor.tables().updateBand(e.getTablePosition().getRow(), new Band(
                e.getRowValue().code(), e.getRowValue().labelVi(), e.getNewValue().strip(),
                e.getRowValue().minPercent())));
        bandMinColumn.setOnEditCommit(e -> {
            BigDecimal min = editor.tables().parseNumberOrReport(e.getNewValue());
            if (min != null) {
                editor.tables().updateBand(e.getTablePosition().getRow(), new Band(e.getRowValue().code(),
                        e.getRowValue().labelVi(), e.getRowValue().labelEn(), min));
            } else {
                bandTable.refresh();
            }
        });
    }

    private static FigureDef figure(String code, String name, String unit, NumberKind kind) {
        return new FigureDef(code, name, unit, kind);
    }

    private void editFigure(int row, FigureDef before, FigureDef after) {
        if (!after.equals(before)) {
            viewModel.tables().updateFigure(row, after);
        }
        figureTable.refresh();
    }

    @FXML
    private void onAddFigure() {
        viewModel.tables().addFigure();
    }

    @FXML
    private void onRemoveFigure() {
        viewModel.tables().removeFigure(figureTable.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void onAddConstraint() {
        viewModel.tables().addConstraint(constraintTypeComboBox.getValue(), partsField.getText(), wholeField.getText());
    }

    @FXML
    private void onRemoveConstraint() {
        viewModel.tables().removeConstraint(constraintList.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void onAddBand() {
        viewModel.tables().addBand();
    }

    @FXML
    private void onRemoveBand() {
        viewModel.tables().removeBand(bandTable.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void onApplySettings() {
        viewModel.tables().applySettings(bonusCapField.getText(), deductionCapField.getText(),
                mustSumCheckBox.isSelected());
    }
}
