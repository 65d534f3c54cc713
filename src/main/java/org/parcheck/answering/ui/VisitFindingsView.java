package org.parcheck.answering.ui;

import java.io.File;
import java.util.ResourceBundle;
import java.nio.file.Path;
import java.util.List;
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
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.parcheck.common.fx.FileChoosers;
import org.parcheck.common.fx.Converters;
import org.parcheck.common.fx.DatePickers;
import org.parcheck.answering.Attendee;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.Finding;
import org.parcheck.answering.HandwrittenPart;
import org.parcheck.answering.Recommendation;
import org.parcheck.answering.ReportGap;
import org.parcheck.answering.ReportPart;

/** Controller of the findings, recommendations, evidence and closing part of a visit. */
public final class VisitFindingsView {

    private final VisitFindingsViewModel viewModel;

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

    /** The evidence citations of the tab, kept current as they are added and removed. */
    ObservableList<EvidenceCitation> evidence() {
        return viewModel.evidence();
    }

    public VisitFindingsView(VisitFindingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        messageLabel.textProperty().bind(viewModel.messageProperty());
        carryLabel.textProperty().bind(viewModel.carryTextProperty());
        carryButton.visibleProperty().bind(carryLabel.textProperty().isNotEmpty());
        // nothing to carry over: the row takes no room
        carryButton.getParent().visibleProperty().bind(carryButton.visibleProperty());
        carryButton.getParent().managedProperty().bind(carryButton.visibleProperty());
        attendeeList.setItems(viewModel.attendees());
        attendeeList.setCellFactory(cells(viewModel::attendeeLabel));
        attendeeNameField.textProperty().bindBidirectional(viewModel.attendeeNameProperty());
        attendeeTitleField.textProperty().bindBidirectional(viewModel.attendeeTitleProperty());
        representativeCheckBox.selectedProperty().bindBidirectional(viewModel.attendeeRepresentativeProperty());
        attendeeTitleField.setOnAction(e -> viewModel.addAttendee());
        findingList.setItems(viewModel.findings());
        findingList.setCellFactory(cells(viewModel::findingLabel));
        recommendationList.setItems(viewModel.recommendations());
        recommendationList.setCellFactory(cells(viewModel::recommendationLabel));
        evidenceList.setItems(viewModel.evidence());
        evidenceList.setCellFactory(cells(viewModel::evidenceLabel));
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
        findingTextField.setOnAction(e -> viewModel.addFinding());
        findingCauseField.setOnAction(e -> viewModel.addFinding());
        recommendationField.textProperty().bindBidirectional(viewModel.recommendationTextProperty());
        responsibleField.textProperty().bindBidirectional(viewModel.responsiblePartyProperty());
        DatePickers.dayMonthYear(deadlinePicker, resources.getString("common.date.invalid"));
        DatePickers.dayMonthYear(evidenceDatePicker, resources.getString("common.date.invalid"));
        deadlinePicker.valueProperty().bindBidirectional(viewModel.deadlineProperty());
        recommendationField.setOnAction(e -> onAddRecommendation());
        responsibleField.setOnAction(e -> onAddRecommendation());
        evidenceItemField.textProperty().bindBidirectional(viewModel.evidenceItemProperty());
        evidenceNumberField.textProperty().bindBidirectional(viewModel.evidenceNumberProperty());
        evidenceDatePicker.valueProperty().bindBidirectional(viewModel.evidenceDateProperty());
        evidenceIssuerField.textProperty().bindBidirectional(viewModel.evidenceIssuerProperty());
        evidenceTitleField.textProperty().bindBidirectional(viewModel.evidenceTitleProperty());
        evidenceTitleField.setOnAction(e -> onAddEvidence());
        attachmentLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Path file = viewModel.attachmentProperty().get();
            return file == null ? "" : file.getFileName().toString();
        }, viewModel.attachmentProperty()));
        opinionArea.textProperty().bindBidirectional(viewModel.unitOpinionProperty());
        startTimeField.textProperty().bindBidirectional(viewModel.startTimeProperty());
        endTimeField.textProperty().bindBidirectional(viewModel.endTimeProperty());
        for (Node field : List.of(opinionArea, startTimeField, endTimeField)) {
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    viewModel.saveDetails();
                }
            });
        }
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

    // --- #15 §1: the report part ------------------------------------------------------------------------------

    private void bindReportPart() {
        viewModel.team().addListener((ListChangeListener<TeamPresence>) change -> showTeam());
        allTeamPresentButton.disableProperty().bind(viewModel.editableProperty().not()
                .or(Bindings.isEmpty(viewModel.team())));
        noOpinionCheckBox.selectedProperty().bindBidirectional(viewModel.noUnitOpinionProperty());
        noOpinionCheckBox.disableProperty().bind(viewModel.editableProperty().not());
        noOpinionCheckBox.setOnAction(e -> viewModel.saveNoUnitOpinion());
        bindHandwritten(HandwrittenPart.TEAM, handTeamCheckBox, handTeamReasonField);
        bindHandwritten(HandwrittenPart.ATTENDEES, handAttendeesCheckBox, handAttendeesReasonField);
        bindHandwritten(HandwrittenPart.OPINION, handOpinionCheckBox, handOpinionReasonField);
        bindHandwritten(HandwrittenPart.TIMES, handTimesCheckBox, handTimesReasonField);
    }

    private void bindHandwritten(HandwrittenPart part, CheckBox box, TextField reason) {
        box.selectedProperty().bindBidirectional(viewModel.handwrittenProperty(part));
        reason.textProperty().bindBidirectional(viewModel.handwrittenReasonProperty(part));
        box.disableProperty().bind(viewModel.editableProperty().not());
        reason.disableProperty().bind(viewModel.editableProperty().not().or(box.selectedProperty().not()));
        box.setOnAction(e -> {
            if (box.isSelected() && reason.getText().isBlank()) {
                reason.requestFocus();
            }
            viewModel.saveHandwritten(part);
        });
        reason.setOnAction(e -> viewModel.saveHandwritten(part));
        reason.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                viewModel.saveHandwritten(part);
            }
        });
    }

    private void showTeam() {
        teamBox.getChildren().clear();
        if (viewModel.team().isEmpty()) {
            teamBox.getChildren().add(new Label(resources.getString("answering.findings.noTeam")));
            return;
        }
        int position = 0;
        for (TeamPresence presence : viewModel.team()) {
            CheckBox box = new CheckBox(viewModel.teamMemberLabel(presence.member()));
            box.setId("teamPresent-" + position++);
            box.setWrapText(true);
            box.selectedProperty().bindBidirectional(presence.presentProperty());
            box.disableProperty().bind(viewModel.editableProperty().not());
            box.setOnAction(e -> viewModel.saveTeamPresent());
            teamBox.getChildren().add(box);
        }
    }

    @FXML
    private void onAllTeamPresent() {
        viewModel.allTeamPresent();
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
        return viewModel.reportPartProperty();
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
        viewModel.addAttendee();
    }

    @FXML
    private void onRemoveAttendee() {
        viewModel.removeAttendee(attendeeList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onAddFinding() {
        viewModel.addFinding();
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
            viewModel.refuseUnreadableDate();
            return;
        }
        viewModel.addRecommendation();
    }

    @FXML
    private void onRemoveRecommendation() {
        viewModel.removeRecommendation(recommendationList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onAddEvidence() {
        if (DatePickers.hasUnreadableText(evidenceDatePicker)) {
            viewModel.refuseUnreadableDate();
            return;
        }
        viewModel.addEvidence();
    }

    @FXML
    private void onAttach() {
        File file = FileChoosers.open(FileChoosers.create(), evidenceList.getScene().getWindow());
        if (file != null) {
            viewModel.attachmentProperty().set(file.toPath());
        }
    }

    @FXML
    private void onRemoveEvidence() {
        viewModel.removeEvidence(evidenceList.getSelectionModel().getSelectedItem());
    }
}
