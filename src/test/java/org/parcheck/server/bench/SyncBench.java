package org.parcheck.server.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.Database;
import org.parcheck.server.SyncPlan;
import org.parcheck.server.SyncProgress;
import org.parcheck.server.SyncResult;
import org.parcheck.server.SyncService;
import org.parcheck.server.TestServers;

/**
 * Sync figures (#17; a main that prints, not a timed test): the first sync of a 100-visit plan, sent by the office's
 * laptop and brought home by an empty one, then syncs with nothing new. One embedded PostgreSQL 17 on this machine,
 * connections straight from its data source (no pool). Run:
 * <pre>
 * ./mvnw -B -o -q test-compile -Dcheckstyle.skip
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.parcheck.server.bench.SyncBench
 * </pre>
 * ({@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test} writes cp.txt.)
 */
public final class SyncBench {

    private static final int VISITS = 100;
    private static final boolean VERBOSE = Boolean.getBoolean("bench.steps");

    private SyncBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("parcheck-syncbench");
        try (AppServices office = AppServices.open(Files.createDirectories(dir.resolve("office")), true);
             AppServices laptop = AppServices.open(Files.createDirectories(dir.resolve("laptop")), false);
             Database server = Database.onServer(TestServers.freshDatabase("bench"))) {
            grow(office, VISITS);
            print("office: first sync, sending a " + VISITS + "-visit plan", () -> sync(office, server));
            print("laptop: first sync, bringing the " + VISITS + "-visit plan home", () -> sync(laptop, server));
            // for comparison: the same plan through a package file into another empty laptop
            try (AppServices third = AppServices.open(Files.createDirectories(dir.resolve("third")), false)) {
                Path file = dir.resolve("plan.parcheck");
                long start = System.nanoTime();
                office.exchangeService().export(office.planService().overviews().get(0).plan().id(), List.of(),
                        file);
                long exported = System.nanoTime();
                org.parcheck.exchange.ImportPlan plan = third.exchangeService().analyse(file);
                third.exchangeService().apply(plan, java.util.Map.of());
                long imported = System.nanoTime();
                System.out.println(String.format(Locale.ROOT, "package of the same plan: export %d ms, import %d ms",
                        (exported - start) / 1_000_000, (imported - exported) / 1_000_000));
            }
            List<Long> nothingNew = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long start = System.nanoTime();
                SyncResult result = sync(laptop, server);
                nothingNew.add((System.nanoTime() - start) / 1_000_000);
                if (!result.nothingChanged()) {
                    throw new IllegalStateException("expected nothing new: " + result);
                }
            }
            System.out.println("laptop: sync with nothing new, 10 runs (ms): " + nothingNew);
        }
    }

    private static SyncResult sync(AppServices laptop, Database server) {
        SyncService service = new SyncService(laptop.database(), laptop.dataDir(), null, laptop.exchangeService(),
                server, "bench");
        long start = System.nanoTime();
        StringBuilder steps = new StringBuilder();
        SyncProgress progress = (key, done, total) -> steps.append(String.format(Locale.ROOT, " %s %d/%d@%dms",
                key.substring(key.lastIndexOf('.') + 1), done, total, (System.nanoTime() - start) / 1_000_000));
        SyncPlan plan = service.prepare(progress);
        SyncResult result = service.complete(plan, java.util.Map.of(), progress);
        if (VERBOSE) {
            System.out.println("  steps:" + steps);
        }
        return result;
    }

    private static void print(String what, Supplier<SyncResult> work) {
        long start = System.nanoTime();
        SyncResult result = work.get();
        System.out.println(String.format(Locale.ROOT, "%s: %d ms (%s)", what,
                (System.nanoTime() - start) / 1_000_000, result));
    }

    /** Copies the demo's Hạ Lang visit (with its answers and figures) until the demo plan has {@code visits}. */
    static void grow(AppServices office, int visits) {
        Database db = office.database();
        long planId = office.planService().overviews().get(0).plan().id();
        long source = office.planService().visits(planId).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
        int have = office.planService().visits(planId).size();
        db.transaction(dsl -> {
            for (int i = have; i < visits; i++) {
                java.util.UUID uuid = java.util.UUID.randomUUID();
                dsl.execute("INSERT INTO visit (uuid, plan_id, unit_id, framework_version_id, visit_date, place,"
                        + " status) SELECT ?, plan_id, unit_id, framework_version_id, visit_date, place,"
                        + " 'IN_PROGRESS' FROM visit WHERE id = ?", uuid, source);
                Long id = dsl.resultQuery("SELECT id FROM visit WHERE uuid = ?", uuid).fetchOne(0, Long.class);
                dsl.execute("INSERT INTO answer (uuid, visit_id, node_id, value_text, not_applicable, self_score,"
                        + " note, flagged) SELECT RANDOM_UUID(), ?, node_id, value_text, not_applicable, self_score,"
                        + " note, flagged FROM answer WHERE visit_id = ?", id, source);
                dsl.execute("INSERT INTO figure_value (visit_id, figure_code, amount, note) SELECT ?, figure_code,"
                        + " amount, note FROM figure_value WHERE visit_id = ?", id, source);
            }
            return null;
        });
    }
}
