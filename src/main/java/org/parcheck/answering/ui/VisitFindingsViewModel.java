package org.parcheck.answering.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
import org.parcheck.answering.EvidenceFiles;
import org.parcheck.answering.Finding;
import org.parcheck.answering.Recommendation;
import org.parcheck.answering.ReportChoices;
import org.parcheck.answering.VisitDetails;
import org.parcheck.common.fx.BackgroundExecutor;
import org.parcheck.common.fx.Formats;
import org.parcheck.common.i18n.Messages;
import org.parcheck.common.util.Text;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.VisitStatus;

/**
 * The second part of a visit: strengths and limitations, recommendations (with the previous visit's open ones
 * carried forward), and, in parts of their own, the evidence sighted ({@link EvidenceForm}) and the report part
 * ({@link ReportPartForm}: team, attendees, the unit's opinion, the times). Each change is saved at once. A save
 * shows "saved at …" at the top of the tab; a refusal or a failed save shows in red next to its form
 * ({@link #refusalProperty(FindingsForm)}) until that form saves.
 */
public final class VisitFindingsViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Evidence files are scans and photos; anything larger is refused rather than bloating the data folder. */
    static final long MAX_ATTACHMENT_BYTES = EvidenceForm.MAX_ATTACHMENT_BYTES;

    private final long visitId;
    private final AnswerService service;
    private final BackgroundExecutor executor;
    private final Messages messages;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Recommendation> recommendations = FXCollections.observableArrayList();
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Map<FindingsForm, ReadOnlyStringWrapper> refusals = new EnumMap<>(FindingsForm.class);
    private final ReadOnlyStringWrapper carryText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Finding.Kind> findingKind = new SimpleObjectProperty<>(Finding.Kind.STRENGTH);
    private final StringProperty findingText = new SimpleStringProperty("");
    private final StringProperty findingCause = new SimpleStringProperty("");
    private final StringProperty recommendationText = new SimpleStringProperty("");
    private final StringProperty responsibleParty = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private final EvidenceForm evidenceForm;
    private final ReportPartForm reportPartForm;

    public VisitFindingsViewModel(long visitId, AnswerService service, BackgroundExecutor executor,
                                  Messages messages, EvidenceFiles files) {
        this.visitId = visitId;
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        for (FindingsForm form : FindingsForm.values()) {
            refusals.put(form, new ReadOnlyStringWrapper(""));
        }
        this.evidenceForm = new EvidenceForm(this, visitId, service, messages, files);
        this.reportPartForm = new ReportPartForm(this, visitId, service, messages);
    }

    public void load() {
        executor.run(() -> {
            AnswerSheet read = service.sheet(visitId);
            return new Object[] {read, service.details(visitId), service.status(visitId),
                service.openRecommendationsOfPreviousVisit(visitId).size(), service.attendees(visitId),
                evidenceForm.check(read.evidence()), service.team(visitId), service.reportChoices(visitId)};
        })
                .onSuccess(r -> {
                    AnswerSheet sheet = (AnswerSheet) r[0];
                    @SuppressWarnings("unchecked")
                    List<AttachmentProblem> problems = (List<AttachmentProblem>) r[5];
                    evidenceForm.show(sheet.evidence(), problems);
                    findings.setAll(sheet.findings());
                    recommendations.setAll(sheet.recommendations());
                    editable.set(r[2] != VisitStatus.FINALISED);
                    int open = (Integer) r[3];
                    long carried = sheet.recommendations().stream().filter(x -> x.carriedFromId() != null).count();
                    carryText.set(open == 0 ? "" : messages.get("answering.findings.carryAvailable", open, carried));
                    @SuppressWarnings("unchecked")
                    List<Attendee> present = (List<Attendee>) r[4];
                    @SuppressWarnings("unchecked")
                    List<TeamMember> members = (List<TeamMember>) r[6];
                    reportPartForm.show((VisitDetails) r[1], present, members, (ReportChoices) r[7]);
                })
                .onError(e -> message.set(messages.get("answering.findings.loadFailed")))
                .start();
    }

    /** Refuses what was asked of {@code form}, saying why next to it; nothing is saved. */
    void refuse(FindingsForm form, String why) {
        refusals.get(form).set(why);
    }

    /**
     * Saves on the writer thread, then {@code then}: "saved at …" at the top and the form's refusal cleared; a
     * failure is said next to the form.
     */
    <T> void write(FindingsForm form, Callable<T> work, Consumer<T> then) {
        if (!editable.get()) {
            return;
        }
        refusals.get(form).set("");
        executor.write(work).onSuccess(result -> {
            then.accept(result);
            refusals.get(form).set("");
            message.set(messages.get("answering.visit.savedAt", TIME.format(LocalTime.now())));
        }).onError(e -> refuse(form, e instanceof AnswerService.UnknownItemException unknown
                ? messages.get("answering.findings.unknownItem", unknown.code())
                : messages.get("answering.findings.saveFailed"))).start();
    }

    public void addFinding() {
        if (Text.isBlank(findingText.get())) {
            refuse(FindingsForm.FINDINGS, messages.get("answering.findings.textRequired"));
            return;
        }
        Finding finding = Finding.of(findingKind.get(), findingText.get().strip(),
                Text.nfcOrNull(findingCause.get()));
        write(FindingsForm.FINDINGS, () -> service.saveFinding(visitId, finding), saved -> {
            findings.add(saved);
            findingText.set("");
            findingCause.set("");
        });
    }

    public void removeFinding(Finding finding) {
        if (finding != null) {
            write(FindingsForm.FINDINGS, () -> {
                service.removeFinding(visitId, finding.id());
                return finding;
            }, removed -> findings.remove(removed));
        }
    }

    public void addRecommendation() {
        if (Text.isBlank(recommendationText.get())) {
            refuse(FindingsForm.RECOMMENDATIONS, messages.get("answering.findings.textRequired"));
            return;
        }
        Recommendation recommendation = Recommendation.of(recommendationText.get().strip(),
                Text.nfcOrNull(responsibleParty.get()), deadline.get());
        write(FindingsForm.RECOMMENDATIONS, () -> service.saveRecommendation(visitId, recommendation), saved -> {
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
        write(FindingsForm.RECOMMENDATIONS, () -> service.saveRecommendation(visitId,
                recommendation.withStatus(status)),
                saved -> recommendations.set(recommendations.indexOf(recommendation), saved));
    }

    public void removeRecommendation(Recommendation recommendation) {
        if (recommendation != null) {
            write(FindingsForm.RECOMMENDATIONS, () -> {
                service.removeRecommendation(visitId, recommendation.id());
                return recommendation;
            }, removed -> recommendations.remove(removed));
        }
    }

    /** Brings the previous visit's open recommendations in, to be marked done / in progress / not done. */
    public void carryForward() {
        write(FindingsForm.RECOMMENDATIONS, () -> service.carryForward(visitId), carried -> {
            recommendations.addAll(carried);
            carryText.set(messages.get("answering.findings.carried", carried.size()));
        });
    }

    /** Refuses the row being added to {@code form} because a date typed in it is not a date (nothing is saved). */
    public void refuseUnreadableDate(FindingsForm form) {
        refuse(form, messages.get("answering.findings.badDate"));
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

    public List<Recommendation.Status> statuses() {
        return List.of(Recommendation.Status.values());
    }

    /** The documents sighted, and the form that adds to them. */
    public EvidenceForm evidenceForm() {
        return evidenceForm;
    }

    /** The report part: team, attendees, the unit's opinion, the times, parts left to write by hand. */
    public ReportPartForm reportPartForm() {
        return reportPartForm;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ObservableList<Recommendation> recommendations() {
        return recommendations;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    /** "Saved at …" after each save on the tab (refusals show next to their form). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last thing asked of {@code form} was refused or not saved, or "" (shown in red next to it). */
    public ReadOnlyStringProperty refusalProperty(FindingsForm form) {
        return refusals.get(form).getReadOnlyProperty();
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
}
