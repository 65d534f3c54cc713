package org.parcheck.report.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerService;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.app.AppServices;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.Visit;
import org.parcheck.report.SeedReports;

/**
 * Makes the data folder the cold-command benches use (not a test): the demo data plus 57 visits to new districts with
 * the Hạ Lang answers in the demo plan, 60 visits in all (as {@link PlanSummaryTiming}). Prints
 * {@code plan=<id> visit=<Hạ Lang visit id>}. Used by {@code installer/bench-report.sh}:
 * {@code java -cp <test classpath> org.parcheck.report.bench.BenchFolder DIR}.
 */
public final class BenchFolder {

    static final int EXTRA_VISITS = 57;

    private BenchFolder() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Path dir = Path.of(args[0]).toAbsolutePath();
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (AppServices services = AppServices.open(dir)) {
            long haLang = SeedReports.haLangVisitId(services);
            Visit original = addVisits(services, haLang, EXTRA_VISITS);
            System.out.println("plan=" + original.planId() + " visit=" + haLang);
        }
    }

    /** Adds {@code count} visits with the Hạ Lang visit's answers (every second one missing some); its visit. */
    static Visit addVisits(AppServices services, long haLang, int count) {
        AnswerService answers = services.answerService();
        Visit original = answers.open(haLang).visit();
        AnswerSheet sheet = answers.sheet(haLang);
        AdminUnit hl = services.unitService().units().stream().filter(u -> u.id() == original.unitId())
                .findFirst().orElseThrow();
        for (int i = 0; i < count; i++) {
            AdminUnit unit = services.unitService().save(AdminUnit.create(hl.type(), "BENCH-" + i,
                    "Thử nghiệm số " + (i + 1), hl.parentId()));
            Visit visit = services.plans().insertVisit(Visit.planned(original.planId(), unit.id(),
                    original.date(), original.place()).withFrameworkVersion(original.frameworkVersionId()));
            int n = 0;
            for (Answer answer : sheet.answers().values()) {
                if (i % 2 == 0 || n++ < sheet.answers().size() - i) {
                    answers.saveAnswer(visit.id(), answer);
                }
            }
            for (Map.Entry<String, BigDecimal> figure : sheet.figures().entrySet()) {
                answers.saveFigure(visit.id(), figure.getKey(), figure.getValue());
            }
        }
        return original;
    }
}
