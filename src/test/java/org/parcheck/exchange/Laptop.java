package org.parcheck.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parcheck.answering.Answer;
import org.parcheck.answering.audit.Verification;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.JooqAnswerRepository;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.VisitOverview;
import org.parcheck.plan.VisitStatus;
import org.parcheck.testing.Engine;

/**
 * One laptop in an exchange test: its own data folder with a real H2 file (demo data seeded on open), or, for the
 * exchange tests run {@link org.parcheck.testing.OnBothEngines on both engines}, the same on a fresh PostgreSQL
 * database.
 */
public final class Laptop implements AutoCloseable {

    /** The laptop's services, on its own data folder. */
    public final AppServices services;
    final JooqAnswerRepository answers;

    private final Engine engine;

    Laptop(Path dataDir) throws Exception {
        this(dataDir, Engine.H2);
    }

    Laptop(Path dataDir, Engine engine) throws Exception {
        this(engine, engine.services(Files.createDirectories(dataDir), true));
    }

    /** A laptop on services opened by the test (e.g. on an empty database). */
    Laptop(Engine engine, AppServices services) {
        this.engine = engine;
        this.services = services;
        this.answers = new JooqAnswerRepository(services.database());
    }

    ExchangeService exchange() {
        return services.exchangeService();
    }

    PlanOverview plan(java.util.UUID uuid) {
        return services.planService().overviews().stream().filter(p -> p.plan().uuid().equals(uuid)).findFirst()
                .orElseThrow();
    }

    PlanOverview demoPlan() {
        return services.planService().overviews().get(0);
    }

    VisitOverview visit(java.util.UUID planUuid, String unitName) {
        return services.planService().visits(plan(planUuid).plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals(unitName)).findFirst().orElseThrow();
    }

    /** The id of plan {@code planUuid}'s visit of {@link TwoLaptops#HA_LANG} on this laptop. */
    long haLang(java.util.UUID planUuid) {
        return visit(planUuid, TwoLaptops.HA_LANG).visit().id();
    }

    /** Marks a visit finalised by "An", straight in the database (its fingerprint stored, no check of answers). */
    void finalise(long visitId) {
        answers.setStatus(visitId, VisitStatus.FINALISED, null, "An");
    }

    /** The visit's stored fingerprint (SHA-256, as printed on its report). */
    String fingerprint(long visitId) {
        return services.answerService().fingerprint(visitId).orElseThrow().sha256();
    }

    /** What verifying the visit's fingerprint says. */
    Verification.Result verify(long visitId) {
        return services.answerService().verify(visitId).result();
    }

    /** Saves a note on an item as {@code actor} (who/when travel with the answer). */
    void note(long visitId, String code, String note, String actor) {
        Answer current = services.answerService().sheet(visitId).answers().getOrDefault(code, Answer.empty(code));
        answers.saveAnswer(visitId, current.withNote(note), actor);
    }

    /** Every answer of a visit as code → (value, N/A, note), for comparing two laptops. */
    Map<String, List<Object>> answersOf(long visitId) {
        Map<String, List<Object>> map = new TreeMap<>();
        services.answerService().sheet(visitId).answers().forEach((code, a) -> map.put(code,
                java.util.Arrays.asList(a.value(), a.notApplicable(), a.note(), a.selfScore(), a.manualScore())));
        return map;
    }

    /**
     * The whole database as text (every table, every row): "unchanged" means this text is identical. On H2 its
     * {@code SCRIPT}; on PostgreSQL every table's rows as PostgreSQL writes a row ({@code CAST(t AS text)}), sorted
     * (the sequences are left out: PostgreSQL never gives back a number a rolled-back transaction took).
     */
    String dump() {
        if (engine == Engine.H2) {
            return String.join("\n", services.database().dsl().fetch("SCRIPT NOPASSWORDS NOSETTINGS")
                    .getValues(0, String.class));
        }
        StringBuilder all = new StringBuilder();
        for (String table : services.database().dsl().fetch("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")
                .getValues(0, String.class)) {
            all.append(table).append('\n');
            String rows = "SELECT CAST(t AS text) FROM " + table + " t ORDER BY 1";
            for (String row : services.database().dsl().fetch(rows).getValues(0, String.class)) {
                all.append(row).append('\n');
            }
        }
        return all.toString();
    }

    @Override
    public void close() {
        services.close();
    }
}
