package org.parcheck.answering.ui;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.parcheck.common.fx.FileChoosers;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.common.fx.Dialogs;
import org.parcheck.common.fx.Labels;
import org.parcheck.common.fx.ReportPreview;
import org.parcheck.common.i18n.Messages;

/** Controller of the visit screen: lays out the checklist, binds the score panel, routes keys. */
public final class VisitView {

    /**
     * Below this checklist width an item's controls go to a second line, so that its title keeps at least about
     * 320 px (the controls, the code and the indentation take about 550 px).
     */
    static final double COMPACT_BELOW = 880;
    /** Problems of a refused self-assessment form listed in its message; the rest are counted. */
    private static final int MAX_PROBLEMS_SHOWN = 25;
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final VisitViewModel viewModel;
    private final Messages messages;
    private final Map<String, Node> inputs = new HashMap<>();
    private final Map<String, Node> lines = new HashMap<>();

    @FXML private ResourceBundle resources;
    @FXML private Label headingLabel;
    @FXML private Label subheadingLabel;
    @FXML private Label saveStateLabel;
    @FXML private Label attachmentWarningLabel;
    @FXML private TextField findField;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Button finaliseButton;
    @FXML private Button reopenButton;
    @FXML private MenuItem selfImportItem;
    @FXML private ScrollPane checklistScroll;
    @FXML private VBox checklistBox;
    @FXML private GridPane figureGrid;
    @FXML private Label totalLabel;
    @FXML private Label percentLabel;
    @FXML private Label classificationLabel;
    @FXML private Label progressLabel;
    @FXML private VBox areaBox;
    @FXML private Label selectedTitleLabel;
    @FXML private Label explanationLabel;
    @FXML private Label fullMarksLabel;
    @FXML private Label blockersTitle;
    @FXML private TextArea noteArea;
    @FXML private CheckBox flagCheckBox;
    @FXML private ListView<String> blockerList;
    @FXML private Tab logTab;
    @FXML private TabPane visitTabs;
    @FXML private Tab checklistTab;
    @FXML private Tab findingsTab;
    @FXML private VisitLogView logController;
    @FXML private VisitFindingsView findingsController;

    public VisitView(VisitViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        headingLabel.textProperty().bind(viewModel.headingProperty());
        // evidence is added on the findings tab; an item that requires evidence is scored again at once
        ObservableList<EvidenceCitation> evidence = findingsController.evidence();
        evidence.addListener((ListChangeListener<EvidenceCitation>) change ->
                viewModel.evidenceChanged(List.copyOf(evidence)));
        // #15 §1: the report part saved on the findings tab; the blockers follow it
        findingsController.reportPart().addListener((obs, old, part) -> viewModel.reportPartChanged(part));
        subheadingLabel.textProperty().bind(viewModel.subheadingProperty());
        attachmentWarningLabel.textProperty().bind(viewModel.attachmentWarningProperty());
        attachmentWarningLabel.visibleProperty().bind(attachmentWarningLabel.textProperty().isNotEmpty());
        attachmentWarningLabel.managedProperty().bind(attachmentWarningLabel.visibleProperty());
        // the state wraps beside the heading (at most 250 px); the whole text also shows on hover
        Labels.bindWithHover(saveStateLabel, viewModel.saveStateProperty());
        // refusals and failures in red, not in the green of "saved"
        viewModel.saveStateProblemProperty().addListener((obs, was, problem) ->
                saveStateLabel.pseudoClassStateChanged(PROBLEM, problem));
        totalLabel.textProperty().bind(viewModel.totalTextProperty());
        percentLabel.textProperty().bind(viewModel.percentTextProperty());
        classificationLabel.textProperty().bind(viewModel.classificationTextProperty());
        progressLabel.textProperty().bind(viewModel.progressTextProperty());
        selectedTitleLabel.textProperty().bind(viewModel.selectedTitleProperty());
        explanationLabel.textProperty().bind(viewModel.selectedExplanationProperty());
        fullMarksLabel.textProperty().bind(viewModel.selectedFullMarksProperty());
        undoButton.disableProperty().bind(viewModel.editableProperty().not());
        redoButton.disableProperty().bind(viewModel.editableProperty().not());
        selfImportItem.disableProperty().bind(viewModel.editableProperty().not());
        finaliseButton.disableProperty().bind(viewModel.editableProperty().not());
        reopenButton.disableProperty().bind(viewModel.editableProperty().or(viewModel.loadedProperty().not()));
        // only the action that applies is shown, so the heading keeps its room on a 1366 px screen
        finaliseButton.visibleProperty().bind(finaliseButton.disableProperty().not());
        finaliseButton.managedProperty().bind(finaliseButton.visibleProperty());
        reopenButton.visibleProperty().bind(reopenButton.disableProperty().not());
        reopenButton.managedProperty().bind(reopenButton.visibleProperty());
        blockerList.setItems(viewModel.blockers());
        blockerList.setCellFactory(list -> new WrappingCell(list));
        blockerList.visibleProperty().bind(Bindings.isNotEmpty(viewModel.blockers()));
        blockerList.managedProperty().bind(blockerList.visibleProperty());
        blockersTitle.visibleProperty().bind(blockerList.visibleProperty());
        blockersTitle.managedProperty().bind(blockerList.visibleProperty());
        blockerList.setOnMouseClicked(e -> jumpToBlocker());
        blockerList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jumpToBlocker();
            }
        });
        viewModel.areas().addListener((ListChangeListener<AreaResult>) change -> showAreas());
        viewModel.loadedProperty().addListener((obs, was, now) -> {
            if (now) {
                build();
            }
        });
        checklistBox.sceneProperty().addListener((obs, old, scene) -> installShortcuts(scene));
        bindNoteAndFlag();
        logTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                logController.refresh();
            }
        });
        viewModel.editableProperty().addListener((obs, was, editable) -> {
            if (logTab.isSelected()) {
                logController.refresh();
            }
        });
        viewModel.load();
    }

    private void build() {
        ChecklistRows rows = new ChecklistRows(messages, viewModel);
        rows.compactProperty().bind(checklistBox.widthProperty().lessThan(COMPACT_BELOW));
        int r = 0;
        for (FigureEntry figure : viewModel.figures()) {
            TextField field = new TextField();
            field.setId("figure-" + figure.code());
            field.setPrefColumnCount(8);
            field.textProperty().bindBidirectional(figure.valueProperty());
            field.editableProperty().bind(viewModel.editableProperty());
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    viewModel.commitFigure(figure);
                }
            });
            field.setOnAction(e -> focusNextFigureOrItem(field));
            Label unit = new Label();
            unit.setId("figureValue-" + figure.code());
            unit.textProperty().bind(figure.understoodProperty());
            unit.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(figure.name());
            name.setLabelFor(field);
            name.setWrapText(true);
            Label error = new Label();
            error.getStyleClass().add("pc-error-text");
            error.textProperty().bind(figure.errorProperty());
            error.setWrapText(true);
            // wraps within about 260 px rather than taking the names' room
            error.setPrefWidth(260);
            figureGrid.addRow(r++, name, field, unit, error);
        }
        checklistBox.getChildren().add(rows.header());
        for (ItemEntry entry : viewModel.entries()) {
            if (!entry.isLeaf()) {
                checklistBox.getChildren().add(rows.heading(entry));
                continue;
            }
            ChecklistRows.Row row = rows.leaf(entry, viewModel::commit);
            row.line().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof Button)) {
                    viewModel.commit(entry);
                    focusNext(entry.code());
                    e.consume();
                }
            });
            row.line().focusWithinProperty().addListener((obs, was, within) -> {
                if (within) {
                    viewModel.select(entry.code());
                }
            });
            inputs.put(entry.code(), row.input());
            lines.put(entry.code(), row.line());
            checklistBox.getChildren().add(row.line());
        }
        showAreas();
    }

    /** The note and the flag edit the selected item; they are saved when the note loses focus or on a tick. */
    private void bindNoteAndFlag() {
        noteArea.editableProperty().bind(viewModel.editableProperty());
        flagCheckBox.disableProperty().bind(viewModel.editableProperty().not()
                .or(viewModel.selectedEntryProperty().isNull()));
        viewModel.selectedEntryProperty().addListener((obs, old, entry) -> {
            if (old != null) {
                noteArea.textProperty().unbindBidirectional(old.noteProperty());
                flagCheckBox.selectedProperty().unbindBidirectional(old.flaggedProperty());
            }
            if (entry != null) {
                noteArea.textProperty().bindBidirectional(entry.noteProperty());
                flagCheckBox.selectedProperty().bindBidirectional(entry.flaggedProperty());
            }
        });
        noteArea.focusedProperty().addListener((obs, was, focused) -> {
            ItemEntry entry = viewModel.selectedEntryProperty().get();
            if (!focused && entry != null) {
                viewModel.commit(entry);
            }
        });
        flagCheckBox.setOnAction(e -> {
            ItemEntry entry = viewModel.selectedEntryProperty().get();
            if (entry != null) {
                viewModel.commit(entry);
            }
        });
    }

    private void focusNextFigureOrItem(TextField field) {
        int index = figureGrid.getChildren().indexOf(field);
        for (int i = index + 1; i < figureGrid.getChildren().size(); i++) {
            if (figureGrid.getChildren().get(i) instanceof TextField next) {
                next.requestFocus();
                return;
            }
        }
        viewModel.entries().stream().filter(e -> e.isLeaf() && e.kind() != ItemEntry.InputKind.COMPUTED)
                .findFirst().ifPresent(e -> focus(e.code()));
    }

    private void focusNext(String code) {
        boolean after = false;
        for (ItemEntry entry : viewModel.entries()) {
            if (after && entry.isLeaf() && entry.kind() != ItemEntry.InputKind.COMPUTED) {
                focus(entry.code());
                return;
            }
            after |= entry.code().equals(code);
        }
    }

    /** Focuses the item's input and scrolls it into view. */
    public void focus(String code) {
        Node input = inputs.get(code);
        Node line = lines.get(code);
        if (input == null) {
            return;
        }
        viewModel.select(code);
        input.requestFocus();
        Bounds content = checklistBox.getLayoutBounds();
        Bounds bounds = line.getBoundsInParent();
        double viewport = checklistScroll.getViewportBounds().getHeight();
        if (content.getHeight() > viewport) {
            double y = (bounds.getMinY() - viewport / 3) / (content.getHeight() - viewport);
            checklistScroll.setVvalue(Math.max(0, Math.min(1, y)));
        }
    }

    private void showAreas() {
        areaBox.getChildren().clear();
        for (AreaResult area : viewModel.areas()) {
            Label title = new Label(area.title());
            title.setWrapText(true);
            ProgressBar bar = new ProgressBar(Math.max(area.fraction(), 0));
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            Label points = new Label(area.points());
            points.setMinWidth(90);
            VBox box = new VBox(1, title, new HBox(6, bar, points));
            if (!area.zeroedNote().isEmpty()) {
                Label zeroed = new Label(area.zeroedNote());
                zeroed.setWrapText(true);
                zeroed.getStyleClass().add("pc-error-text");
                box.getChildren().add(zeroed);
            }
            areaBox.getChildren().add(box);
        }
    }

    private void jumpToBlocker() {
        String line = blockerList.getSelectionModel().getSelectedItem();
        if (line == null) {
            return;
        }
        Optional<String> item = viewModel.blockerItem(line);
        if (item.isPresent()) {
            visitTabs.getSelectionModel().select(checklistTab);
            focus(item.get());
            return;
        }
        // #15 §1: a line about the report part goes to its field on the findings tab
        viewModel.blockerField(line).ifPresent(kind -> {
            visitTabs.getSelectionModel().select(findingsTab);
            findingsController.focus(kind);
        });
    }

    private void installShortcuts(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F8), this::onNext);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                findField::requestFocus);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), this::onUndo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::onRedo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::onShortcuts);
    }

    @FXML
    private void onNext() {
        viewModel.nextToDo(viewModel.selectedCode()).ifPresent(this::focus);
    }

    @FXML
    private void onFind() {
        Optional<String> found = viewModel.find(findField.getText(), viewModel.selectedCode());
        found.ifPresent(this::focus);
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
    private void onFinalise() {
        List<String> provisional = viewModel.provisionalItems();
        if (!provisional.isEmpty()) {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("answering.visit.finaliseProvisional",
                    provisional.size(), String.join(", ", provisional)), ButtonType.OK, ButtonType.CANCEL);
            alert.setHeaderText(resources.getString("answering.visit.finaliseProvisionalTitle"));
            alert.initOwner(checklistBox.getScene().getWindow());
            if (Dialogs.localize(alert, resources).showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
                return;
            }
        }
        viewModel.finalise();
    }

    @FXML
    private void onReopen() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(resources.getString("answering.visit.reopen"));
        dialog.setHeaderText(resources.getString("answering.visit.reopenQuestion"));
        dialog.initOwner(checklistBox.getScene().getWindow());
        Dialogs.localize(dialog, resources).showAndWait().ifPresent(viewModel::reopen);
    }

    @FXML
    private void onShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, resources.getString("answering.visit.shortcutList"),
                ButtonType.OK);
        alert.setHeaderText(resources.getString("answering.visit.shortcuts"));
        alert.initOwner(checklistBox.getScene().getWindow());
        Dialogs.localize(alert, resources).show();
    }

    @FXML
    private void onPreview() {
        viewModel.previewReport(pages -> ReportPreview.show(checklistBox.getScene().getWindow(),
                resources.getString("answering.visit.previewTitle"), pages, resources, List.of(
                        new ReportPreview.Action(resources.getString("answering.visit.report"), this::onReport),
                        new ReportPreview.Action(resources.getString("answering.visit.reportDocx"),
                                this::onReportDocx))));
    }

    @FXML
    private void onExportPackage() {
        viewModel.exportPackage();
    }

    @FXML
    private void onReport() {
        File file = chooseReportFile("PDF", "pdf");
        if (file != null) {
            viewModel.exportReport(file.toPath());
        }
    }

    @FXML
    private void onReportDocx() {
        File file = chooseReportFile("Word", "docx");
        if (file != null) {
            viewModel.exportReportDocx(file.toPath());
        }
    }

    private File chooseReportFile(String kind, String extension) {
        FileChooser chooser = FileChoosers.create();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*." + extension));
        chooser.setInitialFileName(viewModel.suggestedReportName(extension));
        return FileChoosers.save(chooser, checklistBox.getScene().getWindow());
    }

    @FXML
    private void onSelfFormExport() {
        FileChooser chooser = FileChoosers.create();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        chooser.setInitialFileName(viewModel.suggestedSelfFormName());
        File file = FileChoosers.save(chooser, checklistBox.getScene().getWindow());
        if (file != null) {
            viewModel.exportSelfScoreForm(file.toPath());
        }
    }

    @FXML
    private void onSelfFormImport() {
        FileChooser chooser = FileChoosers.create();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File file = FileChoosers.open(chooser, checklistBox.getScene().getWindow());
        if (file != null) {
            viewModel.importSelfScores(file.toPath(), this::showSelfFormProblems, this::confirmSelfScores);
        }
    }

    private void showSelfFormProblems(List<String> problems) {
        int shown = Math.min(problems.size(), MAX_PROBLEMS_SHOWN);
        StringBuilder text = new StringBuilder(String.join("\n", problems.subList(0, shown)));
        if (problems.size() > shown) {
            text.append("\n").append(messages.get("answering.visit.selfForm.moreProblems", problems.size() - shown));
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, text.toString(), ButtonType.OK);
        alert.setHeaderText(resources.getString("answering.visit.selfForm.problemsTitle"));
        alert.initOwner(checklistBox.getScene().getWindow());
        Dialogs.localize(alert, resources).show();
    }

    private boolean confirmSelfScores(int count, int replacing) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                messages.get(replacing == 0 ? "answering.visit.selfForm.confirmNew"
                        : "answering.visit.selfForm.confirm", count, replacing), ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(resources.getString("answering.visit.selfFormImport"));
        alert.initOwner(checklistBox.getScene().getWindow());
        return Dialogs.localize(alert, resources).showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @FXML
    private void onBack() {
        viewModel.back();
    }

    /** A blocker line wraps within the list's width instead of being cut ("Biên bản: chưa đánh dấu thành…"). */
    private static final class WrappingCell extends ListCell<String> {

        WrappingCell(ListView<String> list) {
            setWrapText(true);
            prefWidthProperty().bind(list.widthProperty().subtract(18));
            setMaxWidth(Control.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item);
        }
    }
}
