package org.parcheck.answering.ui;

import java.util.ResourceBundle;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.parcheck.common.fx.DialogService;
import org.parcheck.common.fx.Converters;
import org.parcheck.common.fx.DatePickers;
import org.parcheck.answering.Attendee;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.Finding;
import org.parcheck.answering.HandwrittenPart;
import org.parcheck.answering.Recommendation;
import org.parcheck.answering.ReportGap;
import org.parcheck.answering.ReportPart;

/**
 * Controller of the findings, recommendations, evidence and closing part of a visit. One keyboard rule in every row
 * form (#16 §3): Enter in any of its fields adds the row and, unless it is refused, puts the focus back in the form's
 * first field; a refusal shows in red under the form. A date that is not a date is kept as typed and marked.
 */
public final class VisitFindingsView {

    private final VisitFindingsViewModel viewModel;
    private final EvidenceForm evidenceForm;
    private final ReportPartForm reportPartForm;
    private final DialogService dialogs;

    @FXML private Label messageLabel;
    @FXML private ListView<Attendee> attendeeList;
    @FXML private TextField attendeeNameField;
    @FXML private TextField attendeeTitleField;
    @FXML private CheckBox representativeCheckBox;
    @FXML private Button addAttendeeButton;
    @FXML private Button removeAttendeeButton;
    @FXML private ListView<Finding> findingList;
    @FXML private ComboBox<Finding.Kind> findingKindComboBox;
    @FXML private TextField findingTextField;
    @FXML private TextField findingCauseField;
    @FXML private Button addFindingButton;
    @FXML private Button removeFindingButton;
    @FXML private Label carryLabel;
    @FXML private Button carryButton;
    @FXML private ListView<Recommendation> recommendationList;
    @FXML private TextField recommendationField;
    @FXML private TextField responsibleField;
    @FXML private ResourceBundle resources;
    @FXML private DatePicker deadlinePicker;
    @FXML private Button addRecommendationButton;
    @FXML private ComboBox<Recommendation.Status> statusComboBox;
    @FXML private Button removeRecommendationButton;
    @FXML private ListView<EvidenceCitation> evidenceList;
    @FXML private TextField evidenceItemField;
    @FXML private TextField evidenceNumberField;
    @FXML private DatePicker evidenceDatePicker;
    @FXML private TextField evidenceIssuerField;
    @FXML private TextField evidenceTitleField;
    @FXML private Button addEvidenceButton;
    @FXML private Button removeEvidenceButton;
    @FXML private Button attachButton;
    @FXML private Label attachmentLabel;
    @FXML private TextArea opinionArea;
    @FXML private TextField startTimeField;
    @FXML private TextField endTimeField;
    // #15 §1: the report part
    @FXML private ScrollPane findingsScroll;
    @FXML private VBox teamBox;
    @FXML private Button allTeamPresentButton;
    @FXML private CheckBox noOpinionCheckBox;
    @FXML private CheckBox handTeamCheckBox;
    @FXML private TextField handTeamReasonField;
    @FXML private CheckBox handAttendeesCheckBox;
    @FXML private TextField handAttendeesReasonField;
    @FXML private CheckBox handOpinionCheckBox;
    @FXML private TextField handOpinionReasonField;
    @FXML private CheckBox handTimesCheckBox;
    @FXML private TextField handTimesReasonField;
    @FXML private Label teamRefusalLabel;
    @FXML private Label attendeesRefusalLabel;
    @FXML private Label findingsRefusalLabel;
    @FXML private Label recommendationsRefusalLabel;
    @FXML private Label evidenceRefusalLabel;
    @FXML private Label closingRefusalLabel;

    /** The evidence citations of the tab, kept current as they are added and removed. */
    ObservableList<EvidenceCitation> evidence() {
        return evidenceForm.evidence();
    }

    public VisitFindingsView(VisitFindingsViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.evidenceForm = viewModel.evidenceForm();
        this.reportPartForm = viewModel.reportPartForm();
    }

    @FXML
    private void initialize() {
        messageLabel.textProperty().bind(viewModel.messageProperty());
        carryLabel.textProperty().bind(viewModel.carryTextProperty());
        carryButton.visibleProperty().bind(carryLabel.textProperty().isNotEmpty());
        // nothing to carry over: the row takes no room
        carryButton.getParent().visibleProperty().bind(carryButton.visibleProperty());
        carryButton.getParent().managedProperty().bind(carryButton.visibleProperty());
        attendeeList.setItems(reportPartForm.attendees());
        attendeeList.setCellFactory(cells(reportPartForm::attendeeLabel));
        attendeeNameField.textProperty().bindBidirectional(reportPartForm.attendeeNameProperty());
        attendeeTitleField.textProperty().bindBidirectional(reportPartForm.attendeeTitleProperty());
        representativeCheckBox.selectedProperty().bindBidirectional(reportPartForm.attendeeRepresentativeProperty());
        enterAdds(this::onAddAttendee, attendeeNameField, attendeeTitleField, representativeCheckBox);
        findingList.setItems(viewModel.findings());
        findingList.setCellFactory(cells(viewModel::findingLabel));
        recommendationList.setItems(viewModel.recommendations());
        recommendationList.setCellFactory(cells(viewModel::recommendationLabel));
        evidenceList.setItems(evidenceForm.evidence());
        evidenceList.setCellFactory(cells(evidenceForm::evidenceLabel));
        findingKindComboBox.getItems().setAll(Finding.Kind.values());
        findingKindComboBox.setConverter(Converters.labelled(viewModel::kindLabel));
        findingKindComboBox.valueProperty().bindBidirectional(viewModel.findingKindProperty());
        statusComboBox.getItems().setAll(viewModel.statuses());
        statusComboBox.setConverter(Converters.labelled(viewModel::statusLabel));
        statusComboBox.setOnAction(e -> viewModel.setStatus(
                recommendationList.getSelectionModel().getSelectedItem(), statusComboBox.getValue()));
        recommendationList.getSelectionModel().selectedItemProperty().addListener((obs, old, r) ->
                statusComboBox.setValue(r == null ? null : r.status()));
        findingTextField.textProperty().bindBidirectional(viewModel.findingTextProperty());
        findingCauseField.textProperty().bindBidirectional(viewModel.findingCauseProperty());
        enterAdds(this::onAddFinding, findingTextField, findingCauseField);
        recommendationField.textProperty().bindBidirectional(viewModel.recommendationTextProperty());
        responsibleField.textProperty().bindBidirectional(viewModel.responsiblePartyProperty());
        DatePickers.dayMonthYear(deadlinePicker, resources.getString("common.date.invalid"));
        DatePickers.dayMonthYear(evidenceDatePicker, resources.getString("common.date.invalid"));
        deadlinePicker.valueProperty().bindBidirectional(viewModel.deadlineProperty());
        // Enter in the deadline too (it did nothing): the typed date is read first, and kept when it is not one
        enterAdds(this::onAddRecommendation, recommendationField, responsibleField, deadlinePicker);
        evidenceItemField.textProperty().bindBidirectional(evidenceForm.evidenceItemProperty());
        evidenceNumberField.textProperty().bindBidirectional(evidenceForm.evidenceNumberProperty());
        evidenceDatePicker.valueProperty().bindBidirectional(evidenceForm.evidenceDateProperty());
        evidenceIssuerField.textProperty().bindBidirectional(evidenceForm.evidenceIssuerProperty());
        evidenceTitleField.textProperty().bindBidirectional(evidenceForm.evidenceTitleProperty());
        enterAdds(this::onAddEvidence, evidenceItemField, evidenceNumberField, evidenceDatePicker,
                evidenceIssuerField, evidenceTitleField);
        attachmentLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Path file = evidenceForm.attachmentProperty().get();
            return file == null ? "" : file.getFileName().toString();
        }, evidenceForm.attachmentProperty()));
        opinionArea.textProperty().bindBidirectional(reportPartForm.unitOpinionProperty());
        startTimeField.textProperty().bindBidirectional(reportPartForm.startTimeProperty());
        endTimeField.textProperty().bindBidirectional(reportPartForm.endTimeProperty());
        for (Node field : List.of(opinionArea, startTimeField, endTimeField)) {
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    reportPartForm.saveDetails();
                }
            });
        }
        bindRefusals();
        for (Node control : List.of(attendeeNameField, attendeeTitleField, representativeCheckBox, addAttendeeButton,
                removeAttendeeButton, findingKindComboBox, findingTextField, findingCauseField, addFindingButton,
                removeFindingButton, carryButton, recommendationField, responsibleField, deadlinePicker,
                addRecommendationButton, statusComboBox, removeRecommendationButton, evidenceItemField,
                evidenceNumberField, evidenceDatePicker, evidenceIssuerField, evidenceTitleField, addEvidenceButton,
                attachButton,
                removeEvidenceButton, opinionArea, startTimeField, endTimeField)) {
            control.disableProperty().bind(viewModel.editableProperty().not());
        }
        bindReportPart();
        viewModel.load();
    }

    /** Each form's refusal in red under it, taking room only when there is one. */
    private void bindRefusals() {
        Map<FindingsForm, Label> labels = Map.of(FindingsForm.TEAM, teamRefusalLabel, FindingsForm.ATTENDEES,
                attendeesRefusalLabel, FindingsForm.FINDINGS, findingsRefusalLabel, FindingsForm.RECOMMENDATIONS,
                recommendationsRefusalLabel, FindingsForm.EVIDENCE, evidenceRefusalLabel, FindingsForm.CLOSING,
                closingRefusalLabel);
        labels.forEach((form, label) -> {
            label.textProperty().bind(viewModel.refusalProperty(form));
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        });
    }

    /** Enter in any of {@code fields} runs {@code add} (a date picker reads its typed text first). */
    private static void enterAdds(Runnable add, Node... fields) {
        for (Node field : fields) {
            field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    if (field instanceof DatePicker picker) {
                        picker.commitValue();
                    }
                    add.run();
                }
            });
        }
    }

    /** After an add that was not refused, the focus goes back to the form's first field for the next row. */
    private void backTo(FindingsForm form, Node first) {
        if (viewModel.refusalProperty(form).get().isEmpty()) {
            first.requestFocus();
        }
    }

    // --- #15 §1: the report part ------------------------------------------------------------------------------

    private void bindReportPart() {
        reportPartForm.team().addListener((ListChangeListener<TeamPresence>) change -> showTeam());
        allTeamPresentButton.disableProperty().bind(viewModel.editableProperty().not()
                .or(Bindings.isEmpty(reportPartForm.team())));
        noOpinionCheckBox.selectedProperty().bindBidirectional(reportPartForm.noUnitOpinionProperty());
        noOpinionCheckBox.disableProperty().bind(viewModel.editableProperty().not());
        noOpinionCheckBox.setOnAction(e -> reportPartForm.saveNoUnitOpinion());
        bindHandwritten(HandwrittenPart.TEAM, handTeamCheckBox, handTeamReasonField);
        bindHandwritten(HandwrittenPart.ATTENDEES, handAttendeesCheckBox, handAttendeesReasonField);
        bindHandwritten(HandwrittenPart.OPINION, handOpinionCheckBox, handOpinionReasonField);
        bindHandwritten(HandwrittenPart.TIMES, handTimesCheckBox, handTimesReasonField);
    }

    private void bindHandwritten(HandwrittenPart part, CheckBox box, TextField reason) {
        box.selectedProperty().bindBidirectional(reportPartForm.handwrittenProperty(part));
        reason.textProperty().bindBidirectional(reportPartForm.handwrittenReasonProperty(part));
        box.disableProperty().bind(viewModel.editableProperty().not());
        reason.disableProperty().bind(viewModel.editableProperty().not().or(box.selectedProperty().not()));
        box.setOnAction(e -> {
            if (box.isSelected() && reason.getText().isBlank()) {
                reason.requestFocus();
            }
            reportPartForm.saveHandwritten(part);
        });
        reason.setOnAction(e -> reportPartForm.saveHandwritten(part));
        reason.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                reportPartForm.saveHandwritten(part);
            }
        });
    }

    private void showTeam() {
        teamBox.getChildren().clear();
        if (reportPartForm.team().isEmpty()) {
            teamBox.getChildren().add(new Label(resources.getString("answering.findings.noTeam")));
            return;
        }
        int position = 0;
        for (TeamPresence presence : reportPartForm.team()) {
            CheckBox box = new CheckBox(reportPartForm.teamMemberLabel(presence.member()));
            box.setId("teamPresent-" + position++);
            box.setWrapText(true);
            box.selectedProperty().bindBidirectional(presence.presentProperty());
            box.disableProperty().bind(viewModel.editableProperty().not());
            box.setOnAction(e -> reportPartForm.saveTeamPresent());
            teamBox.getChildren().add(box);
        }
    }

    @FXML
    private void onAllTeamPresent() {
        reportPartForm.allTeamPresent();
    }

    /** Focuses the field a blocker line of the report part is about, and scrolls it into view. */
    public void focus(ReportGap.Kind kind) {
        Node target = switch (kind) {
            case START_TIME -> startTimeField;
            case END_TIME -> endTimeField;
            case TEAM -> teamBox.getChildren().stream().filter(CheckBox.class::isInstance).findFirst()
                    .orElse(handTeamCheckBox);
            case ATTENDEES, REPRESENTATIVE -> attendeeNameField;
            case OPINION -> opinionArea;
            default -> null;
        };
        if (target == null) {
            return;
        }
        target.requestFocus();
        Node content = findingsScroll.getContent();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = findingsScroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            double y = content.sceneToLocal(target.localToScene(0, 0)).getY();
            findingsScroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
        }
    }

    /** The report part as saved on this tab, for the finalise blockers. */
    ReadOnlyObjectProperty<ReportPart> reportPart() {
        return reportPartForm.reportPartProperty();
    }

    // --- end #15 §1 ---------------------------------------------------------------------------------------

    private static <T> Callback<ListView<T>, ListCell<T>> cells(Function<T, String> label) {
        return list -> {
            ListCell<T> cell = new ListCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : label.apply(item));
                }
            };
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
            return cell;
        };
    }


    @FXML
    private void onAddAttendee() {
        reportPartForm.addAttendee();
        backTo(FindingsForm.ATTENDEES, attendeeNameField);
    }

    @FXML
    private void onRemoveAttendee() {
        reportPartForm.removeAttendee(attendeeList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onAddFinding() {
        viewModel.addFinding();
        backTo(FindingsForm.FINDINGS, findingKindComboBox);
    }

    @FXML
    private void onRemoveFinding() {
        viewModel.removeFinding(findingList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onCarry() {
        viewModel.carryForward();
    }

    @FXML
    private void onAddRecommendation() {
        if (DatePickers.hasUnreadableText(deadlinePicker)) {
            viewModel.refuseUnreadableDate(FindingsForm.RECOMMENDATIONS);
            return;
        }
        viewModel.addRecommendation();
        backTo(FindingsForm.RECOMMENDATIONS, recommendationField);
    }

    @FXML
    private void onRemoveRecommendation() {
        viewModel.removeRecommendation(recommendationList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onAddEvidence() {
        if (DatePickers.hasUnreadableText(evidenceDatePicker)) {
            viewModel.refuseUnreadableDate(FindingsForm.EVIDENCE);
            return;
        }
        evidenceForm.addEvidence();
        backTo(FindingsForm.EVIDENCE, evidenceItemField);
    }

    @FXML
    private void onAttach() {
        dialogs.openFile(resources.getString("answering.findings.attach").replace("_", ""), List.of())
                .ifPresent(evidenceForm.attachmentProperty()::set);
    }

    @FXML
    private void onRemoveEvidence() {
        evidenceForm.removeEvidence(evidenceList.getSelectionModel().getSelectedItem());
    }
}
