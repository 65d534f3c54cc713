package org.parcheck.criteria.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.parcheck.common.fx.Converters;
import org.parcheck.common.fx.Styles;
import org.parcheck.criteria.ui.FrameworkEditorViewModel.IssueRow;
import org.parcheck.criteria.ui.FrameworkEditorViewModel.ItemRow;
import org.parcheck.scoring.CriticalScope;
import org.parcheck.scoring.FigureDef;
import org.parcheck.scoring.rules.BandValue;
import org.parcheck.scoring.rules.NumberKind;
import org.parcheck.scoring.rules.RuleType;

/** Controller of the framework editor: bindings, the tree, and showing the rule fields of the chosen type. */
public final class FrameworkEditorView {

    private final FrameworkEditorViewModel viewModel;
    private final Map<String, TreeItem<ItemRow>> treeItems = new HashMap<>();

    @FXML private Label headingLabel;
    @FXML private Label saveStateLabel;
    @FXML private Button addAreaButton;
    @FXML private Button addChildButton;
    @FXML private Button removeButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Button publishButton;
    @FXML private Button newVersionButton;
    @FXML private Button applyButton;
    @FXML private TreeView<ItemRow> itemTree;
    @FXML private VBox formBox;
    @FXML private TextField codeField;
    @FXML private TextField titleField;
    @FXML private TextArea guidanceArea;
    @FXML private TextField maxPointsField;
    @FXML private VBox leafBox;
    @FXML private CheckBox evidenceCheckBox;
    @FXML private ComboBox<CriticalScope> criticalComboBox;
    @FXML private ComboBox<RuleType> ruleTypeComboBox;
    @FXML private VBox numeratorRow;
    @FXML private ComboBox<String> numeratorComboBox;
    @FXML private ComboBox<String> denominatorComboBox;
    @FXML private VBox figureRow;
    @FXML private ComboBox<String> figureComboBox;
    @FXML private ComboBox<NumberKind> valueKindComboBox;
    @FXML private VBox thresholdsRow;
    @FXML private TextField thresholdsField;
    @FXML private ComboBox<BandValue> valueModeComboBox;
    @FXML private VBox targetRow;
    @FXML private TextField targetField;
    @FXML private VBox optionsRow;
    @FXML private TextArea optionsArea;
    @FXML private VBox perOccurrenceRow;
    @FXML private TextField perOccurrenceField;
    @FXML private VBox invertedRow;
    @FXML private CheckBox invertedCheckBox;
    @FXML private VBox manualRow;
    @FXML private TextField ruleGuidanceField;
    @FXML private Label formErrorLabel;
    @FXML private FrameworkSettingsView settingsController;
    @FXML private ListView<IssueRow> issueList;
    @FXML private Label noIssuesLabel;

    public FrameworkEditorView(FrameworkEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        headingLabel.textProperty().bind(viewModel.headingProperty());
        saveStateLabel.textProperty().bind(viewModel.saveStateProperty());
        formErrorLabel.textProperty().bind(viewModel.formErrorProperty());
        for (Node editOnly : List.of(addAreaButton, addChildButton, removeButton, applyButton)) {
            editOnly.disableProperty().bind(viewModel.editableProperty().not());
        }
        undoButton.disableProperty().bind(viewModel.editableProperty().not().or(viewModel.canUndoProperty().not()));
        redoButton.disableProperty().bind(viewModel.editableProperty().not().or(viewModel.canRedoProperty().not()));
        publishButton.disableProperty().bind(viewModel.publishableProperty().not());
        newVersionButton.disableProperty().bind(viewModel.editableProperty());
        formBox.getChildren().stream().filter(n -> n instanceof TextInputControl)
                .forEach(n -> ((TextInputControl) n).editableProperty().bind(viewModel.editableProperty()));
        bindForm();
        bindTables();
        viewModel.rows().addListener((ListChangeListener<ItemRow>) change -> rebuildTree());
        itemTree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() != null && !item.getValue().code().equals(viewModel.selectedCode())) {
                viewModel.select(item.getValue().code());
            }
        });
        itemTree.setCellFactory(tree -> new TreeCell<>() {
            @Override
            protected void updateItem(ItemRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.label());
                pseudoClassStateChanged(Styles.PROBLEM, !empty && row != null && row.hasProblem());
            }
        });
        issueList.setItems(viewModel.issues());
        issueList.visibleProperty().bind(Bindings.isNotEmpty(viewModel.issues()));
        issueList.managedProperty().bind(issueList.visibleProperty());
        noIssuesLabel.visibleProperty().bind(issueList.visibleProperty().not());
        noIssuesLabel.managedProperty().bind(noIssuesLabel.visibleProperty());
        issueList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(IssueRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : (row.subject().isEmpty() ? "" : row.subject() + ": ")
                        + row.text());
                pseudoClassStateChanged(Styles.PROBLEM, !empty && row != null && row.blocking());
            }
        });
        issueList.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && treeItems.containsKey(row.subject())) {
                itemTree.getSelectionModel().select(treeItems.get(row.subject()));
            }
        });
        viewModel.load();
    }

    /** Ctrl+Z / Ctrl+Y for undo and redo while the editor is shown. */
    private void installShortcuts() {
        itemTree.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                viewModel::undo);
        itemTree.getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                viewModel::redo);
    }

    private void bindForm() {
        codeField.textProperty().bindBidirectional(viewModel.codeProperty());
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        guidanceArea.textProperty().bindBidirectional(viewModel.guidanceProperty());
        maxPointsField.textProperty().bindBidirectional(viewModel.maxPointsProperty());
        evidenceCheckBox.selectedProperty().bindBidirectional(viewModel.evidenceRequiredProperty());
        criticalComboBox.getItems().setAll(CriticalScope.values());
        criticalComboBox.setConverter(Converters.labelled(viewModel::criticalLabel));
        criticalComboBox.valueProperty().bindBidirectional(viewModel.criticalProperty());
        ruleTypeComboBox.getItems().setAll(RuleType.values());
        ruleTypeComboBox.setConverter(Converters.labelled(viewModel::ruleTypeLabel));
        ruleTypeComboBox.valueProperty().bindBidirectional(viewModel.ruleTypeProperty());
        numeratorComboBox.valueProperty().bindBidirectional(viewModel.numeratorProperty());
        denominatorComboBox.valueProperty().bindBidirectional(viewModel.denominatorProperty());
        figureComboBox.valueProperty().bindBidirectional(viewModel.figureProperty());
        thresholdsField.textProperty().bindBidirectional(viewModel.thresholdsProperty());
        valueModeComboBox.getItems().setAll(BandValue.values());
        valueModeComboBox.setConverter(Converters.labelled(viewModel::valueModeLabel));
        valueModeComboBox.valueProperty().bindBidirectional(viewModel.valueModeProperty());
        valueKindComboBox.getItems().setAll(NumberKind.values());
        valueKindComboBox.setConverter(Converters.labelled(viewModel::valueKindLabel));
        valueKindComboBox.valueProperty().bindBidirectional(viewModel.valueKindProperty());
        targetField.textProperty().bindBidirectional(viewModel.targetProperty());
        optionsArea.textProperty().bindBidirectional(viewModel.optionsProperty());
        perOccurrenceField.textProperty().bindBidirectional(viewModel.perOccurrenceProperty());
        invertedCheckBox.selectedProperty().bindBidirectional(viewModel.invertedProperty());
        ruleGuidanceField.textProperty().bindBidirectional(viewModel.ruleGuidanceProperty());
        leafBox.disableProperty().bind(viewModel.editableProperty().not());
        leafBox.visibleProperty().bind(viewModel.leafProperty());
        leafBox.managedProperty().bind(viewModel.leafProperty());
        viewModel.ruleTypeProperty().addListener((obs, old, type) -> showRuleFields(type));
        showRuleFields(viewModel.ruleTypeProperty().get());
        for (TextInputControl field : List.of(codeField, titleField, guidanceArea, maxPointsField, thresholdsField,
                targetField, optionsArea, perOccurrenceField, ruleGuidanceField)) {
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    viewModel.applyForm();
                }
            });
        }
        for (ComboBox<?> box : List.of(criticalComboBox, ruleTypeComboBox, numeratorComboBox, denominatorComboBox,
                figureComboBox, valueModeComboBox, valueKindComboBox)) {
            box.setOnAction(event -> viewModel.applyForm());
        }
        evidenceCheckBox.setOnAction(event -> viewModel.applyForm());
        invertedCheckBox.setOnAction(event -> viewModel.applyForm());
        itemTree.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts();
            }
        });
    }

    private void bindTables() {
        settingsController.bind(viewModel);
        viewModel.figures().addListener((ListChangeListener<FigureDef>) change -> {
            List<String> codes = viewModel.figures().stream().map(FigureDef::code).toList();
            numeratorComboBox.getItems().setAll(codes);
            denominatorComboBox.getItems().setAll(codes);
            figureComboBox.getItems().setAll(codes);
        });
    }

    private void showRuleFields(RuleType type) {
        Map<Node, Set<RuleType>> rows = Map.of(
                numeratorRow, EnumSet.of(RuleType.RATIO_BANDS, RuleType.PROPORTIONAL,
                        RuleType.PROPORTIONAL_TO_TARGET),
                figureRow, EnumSet.of(RuleType.NUMBER_BANDS),
                thresholdsRow, EnumSet.of(RuleType.NUMBER_BANDS, RuleType.RATIO_BANDS),
                targetRow, EnumSet.of(RuleType.PROPORTIONAL_TO_TARGET),
                optionsRow, EnumSet.of(RuleType.CHOICE),
                perOccurrenceRow, EnumSet.of(RuleType.BONUS, RuleType.DEDUCTION),
                invertedRow, EnumSet.of(RuleType.YES_NO),
                manualRow, EnumSet.of(RuleType.MANUAL));
        rows.forEach((row, types) -> {
            boolean show = type != null && types.contains(type);
            row.setVisible(show);
            row.setManaged(show);
        });
    }

    private void rebuildTree() {
        String selected = viewModel.selectedCode();
        TreeItem<ItemRow> root = new TreeItem<>();
        treeItems.clear();
        List<TreeItem<ItemRow>> parents = new ArrayList<>(List.of(root));
        for (ItemRow row : viewModel.rows()) {
            TreeItem<ItemRow> item = new TreeItem<>(row);
            item.setExpanded(true);
            parents.get(row.depth()).getChildren().add(item);
            while (parents.size() > row.depth() + 1) {
                parents.remove(parents.size() - 1);
            }
            parents.add(item);
            treeItems.put(row.code(), item);
        }
        itemTree.setRoot(root);
        if (selected != null && treeItems.containsKey(selected)) {
            itemTree.getSelectionModel().select(treeItems.get(selected));
        }
    }


    @FXML
    private void onBack() {
        viewModel.back();
    }

    @FXML
    private void onAddArea() {
        viewModel.addArea();
    }

    @FXML
    private void onAddChild() {
        viewModel.addChild();
    }

    @FXML
    private void onRemove() {
        viewModel.removeSelected();
    }

    @FXML
    private void onUndo() {
        viewModel.undo();
    }

    @FXML
    private void onRedo() {
        viewModel.redo();
    }

    @FXML
    private void onPublish() {
        viewModel.publish();
    }

    @FXML
    private void onNewVersion() {
        viewModel.newVersion();
    }

    @FXML
    private void onApply() {
        viewModel.applyForm();
    }
}
