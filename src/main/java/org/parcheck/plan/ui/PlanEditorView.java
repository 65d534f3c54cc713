package org.parcheck.plan.ui;

import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.parcheck.common.fx.Dialogs;
import org.parcheck.plan.PlanRules;
import org.parcheck.plan.ui.PlanEditorViewModel.FrameworkChoice;
import org.parcheck.plan.ui.PlanEditorViewModel.FrameworkRow;

/**
 * Controller of the plan screen: the header fields and the framework combo boxes built from the view model's rows;
 * the team and visits parts are included views bound to the same view model.
 */
public final class PlanEditorView {

    private final PlanEditorViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private Label headingLabel;
    @FXML private Label statusLabel;
    @FXML private TextField numberSymbolField;
    @FXML private TextField issuedDateField;
    @FXML private TextField issuingBodyField;
    @FXML private TextField yearField;
    @FXML private TextField titleField;
    @FXML private TextField placeNameField;
    @FXML private TextArea legalBasisArea;
    @FXML private Label numberSymbolError;
    @FXML private Label issuedDateError;
    @FXML private Label issuingBodyError;
    @FXML private Label yearError;
    @FXML private Label titleError;
    @FXML private GridPane frameworkGrid;
    @FXML private PlanTeamView teamPartController;
    @FXML private PlanVisitsView visitsPartController;

    public PlanEditorView(PlanEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        headingLabel.textProperty().bind(viewModel.headingProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        numberSymbolField.textProperty().bindBidirectional(viewModel.numberSymbolProperty());
        issuedDateField.textProperty().bindBidirectional(viewModel.issuedDateProperty());
        issuingBodyField.textProperty().bindBidirectional(viewModel.issuingBodyProperty());
        yearField.textProperty().bindBidirectional(viewModel.yearProperty());
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        placeNameField.textProperty().bindBidirectional(viewModel.placeNameProperty());
        legalBasisArea.textProperty().bindBidirectional(viewModel.legalBasisProperty());
        ErrorLabels.bind(numberSymbolError, viewModel.errorProperty(PlanRules.NUMBER_SYMBOL));
        ErrorLabels.bind(issuedDateError, viewModel.errorProperty(PlanRules.ISSUED_DATE));
        ErrorLabels.bind(issuingBodyError, viewModel.errorProperty(PlanRules.ISSUING_BODY));
        ErrorLabels.bind(yearError, viewModel.errorProperty(PlanRules.YEAR));
        ErrorLabels.bind(titleError, viewModel.errorProperty(PlanRules.TITLE));
        teamPartController.bind(viewModel);
        visitsPartController.bind(viewModel);
        viewModel.frameworkRows().addListener((ListChangeListener<FrameworkRow>) change -> rebuildFrameworks());
        viewModel.load();
        numberSymbolField.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                numberSymbolField.requestFocus();
            }
        });
    }

    private void rebuildFrameworks() {
        frameworkGrid.getChildren().clear();
        int row = 0;
        for (FrameworkRow framework : viewModel.frameworkRows()) {
            ComboBox<FrameworkChoice> box = new ComboBox<>();
            box.setId("framework" + framework.type().name());
            box.getItems().setAll(framework.choices());
            box.valueProperty().bindBidirectional(framework.selected());
            box.setMaxWidth(Double.MAX_VALUE);
            Label label = new Label(framework.label());
            label.setLabelFor(box);
            frameworkGrid.addRow(row++, label, box);
        }
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }

    /** #16 §3: Quay lại with members, visits or header changes not saved asks before dropping them. */
    @FXML
    private void onCancel() {
        if (!viewModel.hasUnsavedChanges()) {
            viewModel.cancel();
            return;
        }
        ButtonType discard = new ButtonType(resources.getString("plan.editor.unsaved.discard"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType(resources.getString("plan.editor.unsaved.stay"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, resources.getString("plan.editor.unsaved.question"),
                discard, stay);
        ask.setHeaderText(resources.getString("plan.editor.unsaved.header"));
        ask.initOwner(headingLabel.getScene().getWindow());
        ask.getDialogPane().setId("unsavedPlanDialog");
        Dialogs.localize(ask, resources).showAndWait().filter(discard::equals).ifPresent(ok -> viewModel.cancel());
    }
}
