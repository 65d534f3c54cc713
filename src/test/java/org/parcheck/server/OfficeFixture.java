package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.Database;
import org.parcheck.persistence.server.ServerAdmin;
import org.parcheck.plan.PlanOverview;
import org.parcheck.report.YearSeriesBuilder;
import org.parcheck.report.YearSeriesModel;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the office-mode server tests repeat ({@code OfficeReadsTest}, {@code KeptScoreRightsTest}): a laptop and a
 * server holding the demo plus a second year ({@link OfficeData}), ParCheck accounts with password logins, a ranking
 * with its counts described as text to compare to the last digit, and counts read with SQL.
 */
final class OfficeFixture {

    static final String PASSWORD = "mat-khau-dai-12";

    private final Path files;
    private DataSource superuser;

    /** @param files the test's temporary folder: each data folder is a sub-folder of it */
    OfficeFixture(Path files) {
        this.files = files;
    }

    /** A laptop's H2 data folder with the demo and the second year. */
    AppServices laptop() throws IOException {
        AppServices services = AppServices.open(Files.createDirectories(files.resolve("laptop")));
        OfficeData.addSecondYear(services);
        return services;
    }

    /** A fresh server database with the demo and the second year, written through the services (no sync). */
    AppServices server(String name) throws IOException {
        AppServices services = AppServices.onServer(Files.createDirectories(files.resolve("office")),
                Database.onServer(TestServers.freshDatabase(name)));
        assertThat(services.demoSeeder().seedIfFirstRun()).isTrue();
        OfficeData.addSecondYear(services);
        return services;
    }

    /** A fresh server database that {@code laptop} synced to (everything it holds, with server revisions). */
    Database syncedFrom(AppServices laptop, String name) {
        Database db = Database.onServer(TestServers.freshDatabase(name));
        SyncLaptops.sync(laptop, db);
        return db;
    }

    /** The office-mode services on {@code db} (closing them leaves {@code db} open to its owner). */
    AppServices office(Database db) throws IOException {
        return AppServices.onServer(Files.createDirectories(files.resolve("office")), db);
    }

    /**
     * A fresh server database with the demo and a revision for every visit, as the sync that brought them would have
     * given it; {@link #account} and {@link #open} then work on it.
     */
    DataSource syncedDemo(String name) throws IOException {
        superuser = TestServers.freshDatabase(name);
        try (AppServices seeded = AppServices.onServer(Files.createDirectories(files.resolve("seed")),
                Database.onServer(superuser))) {
            assertThat(seeded.demoSeeder().seedIfFirstRun()).isTrue();
        }
        TestLogins.execute(superuser, "INSERT INTO server_revision (owner_uuid, plan_uuid, is_plan, revision) SELECT "
                + "v.uuid, p.uuid, false, nextval('server_revision_seq') FROM visit v JOIN inspection_plan p ON "
                + "p.id = v.plan_id");
        return superuser;
    }

    /** The login role of the account {@code prefix} on the {@link #syncedDemo} database. */
    String role(String prefix) {
        return prefix + "_" + TestServers.nameOf(superuser);
    }

    /** Adds the ParCheck account {@code prefix} of {@code kind} (a login with {@link #PASSWORD}); its role. */
    String account(String prefix, ServerAdmin.AccountKind kind) {
        new ServerAdmin(superuser).addAccount(role(prefix), kind, "Nguyễn Văn " + prefix, "Chuyên viên", "Sở Nội vụ",
                PASSWORD.toCharArray());
        return role(prefix);
    }

    /** The services on the server as the account {@code prefix}, as office mode opens them. */
    AppServices open(String prefix) throws SQLException, IOException {
        return AppServices.onServer(Files.createDirectories(files.resolve(prefix)),
                loggedIn(TestServers.nameOf(superuser), role(prefix)));
    }

    /** The database {@code db} of the test server as {@code role} with {@link #PASSWORD}. */
    static Database loggedIn(String db, String role) throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {"localhost"});
        source.setPortNumbers(new int[] {TestServers.postgres().getPort()});
        source.setDatabaseName(db);
        source.setUser(role);
        source.setPassword(PASSWORD);
        return Database.onServerExisting(source, () -> { });
    }

    /** A ranking across {@code years} (none: all) described as text, with what was read, scored and kept. */
    record Ranked(String text, YearSeriesBuilder.Counts counts) {
    }

    static Ranked rank(AppServices services, Integer... years) {
        YearSeriesBuilder.Counts counts = new YearSeriesBuilder.Counts();
        return new Ranked(describe(services.yearSeries().build(Set.of(years), counts)), counts);
    }

    static Ranked rank(YearSeriesBuilder builder) {
        YearSeriesBuilder.Counts counts = new YearSeriesBuilder.Counts();
        return new Ranked(describe(builder.build(Set.of(), counts)), counts);
    }

    /** Every figure of a ranking and its year series, one line per visit and unit. */
    static String describe(YearSeriesModel model) {
        StringBuilder text = new StringBuilder(model.years() + " unscored " + model.unscored() + "\n");
        model.ranking().forEach(v -> text.append(v.rank()).append(' ').append(v.unit()).append(' ').append(v.year())
                .append(' ').append(v.planNumber()).append(' ').append(v.date()).append(' ').append(v.total())
                .append(' ').append(v.max()).append(' ').append(v.percent()).append(' ').append(v.percentText())
                .append(' ').append(v.classification()).append('\n'));
        model.units().forEach(u -> text.append(u.unit()).append(' ').append(new TreeMap<>(u.percents()))
                .append(' ').append(u.change()).append('\n'));
        return text.toString();
    }

    /** Visits with a framework version (scored, or scored as nothing yet). */
    static int scorableVisits(AppServices services) {
        int n = 0;
        for (PlanOverview plan : services.planService().overviews()) {
            n += (int) services.planService().visits(plan.plan().id()).stream()
                    .filter(v -> v.visit().frameworkVersionId() != null).count();
        }
        return n;
    }

    /** The scores kept on the server (V9_4), read as whoever {@code db} logs in as. */
    static int keptRows(Database db) {
        return db.dsl().fetchOne("SELECT count(*) FROM server_visit_score").get(0, Integer.class);
    }

    static int count(DataSource source, String sql) throws SQLException {
        try (Connection c = source.getConnection()) {
            return count(c, sql);
        }
    }

    static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
