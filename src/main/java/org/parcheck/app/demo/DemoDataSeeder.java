package org.parcheck.app.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerCodec;
import org.parcheck.answering.AnswerRepository;
import org.parcheck.answering.Attendee;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.answering.Finding;
import org.parcheck.answering.Recommendation;
import org.parcheck.answering.VisitDetails;
import org.parcheck.common.domain.UnitType;
import org.parcheck.criteria.FrameworkRepository;
import org.parcheck.criteria.StoredFramework;
import org.parcheck.criteria.demo.DemoFrameworks;
import org.parcheck.criteria.demo.DemoVisitAnswers;
import org.parcheck.persistence.AppMetadata;
import org.parcheck.persistence.Database;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.Plan;
import org.parcheck.plan.PlanRepository;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;
import org.parcheck.plan.UnitRepository;
import org.parcheck.plan.Visit;
import org.parcheck.scoring.ItemAnswer;
import org.parcheck.scoring.VisitAnswers;

/**
 * First-run demo data: the seed case of the product (Cao Bằng, plan 3199/KH-UBND for 2021, the district of
 * Hạ Lang and its communes with national codes, the 2025 successors). Seeded once per database, in one
 * transaction; a user who deletes it does not get it back.
 */
public final class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());
    /** The last day of the district level (two-tier local government from 1/7/2025). */
    static final LocalDate LAST_DAY_BEFORE_2025_REFORM = LocalDate.of(2025, 6, 30);
    static final LocalDate FIRST_DAY_AFTER_2025_REFORM = LocalDate.of(2025, 7, 1);

    /** Who the demo data is recorded as, in every change log line. */
    static final String ACTOR = "Dữ liệu mẫu";

    private final Database database;
    private final AppMetadata metadata;
    private final UnitRepository units;
    private final PlanRepository plans;
    private final FrameworkRepository frameworks;
    private final AnswerRepository answers;

    public DemoDataSeeder(Database database, AppMetadata metadata, UnitRepository units, PlanRepository plans,
                          FrameworkRepository frameworks, AnswerRepository answers) {
        this.database = database;
        this.metadata = metadata;
        this.units = units;
        this.plans = plans;
        this.frameworks = frameworks;
        this.answers = answers;
    }

    /** Seeds the demo data unless this database was seeded before; returns whether it seeded. */
    public boolean seedIfFirstRun() {
        return database.inTransaction(() -> {
            if (metadata.get(AppMetadata.DEMO_SEEDED).isPresent()) {
                return false;
            }
            seed();
            metadata.put(AppMetadata.DEMO_SEEDED, LocalDate.now().toString());
            LOG.info("Demo data seeded");
            return true;
        });
    }

    /** Value of {@link AppMetadata#DEMO_SEEDED} in a real-work database: the demo was never seeded there. */
    public static final String DECLINED = "declined: real work";

    /**
     * Marks a new database as real work (#16 §5): it is never seeded, whoever opens it later. Does nothing to a
     * database seeded or marked before; returns whether it marked.
     */
    public boolean declineIfFirstRun() {
        return database.inTransaction(() -> {
            if (metadata.get(AppMetadata.DEMO_SEEDED).isPresent()) {
                return false;
            }
            metadata.put(AppMetadata.DEMO_SEEDED, DECLINED);
            LOG.info("Real-work data folder: the demo data is not seeded here");
            return true;
        });
    }

    /** Whether this database holds the demo data (seeded here, not declined). */
    public boolean holdsDemo() {
        return metadata.get(AppMetadata.DEMO_SEEDED).filter(v -> !DECLINED.equals(v)).isPresent();
    }

    private void seed() {
        AdminUnit province = units.insert(AdminUnit.create(UnitType.PROVINCE, "04", "Cao Bằng", null));
        AdminUnit district = units.insert(AdminUnit.create(UnitType.DISTRICT, "048", "Hạ Lang", province.id())
                .withValidity(null, LAST_DAY_BEFORE_2025_REFORM));

        // Hạ Lang's 13 commune-level units before 1/7/2025 (domain.md §6.1).
        Map<String, AdminUnit> old = new LinkedHashMap<>();
        String[][] communes = {
            {"01534", "Minh Long"}, {"01537", "Lý Quốc"}, {"01540", "Thắng Lợi"}, {"01543", "Đồng Loan"},
            {"01546", "Đức Quang"}, {"01549", "Kim Loan"}, {"01552", "Quang Long"}, {"01555", "An Lạc"},
            {"01558", "Thanh Nhật"}, {"01561", "Vinh Quý"}, {"01564", "Thống Nhất"}, {"01567", "Cô Ngân"},
            {"01573", "Thị Hoa"},
        };
        for (String[] c : communes) {
            UnitType type = "Thanh Nhật".equals(c[1]) ? UnitType.TOWNSHIP : UnitType.COMMUNE;
            old.put(c[1], units.insert(AdminUnit.create(type, c[0], c[1], district.id())
                    .withValidity(null, LAST_DAY_BEFORE_2025_REFORM)));
        }

        // The four communes formed on 1/7/2025 (domain.md §6.2); the new units reuse old codes.
        Map<String, List<String>> merged = new LinkedHashMap<>();
        merged.put("01558:Hạ Lang", List.of("Thanh Nhật", "Thống Nhất", "Thị Hoa"));
        merged.put("01537:Lý Quốc", List.of("Minh Long", "Đồng Loan", "Lý Quốc"));
        merged.put("01561:Vinh Quý", List.of("Cô Ngân", "An Lạc", "Kim Loan", "Vinh Quý"));
        merged.put("01552:Quang Long", List.of("Đức Quang", "Thắng Lợi", "Quang Long"));
        for (Map.Entry<String, List<String>> entry : merged.entrySet()) {
            String[] codeName = entry.getKey().split(":", 2);
            AdminUnit successor = units.insert(AdminUnit.create(UnitType.COMMUNE, codeName[0], codeName[1],
                    province.id()).withValidity(FIRST_DAY_AFTER_2025_REFORM, null));
            for (String name : entry.getValue()) {
                units.update(old.get(name).withSuccessor(successor.id()));
            }
        }

        Plan plan = plans.insert(new Plan(null, UUID.randomUUID(), "3199/KH-UBND", LocalDate.of(2020, 12, 22),
                "UBND tỉnh Cao Bằng", null, "Kế hoạch cải cách hành chính nhà nước tỉnh Cao Bằng năm 2021",
                "Kế hoạch số 3199/KH-UBND ngày 22/12/2020 của UBND tỉnh Cao Bằng về Kế hoạch cải cách hành chính "
                        + "nhà nước tỉnh năm 2021", 2021, "Cao Bằng", true),
                List.of(TeamMember.create(1, "Lê Văn Miều", "Phó Giám đốc Sở Nội vụ", "Sở Nội vụ tỉnh Cao Bằng",
                        TeamRole.LEAD)));

        long districtFramework = store(DemoFrameworks.district());
        long communeFramework = store(DemoFrameworks.commune());
        plans.setFramework(plan.id(), UnitType.DISTRICT, districtFramework);
        plans.setFramework(plan.id(), UnitType.COMMUNE, communeFramework);
        plans.setFramework(plan.id(), UnitType.TOWNSHIP, communeFramework);

        plans.insertVisit(Visit.planned(plan.id(), old.get("Cô Ngân").id(), null, "UBND xã Cô Ngân")
                .withFrameworkVersion(communeFramework));
        plans.insertVisit(Visit.planned(plan.id(), old.get("Vinh Quý").id(), null, "UBND xã Vinh Quý")
                .withFrameworkVersion(communeFramework));
        Visit haLang = plans.insertVisit(Visit.planned(plan.id(), district.id(), LocalDate.of(2021, 10, 1),
                "UBND huyện Hạ Lang").withFrameworkVersion(districtFramework));
        recordSeedVisit(haLang.id());
        recordSeedReportPart(haLang.id(), plans.team(plan.id()));
    }

    /**
     * #15 §1: the Hạ Lang visit's report part, complete, so that the demo shows a whole record and finalises once
     * its checklist is complete: the times, the team member present, the unit's attendees with the one who signs,
     * and the unit's opinion. The attendees are sample people, marked as such.
     */
    private void recordSeedReportPart(long visitId, List<TeamMember> team) {
        VisitDetails details = answers.details(visitId);
        answers.saveDetails(visitId, new VisitDetails(details.date(), LocalTime.of(8, 0), LocalTime.of(11, 30),
                details.place(), "Đơn vị nhất trí với kết quả kiểm tra và các kiến nghị của Đoàn kiểm tra; sẽ xây "
                + "dựng kế hoạch khắc phục những tồn tại, hạn chế đã nêu."), ACTOR);
        answers.setTeamPresent(visitId, team.stream().map(TeamMember::uuid).collect(Collectors.toSet()), ACTOR);
        answers.addAttendee(visitId, Attendee.of("Nguyễn Văn Mẫu", "Chủ tịch UBND huyện (dữ liệu mẫu)", true),
                ACTOR);
        answers.addAttendee(visitId, Attendee.of("Trần Thị Mẫu", "Chánh Văn phòng HĐND và UBND huyện (dữ liệu mẫu)",
                false), ACTOR);
    }

    /** The Hạ Lang visit as the seed article reports it: figures, answers, evidence, findings, recommendations. */
    private void recordSeedVisit(long visitId) {
        VisitAnswers seed = DemoVisitAnswers.haLang2021();
        seed.figures().forEach((code, value) -> answers.saveFigure(visitId, code, value, ACTOR));
        seed.items().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            ItemAnswer a = entry.getValue();
            answers.saveAnswer(visitId, new Answer(entry.getKey(), AnswerCodec.encode(a.value()), a.notApplicable(),
                    a.selfScore(), a.manualScore(), a.manualReason(), null, false, ACTOR, null), ACTOR);
            for (int i = 1; i <= a.evidenceCount(); i++) {
                answers.addEvidence(visitId, EvidenceCitation.of(entry.getKey(), null, null, null,
                        "Tài liệu kiểm chứng mẫu " + i + " (dữ liệu mẫu)"), ACTOR);
            }
        });
        answers.saveFinding(visitId, Finding.of(Finding.Kind.STRENGTH, "221 thủ tục hành chính thuộc thẩm quyền "
                + "giải quyết của UBND huyện được công khai niêm yết tại bộ phận một cửa và trên trang thông tin điện "
                + "tử của huyện.", null), ACTOR);
        answers.saveFinding(visitId, Finding.of(Finding.Kind.STRENGTH, "3.432/3.601 văn bản đi trên hệ thống "
                + "VNPT-iOffice có sử dụng chữ ký số; 100% cơ quan, đơn vị áp dụng ISO 9001:2015.", null), ACTOR);
        answers.saveFinding(visitId, Finding.of(Finding.Kind.LIMITATION, "Tỷ lệ hồ sơ giải quyết trước hạn, đúng "
                + "hạn (924/1.068) còn thấp so với yêu cầu.", "Chưa cập nhật kịp thời thủ tục hành chính trên hệ "
                + "thống VNPT-iGate."), ACTOR);
        answers.saveRecommendation(visitId, Recommendation.of("Tiếp tục đẩy mạnh ứng dụng công nghệ thông tin gắn "
                + "với hiện đại hóa hành chính; nâng cao hiệu quả dịch vụ hành chính công trực tuyến.",
                "UBND huyện Hạ Lang", null), ACTOR);
        answers.saveRecommendation(visitId, Recommendation.of("Cụ thể hóa nội dung tuyên truyền về cải cách hành "
                + "chính.", "UBND huyện Hạ Lang", null), ACTOR);
        answers.saveRecommendation(visitId, Recommendation.of("Thực hiện tốt việc chấp hành kỷ luật, kỷ cương, văn "
                + "hóa trong thực thi công vụ, nhất là bộ phận tham mưu, giúp việc, tiếp công dân.",
                "UBND huyện Hạ Lang", null), ACTOR);
    }

    private long store(StoredFramework demo) {
        return frameworks.create(demo.header(), demo.version(), demo.content()).version().id();
    }
}
