package org.parcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.Attendee;
import org.parcheck.answering.ChangeEntry;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.VisitDetails;
import org.parcheck.answering.audit.CanonicalForm;
import org.parcheck.answering.audit.ChangeLogLabels;
import org.parcheck.answering.audit.FinalisedVisits;
import org.parcheck.answering.audit.FrozenReport;
import org.parcheck.answering.audit.Verification;
import org.parcheck.answering.audit.VerificationText;
import org.parcheck.app.AppServices;
import org.parcheck.common.domain.UnitType;
import org.parcheck.common.i18n.Messages;
import org.parcheck.persistence.JooqAnswerRepository;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.FinalisedVisitLog;
import org.parcheck.plan.Plan;
import org.parcheck.plan.PlanDraft;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;
import org.parcheck.report.docx.DocxText;
import org.parcheck.report.docx.VisitReportDocx;
import org.parcheck.report.pdf.VisitReportPdf;

/**
 * Issue #15 §2 on a real H2 file: what a finalised visit's report prints is frozen with it and covered by its
 * fingerprint. Every printed field changed behind ParCheck's back (plain SQL, as an outside tool would) makes
 * verification say "altered" and name the part; every plan, team and unit edit made through the services leaves the
 * reprinted PDF and DOCX exactly as they were, keeps the visit intact, and writes a line in its change log.
 *
 * <p>One database for the class: the Hạ Lang demo visit with an attendee, evidence, times, place and opinion, a
 * team of two, finalised. Each case runs inside a transaction that is rolled back afterwards.
 */
class FrozenVisitReportTest {

    private static final Messages VI = new Messages(Messages.VIETNAMESE);
    private static final String LEAD = "Lê Văn Miều";

    @TempDir
    static Path dataDir;
    private static AppServices services;
    private static AnswerService answering;
    private static long planId;
    private static long visitId;
    private static long draftVisitId;
    private static String pdfAsFinalised;
    private static String docxAsFinalised;

    @BeforeAll
    static void finaliseTheSeedVisit() throws IOException {
        services = AppServices.open(dataDir);
        answering = services.answerService();
        visitId = SeedReports.haLangVisitId(services);
        planId = answering.open(visitId).visit().planId();
        draftVisitId = services.planService().visits(planId).stream()
                .filter(v -> v.unitDisplayName().startsWith("xã Cô Ngân")).findFirst().orElseThrow().visit().id();
        PlanDraft draft = services.planEditService().load(planId);
        List<TeamMember> team = new ArrayList<>(draft.team());
        team.add(TeamMember.create(2, "Hoàng Thị Thu", "Chuyên viên Phòng CCHC", "Sở Nội vụ tỉnh Cao Bằng",
                TeamRole.SECRETARY));
        services.planEditService().save(new PlanDraft(draft.plan(), team, draft.frameworks(), draft.visits()));
        answering.addAttendee(visitId, Attendee.of("Nông Văn Hùng", "Chủ tịch UBND huyện", true));
        answering.addEvidence(visitId, EvidenceCitation.of(null, "12/BC-UBND", LocalDate.of(2021, 9, 20),
                "UBND huyện Hạ Lang", "Báo cáo CCHC 9 tháng"));
        answering.saveDetails(visitId, new VisitDetails(LocalDate.of(2021, 10, 1), LocalTime.of(8, 0),
                LocalTime.of(11, 30), "Hội trường UBND huyện Hạ Lang", "Đơn vị nhất trí với kết quả kiểm tra."));
        FinalisedVisits.completeAndFinalise(answering, visitId);
        pdfAsFinalised = pdfText(visitId);
        docxAsFinalised = docxText(visitId);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    // ------------------------------------------------------------------ frozen at finalise

    @Test
    void finalisingFreezesThePlanTeamAndUnitAsPrinted() {
        FrozenReport frozen = answering.frozenReport(visitId).orElseThrow();
        assertThat(frozen.readable()).isTrue();
        assertEquals("3199/KH-UBND", frozen.numberSymbol());
        assertEquals(LocalDate.of(2020, 12, 22), frozen.issuedDate());
        assertEquals("UBND tỉnh Cao Bằng", frozen.issuingBody());
        assertEquals("huyện Hạ Lang", frozen.unitName());
        assertThat(frozen.team()).extracting(FrozenReport.Member::fullName, FrozenReport.Member::role)
                .containsExactly(tuple(LEAD, "LEAD"), tuple("Hoàng Thị Thu", "SECRETARY"));
        assertThat(answering.fingerprint(visitId).orElseThrow().parts()).containsKeys(
                "reportPlan " + frozen.planUuid(), "reportUnit " + frozen.unitUuid(),
                "member " + frozen.team().get(0).uuid(), "member " + frozen.team().get(1).uuid());
        assertEquals(Verification.Result.INTACT, answering.verify(visitId).result());
        assertThat(pdfAsFinalised).contains("3199/KH-UBND", LEAD, "Hoàng Thị Thu", "UBND huyện Hạ Lang");
        assertThat(answering.frozenReport(draftVisitId)).as("a draft has no snapshot").isEmpty();
    }

    @Test
    void reopeningClearsTheSnapshotAndFinalisingAgainFreezesTheTeamAsItIsThen() {
        String reprinted = rolledBack(() -> {
            answering.reopen(visitId, "Bổ sung thành viên đoàn");
            assertThat(answering.frozenReport(visitId)).isEmpty();
            assertNull(services.database().dsl().fetchValue("SELECT frozen_report FROM visit WHERE id = ?",
                    visitId));
            edit(Edit.ADD_MEMBER);
            // the new member was present at the visit (#15 §1: the report lists the members marked present)
            answering.setTeamPresent(visitId, answering.team(visitId).stream().map(TeamMember::uuid)
                    .collect(Collectors.toSet()));
            FinalisedVisits.completeAndFinalise(answering, visitId);
            assertEquals(Verification.Result.INTACT, answering.verify(visitId).result());
            return pdfText(visitId);
        });
        assertThat(reprinted).contains("Nguyễn Văn An");
        assertThat(pdfAsFinalised).doesNotContain("Nguyễn Văn An");
    }

    // ------------------------------------------------------------------ plan, team and unit edits

    /** Edits made through the plan and unit screens' services. */
    enum Edit {
        ADD_MEMBER, RENAME_MEMBER, MEMBER_JOB_TITLE, MEMBER_ROLE, REMOVE_MEMBER, REORDER_TEAM, PLAN_NUMBER,
        PLAN_DATE, ISSUING_BODY, LEGAL_BASIS, PLACE_NAME, UNIT_NAME;

        /** Whether a draft report of the plan prints it (the plan's date only when it has no legal basis). */
        boolean printed() {
            return this != PLAN_DATE && this != PLACE_NAME;
        }
    }

    @ParameterizedTest
    @EnumSource(Edit.class)
    void aPlanTeamOrUnitEditDoesNotReachTheFinalisedReportAndIsLogged(Edit edit) throws IOException {
        int linesBefore = answering.changeLog(visitId).size();
        rolledBack(() -> {
            String draftBefore = edit.printed() ? pdfText(draftVisitId) : null;
            edit(edit);
            assertEquals(pdfAsFinalised, pdfText(visitId), "the finalised report prints as finalised");
            assertEquals(docxAsFinalised, docxText(visitId));
            Verification check = answering.verify(visitId);
            assertEquals(Verification.Result.INTACT, check.result(), () -> VerificationText.describe(check, VI,
                    ZoneOffset.UTC));
            List<ChangeEntry> log = answering.changeLog(visitId);
            List<ChangeEntry> added = log.subList(linesBefore, log.size());
            assertThat(added).as("the change log says what happened").isNotEmpty().allSatisfy(e -> {
                assertThat(e.entity()).isIn("plan", "unit");
                assertEquals(FinalisedVisitLog.REPORT_KEPT, e.reason());
                assertNotNull(e.actor());
            });
            String words = new ChangeLogLabels(VI, Map.of(), Map.of(), ZoneOffset.UTC).row(added.get(0)).reason();
            assertThat(words).contains("giữ nguyên nội dung như lúc hoàn tất");
            if (draftBefore != null) {
                assertThat(pdfText(draftVisitId)).as("a draft of the same plan shows the edit")
                        .isNotEqualTo(draftBefore);
            }
            return null;
        });
    }

    @Test
    void aVisitFinalisedBeforeReportsWereFrozenPrintsTheEditAndItsLogSaysSo() {
        String reprinted = rolledBack(() -> {
            // what a visit finalised by an earlier ParCheck looks like: no copy, a fingerprint without one
            services.database().dsl().execute("UPDATE visit SET frozen_report = NULL WHERE id = ?", visitId);
            // ... and, before V005, no team members marked present: its report lists the plan's whole team
            services.database().dsl().execute("DELETE FROM visit_team_present WHERE visit_id = ?", visitId);
            services.database().dsl().execute("UPDATE visit SET fingerprint = ? WHERE id = ?",
                    CanonicalForm.fingerprint(new JooqAnswerRepository(services.database()).content(visitId)),
                    visitId);
            services.database().dsl().execute("DELETE FROM visit_fingerprint_part WHERE visit_id = ?", visitId);
            int linesBefore = answering.changeLog(visitId).size();
            edit(Edit.ADD_MEMBER);
            assertEquals(Verification.Result.INTACT, answering.verify(visitId).result());
            List<ChangeEntry> log = answering.changeLog(visitId);
            assertThat(log.subList(linesBefore, log.size())).singleElement()
                    .satisfies(e -> assertEquals(FinalisedVisitLog.REPORT_LIVE, e.reason()));
            assertThat(new ChangeLogLabels(VI, Map.of(), Map.of(), ZoneOffset.UTC).row(log.get(log.size() - 1))
                    .reason()).contains("biên bản in lại sẽ theo thông tin mới");
            return pdfText(visitId);
        });
        assertThat(reprinted).as("as the log says: the old visit prints the live team").contains("Nguyễn Văn An");
    }

    private static void edit(Edit edit) {
        PlanDraft draft = services.planEditService().load(planId);
        Plan p = draft.plan();
        List<TeamMember> team = new ArrayList<>(draft.team());
        TeamMember lead = team.get(0);
        switch (edit) {
            case ADD_MEMBER -> team.add(TeamMember.create(3, "Nguyễn Văn An", "Chuyên viên", "Sở Nội vụ",
                    TeamRole.MEMBER));
            case RENAME_MEMBER -> team.set(0, new TeamMember(null, lead.uuid(), 1, "Lê Văn Miêu", lead.jobTitle(),
                    lead.agency(), lead.role()));
            case MEMBER_JOB_TITLE -> team.set(0, new TeamMember(null, lead.uuid(), 1, lead.fullName(),
                    "Giám đốc Sở Nội vụ", lead.agency(), lead.role()));
            case MEMBER_ROLE -> team.set(1, new TeamMember(null, team.get(1).uuid(), 2, team.get(1).fullName(),
                    team.get(1).jobTitle(), team.get(1).agency(), TeamRole.MEMBER));
            case REMOVE_MEMBER -> team.remove(1);
            case REORDER_TEAM -> team.add(0, team.remove(1));
            case PLAN_NUMBER -> p = plan(p, "3200/KH-UBND", p.issuedDate(), p.issuingBody(), p.legalBasis(),
                    p.placeName());
            case PLAN_DATE -> p = plan(p, p.numberSymbol(), LocalDate.of(2020, 12, 23), p.issuingBody(),
                    p.legalBasis(), p.placeName());
            case ISSUING_BODY -> p = plan(p, p.numberSymbol(), p.issuedDate(), "Ủy ban nhân dân tỉnh Cao Bằng",
                    p.legalBasis(), p.placeName());
            case LEGAL_BASIS -> p = plan(p, p.numberSymbol(), p.issuedDate(), p.issuingBody(),
                    "Quyết định số 01/QĐ-UBND", p.placeName());
            case PLACE_NAME -> p = plan(p, p.numberSymbol(), p.issuedDate(), p.issuingBody(), p.legalBasis(),
                    "TP Cao Bằng");
            case UNIT_NAME -> {
                // the district: its visit's name, and its communes' ("xã Cô Ngân, huyện Hạ Lang")
                AdminUnit haLang = services.unitService().units().stream()
                        .filter(u -> u.name().equals("Hạ Lang") && u.type() == UnitType.DISTRICT).findFirst()
                        .orElseThrow();
                services.unitService().save(new AdminUnit(haLang.id(), haLang.uuid(), haLang.type(), haLang.code(),
                        "Hạ Lang (sửa)", haLang.parentId(), haLang.validFrom(), haLang.validTo(),
                        haLang.successorId(), haLang.note()));
                return;
            }
            default -> throw new IllegalArgumentException(edit.name());
        }
        services.planEditService().save(new PlanDraft(p, team, draft.frameworks(), draft.visits()));
    }

    private static Plan plan(Plan p, String number, LocalDate issued, String issuingBody, String legalBasis,
                             String placeName) {
        return new Plan(p.id(), p.uuid(), number, issued, issuingBody, p.parentBody(), p.title(), legalBasis,
                p.year(), placeName, p.demo());
    }

    // ------------------------------------------------------------------ changes behind ParCheck's back

    static Stream<Arguments> printedFields() {
        String answer = "(SELECT MIN(id) FROM answer WHERE visit_id = ? AND value_text IS NOT NULL)";
        String finding = "(SELECT MIN(id) FROM finding WHERE visit_id = ?)";
        String recommendation = "(SELECT MIN(id) FROM recommendation WHERE visit_id = ?)";
        String node = "(SELECT MAX(n.id) FROM criterion_node n JOIN visit v ON v.framework_version_id = "
                + "n.framework_version_id WHERE v.id = ?)";
        return Stream.of(
                sql("answer value", "UPDATE answer SET value_text = value_text || '0' WHERE id = " + answer,
                        "answer", "tiêu chí"),
                sql("answer not applicable", "UPDATE answer SET not_applicable = NOT not_applicable WHERE id = "
                        + answer, "answer", "tiêu chí"),
                sql("self score", "UPDATE answer SET self_score = 0.25 WHERE id = " + answer, "answer", "tiêu chí"),
                sql("manual score", "UPDATE answer SET manual_score = 0.5, manual_reason = 'x' WHERE id = " + answer,
                        "answer", "tiêu chí"),
                sql("note on an item", "UPDATE answer SET note = 'sửa' WHERE id = " + answer, "answer", "tiêu chí"),
                sql("figure", "UPDATE figure_value SET amount = amount + 1 WHERE visit_id = ? "
                        + "AND figure_code = 'received'", "figure", "số liệu received"),
                sql("attendee name", "UPDATE visit_attendee SET full_name = 'Nông Văn Hưng' WHERE visit_id = ?",
                        "attendee", "thành phần đơn vị dự"),
                sql("attendee title", "UPDATE visit_attendee SET job_title = 'Phó Chủ tịch' WHERE visit_id = ?",
                        "attendee", "thành phần đơn vị dự"),
                sql("attendee who signs", "UPDATE visit_attendee SET is_representative = FALSE WHERE visit_id = ?",
                        "attendee", "thành phần đơn vị dự"),
                sql("attendee added", "INSERT INTO visit_attendee (uuid, visit_id, position, full_name, "
                        + "is_representative) VALUES (RANDOM_UUID(), ?, 9, 'Người thêm', FALSE)", "attendee",
                        "thành phần đơn vị dự"),
                sql("evidence number", "UPDATE evidence SET doc_number = '13/BC-UBND' WHERE visit_id = ?",
                        "evidence", "tài liệu kiểm chứng"),
                sql("evidence title", "UPDATE evidence SET title = 'Báo cáo khác' WHERE visit_id = ?", "evidence",
                        "tài liệu kiểm chứng"),
                sql("evidence removed", "DELETE FROM evidence WHERE visit_id = ?", "evidence",
                        "tài liệu kiểm chứng"),
                sql("finding text", "UPDATE finding SET text = text || '.' WHERE id = " + finding, "finding",
                        "ưu điểm, hạn chế"),
                sql("finding cause", "UPDATE finding SET cause = 'Nguyên nhân khác' WHERE id = " + finding,
                        "finding", "ưu điểm, hạn chế"),
                sql("recommendation text", "UPDATE recommendation SET text = text || '.' WHERE id = "
                        + recommendation, "recommendation", "kiến nghị"),
                sql("recommendation deadline", "UPDATE recommendation SET deadline = DATE '2022-06-30' WHERE id = "
                        + recommendation, "recommendation", "kiến nghị"),
                sql("recommendation responsible", "UPDATE recommendation SET responsible_party = 'Văn phòng' "
                        + "WHERE id = " + recommendation, "recommendation", "kiến nghị"),
                sql("unit opinion", "UPDATE visit SET unit_opinion = 'Không nhất trí.' WHERE id = ?", "visit",
                        "thông tin chung"),
                sql("start time", "UPDATE visit SET start_time = TIME '08:30:00' WHERE id = ?", "visit",
                        "thông tin chung"),
                sql("end time", "UPDATE visit SET end_time = TIME '12:00:00' WHERE id = ?", "visit",
                        "thông tin chung"),
                sql("place", "UPDATE visit SET place = 'Nơi khác' WHERE id = ?", "visit", "thông tin chung"),
                sql("visit date", "UPDATE visit SET visit_date = DATE '2021-10-02' WHERE id = ?", "visit",
                        "thông tin chung"),
                sql("report number", "UPDATE visit SET report_number = '05' WHERE id = ?", "visit",
                        "thông tin chung"),
                frozen("plan number", "\"numberSymbol\":\"3199/KH-UBND\"", "\"numberSymbol\":\"3200/KH-UBND\"",
                        "reportPlan", "thông tin kế hoạch in trên biên bản"),
                frozen("plan date", "\"issuedDate\":\"2020-12-22\"", "\"issuedDate\":\"2020-12-23\"",
                        "reportPlan", "thông tin kế hoạch in trên biên bản"),
                frozen("issuing body", "\"issuingBody\":\"UBND", "\"issuingBody\":\"Ủy ban nhân dân",
                        "reportPlan", "thông tin kế hoạch in trên biên bản"),
                frozen("plan title", "\"title\":\"Kế hoạch", "\"title\":\"KH", "reportPlan",
                        "thông tin kế hoạch in trên biên bản"),
                frozen("legal basis", "\"legalBasis\":\"Kế hoạch", "\"legalBasis\":\"Quyết định", "reportPlan",
                        "thông tin kế hoạch in trên biên bản"),
                frozen("year", "\"year\":2021", "\"year\":2022", "reportPlan",
                        "thông tin kế hoạch in trên biên bản"),
                frozen("place name", "\"placeName\":\"Cao Bằng\"", "\"placeName\":\"Hà Nội\"", "reportPlan",
                        "thông tin kế hoạch in trên biên bản"),
                frozen("unit name", "\"unitName\":\"huyện Hạ Lang\"", "\"unitName\":\"huyện Trùng Khánh\"",
                        "reportUnit", "tên đơn vị in trên biên bản"),
                frozen("member name", "\"fullName\":\"" + LEAD + "\"", "\"fullName\":\"Lê Văn Mều\"", "member",
                        "thành viên đoàn Lê Văn Mều"),
                frozen("member job title", "\"jobTitle\":\"Phó Giám đốc", "\"jobTitle\":\"Giám đốc", "member",
                        "thành viên đoàn " + LEAD),
                frozen("member agency", "\"agency\":\"Sở Nội vụ tỉnh Cao Bằng\",\"role\":\"LEAD\"",
                        "\"agency\":\"Sở Tư pháp\",\"role\":\"LEAD\"", "member", "thành viên đoàn " + LEAD),
                frozen("member role", "\"role\":\"SECRETARY\"", "\"role\":\"MEMBER\"", "member",
                        "thành viên đoàn Hoàng Thị Thu"),
                frozen("member order", "\"position\":2", "\"position\":0", "member",
                        "thành viên đoàn Hoàng Thị Thu"),
                frozen("snapshot damaged", "\"team\":[", "\"team\":", "unreadableReport",
                        "không đọc được"),
                sql("item title", "UPDATE criterion_node SET title = title || '.' WHERE id = " + node,
                        "reportFramework", "nội dung bộ tiêu chí"),
                sql("item maximum", "UPDATE criterion_node SET max_points = max_points + 1 WHERE id = " + node,
                        "reportFramework", "nội dung bộ tiêu chí"),
                sql("figure name", "UPDATE figure_def SET name = name || '.' WHERE code = 'received' AND "
                        + "framework_version_id = (SELECT framework_version_id FROM visit WHERE id = ?)",
                        "reportFramework", "nội dung bộ tiêu chí"),
                sql("snapshot removed", "UPDATE visit SET frozen_report = NULL WHERE id = ?", "reportPlan",
                        "thông tin kế hoạch in trên biên bản"));
    }

    private static Arguments sql(String name, String statement, String section, String words) {
        return Arguments.of(name, statement, section, words);
    }

    /** A change of one field of the frozen snapshot's stored text. */
    private static Arguments frozen(String name, String before, String after, String section, String words) {
        return Arguments.of(name, "UPDATE visit SET frozen_report = REPLACE(frozen_report, '" + before + "', '"
                + after + "') WHERE id = ? AND LOCATE('" + before + "', frozen_report) > 0", section, words);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("printedFields")
    void everyPrintedFieldChangedBehindTheAppsBackIsCaughtAndNamed(String name, String statement, String section,
                                                                   String words) {
        Verification check = rolledBack(() -> {
            Object[] visit = new Object[(int) statement.chars().filter(c -> c == '?').count()];
            Arrays.fill(visit, visitId);
            assertThat(services.database().dsl().execute(statement, visit)).as("rows changed").isPositive();
            return answering.verify(visitId);
        });
        assertEquals(Verification.Result.ALTERED, check.result());
        assertThat(check.changedParts()).as("the part named").isNotEmpty()
                .anyMatch(part -> inSection(part, section));
        if (!name.startsWith("snapshot")) {
            assertThat(check.changedParts()).as("one field changed: only its part")
                    .allMatch(part -> inSection(part, section));
        }
        assertThat(VerificationText.describe(check, VI, ZoneOffset.UTC)).contains("Đã bị thay đổi", words);
        assertEquals(Verification.Result.INTACT, answering.verify(visitId).result(), "rolled back");
    }

    // ------------------------------------------------------------------ helpers

    /** "visit", or "member &lt;uuid&gt;" in section "member". */
    private static boolean inSection(String partKey, String section) {
        return partKey.equals(section) || partKey.startsWith(section + " ");
    }

    /** Runs {@code work} in a transaction that is then rolled back, and returns its result. */
    private static <T> T rolledBack(Supplier<T> work) {
        final class Rollback extends RuntimeException {
            private static final long serialVersionUID = 1L;
            private final transient Object value;

            Rollback(Object value) {
                super(null, null, false, false);
                this.value = value;
            }
        }
        try {
            services.database().transaction(dsl -> {
                throw new Rollback(work.get());
            });
        } catch (Rollback r) {
            @SuppressWarnings("unchecked")
            T value = (T) r.value;
            return value;
        }
        throw new IllegalStateException("not reached");
    }

    private static String pdfText(long visit) {
        try (PDDocument document = Loader.loadPDF(VisitReportPdf.toBytes(services.visitReports().model(visit,
                VisitReportOptions.defaults())))) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String docxText(long visit) {
        try {
            return DocxText.bodyText(VisitReportDocx.toBytes(services.visitReports().model(visit,
                    VisitReportOptions.defaults())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
