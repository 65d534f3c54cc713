package org.parcheck.answering.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.answering.AttachmentProblem;
import org.parcheck.answering.Attendee;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.answering.Finding;
import org.parcheck.answering.HandwrittenPart;
import org.parcheck.answering.Recommendation;
import org.parcheck.answering.ReportChoices;
import org.parcheck.answering.ReportPart;
import org.parcheck.answering.VisitDetails;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.Formats;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Text;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.VisitStatus;

/**
 * The second part of a visit: strengths and limitations, recommendations (with the previous visit's open ones
 * carried forward), evidence sighted, the unit's opinion and the times. Each change is saved at once.
 */
public final class VisitFindingsViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    /** Evidence files are scans and photos; anything larger is refused rather than bloating the data folder. */
    static final long MAX_ATTACHMENT_BYTES = 50L * 1024 * 1024;

    private final long visitId;
    private final AnswerService service;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Recommendation> recommendations = FXCollections.observableArrayList();
    private final ObservableList<EvidenceCitation> evidence = FXCollections.observableArrayList();
    private final ObservableList<Attendee> attendees = FXCollections.observableArrayList();
    private final StringProperty attendeeName = new SimpleStringProperty("");
    private final StringProperty attendeeTitle = new SimpleStringProperty("");
    private final BooleanProperty attendeeRepresentative = new SimpleBooleanProperty();
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper carryText = new ReadOnlyStringWrapper("");
    private VisitDetails details;
    // #15 §1: the report part (team present, explicit "no opinion", parts left to write by hand)
    private final ObservableList<TeamPresence> team = FXCollections.observableArrayList();
    private final BooleanProperty noUnitOpinion = new SimpleBooleanProperty();
    private final Map<HandwrittenPart, BooleanProperty> handwritten = new EnumMap<>(HandwrittenPart.class);
    private final Map<HandwrittenPart, StringProperty> handwrittenReason = new EnumMap<>(HandwrittenPart.class);
    private final ReadOnlyObjectWrapper<ReportPart> reportPart = new ReadOnlyObjectWrapper<>();
    private ReportChoices choices = ReportChoices.NONE;

    // the forms
    private final ObjectProperty<Finding.Kind> findingKind = new SimpleObjectProperty<>(Finding.Kind.STRENGTH);
    private final StringProperty findingText = new SimpleStringProperty("");
    private final StringProperty findingCause = new SimpleStringProperty("");
    private final StringProperty recommendationText = new SimpleStringProperty("");
    private final StringProperty responsibleParty = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private final StringProperty evidenceItem = new SimpleStringProperty("");
    private final StringProperty evidenceNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> evidenceDate = new SimpleObjectProperty<>();
    private final StringProperty evidenceIssuer = new SimpleStringProperty("");
    private final StringProperty evidenceTitle = new SimpleStringProperty("");
    private final ObjectProperty<Path> attachment = new SimpleObjectProperty<>();
    private final StringProperty unitOpinion = new SimpleStringProperty("");
    private final StringProperty startTime = new SimpleStringProperty("");
    private final StringProperty endTime = new SimpleStringProperty("");

    private final EvidenceFiles files;
    /** Attached files found missing or altered when the tab was loaded, by citation. */
    private final Map<UUID, AttachmentProblem.Kind> damaged = new HashMap<>();

    public VisitFindingsViewModel(long visitId, AnswerService service, BackgroundExecutor executor,
                                  Messages messages, EvidenceFiles files) {
        this.visitId = visitId;
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.files = files;
        for (HandwrittenPart part : HandwrittenPart.values()) {
            handwritten.put(part, new SimpleBooleanProperty());
            handwrittenReason.put(part, new SimpleStringProperty(""));
        }
    }

    public void load() {
        executor.run(() -> {
            AnswerSheet read = service.sheet(visitId);
            return new Object[] {read, service.details(visitId), service.status(visitId),
                service.openRecommendationsOfPreviousVisit(visitId).size(), service.attendees(visitId),
                files.check(read.evidence()), service.team(visitId), service.reportChoices(visitId)};
        })
                .onSuccess(r -> {
                    AnswerSheet sheet = (AnswerSheet) r[0];
                    damaged.clear();
                    @SuppressWarnings("unchecked")
                    List<AttachmentProblem> problems = (List<AttachmentProblem>) r[5];
                    problems.forEach(p -> damaged.put(p.citation().uuid(), p.kind()));
                    details = (VisitDetails) r[1];
                    findings.setAll(sheet.findings());
                    recommendations.setAll(sheet.recommendations());
                    evidence.setAll(sheet.evidence());
                    @SuppressWarnings("unchecked")
                    List<Attendee> present = (List<Attendee>) r[4];
                    attendees.setAll(present);
                    editable.set(r[2] != VisitStatus.FINALISED);
                    unitOpinion.set(details.unitOpinion() == null ? "" : details.unitOpinion());
                    startTime.set(details.startTime() == null ? "" : TIME.format(details.startTime()));
                    endTime.set(details.endTime() == null ? "" : TIME.format(details.endTime()));
                    int open = (Integer) r[3];
                    long carried = sheet.recommendations().stream().filter(x -> x.carriedFromId() != null).count();
                    carryText.set(open == 0 ? "" : messages.get("answering.findings.carryAvailable", open, carried));
                    @SuppressWarnings("unchecked")
                    List<TeamMember> members = (List<TeamMember>) r[6];
                    showChoices(members, (ReportChoices) r[7]);
                })
                .onError(e -> message.set(messages.get("answering.findings.loadFailed")))
                .start();
    }

    /** Adds a person of the unit present at the visit (the representative signs the report). */
    public void addAttendee() {
        if (Text.isBlank(attendeeName.get())) {
            message.set(messages.get("answering.findings.nameRequired"));
            return;
        }
        Attendee attendee = Attendee.of(attendeeName.get().strip(), Text.nfcOrNull(attendeeTitle.get()),
                attendeeRepresentative.get());
        write(() -> service.addAttendee(visitId, attendee), saved -> {
            attendees.add(saved);
            updateReportPart();
            attendeeName.set("");
            attendeeTitle.set("");
            attendeeRepresentative.set(false);
        });
    }

    public void removeAttendee(Attendee attendee) {
        if (attendee != null) {
            write(() -> {
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

    public void addFinding() {
        if (Text.isBlank(findingText.get())) {
            message.set(messages.get("answering.findings.textRequired"));
            return;
        }
        Finding finding = Finding.of(findingKind.get(), findingText.get().strip(),
                Text.nfcOrNull(findingCause.get()));
        write(() -> service.saveFinding(visitId, finding), saved -> {
            findings.add(saved);
            findingText.set("");
            findingCause.set("");
        });
    }

    public void removeFinding(Finding finding) {
        if (finding != null) {
            write(() -> {
                service.removeFinding(visitId, finding.id());
                return finding;
            }, removed -> findings.remove(removed));
        }
    }

    public void addRecommendation() {
        if (Text.isBlank(recommendationText.get())) {
            message.set(messages.get("answering.findings.textRequired"));
            return;
        }
        Recommendation recommendation = Recommendation.of(recommendationText.get().strip(),
                Text.nfcOrNull(responsibleParty.get()), deadline.get());
        write(() -> service.saveRecommendation(visitId, recommendation), saved -> {
            recommendations.add(saved);
            recommendationText.set("");
            responsibleParty.set("");
            deadline.set(null);
        });
    }

    /** Marks a (carried) recommendation done / in progress / not done. */
    public void setStatus(Recommendation recommendation, Recommendation.Status status) {
        if (recommendation == null || status == null || recommendation.status() == status) {
            return;
        }
        write(() -> service.saveRecommendation(visitId, recommendation.withStatus(status)),
                saved -> recommendations.set(recommendations.indexOf(recommendation), saved));
    }

    public void removeRecommendation(Recommendation recommendation) {
        if (recommendation != null) {
            write(() -> {
                service.removeRecommendation(visitId, recommendation.id());
                return recommendation;
            }, removed -> recommendations.remove(removed));
        }
    }

    /** Brings the previous visit's open recommendations in, to be marked done / in progress / not done. */
    public void carryForward() {
        write(() -> service.carryForward(visitId), carried -> {
            recommendations.addAll(carried);
            carryText.set(messages.get("answering.findings.carried", carried.size()));
        });
    }

    public void addEvidence() {
        if (Text.isBlank(evidenceNumber.get()) && Text.isBlank(evidenceTitle.get())) {
            message.set(messages.get("answering.findings.evidenceRequired"));
            return;
        }
        EvidenceCitation citation = EvidenceCitation.of(Text.nfcOrNull(evidenceItem.get()),
                Text.nfcOrNull(evidenceNumber.get()), evidenceDate.get(), Text.nfcOrNull(evidenceIssuer.get()),
                Text.nfcOrNull(evidenceTitle.get()));
        Path file = attachment.get();
        if (file != null && !Files.isRegularFile(file)) {
            message.set(messages.get("answering.findings.fileMissing", file));
            return;
        }
        try {
            if (file != null && Files.size(file) > MAX_ATTACHMENT_BYTES) {
                message.set(messages.get("answering.findings.fileTooLarge", file.getFileName(),
                        MAX_ATTACHMENT_BYTES / (1024 * 1024)));
                return;
            }
        } catch (IOException e) {
            message.set(messages.get("answering.findings.fileMissing", file));
            return;
        }
        write(() -> {
            EvidenceCitation withFile = citation;
            if (file != null) {
                EvidenceFiles.Stored stored = files.store(visitId, file);
                withFile = citation.withAttachment(stored.relativePath(), stored.sha256());
            }
            return service.addEvidence(visitId, withFile);
        }, saved -> {
            evidence.add(saved);
            attachment.set(null);
            evidenceNumber.set("");
            evidenceDate.set(null);
            evidenceIssuer.set("");
            evidenceTitle.set("");
        });
    }

    /** A file to copy into the data folder with the next evidence citation (the original stays where it is). */
    public ObjectProperty<Path> attachmentProperty() {
        return attachment;
    }

    public void removeEvidence(EvidenceCitation citation) {
        if (citation != null) {
            write(() -> {
                service.removeEvidence(visitId, citation.id());
                return citation;
            }, removed -> evidence.remove(removed));
        }
    }

    /** Saves the unit's opinion and the times when they changed and can be read ("8:30", "14:05"). */
    public void saveDetails() {
        if (details == null || !editable.get()) {
            return;
        }
        LocalTime start;
        LocalTime end;
        try {
            start = time(startTime.get());
            end = time(endTime.get());
        } catch (DateTimeParseException e) {
            message.set(messages.get("answering.findings.badTime"));
            return;
        }
        VisitDetails next = new VisitDetails(details.date(), start, end, details.place(),
                Text.nfcOrNull(unitOpinion.get()));
        if (next.equals(details)) {
            return;
        }
        write(() -> {
            service.saveDetails(visitId, next);
            return next;
        }, saved -> {
            details = saved;
            updateReportPart();
        });
    }

    // --- #15 §1: the report part ------------------------------------------------------------------------------

    private void showChoices(List<TeamMember> members, ReportChoices stored) {
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
        write(() -> {
            service.setTeamPresent(visitId, kept);
            return kept;
        }, saved -> {
            choices = new ReportChoices(saved, choices.noUnitOpinion(), choices.handwritten());
            updateReportPart();
        });
    }

    /** Ticks every team member as present and saves it (one click when the whole team came). */
    public void allTeamPresent() {
        if (!editable.get()) {
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
        write(() -> {
            service.setNoUnitOpinion(visitId, value);
            return value;
        }, saved -> {
            choices = new ReportChoices(choices.teamPresent(), saved, choices.handwritten());
            updateReportPart();
        });
    }

    /**
     * Saves the choice to leave {@code part} to be written by hand on the paper, with its reason (required: without
     * one nothing is saved and the message says so), or clears it when unticked.
     */
    public void saveHandwritten(HandwrittenPart part) {
        if (details == null || !editable.get()) {
            return;
        }
        String reason = handwritten.get(part).get() ? Text.nfcOrNull(handwrittenReason.get(part).get()) : null;
        if (handwritten.get(part).get() && reason == null) {
            message.set(messages.get("answering.findings.handwrittenReasonRequired"));
            return;
        }
        if (Objects.equals(reason, choices.handwrittenReason(part))) {
            return;
        }
        write(() -> {
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

    // --- end #15 §1 ---------------------------------------------------------------------------------------

    private static LocalTime time(String text) {
        return text == null || text.isBlank() ? null : LocalTime.parse(text.strip().replace('h', ':'), TIME);
    }

    private <T> void write(Callable<T> work, Consumer<T> then) {
        if (!editable.get()) {
            return;
        }
        executor.write(work).onSuccess(result -> {
            then.accept(result);
            message.set(messages.get("answering.visit.savedAt", TIME.format(LocalTime.now())));
        }).onError(e -> message.set(e instanceof AnswerService.UnknownItemException unknown
                ? messages.get("answering.findings.unknownItem", unknown.code())
                : messages.get("answering.findings.saveFailed"))).start();
    }

    /** Refuses the row being added because a date typed in it is not a date (nothing is saved). */
    public void refuseUnreadableDate() {
        message.set(messages.get("answering.findings.badDate"));
    }

    public String findingLabel(Finding f) {
        return messages.get("answering.findings.kind." + f.kind().name()) + ": " + f.text()
                + (f.cause() == null ? "" : " — " + messages.get("answering.findings.cause") + ": " + f.cause());
    }

    public String recommendationLabel(Recommendation r) {
        return r.text() + (r.responsibleParty() == null ? "" : " · " + r.responsibleParty())
                + (r.deadline() == null ? "" : " · " + messages.get("answering.findings.deadline") + " "
                + Formats.date(r.deadline()))
                + " · " + statusLabel(r.status()) + (r.carriedFromId() == null ? ""
                : " · " + messages.get("answering.findings.carriedMark"));
    }

    public String statusLabel(Recommendation.Status status) {
        return status == null ? "" : messages.get("answering.findings.status." + status.name());
    }

    public String kindLabel(Finding.Kind kind) {
        return kind == null ? "" : messages.get("answering.findings.kind." + kind.name());
    }

    public String evidenceLabel(EvidenceCitation e) {
        StringBuilder text = new StringBuilder();
        if (e.itemCode() != null) {
            text.append('[').append(e.itemCode()).append("] ");
        }
        if (e.docNumber() != null) {
            text.append(e.docNumber()).append(' ');
        }
        if (e.docDate() != null) {
            text.append(messages.get("answering.findings.dated", Formats.date(e.docDate()))).append(' ');
        }
        if (e.issuer() != null) {
            text.append("· ").append(e.issuer()).append(' ');
        }
        if (e.title() != null) {
            text.append("· ").append(e.title());
        }
        if (e.attachmentPath() != null) {
            text.append(" · ").append(messages.get("answering.findings.attached"));
            AttachmentProblem.Kind problem = damaged.get(e.uuid());
            if (problem != null) {
                text.append(" ⚠ ").append(messages.get("answering.attachments.kind." + problem.name()));
            }
        }
        return text.toString().strip();
    }

    public List<Recommendation.Status> statuses() {
        return List.of(Recommendation.Status.values());
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ObservableList<Recommendation> recommendations() {
        return recommendations;
    }

    public ObservableList<EvidenceCitation> evidence() {
        return evidence;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty carryTextProperty() {
        return carryText.getReadOnlyProperty();
    }

    public ObjectProperty<Finding.Kind> findingKindProperty() {
        return findingKind;
    }

    public StringProperty findingTextProperty() {
        return findingText;
    }

    public StringProperty findingCauseProperty() {
        return findingCause;
    }

    public StringProperty recommendationTextProperty() {
        return recommendationText;
    }

    public StringProperty responsiblePartyProperty() {
        return responsibleParty;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    public StringProperty evidenceItemProperty() {
        return evidenceItem;
    }

    public StringProperty evidenceNumberProperty() {
        return evidenceNumber;
    }

    public ObjectProperty<LocalDate> evidenceDateProperty() {
        return evidenceDate;
    }

    public StringProperty evidenceIssuerProperty() {
        return evidenceIssuer;
    }

    public StringProperty evidenceTitleProperty() {
        return evidenceTitle;
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
