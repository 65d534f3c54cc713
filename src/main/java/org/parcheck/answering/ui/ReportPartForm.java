package org.parcheck.answering.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.Attendee;
import org.parcheck.answering.HandwrittenPart;
import org.parcheck.answering.ReportChoices;
import org.parcheck.answering.ReportPart;
import org.parcheck.answering.VisitDetails;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Text;
import org.parcheck.plan.TeamMember;

/**
 * #15 §1: the report part of a visit: the team members present, the unit's people present (the representative signs
 * the report), the unit's opinion (or its explicit "no opinion"), the times, and the parts left to write by hand on
 * the paper, each with its reason. Each change is saved at once; refusals show next to their form.
 */
public final class ReportPartForm {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final VisitFindingsViewModel tab;
    private final AnswerService service;
    private final Messages messages;
    private final long visitId;
    private final ObservableList<Attendee> attendees = FXCollections.observableArrayList();
    private final StringProperty attendeeName = new SimpleStringProperty("");
    private final StringProperty attendeeTitle = new SimpleStringProperty("");
    private final BooleanProperty attendeeRepresentative = new SimpleBooleanProperty();
    private final ObservableList<TeamPresence> team = FXCollections.observableArrayList();
    private final BooleanProperty noUnitOpinion = new SimpleBooleanProperty();
    private final Map<HandwrittenPart, BooleanProperty> handwritten = new EnumMap<>(HandwrittenPart.class);
    private final Map<HandwrittenPart, StringProperty> handwrittenReason = new EnumMap<>(HandwrittenPart.class);
    private final ReadOnlyObjectWrapper<ReportPart> reportPart = new ReadOnlyObjectWrapper<>();
    private final StringProperty unitOpinion = new SimpleStringProperty("");
    private final StringProperty startTime = new SimpleStringProperty("");
    private final StringProperty endTime = new SimpleStringProperty("");
    private ReportChoices choices = ReportChoices.NONE;
    private VisitDetails details;

    ReportPartForm(VisitFindingsViewModel tab, long visitId, AnswerService service, Messages messages) {
        this.tab = tab;
        this.visitId = visitId;
        this.service = service;
        this.messages = messages;
        for (HandwrittenPart part : HandwrittenPart.values()) {
            handwritten.put(part, new SimpleBooleanProperty());
            handwrittenReason.put(part, new SimpleStringProperty(""));
        }
    }

    /** Shows what was loaded. */
    void show(VisitDetails loaded, List<Attendee> present, List<TeamMember> members, ReportChoices stored) {
        details = loaded;
        attendees.setAll(present);
        unitOpinion.set(loaded.unitOpinion() == null ? "" : loaded.unitOpinion());
        startTime.set(loaded.startTime() == null ? "" : TIME.format(loaded.startTime()));
        endTime.set(loaded.endTime() == null ? "" : TIME.format(loaded.endTime()));
        choices = stored;
        team.setAll(members.stream().map(m -> new TeamPresence(m, stored.teamPresent().contains(m.uuid())))
                .toList());
        noUnitOpinion.set(stored.noUnitOpinion());
        for (HandwrittenPart part : HandwrittenPart.values()) {
            handwritten.get(part).set(stored.isHandwritten(part));
            String reason = stored.handwrittenReason(part);
            handwrittenReason.get(part).set(reason == null ? "" : reason);
        }
        updateReportPart();
    }

    /** Adds a person of the unit present at the visit (the representative signs the report). */
    public void addAttendee() {
        if (Text.isBlank(attendeeName.get())) {
            tab.refuse(FindingsForm.ATTENDEES, messages.get("answering.findings.nameRequired"));
            return;
        }
        Attendee attendee = Attendee.of(attendeeName.get().strip(), Text.nfcOrNull(attendeeTitle.get()),
                attendeeRepresentative.get());
        tab.write(FindingsForm.ATTENDEES, () -> service.addAttendee(visitId, attendee), saved -> {
            attendees.add(saved);
            updateReportPart();
            attendeeName.set("");
            attendeeTitle.set("");
            attendeeRepresentative.set(false);
        });
    }

    public void removeAttendee(Attendee attendee) {
        if (attendee != null) {
            tab.write(FindingsForm.ATTENDEES, () -> {
                service.removeAttendee(visitId, attendee.id());
                return attendee;
            }, removed -> {
                attendees.remove(removed);
                updateReportPart();
            });
        }
    }

    public String attendeeLabel(Attendee a) {
        return a.fullName() + (a.jobTitle() == null ? "" : ", " + a.jobTitle())
                + (a.representative() ? " · " + messages.get("answering.findings.representative") : "");
    }

    /** Saves the unit's opinion and the times when they changed and can be read ("8:30", "14:05"). */
    public void saveDetails() {
        if (details == null || !tab.editableProperty().get()) {
            return;
        }
        LocalTime start;
        LocalTime end;
        try {
            start = time(startTime.get());
            end = time(endTime.get());
        } catch (DateTimeParseException e) {
            tab.refuse(FindingsForm.CLOSING, messages.get("answering.findings.badTime"));
            return;
        }
        VisitDetails next = new VisitDetails(details.date(), start, end, details.place(),
                Text.nfcOrNull(unitOpinion.get()));
        if (next.equals(details)) {
            return;
        }
        tab.write(FindingsForm.CLOSING, () -> {
            service.saveDetails(visitId, next);
            return next;
        }, saved -> {
            details = saved;
            updateReportPart();
        });
    }

    private static LocalTime time(String text) {
        return text == null || text.isBlank() ? null : LocalTime.parse(text.strip().replace('h', ':'), TIME);
    }

    private void updateReportPart() {
        if (details != null) {
            reportPart.set(new ReportPart(details, attendees, team.stream().map(TeamPresence::member).toList(),
                    choices));
        }
    }

    /** Saves which team members are ticked as present, when that changed. */
    public void saveTeamPresent() {
        Set<UUID> present = team.stream().filter(t -> t.presentProperty().get()).map(t -> t.member().uuid())
                .collect(Collectors.toSet());
        Set<UUID> stored = new HashSet<>(choices.teamPresent());
        stored.retainAll(team.stream().map(t -> t.member().uuid()).collect(Collectors.toSet()));
        if (present.equals(stored)) {
            return;
        }
        Set<UUID> kept = new HashSet<>(choices.teamPresent());
        kept.removeAll(stored);
        kept.addAll(present);
        tab.write(FindingsForm.TEAM, () -> {
            service.setTeamPresent(visitId, kept);
            return kept;
        }, saved -> {
            choices = new ReportChoices(saved, choices.noUnitOpinion(), choices.handwritten());
            updateReportPart();
        });
    }

    /** Ticks every team member as present and saves it (one click when the whole team came). */
    public void allTeamPresent() {
        if (!tab.editableProperty().get()) {
            return;
        }
        team.forEach(t -> t.presentProperty().set(true));
        saveTeamPresent();
    }

    /** Saves the unit's explicit "no opinion" when it changed. */
    public void saveNoUnitOpinion() {
        boolean value = noUnitOpinion.get();
        if (value == choices.noUnitOpinion()) {
            return;
        }
        tab.write(FindingsForm.CLOSING, () -> {
            service.setNoUnitOpinion(visitId, value);
            return value;
        }, saved -> {
            choices = new ReportChoices(choices.teamPresent(), saved, choices.handwritten());
            updateReportPart();
        });
    }

    /** The form a part left to write by hand sits in. */
    static FindingsForm formOf(HandwrittenPart part) {
        return switch (part) {
            case TEAM -> FindingsForm.TEAM;
            case ATTENDEES -> FindingsForm.ATTENDEES;
            default -> FindingsForm.CLOSING;
        };
    }

    /**
     * Saves the choice to leave {@code part} to be written by hand on the paper, with its reason (required: without
     * one nothing is saved and the message says so), or clears it when unticked.
     */
    public void saveHandwritten(HandwrittenPart part) {
        if (details == null || !tab.editableProperty().get()) {
            return;
        }
        String reason = handwritten.get(part).get() ? Text.nfcOrNull(handwrittenReason.get(part).get()) : null;
        if (handwritten.get(part).get() && reason == null) {
            tab.refuse(formOf(part), messages.get("answering.findings.handwrittenReasonRequired"));
            return;
        }
        if (Objects.equals(reason, choices.handwrittenReason(part))) {
            return;
        }
        tab.write(formOf(part), () -> {
            service.setHandwritten(visitId, part, reason);
            return reason;
        }, saved -> {
            choices = choices.withHandwritten(part, saved);
            updateReportPart();
        });
    }

    /** The team of the visit's plan, each ticked when present. */
    public ObservableList<TeamPresence> team() {
        return team;
    }

    public String teamMemberLabel(TeamMember m) {
        return m.fullName() + (m.jobTitle() == null ? "" : ", " + m.jobTitle()) + " · "
                + messages.get(m.role().labelKey());
    }

    public ObservableList<Attendee> attendees() {
        return attendees;
    }

    public StringProperty attendeeNameProperty() {
        return attendeeName;
    }

    public StringProperty attendeeTitleProperty() {
        return attendeeTitle;
    }

    public BooleanProperty attendeeRepresentativeProperty() {
        return attendeeRepresentative;
    }

    public BooleanProperty noUnitOpinionProperty() {
        return noUnitOpinion;
    }

    public BooleanProperty handwrittenProperty(HandwrittenPart part) {
        return handwritten.get(part);
    }

    public StringProperty handwrittenReasonProperty(HandwrittenPart part) {
        return handwrittenReason.get(part);
    }

    /** The report part as saved so far; it changes after each save on this tab. */
    public ReadOnlyObjectProperty<ReportPart> reportPartProperty() {
        return reportPart.getReadOnlyProperty();
    }

    public StringProperty unitOpinionProperty() {
        return unitOpinion;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public StringProperty endTimeProperty() {
        return endTime;
    }
}
