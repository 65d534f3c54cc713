package org.parcheck.plan.ui;

import java.util.function.LongConsumer;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import org.parcheck.common.domain.UnitType;
import org.parcheck.plan.UnitRules;

/** Controller of the unit form beside the unit tree: bindings only. */
public final class UnitFormView {

    private final UnitFormViewModel viewModel;

    @FXML private Pane formPane;
    @FXML private Label headingLabel;
    @FXML private Label statusLabel;
    @FXML private ComboBox<UnitType> typeComboBox;
    @FXML private TextField codeField;
    @FXML private TextField nameField;
    @FXML private ComboBox<UnitChoice> parentComboBox;
    @FXML private TextField validFromField;
    @FXML private TextField validToField;
    @FXML private ComboBox<UnitChoice> successorComboBox;
    @FXML private TextArea noteArea;
    @FXML private Label typeError;
    @FXML private Label codeError;
    @FXML private Label nameError;
    @FXML private Label parentError;
    @FXML private Label validFromError;
    @FXML private Label validToError;
    @FXML private Label successorError;

    public UnitFormView(UnitFormViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        formPane.disableProperty().bind(viewModel.activeProperty().not());
        headingLabel.textProperty().bind(viewModel.headingProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        typeComboBox.getItems().setAll(UnitType.values());
        typeComboBox.setConverter(new LabelConverter<>(viewModel::typeLabel));
        typeComboBox.valueProperty().bindBidirectional(viewModel.typeProperty());
        codeField.textProperty().bindBidirectional(viewModel.codeProperty());
        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        parentComboBox.setItems(viewModel.unitChoices());
        parentComboBox.valueProperty().bindBidirectional(viewModel.parentProperty());
        validFromField.textProperty().bindBidirectional(viewModel.validFromProperty());
        validToField.textProperty().bindBidirectional(viewModel.validToProperty());
        successorComboBox.setItems(viewModel.unitChoices());
        successorComboBox.valueProperty().bindBidirectional(viewModel.successorProperty());
        noteArea.textProperty().bindBidirectional(viewModel.noteProperty());
        ErrorLabels.bind(typeError, viewModel.errorProperty(UnitRules.TYPE));
        ErrorLabels.bind(codeError, viewModel.errorProperty(UnitRules.CODE));
        ErrorLabels.bind(nameError, viewModel.errorProperty(UnitRules.NAME));
        ErrorLabels.bind(parentError, viewModel.errorProperty(UnitRules.PARENT));
        ErrorLabels.bind(validFromError, viewModel.errorProperty(UnitRules.VALID_FROM));
        ErrorLabels.bind(validToError, viewModel.errorProperty(UnitRules.VALID_TO));
        ErrorLabels.bind(successorError, viewModel.errorProperty(UnitRules.SUCCESSOR));
        viewModel.load();
    }

    /** Opens the form for a new unit under {@code parentId} and puts the cursor in the name field. */
    public void startNew(Long parentId) {
        viewModel.startNew(parentId);
        nameField.requestFocus();
    }

    public void edit(long unitId) {
        viewModel.edit(unitId);
        nameField.requestFocus();
    }

    /** Reads the units again (after an import) for the parent and successor choices. */
    public void reload() {
        viewModel.load();
    }

    public void setOnSaved(LongConsumer callback) {
        viewModel.setOnSaved(callback);
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    @FXML
    private void onCancel() {
        viewModel.cancel();
    }
}
