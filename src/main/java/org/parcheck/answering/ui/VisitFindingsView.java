package org.parcheck.answering.ui;

import java.io.File;
import java.util.ResourceBundle;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
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
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.Callback;
import org.parcheck.common.fx.FileChoosers;
import org.parcheck.common.fx.Converters;
import org.parcheck.common.fx.DatePickers;
import org.parcheck.answering.Attendee;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.Finding;
import org.parcheck.answering.Recommendation;

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
        viewModel.load();
    }

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
