package org.parcheck.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.answering.Attendee;
import org.parcheck.answering.HandwrittenPart;
import org.parcheck.answering.ReportChoices;
import org.parcheck.answering.Finding;
import org.parcheck.answering.VisitDetails;
import org.parcheck.answering.VisitSession;
import org.parcheck.answering.audit.FrozenReport;
import org.parcheck.answering.audit.StoredFingerprint;
import org.parcheck.common.util.Text;
import org.parcheck.criteria.CriteriaItem;
import org.parcheck.plan.Plan;
import org.parcheck.plan.PlanRepository;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;
import org.parcheck.plan.Visit;
import org.parcheck.plan.VisitStatus;
import org.parcheck.report.VisitReportModel.Area;
import org.parcheck.report.VisitReportModel.Detail;
import org.parcheck.report.VisitReportModel.Figure;
import org.parcheck.report.VisitReportModel.Limitation;
import org.parcheck.report.VisitReportModel.Member;
import org.parcheck.report.VisitReportModel.Recommendation;
import org.parcheck.report.VisitReportModel.Signature;
import org.parcheck.report.VisitReportModel.Totals;
import org.parcheck.scoring.FigureDef;
import org.parcheck.scoring.ScoreCard;
import org.parcheck.scoring.Subtotal;
import org.parcheck.scoring.explain.Explanation;
import org.parcheck.scoring.explain.ExplanationFormatter;

/**
 * Builds the {@link VisitReportModel} of a visit from the services; the one path used by the UI and the command
 * line. All text is Vietnamese (an official document) and NFC.
 *
 * <p>Header rule: line 1 is the plan's issuing body in upper case (the body that formed the team, e.g.
 * "UBND tỉnh Cao Bằng" → "UBND TỈNH CAO BẰNG"), line 2 is the team itself, "ĐOÀN KIỂM TRA CCHC", the author of the
 * minutes; the symbol is "BB-ĐKT". The number is the visit's report number when it has one, otherwise left blank
 * to be filled in by hand.
 */
public final class VisitReportBuilder {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** After the unit's representative in the parties: the one who signs. */
    static final String REPRESENTATIVE = " (đại diện đơn vị ký biên bản)";

    private final AnswerService answers;
    private final PlanRepository plans;
    private final ExplanationFormatter format = new ExplanationFormatter(ExplanationFormatter.VIETNAMESE);

    public VisitReportBuilder(AnswerService answers, PlanRepository plans) {
        this.answers = answers;
        this.plans = plans;
    }

    /**
     * The report of a visit.
     *
     * @throws UnknownVisitException when there is no such visit, or it has no framework version
     */
    public VisitReportModel build(long visitId, VisitReportOptions options) {
        VisitSession session;
        try {
            session = answers.open(visitId);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UnknownVisitException(visitId, e);
        }
        AnswerSheet sheet = answers.sheet(visitId);
        ScoreCard card = answers.score(session, sheet);
        VisitDetails details = answers.details(visitId);
        Visit visit = session.visit();
        // --- #15 frozen report: a finalised visit prints the plan, team and unit as they were when finalised ---
        Optional<FrozenReport> frozen = visit.status() == VisitStatus.FINALISED
                ? answers.frozenReport(visitId).filter(FrozenReport::readable) : Optional.empty();
        if (frozen.isPresent()) {
            FrozenReport f = frozen.get();
            Plan plan = new Plan(visit.planId(), f.planUuid(), f.numberSymbol(), f.issuedDate(), f.issuingBody(),
                    f.parentBody(), f.title(), f.legalBasis(), f.year(), f.placeName(), false);
            List<TeamMember> team = f.team().stream().map(m -> new TeamMember(null, m.uuid(), m.position(),
                    m.fullName() == null ? "" : m.fullName(), m.jobTitle(), m.agency(), role(m.role()))).toList();
            return assemble(session, sheet, card, details, plan, team, f.unitName(), options);
        }
        // a draft, or a visit finalised before ParCheck froze these (README "Change log and content fingerprint")
        Plan plan = plans.find(visit.planId()).orElseThrow(() -> new UnknownVisitException(visitId, null));
        List<TeamMember> team = plans.team(plan.id());
        return assemble(session, sheet, card, details, plan, team, session.unitName(), options);
    }

    /** A stored role name; one that is not a role (edited by hand) prints as a member. */
    private static TeamRole role(String name) {
        for (TeamRole role : TeamRole.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return TeamRole.MEMBER;
    }

    private VisitReportModel assemble(VisitSession session, AnswerSheet sheet, ScoreCard card, VisitDetails details,
                                      Plan plan, List<TeamMember> team, String unitName,
                                      VisitReportOptions options) {
        Visit visit = session.visit();
        String unit = "UBND " + VisitReportText.clean(unitName);
        String issuer = VisitReportText.clean(plan.issuingBody());
        LocalDate date = details.date() != null ? details.date() : visit.date();
        // #15 §1: a part the team chose to write by hand on the paper prints its dotted blank
        ReportChoices choices = answers.reportChoices(session.visitId());
        boolean timesByHand = choices.isHandwritten(HandwrittenPart.TIMES);
        LocalTime start = timesByHand ? null : details.startTime() != null ? details.startTime() : visit.startTime();
        LocalTime end = timesByHand ? null : details.endTime() != null ? details.endTime() : visit.endTime();
        String place = !Text.isBlank(details.place()) ? details.place()
                : !Text.isBlank(visit.place()) ? visit.place() : unit;

        // #16 §6: the unit's name never breaks across lines in the title
        String summary = "Kiểm tra công tác cải cách hành chính năm " + plan.year() + " tại "
                + VisitReportText.keepTogether(unit);
        String planCitation = VisitReportText.planCitation(plan.numberSymbol(), plan.issuedDate(), issuer);
        List<String> legalBasis = List.of("Căn cứ " + (Text.isBlank(plan.legalBasis()) ? planCitation
                : VisitReportText.clean(plan.legalBasis()).strip().replaceAll("[;.]+$", "")) + ";");
        String opening = "Hôm nay, vào hồi " + VisitReportText.time(start) + ", " + VisitReportText.longDate(date)
                + ", tại " + VisitReportText.clean(place) + ", Đoàn kiểm tra cải cách hành chính theo " + planCitation
                + " tiến hành kiểm tra công tác cải cách hành chính năm " + plan.year() + " tại " + unit + ".";

        // #15 §1: the members marked present, when the visit records them (visits from before V005 print the team);
        // none (dotted lines) when the team chose to write them by hand
        List<Member> members = team.stream().filter(m -> !choices.isHandwritten(HandwrittenPart.TEAM))
                .filter(m -> choices.teamPresent().isEmpty() || choices.teamPresent().contains(m.uuid()))
                .map(m -> new Member(VisitReportText.clean(m.fullName()),
                        VisitReportText.clean(m.jobTitle() == null ? "" : m.jobTitle()),
                        VisitReportText.roleText(m.role()))).toList();

        List<Figure> figures = new ArrayList<>();
        for (FigureDef def : session.framework().content().figures()) {
            BigDecimal value = sheet.figures().get(def.code());
            figures.add(new Figure(def.code(), VisitReportText.clean(def.name()),
                    value == null ? "" : format.number(value), def.unit() == null ? "" : Text.nfc(def.unit())));
        }

        // explanations name figures as the unit knows them, not by their codes
        VisitResultsText results = new VisitResultsText(format,
                format.withFigureNames(session.framework().content().figureNames()));
        List<CriteriaItem> framework = session.framework().content().areas();
        List<Area> areas = results.areas(framework, card, sheet);

        List<String> strengths = new ArrayList<>();
        List<Limitation> limitations = new ArrayList<>();
        for (Finding f : sheet.findings()) {
            if (Text.isBlank(f.text())) {
                continue;
            }
            if (f.kind() == Finding.Kind.STRENGTH) {
                strengths.add(VisitReportText.clean(f.text()));
            } else {
                limitations.add(new Limitation(VisitReportText.clean(f.text()),
                        VisitReportText.clean(blankToNull(f.cause()))));
            }
        }
        // #16 §6: the last line of a list ends with "." (the others with ";")
        strengths = VisitReportText.listLines(strengths);
        List<String> limitationTexts = VisitReportText.listLines(limitations.stream().map(Limitation::text).toList());
        for (int i = 0; i < limitations.size(); i++) {
            Limitation l = limitations.get(i);
            limitations.set(i, new Limitation(limitationTexts.get(i), l.cause() == null ? null
                    : VisitReportText.listLines(List.of(l.cause())).get(0)));
        }
        // a recommendation's line ends after its assignment: the writers add ";" or "." there
        List<Recommendation> recommendations = sheet.recommendations().stream()
                .map(r -> new Recommendation(VisitReportText.withoutEnd(r.text()),
                        VisitReportText.clean(blankToNull(r.responsibleParty())),
                        r.deadline() == null ? null : VisitReportText.slashDate(r.deadline())))
                .toList();

        List<Signature> signatures = new ArrayList<>();
        List<Attendee> attendees = choices.isHandwritten(HandwrittenPart.ATTENDEES) ? List.of()
                : answers.attendees(session.visitId());
        String representative = attendees.stream().filter(Attendee::representative).map(Attendee::fullName)
                .map(VisitReportText::clean).findFirst().orElse("");
        // #16 §6: the representative who signs is marked in the parties; the last line ends with "."
        List<String> unitAttendees = VisitReportText.listLines(attendees.stream()
                .map(a -> a.fullName() + (Text.isBlank(a.jobTitle()) ? "" : ", " + a.jobTitle().strip())
                        + (a.representative() ? REPRESENTATIVE : ""))
                .map(VisitReportText::clean).toList());
        signatures.add(new Signature(ReportWording.SIGN_UNIT, ReportWording.SIGN_HINT, representative));
        signatures.add(new Signature(ReportWording.SIGN_LEAD, ReportWording.SIGN_HINT, nameOf(team, TeamRole.LEAD)));
        String secretary = nameOf(team, TeamRole.SECRETARY);
        if (!secretary.isEmpty()) {
            signatures.add(new Signature(ReportWording.SIGN_SECRETARY, ReportWording.SIGN_HINT, secretary));
        }

        List<String> recipients = List.of("- " + issuer + " (để báo cáo);", "- " + unit + ";",
                "- Thành viên Đoàn kiểm tra;", ReportWording.ARCHIVE);

        String closing = "Biên bản kết thúc vào hồi " + VisitReportText.time(end) + ", "
                + VisitReportText.longDate(date) + "; đã đọc cho các thành viên cùng nghe và nhất trí. "
                + VisitReportText.copiesText(options.copies(), unit) + "./.";

        return new VisitReportModel(upper(issuer), ReportWording.TEAM_BODY, VisitReportText.numberLine(
                visit.reportNumber()), options.placeAndDate() && plan.placeName() != null
                        ? Text.nfc(plan.placeName()) + ", " + VisitReportText.longDate(date) : null,
                Text.nfc(summary), nfc(legalBasis), Text.nfc(opening), members, Text.nfc(unit), unitAttendees,
                options.detail(), figures, areas, VisitResultsText.hasSelfScores(areas), totals(card), strengths,
                limitations, recommendations, choices.isHandwritten(HandwrittenPart.OPINION) ? null
                        : choices.noUnitOpinion() && Text.isBlank(details.unitOpinion())
                        ? ReportWording.NO_UNIT_OPINION : VisitReportText.clean(blankToNull(details.unitOpinion())),
                Text.nfc(closing), signatures,
                nfc(recipients), visit.status() == VisitStatus.FINALISED
                        ? answers.fingerprint(session.visitId()).map(StoredFingerprint::sha256).orElse(null) : null,
                VisitResultsText.evidence(sheet.evidence()),
                options.detail() == Detail.SUMMARY ? results.lostPoints(framework, card) : List.of());
    }

    private Totals totals(ScoreCard card) {
        List<String> lines = new ArrayList<>();
        Subtotal base = card.base();
        String achieved = "Điểm các lĩnh vực: " + points(base.achieved()) + "/" + points(base.applicableMax())
                + " điểm";
        if (!card.complete()) {
            achieved += " (tính trên " + points(base.scoredMax()) + " điểm đã chấm; còn " + base.pendingItems()
                    + " nội dung chưa chấm)";
        }
        lines.add(achieved + ".");
        if (card.bonus().signum() != 0) {
            lines.add("Điểm thưởng: +" + points(card.bonus()) + " điểm.");
        }
        if (card.deduction().signum() != 0) {
            lines.add("Điểm trừ: −" + points(card.deduction()) + " điểm.");
        }
        lines.add("Tổng điểm: " + points(card.total()) + " điểm"
                + (card.percent() == null ? "." : ", đạt " + format.percent(card.percent()) + "."));
        String band = card.classification() == null ? "chưa xác định" : card.classification().labelVi();
        if (card.complete()) {
            lines.add("Xếp loại: " + band + ".");
        } else {
            lines.add("Xếp loại (tạm tính): " + band + ". Kết quả chưa phải là kết quả cuối cùng vì còn "
                    + base.pendingItems() + " nội dung chưa chấm.");
        }
        for (Explanation note : card.notes()) {
            lines.add(format.format(note));
        }
        return new Totals(lines.stream().map(VisitReportText::quotes).toList(), !card.complete());
    }

    private String points(BigDecimal value) {
        return value == null ? "" : format.points(value);
    }

    private static String nameOf(List<TeamMember> team, TeamRole role) {
        return team.stream().filter(m -> m.role() == role).map(m -> Text.nfc(m.fullName())).findFirst().orElse("");
    }

    /** "ngày 01 tháng 10 năm 2021" ({@link VisitReportText#longDate}). */
    static String longDate(LocalDate date) {
        return VisitReportText.longDate(date);
    }

    /** "15/01/2026" ({@link VisitReportText#slashDate}). */
    static String slashDate(LocalDate date) {
        return VisitReportText.slashDate(date);
    }

    private static String upper(String text) {
        return Text.nfc(text).toUpperCase(VI);
    }

    private static String blankToNull(String text) {
        return Text.isBlank(text) ? null : text;
    }

    private static List<String> nfc(List<String> lines) {
        return lines.stream().map(Text::nfc).toList();
    }
}
