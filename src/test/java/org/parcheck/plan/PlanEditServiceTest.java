package org.parcheck.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.JooqAnswerRepository;
import org.parcheck.testing.Engine;
import org.parcheck.testing.OnBothEngines;

/** Saving a plan is one transaction: a refused part leaves everything as it was (H2 and PostgreSQL). */
class PlanEditServiceTest {

    @TempDir
    Path dataDir;
    private AppServices services;
    private PlanEditService service;
    private long planId;

    @BeforeEach
    void setUp(Engine engine) {
        services = engine.services(dataDir, true);
        service = services.planEditService();
        planId = services.planService().overviews().get(0).plan().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static PlanDraft withTitleAndVisits(PlanDraft draft, String title, List<Visit> visits) {
        Plan p = draft.plan();
        return new PlanDraft(new Plan(p.id(), p.uuid(), p.numberSymbol(), p.issuedDate(), p.issuingBody(),
                p.parentBody(), title, p.legalBasis(), p.year(), p.placeName(), p.demo()), List.of(),
                draft.frameworks(), visits);
    }

    @OnBothEngines
    void removingAVisitWithAnswersRollsBackTheWholeSave() {
        Visit answered = service.load(planId).visits().get(0);
        new JooqAnswerRepository(services.database()).saveFigure(answered.id(), "received", BigDecimal.ONE, "test");
        PlanDraft draft = service.load(planId); // recording a figure starts the visit

        PlanDraft changed = withTitleAndVisits(draft, "Đổi tên", draft.visits().subList(1, draft.visits().size()));
        assertThrows(PlanEditService.VisitHasAnswersException.class, () -> service.save(changed));

        PlanDraft after = service.load(planId);
        assertEquals(draft.plan().title(), after.plan().title());
        assertEquals(draft.team(), after.team());
        assertEquals(draft.visits(), after.visits());
    }

    @OnBothEngines
    void aDraftWithErrorsIsRefusedWithItsProblems() {
        PlanDraft draft = service.load(planId);
        Plan p = draft.plan();
        PlanDraft bad = new PlanDraft(new Plan(p.id(), p.uuid(), "3199", p.issuedDate(), p.issuingBody(), null,
                p.title(), null, 1990, null, false), draft.team(), draft.frameworks(), draft.visits());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> service.save(bad));
        assertThat(refused.problems()).extracting(Problem::field).contains(PlanRules.NUMBER_SYMBOL, PlanRules.YEAR);
        assertEquals("3199/KH-UBND", service.load(planId).plan().numberSymbol());
    }

    @OnBothEngines
    void aFinalisedVisitsDateCannotBeChangedFromThePlan() {
        PlanDraft draft = service.load(planId);
        Visit first = draft.visits().get(0);
        new JooqAnswerRepository(services.database()).setStatus(first.id(), VisitStatus.FINALISED, null, "test");
        PlanDraft stored = service.load(planId);
        Visit finalised = stored.visits().get(0);
        Visit redated = new Visit(finalised.id(), finalised.uuid(), finalised.planId(), finalised.unitId(),
                finalised.frameworkVersionId(), LocalDate.of(2021, 10, 2), finalised.startTime(),
                finalised.endTime(), finalised.place(), finalised.reportNumber(), finalised.status());
        List<Visit> visits = new ArrayList<>(stored.visits());
        visits.set(0, redated);
        PlanDraft changed = withTitleAndVisits(stored, "Đổi tên", visits);
        assertThrows(PlanEditService.VisitFinalisedException.class, () -> service.save(changed));
        assertEquals(stored.visits(), service.load(planId).visits());
        assertEquals(stored.plan().title(), service.load(planId).plan().title());

        // unchanged, it saves with the rest of the plan
        service.save(withTitleAndVisits(stored, "Đổi tên", stored.visits()));
        assertEquals("Đổi tên", service.load(planId).plan().title());
    }
}
