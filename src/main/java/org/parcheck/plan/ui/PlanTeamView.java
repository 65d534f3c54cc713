package org.parcheck.plan.ui;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.parcheck.common.fx.Cells;
import org.parcheck.plan.PlanRules;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;

/**
 * Controller of the team part of the plan screen (included in {@code PlanEditorView.fxml}). It shares the plan
 * screen's view model, handed over by the plan screen's controller through {@link #bind(PlanEditorViewModel)}.
 * Enter in any field of the member form adds the member and puts the focus back on the name.
 */
public final class PlanTeamView {

    private PlanTeamRows viewModel;

    @FXML private TableView<TeamMember> teamTable;
    @FXML private TableColumn<TeamMember, String> memberNameColumn;
    @FXML private TableColumn<TeamMember, String> memberJobColumn;
    @FXML private TableColumn<TeamMember, String> memberAgencyColumn;
    @FXML private TableColumn<TeamMember, String> memberRoleColumn;
    @FXML private TextField memberNameField;
    @FXML private TextField memberJobField;
    @FXML private TextField memberAgencyField;
    @FXML private ComboBox<TeamRole> memberRoleComboBox;
    @FXML private Label memberError;
    @FXML private Label teamError;

    void bind(PlanEditorViewModel editor) {
        PlanTeamRows model = editor.teamRows();
        this.viewModel = model;
        memberNameColumn.setCellValueFactory(Cells.value(TeamMember::fullName));
        memberJobColumn.setCellValueFactory(Cells.value(TeamMember::jobTitle));
        memberAgencyColumn.setCellValueFactory(Cells.value(TeamMember::agency));
        memberRoleColumn.setCellValueFactory(Cells.value(m -> model.roleLabel(m.role())));
        teamTable.setItems(model.team());
        teamTable.getSelectionModel().selectedIndexProperty()
                .addListener((obs, old, index) -> model.selectMember(index.intValue()));
        memberNameField.textProperty().bindBidirectional(model.memberNameProperty());
        memberJobField.textProperty().bindBidirectional(model.memberJobTitleProperty());
        memberAgencyField.textProperty().bindBidirectional(model.memberAgencyProperty());
        memberRoleComboBox.getItems().setAll(TeamRole.values());
        memberRoleComboBox.setConverter(new LabelConverter<>(model::roleLabel));
        memberRoleComboBox.valueProperty().bindBidirectional(model.memberRoleProperty());
        ErrorLabels.bind(memberError, editor.errorProperty(PlanEditorViewModel.MEMBER));
        ErrorLabels.bind(teamError, editor.errorProperty(PlanRules.TEAM));
        for (TextField field : new TextField[] {memberNameField, memberJobField, memberAgencyField}) {
            field.setOnAction(event -> {
                event.consume(); // Enter adds the member instead of saving the plan
                onAddMember();
            });
        }
        RowForms.enterAdds(memberRoleComboBox, this::onAddMember); // #16 §3: the role's Enter saved the whole plan
    }

    @FXML
    private void onAddMember() {
        if (viewModel.addMember()) {
            memberNameField.requestFocus();
        }
    }

    @FXML
    private void onUpdateMember() {
        viewModel.updateMember(teamTable.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void onRemoveMember() {
        viewModel.removeMember(teamTable.getSelectionModel().getSelectedIndex());
    }
}
