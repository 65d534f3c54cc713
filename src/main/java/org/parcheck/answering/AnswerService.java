package org.parcheck.answering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.parcheck.answering.audit.FrozenReport;
import org.parcheck.answering.audit.StoredFingerprint;
import org.parcheck.answering.audit.Verification;
import org.parcheck.common.util.Text;
import org.parcheck.criteria.FrameworkService;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.Transactor;
import org.parcheck.plan.UnitRepository;
import org.parcheck.plan.Visit;
import org.parcheck.plan.VisitStatus;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.ScoringEngine;
import org.parcheck.scoring.ValidationIssue;

/**
 * A visit's answering: open it, save each answer at once (one transaction each), score live, finalise only when
 * nothing is missing or invalid, reopen with a recorded reason, carry forward the previous visit's open
 * recommendations.
 */
public final class AnswerService {

    /** Raised when a finalised visit is asked to change. */
    public static final class ReadOnlyException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ReadOnlyException(long visitId) {
            super("Visit " + visitId + " is finalised; reopen it with a reason to change it");
        }
    }

    /**
     * What blocks finalising: missing and invalid items, invalid figures, what the report part still lacks
     * (#15: times, team present, attendees and the one who signs, the unit's opinion, evidence, ⚑ flags), and
     * attached evidence files that are missing or not what their hash says ({@code attachments}).
     */
    public record Blockers(List<String> missing, List<String> invalid, List<String> figureProblems,
                           List<ReportGap> report, List<AttachmentProblem> attachments) {

        public Blockers {
            report = List.copyOf(report);
            attachments = List.copyOf(attachments);
        }

        /** The checklist's blockers only. */
        public Blockers(List<String> missing, List<String> invalid, List<String> figureProblems) {
            this(missing, invalid, figureProblems, List.of(), List.of());
        }

        /** The same blockers with the attached files found missing or altered. */
        public Blockers withAttachments(List<AttachmentProblem> found) {
            return new Blockers(missing, invalid, figureProblems, report, found);
        }

        public boolean none() {
            return missing.isEmpty() && invalid.isEmpty() && figureProblems.isEmpty() && report.isEmpty()
                    && attachments.isEmpty();
        }
    }

    /** Raised when finalising a visit that is not complete. */
    public static final class NotReadyException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final transient Blockers blockers;

        NotReadyException(Blockers blockers) {
            super("Visit cannot be finalised yet");
            this.blockers = blockers;
        }

        public Blockers blockers() {
            return blockers;
        }
    }

    private final AnswerRepository answers;
    private final FrameworkService frameworks;
    private final UnitRepository units;
    private final ScoringEngine engine = new ScoringEngine();
    private final Supplier<String> actor;
    private final Transactor transactor;
    private final Runnable afterFinalise;
    private final AttachmentCheck attachments;

    /** With a fixed actor text (tests, tools). */
    public AnswerService(AnswerRepository answers, FrameworkService frameworks, UnitRepository units, String actor,
                         Transactor transactor, Runnable afterFinalise) {
        this(answers, frameworks, units, () -> actor, transactor, afterFinalise);
    }

    /**
     * @param actor         who acts: read at every save, so switching the inspector takes effect at once (#15)
     * @param transactor    runs several saves in one transaction (the self-score import)
     * @param afterFinalise a hook run after every finalise (the automatic backup)
     */
    public AnswerService(AnswerRepository answers, FrameworkService frameworks, UnitRepository units,
                         Supplier<String> actor, Transactor transactor, Runnable afterFinalise) {
        this(answers, frameworks, units, actor, transactor, afterFinalise, AttachmentCheck.NONE);
    }

    /** @param attachments reads attached evidence files back against their hash (finalise, verify, the screen) */
    public AnswerService(AnswerRepository answers, FrameworkService frameworks, UnitRepository units,
                         Supplier<String> actor, Transactor transactor, Runnable afterFinalise,
                         AttachmentCheck attachments) {
        this.attachments = attachments;
        this.answers = answers;
        this.frameworks = frameworks;
        this.units = units;
        this.actor = actor;
        this.transactor = transactor;
        this.afterFinalise = afterFinalise;
    }

    /** Who acts now: the text the change log records for a save made now (the current inspector, #15). */
    public String actor() {
        return actor.get();
    }

    /** Opens a visit: its framework version, compiled for scoring, and the unit's printed name. */
    public VisitSession open(long visitId) {
        return opener().open(visitId);
    }

    /** An opener for a piece of work that opens many visits: each framework version and the units read once. */
    public VisitOpener opener() {
        return new VisitOpener(answers, frameworks, units, engine);
    }

    public AnswerSheet sheet(long visitId) {
        return answers.load(visitId);
    }

    public ScoreCard score(VisitSession session, AnswerSheet sheet) {
        return engine.score(AnswerCodec.toFrameworkAnswers(sheet, session.framework().content(), session.compiled(),
                session.unitType()));
    }

    private void requireEditable(long visitId) {
        Visit visit = answers.visit(visitId).orElseThrow();
        if (visit.status() == VisitStatus.FINALISED) {
            throw new ReadOnlyException(visitId);
        }
    }

    public Answer saveAnswer(long visitId, Answer answer) {
        requireEditable(visitId);
        return answers.saveAnswer(visitId, answer, actor.get());
    }

    /**
     * Records the unit's self scores from its self-assessment form, in one transaction: each item whose self score
     * differs is saved (a change-log line each); items not in {@code scores} keep theirs. All or nothing: a code
     * that is not a sub-criterion of the visit's framework, or a score outside [0, maximum], saves nothing.
     *
     * @return the answers saved, in the order given
     */
    public List<Answer> importSelfScores(long visitId, Map<String, BigDecimal> scores) {
        return transactor.inTransaction(() -> {
            requireEditable(visitId);
            return SelfScoreImport.save(answers, frameworks, visitId, scores, actor.get());
        });
    }

    public void saveFigure(long visitId, String figureCode, BigDecimal value) {
        requireEditable(visitId);
        answers.saveFigure(visitId, figureCode, value, actor.get());
    }

    /** An evidence citation names an item the visit's framework does not have. */
    public static final class UnknownItemException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String code;

        UnknownItemException(String code) {
            super("No item " + code + " in the visit's framework");
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Cites evidence, for the visit as a whole or for one item (a code of the visit's framework). */
    public EvidenceCitation addEvidence(long visitId, EvidenceCitation citation) {
        requireEditable(visitId);
        if (citation.itemCode() != null && !VisitOpening.hasItem(answers, frameworks, visitId, citation.itemCode())) {
            throw new UnknownItemException(citation.itemCode());
        }
        return answers.addEvidence(visitId, citation, actor.get());
    }

    public Finding saveFinding(long visitId, Finding finding) {
        requireEditable(visitId);
        return answers.saveFinding(visitId, finding, actor.get());
    }

    public Recommendation saveRecommendation(long visitId, Recommendation recommendation) {
        requireEditable(visitId);
        return answers.saveRecommendation(visitId, recommendation, actor.get());
    }

    public void saveDetails(long visitId, VisitDetails details) {
        requireEditable(visitId);
        answers.saveDetails(visitId, details, actor.get());
    }

    public void removeFinding(long visitId, long findingId) {
        requireEditable(visitId);
        answers.removeFinding(visitId, findingId, actor.get());
    }

    public void removeRecommendation(long visitId, long recommendationId) {
        requireEditable(visitId);
        answers.removeRecommendation(visitId, recommendationId, actor.get());
    }

    public void removeEvidence(long visitId, long evidenceId) {
        requireEditable(visitId);
        answers.removeEvidence(visitId, evidenceId, actor.get());
    }

    public List<Attendee> attendees(long visitId) {
        return answers.attendees(visitId);
    }

    public Attendee addAttendee(long visitId, Attendee attendee) {
        requireEditable(visitId);
        return answers.addAttendee(visitId, attendee, actor.get());
    }

    public void removeAttendee(long visitId, long attendeeId) {
        requireEditable(visitId);
        answers.removeAttendee(visitId, attendeeId, actor.get());
    }

    public VisitDetails details(long visitId) {
        return answers.details(visitId);
    }

    /** What still blocks finalising the visit, from its score card. */
    public static Blockers blockers(ScoreCard card) {
        List<String> figureProblems = card.issues().stream()
                .filter(i -> i.figureCode() != null)
                .map(ValidationIssue::figureCode)
                .distinct()
                .toList();
        List<String> invalid = new ArrayList<>(card.invalidItems());
        return new Blockers(card.missing(), invalid, figureProblems);
    }

    /** What blocks finalising: the checklist's blockers and the report part's gaps. */
    public Blockers blockers(VisitSession session, AnswerSheet sheet, ScoreCard card, ReportPart part) {
        Blockers items = blockers(card);
        return new Blockers(items.missing(), items.invalid(), items.figureProblems(),
                reportGaps(session, sheet, part), List.of());
    }

    // --- #15 §1: finalising means the report part is complete -------------------------------------------------

    /** What the report part still lacks ({@link ReportGaps}); pure, no database access. */
    public List<ReportGap> reportGaps(VisitSession session, AnswerSheet sheet, ReportPart part) {
        return ReportGaps.of(session, sheet, part, changed -> score(session, changed));
    }

    /** The report part as stored: details, attendees, the plan's team, and the choices recorded (V005). */
    public ReportPart reportPart(long visitId) {
        return new ReportPart(answers.details(visitId), answers.attendees(visitId), answers.team(visitId),
                answers.reportChoices(visitId));
    }

    /** The members of the visit's plan team, in plan order. */
    public List<TeamMember> team(long visitId) {
        return answers.team(visitId);
    }

    public ReportChoices reportChoices(long visitId) {
        return answers.reportChoices(visitId);
    }

    /** Records which team members were present (each change logged); members not of the plan's team are refused. */
    public void setTeamPresent(long visitId, Set<UUID> present) {
        requireEditable(visitId);
        Set<UUID> team = answers.team(visitId).stream().map(TeamMember::uuid).collect(Collectors.toSet());
        if (!team.containsAll(present)) {
            throw new IllegalArgumentException("Not a member of the visit's plan team: " + present);
        }
        answers.setTeamPresent(visitId, present, actor.get());
    }

    /** Records that the unit said explicitly that it has no opinion ("Đơn vị không có ý kiến"), or not. */
    public void setNoUnitOpinion(long visitId, boolean noOpinion) {
        requireEditable(visitId);
        answers.setNoUnitOpinion(visitId, noOpinion, actor.get());
    }

    /**
     * Leaves {@code part} to be written by hand on the paper for {@code reason} (required), or, with a null
     * reason, no longer; logged either way.
     */
    public void setHandwritten(long visitId, HandwrittenPart part, String reason) {
        requireEditable(visitId);
        if (reason != null && Text.isBlank(reason)) {
            throw new IllegalArgumentException("A reason is required to leave a part to be written by hand");
        }
        answers.setHandwritten(visitId, part, reason == null ? null : Text.nfc(reason.strip()), actor.get());
    }

    // --- end #15 §1 -----------------------------------------------------------------------------------------

    /**
     * Finalises the visit when nothing blocks it, the report part included; afterwards it is read-only. The
     * content fingerprint is computed and stored in the same transaction as the status (see
     * {@link org.parcheck.answering.audit.CanonicalForm}).
     */
    public void finalise(VisitSession session) {
        requireEditable(session.visitId());
        AnswerSheet sheet = sheet(session.visitId());
        Blockers found = blockers(session, sheet, score(session, sheet), reportPart(session.visitId()));
        Blockers blockers = found.withAttachments(attachments.checkNow(sheet.evidence()));
        if (!blockers.none()) {
            throw new NotReadyException(blockers);
        }
        answers.setStatus(session.visitId(), VisitStatus.FINALISED, null, actor.get());
        afterFinalise.run();
    }

    /** Reopens a finalised visit; the reason is required and recorded in the change log. */
    public void reopen(long visitId, String reason) {
        if (Text.isBlank(reason)) {
            throw new IllegalArgumentException("A reason is required to reopen a visit");
        }
        answers.setStatus(visitId, VisitStatus.IN_PROGRESS, reason, actor.get());
    }

    public VisitStatus status(long visitId) {
        return answers.visit(visitId).orElseThrow().status();
    }

    /** The latest earlier visit to the same unit (by date, then by creation), if any. */
    public Optional<Long> previousVisitId(long visitId) {
        return answers.previousVisit(visitId);
    }

    /** The open (or in-progress) recommendations of the previous visit to the same unit. */
    public List<Recommendation> openRecommendationsOfPreviousVisit(long visitId) {
        return CarryForward.openOfPreviousVisit(answers, visitId);
    }

    /**
     * Brings the previous visit's open recommendations into this visit, to be marked done / in progress / not
     * done; already carried ones are not copied twice.
     */
    public List<Recommendation> carryForward(long visitId) {
        requireEditable(visitId);
        return CarryForward.carry(answers, visitId, actor.get());
    }

    public List<ChangeEntry> changeLog(long visitId) {
        return answers.changeLog(visitId);
    }

    /** The visit's attached evidence files that are missing or not what their stored SHA-256 says. */
    public List<AttachmentProblem> attachmentProblems(long visitId) {
        return attachments.check(sheet(visitId).evidence());
    }

    /**
     * What the report of a finalised visit prints from the plan, team and unit, as frozen when it was finalised
     * (#15 §2); empty for a visit not finalised, or finalised before ParCheck froze it (its report reads them live).
     */
    public Optional<FrozenReport> frozenReport(long visitId) {
        return answers.frozenReport(visitId);
    }

    /** The fingerprint stored when the visit was finalised, if any. */
    public Optional<StoredFingerprint> fingerprint(long visitId) {
        return answers.fingerprint(visitId);
    }

    /**
     * Recomputes the visit's content fingerprint and compares it with the one stored at finalising: intact, or
     * altered since (and which parts), or nothing to check.
     */
    public Verification verify(long visitId) {
        Visit visit = answers.visit(visitId).orElseThrow(() -> new IllegalArgumentException("No visit " + visitId));
        return Verification.check(visit.status() == VisitStatus.FINALISED, answers.fingerprint(visitId),
                answers.content(visitId));
    }
}
