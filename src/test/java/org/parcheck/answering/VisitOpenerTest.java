package org.parcheck.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.app.AppServices;
import org.parcheck.criteria.FrameworkRepository;
import org.parcheck.criteria.FrameworkService;
import org.parcheck.persistence.JooqAnswerRepository;
import org.parcheck.persistence.JooqFrameworkRepository;
import org.parcheck.persistence.JooqUnitRepository;
import org.parcheck.plan.UnitRepository;
import org.parcheck.plan.Visit;
import org.parcheck.scoring.ScoringEngine;

/** One opener for many visits reads each framework version and the units once, and opens what open(id) opens. */
class VisitOpenerTest {

    @TempDir
    Path dataDir;

    @Test
    void manyVisitsOfOneFrameworkLoadItOnceAndTheUnitsOnce() {
        try (AppServices services = AppServices.open(dataDir)) {
            AtomicInteger frameworkLoads = new AtomicInteger();
            AtomicInteger unitReads = new AtomicInteger();
            FrameworkRepository frameworks = counting(FrameworkRepository.class,
                    new JooqFrameworkRepository(services.database()), "load", frameworkLoads);
            UnitRepository units = counting(UnitRepository.class, new JooqUnitRepository(services.database()),
                    "findAll", unitReads);
            VisitOpener opener = new VisitOpener(new JooqAnswerRepository(services.database()),
                    new FrameworkService(frameworks), units, new ScoringEngine());

            List<Visit> visits = services.plans().overviews().stream()
                    .flatMap(p -> services.plans().visits(p.plan().id()).stream())
                    .filter(v -> v.frameworkVersionId() != null).toList();
            long versions = visits.stream().map(Visit::frameworkVersionId).distinct().count();
            assertThat(visits.size()).as("demo visits with a framework").isGreaterThan((int) versions);
            AnswerService answers = services.answerService();
            for (int round = 0; round < 3; round++) {
                for (Visit visit : visits) {
                    VisitSession session = round == 0 ? opener.open(visit.id()) : opener.open(visit);
                    VisitSession alone = answers.open(visit.id());
                    assertThat(session.visit()).isEqualTo(alone.visit());
                    assertThat(session.unitName()).isEqualTo(alone.unitName());
                    assertThat(session.unitType()).isEqualTo(alone.unitType());
                    AnswerSheet sheet = answers.sheet(visit.id());
                    assertThat(answers.score(session, sheet).toString())
                            .isEqualTo(answers.score(alone, sheet).toString());
                }
            }
            assertThat(frameworkLoads).as("framework loads").hasValue((int) versions);
            assertThat(opener.frameworksLoaded()).isEqualTo((int) versions);
            assertThat(unitReads).as("unit reads").hasValue(1);
            assertThatThrownBy(() -> opener.open(Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** {@code target} seen through its interface, counting the calls of one method. */
    @SuppressWarnings("unchecked")
    private static <T> T counting(Class<T> type, T target, String method, AtomicInteger calls) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            if (m.getName().equals(method)) {
                calls.incrementAndGet();
            }
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
