package org.parcheck.answering.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.Labels;
import org.parcheck.common.i18n.Messages;

/**
 * Controller of the visit screen: lays out the checklist, binds the score panel, routes keys. Whatever takes the
 * focus in the checklist is scrolled into view (#16 §2); Ctrl+F shows the find field from any tab.
 */
public final class VisitView {

    /**
     * Below this checklist width an item's controls go to a second line, so that its title keeps at least about
     * 320 px (the controls, the code and the indentation take about 550 px).
     */
    static final double COMPACT_BELOW = 880;
    /** Room kept below a focused field when it is scrolled into view: its problem line shows too. */
    private static final double BELOW_FOCUS = 48;
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final VisitViewModel viewModel;
    private final Messages messages;
    private final Map<String, Node> inputs = new HashMap<>();
    private final Map<String, Node> lines = new HashMap<>();
    private final FigureRows figureRows = new FigureRows();
    private final DialogService dialogService;
    private VisitDialogs dialogs;
    private VisitSidePanel sidePanel;

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
    @FXML private VBox figureBox;
    @FXML private Label totalLabel;
    @FXML private Label percentLabel;
    @FXML private Label classificationLabel;
    @FXML private Label progressLabel;
    @FXML private Label progressDetailLabel;
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

    public VisitView(VisitViewModel viewModel, Messages messages, DialogService dialogService) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dialogService = dialogService;
    }

    @FXML
    private void initialize() {
        dialogs = new VisitDialogs(dialogService, () -> checklistBox.getScene().getWindow(), resources, messages);
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
        sidePanel = new VisitSidePanel(areaBox);
        sidePanel.bindScore(viewModel.score(), progressLabel, progressDetailLabel, totalLabel, percentLabel,
                classificationLabel);
        selectedTitleLabel.textProperty().bind(viewModel.selection().titleProperty());
        explanationLabel.textProperty().bind(viewModel.selection().explanationProperty());
        fullMarksLabel.textProperty().bind(viewModel.selection().fullMarksProperty());
        undoButton.disableProperty().bind(viewModel.editableProperty().not().or(viewModel.canUndoProperty().not()));
        redoButton.disableProperty().bind(viewModel.editableProperty().not().or(viewModel.canRedoProperty().not()));
        selfImportItem.disableProperty().bind(viewModel.editableProperty().not());
        finaliseButton.disableProperty().bind(viewModel.editableProperty().not());
        reopenButton.disableProperty().bind(viewModel.editableProperty().or(viewModel.loadedProperty().not()));
        // only the action that applies is shown, so the heading keeps its room on a 1366 px screen
        finaliseButton.visibleProperty().bind(finaliseButton.disableProperty().not());
        finaliseButton.managedProperty().bind(finaliseButton.visibleProperty());
        reopenButton.visibleProperty().bind(reopenButton.disableProperty().not());
        reopenButton.managedProperty().bind(reopenButton.visibleProperty());
        VisitSidePanel.bindBlockers(viewModel.blockers(), blockerList, blockersTitle);
        blockerList.setOnMouseClicked(e -> jumpToBlocker());
        blockerList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jumpToBlocker();
            }
        });
        viewModel.loadedProperty().addListener((obs, was, now) -> {
            if (now) {
                build();
            }
        });
        checklistBox.sceneProperty().addListener((obs, old, scene) -> installShortcuts(scene));
        VisitSidePanel.bindNoteAndFlag(viewModel, noteArea, flagCheckBox);
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
        figureRows.build(figureBox, viewModel.figures(), viewModel.editableProperty(), viewModel::commitFigure,
                this::focusNextFigureOrItem);
        checklistBox.getChildren().add(rows.header());
        for (ItemEntry entry : viewModel.entries()) {
            if (!entry.isLeaf()) {
                checklistBox.getChildren().add(rows.heading(entry));
                continue;
            }
            ChecklistRows.Row row = rows.leaf(entry, viewModel::commit);
            row.line().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof Button)) {
                    e.consume();
                    Optional<Node> within = row.next(e.getTarget());
                    if (within.isPresent()) {
                        within.get().requestFocus();
                        return;
                    }
                    viewModel.commit(entry);
                    // refused (unreadable, or N/A without its reason): the focus stays where it can be corrected
                    if (entry.errorProperty().get().isEmpty()) {
                        focusNext(entry.code());
                    } else if (entry.notApplicableProperty().get()) {
                        row.naReason().requestFocus();
                    }
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
        sidePanel.showAreas(viewModel.areas());
    }

    private void focusNextFigureOrItem(TextField field) {
        TextField next = figureRows.after(field);
        if (next != null) {
            next.requestFocus();
            return;
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
        if (input == null) {
            return;
        }
        viewModel.select(code);
        visitTabs.getSelectionModel().select(checklistTab);
        input.requestFocus();
        scrollIntoView(lines.get(code), true);
    }

    /**
     * Scrolls the checklist so that {@code node} (inside it) shows with room below for its problem line: always to
     * a third of the height when {@code toThird}, else only when it is not wholly in view.
     */
    private void scrollIntoView(Node node, boolean toThird) {
        checklistBox.applyCss();
        checklistBox.layout();
        Bounds content = checklistBox.getLayoutBounds();
        double viewport = checklistScroll.getViewportBounds().getHeight();
        if (content.getHeight() <= viewport || viewport <= 0) {
            return;
        }
        Bounds bounds = checklistBox.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = checklistScroll.getVvalue() * (content.getHeight() - viewport);
        if (!toThird && bounds.getMinY() >= top && bounds.getMaxY() + BELOW_FOCUS <= top + viewport) {
            return;
        }
        double y = (bounds.getMinY() - viewport / 3) / (content.getHeight() - viewport);
        checklistScroll.setVvalue(Math.max(0, Math.min(1, y)));
    }

    private void jumpToBlocker() {
        String line = blockerList.getSelectionModel().getSelectedItem();
        if (line == null) {
            return;
        }
        Optional<String> item = viewModel.blockerItem(line);
        if (item.isPresent()) {
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
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::showFind);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), this::onUndo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::onRedo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::onShortcuts);
        // whatever takes the focus in the checklist (Enter, Tab, a click) is scrolled into view
        scene.focusOwnerProperty().addListener((obs, old, owner) -> {
            if (owner != null && isInChecklist(owner)) {
                scrollIntoView(owner, false);
            }
        });
    }

    private boolean isInChecklist(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == checklistBox) {
                return true;
            }
        }
        return false;
    }

    /** Ctrl+F from any tab: the checklist tab, where what is found is shown, and its find field. */
    private void showFind() {
        visitTabs.getSelectionModel().select(checklistTab);
        findField.requestFocus();
        findField.selectAll();
    }

    @FXML
    private void onNext() {
        viewModel.nextToDo(viewModel.selection().code()).ifPresent(this::focus);
    }

    @FXML
    private void onFind() {
        viewModel.find(findField.getText(), viewModel.selection().code()).ifPresent(this::focus);
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
        if (dialogs.confirmProvisional(viewModel.provisionalItems())) {
            viewModel.finalise();
        }
    }

    @FXML
    private void onReopen() {
        dialogs.reopenReason().ifPresent(viewModel::reopen);
    }

    @FXML
    private void onShortcuts() {
        dialogs.showShortcuts();
    }

    @FXML
    private void onPreview() {
        viewModel.report().preview(pages -> dialogs.preview(pages, this::onReport, this::onReportDocx));
    }

    @FXML
    private void onExportPackage() {
        viewModel.exportPackage();
    }

    @FXML
    private void onReport() {
        dialogs.saveAs("answering.visit.report", "PDF", "pdf", viewModel.report().suggestedName("pdf"))
                .ifPresent(viewModel.report()::exportPdf);
    }

    @FXML
    private void onReportDocx() {
        dialogs.saveAs("answering.visit.reportDocx", "Word", "docx", viewModel.report().suggestedName("docx"))
                .ifPresent(viewModel.report()::exportDocx);
    }

    @FXML
    private void onSelfFormExport() {
        dialogs.saveAs("answering.visit.selfFormExport", "Excel", "xlsx", viewModel.selfForm().suggestedName())
                .ifPresent(viewModel.selfForm()::export);
    }

    @FXML
    private void onSelfFormImport() {
        dialogs.openWorkbook("answering.visit.selfFormImport").ifPresent(file -> viewModel.selfForm().importScores(file,
                dialogs::showSelfFormProblems, dialogs::confirmSelfScores));
    }

    @FXML
    private void onBack() {
        viewModel.back();
    }
}
