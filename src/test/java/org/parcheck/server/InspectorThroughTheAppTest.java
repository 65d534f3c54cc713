package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parcheck.server.OfficeFixture.PASSWORD;
import static org.parcheck.server.SyncLaptops.haLang;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.Answer;
import org.parcheck.app.AppServices;
import org.parcheck.exchange.ImportPlan;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.server.ServerAdmin;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application layer itself (the repositories and the package merge that sync reuses, decision D15) working on
 * the server as an inspector's login, through row-level security (#17 point 3): the demo plan seeded on the server by
 * the office, a second plan the inspector is not on; the inspector's ParCheck sees only their plan, saves an answer,
 * and a package of that plan from a laptop merges into the server. Taken off the plan, the same login can bring in
 * neither that plan nor a new one ("permission denied"), and nothing is changed.
 */
class InspectorThroughTheAppTest {

    @TempDir
    Path files;

    @Test
    void anInspectorWorksOnTheirPlanThroughTheAppAndCannotTouchAnother() throws Exception {
        DataSource superuser = TestServers.freshDatabase("app");
        String db = TestServers.nameOf(superuser);
        Path laptopDir = Files.createDirectories(files.resolve("laptop"));
        Path demoPackage = files.resolve("demo.parcheck");
        try (AppServices laptop = AppServices.open(laptopDir)) {
            laptop.exchangeService().export(laptop.planService().overviews().get(0).plan().id(), List.of(),
                    demoPackage);
        }
        try (AppServices server = new AppServices(Files.createDirectories(files.resolve("server")),
                Database.onServer(superuser))) {
            server.demoSeeder().declineIfFirstRun();
            ImportPlan plan = server.exchangeService().analyse(demoPackage);
            assertThat(server.exchangeService().apply(plan, Map.of())).isTrue();
        }
        String other;
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO inspection_plan (uuid, number_symbol, issued_date, issuing_body, title, plan_year) "
                    + "VALUES (gen_random_uuid(), '9/KH', DATE '2026-01-05', 'UBND', 'Kế hoạch khác', 2026)");
            other = "9/KH";
        }
        String role = "insp_" + db;
        ServerAdmin admin = new ServerAdmin(superuser);
        admin.addAccount(role, ServerAdmin.AccountKind.INSPECTOR, "Nguyễn Văn A", null, null, PASSWORD.toCharArray());
        String demoNumber;
        try (AppServices laptop = AppServices.open(laptopDir)) {
            demoNumber = laptop.planService().overviews().get(0).plan().numberSymbol();
        }
        admin.addMember(demoNumber, role);

        try (AppServices inspector = new AppServices(Files.createDirectories(files.resolve("inspector")),
                Database.onServer(login(db, role)))) {
            assertThat(inspector.planService().overviews()).extracting(o -> o.plan().numberSymbol())
                    .containsExactly(demoNumber).doesNotContain(other);
            long visit = haLang(inspector);
            Map<String, Answer> answers = inspector.answerService().sheet(visit).answers();
            String code = "1.4.2";
            inspector.answerService().saveAnswer(visit, answers.get(code).withNote("ghi chú của đoàn"));
            assertThat(inspector.answerService().sheet(visit).answers().get(code).note()).isEqualTo("ghi chú của đoàn");

            // the laptop's plan, changed, merges into the server as the inspector (what a sync applies)
            try (AppServices laptop = AppServices.open(laptopDir)) {
                long onLaptop = haLang(laptop);
                Answer before = laptop.answerService().sheet(onLaptop).answers().get("1.1.1");
                laptop.answerService().saveAnswer(onLaptop, before.withNote("từ máy tính"));
                laptop.exchangeService().export(laptop.planService().overviews().get(0).plan().id(), List.of(),
                        files.resolve("changed.parcheck"));
            }
            ImportPlan changed = inspector.exchangeService().analyse(files.resolve("changed.parcheck"));
            assertThat(changed.conflicts()).isEmpty();
            assertThat(inspector.exchangeService().apply(changed, Map.of())).isTrue();
        }
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM answer WHERE note = 'từ máy tính'")).isEqualTo(1);
        }

        // off the plan, the same login may bring in neither that plan nor a new one: refused, nothing changed
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM server_plan_member");
        }
        try (AppServices laptop = AppServices.open(laptopDir)) {
            long onLaptop = haLang(laptop);
            Answer before = laptop.answerService().sheet(onLaptop).answers().get("1.1.1");
            laptop.answerService().saveAnswer(onLaptop, before.withNote("sau khi rời đoàn"));
            laptop.exchangeService().export(laptop.planService().overviews().get(0).plan().id(), List.of(),
                    files.resolve("after.parcheck"));
        }
        try (AppServices another = AppServices.open(Files.createDirectories(files.resolve("another")))) {
            another.exchangeService().export(another.planService().overviews().get(0).plan().id(), List.of(),
                    files.resolve("another.parcheck"));
        }
        try (AppServices inspector = new AppServices(Files.createDirectories(files.resolve("inspector2")),
                Database.onServer(login(db, role)))) {
            assertThat(inspector.planService().overviews()).isEmpty();
            for (String name : new String[] {"after.parcheck", "another.parcheck"}) {
                ImportPlan refused = inspector.exchangeService().analyse(files.resolve(name));
                assertThatThrownBy(() -> inspector.exchangeService().apply(refused, Map.of())).as(name)
                        .hasStackTraceContaining("permission denied");
            }
        }
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM inspection_plan")).isEqualTo(2);
            assertThat(count(s, "SELECT count(*) FROM answer WHERE note = 'sau khi rời đoàn'")).isZero();
            assertThat(count(s, "SELECT count(*) FROM answer WHERE note = 'từ máy tính'")).isEqualTo(1);
        }
    }

    private static int count(Statement s, String sql) throws java.sql.SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static DataSource login(String db, String role) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL("jdbc:postgresql://localhost:" + TestServers.postgres().getPort() + "/" + db);
        source.setUser(role);
        source.setPassword(PASSWORD);
        return source;
    }
}
