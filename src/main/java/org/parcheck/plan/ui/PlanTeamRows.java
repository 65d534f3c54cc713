package org.parcheck.plan.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Text;
import org.parcheck.plan.PlanRules;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;

/**
 * The team part of the plan screen: the members in memory and the member form (add, update, remove, the team
 * warnings). Split out of {@link PlanEditorViewModel}; the plan screen saves the members with the plan.
 */
public final class PlanTeamRows {

    private final Messages messages;
    private final FieldErrors errors;
    private final ObservableList<TeamMember> team = FXCollections.observableArrayList();
    private final StringProperty memberName = new SimpleStringProperty("");
    private final StringProperty memberJobTitle = new SimpleStringProperty("");
    private final StringProperty memberAgency = new SimpleStringProperty("");
    private final ObjectProperty<TeamRole> memberRole = new SimpleObjectProperty<>(TeamRole.MEMBER);

    PlanTeamRows(Messages messages, FieldErrors errors) {
        this.messages = messages;
        this.errors = errors;
    }

    /** Shows the member at {@code index} in the member form. */
    public void selectMember(int index) {
        if (index < 0 || index >= team.size()) {
            return;
        }
        TeamMember m = team.get(index);
        memberName.set(m.fullName());
        memberJobTitle.set(m.jobTitle() == null ? "" : m.jobTitle());
        memberAgency.set(m.agency() == null ? "" : m.agency());
        memberRole.set(m.role());
    }

    /** Adds the member form as a new member; returns whether it was added. */
    public boolean addMember() {
        if (!memberFormValid()) {
            return false;
        }
        team.add(TeamMember.create(team.size() + 1, Text.nfc(memberName.get().strip()),
                Text.nfcOrNull(memberJobTitle.get()), Text.nfcOrNull(memberAgency.get()), memberRole.get()));
        clearForm();
        refreshWarning();
        return true;
    }

    /** Replaces the member at {@code index} by the member form (keeping its identity). */
    public void updateMember(int index) {
        if (index < 0 || index >= team.size() || !memberFormValid()) {
            return;
        }
        TeamMember old = team.get(index);
        team.set(index, new TeamMember(old.id(), old.uuid(), old.position(), Text.nfc(memberName.get().strip()),
                Text.nfcOrNull(memberJobTitle.get()), Text.nfcOrNull(memberAgency.get()), memberRole.get()));
        refreshWarning();
    }

    public void removeMember(int index) {
        if (index >= 0 && index < team.size()) {
            team.remove(index);
            refreshWarning();
        }
    }

    /** Whether the member form holds text not added to the team (a row the user typed and did not add). */
    public boolean hasPendingInput() {
        boolean typed = !Text.isBlank(memberName.get()) || !Text.isBlank(memberJobTitle.get())
                || !Text.isBlank(memberAgency.get());
        return typed && team.stream().noneMatch(m -> m.fullName().equals(Text.nfc(memberName.get().strip())));
    }

    private void clearForm() {
        memberName.set("");
        memberJobTitle.set("");
        memberAgency.set("");
        memberRole.set(TeamRole.MEMBER);
    }

    private boolean memberFormValid() {
        boolean valid = !Text.isBlank(memberName.get()) && memberRole.get() != null;
        errors.set(PlanEditorViewModel.MEMBER, valid ? "" : messages.get("plan.editor.error.memberName"));
        return valid;
    }

    void refreshWarning() {
        errors.set(PlanRules.TEAM, PlanRules.team(team).stream().map(p -> FieldErrors.format(messages, p))
                .reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    public ObservableList<TeamMember> team() {
        return team;
    }

    public StringProperty memberNameProperty() {
        return memberName;
    }

    public StringProperty memberJobTitleProperty() {
        return memberJobTitle;
    }

    public StringProperty memberAgencyProperty() {
        return memberAgency;
    }

    public ObjectProperty<TeamRole> memberRoleProperty() {
        return memberRole;
    }

    public String roleLabel(TeamRole role) {
        return role == null ? "" : messages.get(role.labelKey());
    }
}
