package org.parcheck.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.answering.EvidenceCitation;
import org.parcheck.app.AppServices;
import org.parcheck.common.domain.UnitType;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.Plan;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.PlanRepository;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;
import org.parcheck.plan.Visit;
import org.parcheck.plan.VisitOverview;

/**
 * Test data for office mode (#17): the demo (plan 3199/KH-UBND, 2021, Hạ Lang answered as the seed article) plus two
 * more districts and a second year, written through the services so that it is the same on H2 and PostgreSQL.
 *
 * <ul>
 *   <li>2021: Hạ Lang (the seed article), Trùng Khánh (Hạ Lang's answers with item {@value #RAISED} answered YES:
 *       higher), Cô Ngân and Vinh Quý (no answers: unscored);</li>
 *   <li>2022, plan {@value #PLAN_2022}: Hạ Lang (its 2021 answers with {@value #RAISED} YES), Trùng Khánh (Hạ Lang's
 *       2021 answers as they are: the same percentage as Hạ Lang 2021, a tie), Quảng Hòa (Hạ Lang's 2021 answers
 *       with the first YES item other than {@value #RAISED} answered NO: lower), and a planned visit to Vinh Quý
 *       (unscored).</li>
 * </ul>
 */
public final class OfficeData {

    public static final String PLAN_2021 = "3199/KH-UBND";
    public static final String PLAN_2022 = "150/KH-UBND";
    /** Answered NO at Hạ Lang in the seed article. */
    public static final String RAISED = "1.4.2";

    private OfficeData() {
    }

    /** Adds the districts, the 2021 visit to Trùng Khánh and the 2022 plan to services already holding the demo. */
    public static void addSecondYear(AppServices services) {
        PlanRepository plans = services.plans();
        AnswerService answers = services.answerService();
        Plan demo = plan(services, PLAN_2021);
        long haLang2021 = visit(services, demo, "huyện Hạ Lang").id();
        AdminUnit haLang = services.planService().units().stream()
                .filter(u -> u.name().equals("Hạ Lang") && u.type() == UnitType.DISTRICT).findFirst().orElseThrow();
        AdminUnit trungKhanh = services.unitService().save(AdminUnit.create(UnitType.DISTRICT, "043", "Trùng Khánh",
                haLang.parentId()).withValidity(null, LocalDate.of(2025, 6, 30)));
        AdminUnit quangHoa = services.unitService().save(AdminUnit.create(UnitType.DISTRICT, "045", "Quảng Hòa",
                haLang.parentId()).withValidity(null, LocalDate.of(2025, 6, 30)));
        AdminUnit vinhQuy = services.planService().units().stream().filter(u -> u.name().equals("Vinh Quý"))
                .findFirst().orElseThrow();
        Map<UnitType, Long> frameworks = plans.frameworks(demo.id());
        long district = frameworks.get(UnitType.DISTRICT);
        AnswerSheet seed = answers.sheet(haLang2021);
        String lowered = seed.answers().values().stream().filter(a -> "YES".equals(a.value()))
                .map(Answer::itemCode).filter(code -> !code.equals(RAISED)).sorted().findFirst().orElseThrow();

        Visit tk2021 = plans.insertVisit(Visit.planned(demo.id(), trungKhanh.id(), LocalDate.of(2021, 10, 8),
                "UBND huyện Trùng Khánh").withFrameworkVersion(district));
        copy(answers, seed, tk2021.id(), RAISED, "YES");

        Plan p2022 = plans.insert(new Plan(null, UUID.randomUUID(), PLAN_2022, LocalDate.of(2022, 1, 14),
                "UBND tỉnh Cao Bằng", null, "Kế hoạch kiểm tra công tác cải cách hành chính năm 2022",
                "Kế hoạch số 150/KH-UBND ngày 14/01/2022 của UBND tỉnh Cao Bằng", 2022, "Cao Bằng", false),
                List.of(TeamMember.create(1, "Lê Văn Miều", "Phó Giám đốc Sở Nội vụ", "Sở Nội vụ tỉnh Cao Bằng",
                        TeamRole.LEAD)));
        frameworks.forEach((type, version) -> plans.setFramework(p2022.id(), type, version));
        Visit hl2022 = plans.insertVisit(Visit.planned(p2022.id(), haLang.id(), LocalDate.of(2022, 9, 20),
                "UBND huyện Hạ Lang").withFrameworkVersion(district));
        copy(answers, seed, hl2022.id(), RAISED, "YES");
        Visit tk2022 = plans.insertVisit(Visit.planned(p2022.id(), trungKhanh.id(), LocalDate.of(2022, 9, 27),
                "UBND huyện Trùng Khánh").withFrameworkVersion(district));
        copy(answers, seed, tk2022.id(), null, null);
        Visit qh2022 = plans.insertVisit(Visit.planned(p2022.id(), quangHoa.id(), LocalDate.of(2022, 10, 4),
                "UBND huyện Quảng Hòa").withFrameworkVersion(district));
        copy(answers, seed, qh2022.id(), lowered, "NO");
        plans.insertVisit(Visit.planned(p2022.id(), vinhQuy.id(), null, "UBND xã Vinh Quý")
                .withFrameworkVersion(frameworks.get(UnitType.COMMUNE)));
    }

    /** Copies a sheet's figures, answers and evidence citations into another visit, with one answer changed. */
    static void copy(AnswerService answers, AnswerSheet from, long to, String changedItem, String changedValue) {
        from.figures().forEach((code, value) -> answers.saveFigure(to, code, value));
        from.answers().values().stream().sorted(java.util.Comparator.comparing(Answer::itemCode)).forEach(a ->
                answers.saveAnswer(to, a.itemCode().equals(changedItem) ? a.withValue(changedValue) : a));
        for (EvidenceCitation e : from.evidence()) {
            answers.addEvidence(to, EvidenceCitation.of(e.itemCode(), e.docNumber(), e.docDate(), e.issuer(),
                    e.title()));
        }
    }

    public static Plan plan(AppServices services, String number) {
        return services.planService().overviews().stream().map(PlanOverview::plan)
                .filter(p -> p.numberSymbol().equals(number)).findFirst().orElseThrow();
    }

    public static Visit visit(AppServices services, Plan plan, String unit) {
        return services.planService().visits(plan.id()).stream().filter(v -> v.unitDisplayName().equals(unit))
                .map(VisitOverview::visit).findFirst().orElseThrow();
    }
}
