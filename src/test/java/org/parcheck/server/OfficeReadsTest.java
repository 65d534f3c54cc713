package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.answering.VisitOpener;
import org.parcheck.app.AppServices;
import org.parcheck.persistence.Database;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.VisitOverview;
import org.parcheck.report.PlanSummaryModel;
import org.parcheck.persistence.server.ServerVisitScores;
import org.parcheck.report.YearSeriesBuilder;
import org.parcheck.report.YearSeriesModel;
import org.parcheck.report.YearSeriesModel.RankedVisit;
import org.parcheck.report.YearSeriesModel.UnitSeries;
import org.parcheck.report.xlsx.YearSeriesWorkbook;
import org.parcheck.scoring.ScoringEngine;

/**
 * The reads office mode makes (#17): answer sheets read in batches, the plan summary and the results across plans
 * and years, on a real PostgreSQL (TestServers) and on a laptop's H2 file holding the same data ({@link OfficeData}),
 * compared to the last digit.
 */
class OfficeReadsTest {

    @TempDir
    Path files;

    private AppServices laptop() throws Exception {
        AppServices services = AppServices.open(Files.createDirectories(files.resolve("laptop")));
        OfficeData.addSecondYear(services);
        return services;
    }

    private AppServices server() throws Exception {
        AppServices services = AppServices.onServer(Files.createDirectories(files.resolve("office")),
                Database.onServer(TestServers.freshDatabase("office_reads")));
        assertThat(services.demoSeeder().seedIfFirstRun()).isTrue();
        OfficeData.addSecondYear(services);
        return services;
    }

    @Test
    void sheetsReadInABatchEqualThoseReadOneByOneOnBothEngines() throws Exception {
        try (AppServices laptop = laptop(); AppServices server = server()) {
            for (AppServices services : List.of(laptop, server)) {
                List<Long> ids = allVisitIds(services);
                VisitOpener opener = services.answerService().opener();
                Map<Long, AnswerSheet> batch = opener.sheets(ids);
                assertThat(batch.keySet()).containsExactlyElementsOf(ids);
                for (long id : ids) {
                    assertThat(batch.get(id)).isEqualTo(services.answerService().sheet(id));
                    org.parcheck.plan.Visit previous = opener.previousVisits(List.of(id)).get(id);
                    assertThat(previous == null ? null : previous.id())
                            .isEqualTo(services.answerService().previousVisitId(id).orElse(null));
                    if (previous != null) {
                        assertThat(previous).isEqualTo(services.answerService().opener().open(previous.id())
                                .visit());
                    }
                }
                assertThat(batch.values().stream().filter(s -> !s.answers().isEmpty())).hasSize(5);
                // the sheets read for scoring only score exactly as the whole sheets
                Map<Long, AnswerSheet> forScoring = opener.scoringSheets(ids);
                for (long id : ids) {
                    org.parcheck.answering.VisitSession session = opener.open(id);
                    assertThat(services.answerService().score(session, forScoring.get(id)).toString())
                            .isEqualTo(services.answerService().score(session, batch.get(id)).toString());
                    assertThat(forScoring.get(id).evidence()).hasSameSizeAs(batch.get(id).evidence());
                }
                assertThat(batch.values().stream().filter(s -> !s.findings().isEmpty())).hasSize(1);
                assertThat(opener.previousVisits(ids)).hasSize(2); // Hạ Lang and Trùng Khánh in 2022
            }
        }
    }

    @Test
    void thePlanSummaryOnTheServerIsTheLaptopsToTheLastDigit() throws Exception {
        try (AppServices laptop = laptop(); AppServices server = server()) {
            for (String plan : List.of(OfficeData.PLAN_2021, OfficeData.PLAN_2022)) {
                PlanSummaryModel onH2 = laptop.planSummaries().model(OfficeData.plan(laptop, plan).id());
                PlanSummaryModel onPostgres = server.planSummaries().model(OfficeData.plan(server, plan).id());
                assertThat(onPostgres.toString()).isEqualTo(onH2.toString());
            }
            PlanSummaryModel y2022 = server.planSummaries().model(OfficeData.plan(server, OfficeData.PLAN_2022).id());
            assertThat(y2022.visits()).extracting(PlanSummaryModel.VisitResult::unit).containsExactly(
                    "huyện Hạ Lang", "huyện Trùng Khánh", "huyện Quảng Hòa", "xã Vinh Quý");
            // the change against the same unit's 2021 visit, found by the batch read of previous visits
            assertThat(y2022.visits().get(0).changeText()).isEqualTo("+" + y2022.visits().get(0).change()
                    .toPlainString().replace('.', ','));
            assertThat(y2022.visits().get(0).change()).isPositive();
            assertThat(y2022.visits().get(1).change()).isNegative(); // Trùng Khánh: 2021 had item 1.4.2 YES
            assertThat(y2022.visits().get(1).changeText()).startsWith("−");
            assertThat(y2022.visits().get(2).change()).isNull(); // Quảng Hòa: first visit
        }
    }

    @Test
    void theRankingAcrossYearsIsTheSameOnBothEnginesAndAgreesWithThePlanSummaries() throws Exception {
        try (AppServices laptop = laptop(); AppServices server = server()) {
            YearSeriesModel onH2 = laptop.yearSeries().build(Set.of());
            YearSeriesModel onPostgres = server.yearSeries().build(Set.of());
            assertThat(describe(onPostgres)).isEqualTo(describe(onH2));
            assertThat(onPostgres.years()).containsExactly(2021, 2022);
            assertThat(onPostgres.unscored()).isEqualTo(3); // Cô Ngân, Vinh Quý 2021, Vinh Quý 2022
            assertThat(onPostgres.ranking()).extracting(v -> v.rank() + " " + v.unit() + " " + v.year())
                    .containsExactly("1 huyện Hạ Lang 2022", "1 huyện Trùng Khánh 2021",
                            "3 huyện Hạ Lang 2021", "3 huyện Trùng Khánh 2022", "5 huyện Quảng Hòa 2022");
            // every percentage is the one its plan summary shows, to the last digit
            Map<Long, BigDecimal> summaries = new LinkedHashMap<>();
            for (PlanOverview plan : server.planService().overviews()) {
                server.planSummaries().model(plan.plan().id()).visits()
                        .forEach(v -> summaries.put(v.visitId(), v.percent()));
            }
            for (RankedVisit v : onPostgres.ranking()) {
                assertThat(v.percent()).isEqualTo(summaries.get(v.visitId()));
            }
            UnitSeries haLang = onPostgres.units().stream().filter(u -> u.unit().equals("huyện Hạ Lang"))
                    .findFirst().orElseThrow();
            assertThat(haLang.percents().keySet()).containsExactlyInAnyOrder(2021, 2022);
            assertThat(haLang.change()).isPositive();
            assertThat(onPostgres.units()).extracting(UnitSeries::unit)
                    .containsExactly("huyện Hạ Lang", "huyện Quảng Hòa", "huyện Trùng Khánh");

            YearSeriesModel only2022 = server.yearSeries().build(Set.of(2022));
            assertThat(only2022.years()).containsExactly(2022);
            assertThat(only2022.ranking()).extracting(RankedVisit::rank).containsExactly(1, 2, 3);
            assertThat(server.yearSeries().years()).containsExactly(2021, 2022);
        }
    }

    @Test
    void theWorkbookReadsBackWithTheRankingAndTheSeries() throws Exception {
        try (AppServices server = server()) {
            YearSeriesModel model = server.yearSeries().build(Set.of());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            YearSeriesWorkbook.write(model, out);
            try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                Sheet ranking = book.getSheet(YearSeriesWorkbook.RANKING_SHEET);
                assertThat(ranking.getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo("Kết quả kiểm tra công tác cải cách hành chính các năm 2021, 2022");
                Row first = ranking.getRow(YearSeriesWorkbook.HEADER_ROW + 1);
                assertThat(first.getCell(1).getStringCellValue()).isEqualTo("huyện Hạ Lang");
                assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(2022);
                assertThat(BigDecimal.valueOf(first.getCell(7).getNumericCellValue()))
                        .isEqualByComparingTo(model.ranking().get(0).percent().setScale(2,
                                java.math.RoundingMode.HALF_UP).movePointLeft(2));
                assertThat(ranking.getLastRowNum()).isEqualTo(YearSeriesWorkbook.HEADER_ROW + 5);
                Sheet series = book.getSheet(YearSeriesWorkbook.SERIES_SHEET);
                assertThat(series.getRow(YearSeriesWorkbook.HEADER_ROW).getCell(2).getStringCellValue())
                        .isEqualTo("Năm 2022 (tỷ lệ)");
                Row quangHoa = series.getRow(YearSeriesWorkbook.HEADER_ROW + 2);
                assertThat(quangHoa.getCell(0).getStringCellValue()).isEqualTo("huyện Quảng Hòa");
                assertThat(quangHoa.getCell(1)).isNull(); // no 2021 visit
                assertThat(quangHoa.getCell(2).getNumericCellValue()).isPositive();
            }
        }
    }

    @Test
    void scoresKeptOnTheServerRankAsScoringDoesAndAVisitChangedBySyncIsScoredAgain() throws Exception {
        try (AppServices laptop = laptop(); Database db = Database.onServer(TestServers.freshDatabase("kept"))) {
            SyncLaptops.sync(laptop, db);
            try (AppServices office = AppServices.onServer(Files.createDirectories(files.resolve("office")), db)) {
                String expected = describe(laptop.yearSeries().build(Set.of()));
                int visits = scorableVisits(office);

                // the first ranking scores every visit from its answers and keeps each score (D28)
                YearSeriesBuilder.Counts first = new YearSeriesBuilder.Counts();
                assertThat(describe(office.yearSeries().build(Set.of(), first))).isEqualTo(expected);
                assertThat(first.computed()).isEqualTo(visits);
                assertThat(first.kept()).isZero();
                assertThat(first.stored()).isEqualTo(visits);
                assertThat(keptRows(db)).isEqualTo(visits);

                // the second reads them and scores nothing: the same ranking to the last digit
                YearSeriesBuilder.Counts second = new YearSeriesBuilder.Counts();
                assertThat(describe(office.yearSeries().build(Set.of(), second))).isEqualTo(expected);
                assertThat(second.kept()).isEqualTo(visits);
                assertThat(second.computed()).isZero();
                assertThat(describe(office.yearSeries().build(Set.of(2022)))).isEqualTo(
                        describe(laptop.yearSeries().build(Set.of(2022))));

                // an answer changed on the laptop and synced: that visit's kept score no longer holds
                long haLang = OfficeData.visit(laptop, OfficeData.plan(laptop, OfficeData.PLAN_2022), "huyện Hạ Lang")
                        .id();
                org.parcheck.answering.Answer raised = laptop.answerService().sheet(haLang).answers()
                        .get(OfficeData.RAISED);
                laptop.answerService().saveAnswer(haLang, raised.withValue("YES".equals(raised.value()) ? "NO"
                        : "YES"));
                String changed = describe(laptop.yearSeries().build(Set.of()));
                assertThat(changed).isNotEqualTo(expected);
                SyncLaptops.sync(laptop, db);

                YearSeriesBuilder.Counts third = new YearSeriesBuilder.Counts();
                assertThat(describe(office.yearSeries().build(Set.of(), third))).isEqualTo(changed);
                assertThat(third.computed()).isEqualTo(1);
                assertThat(third.kept()).isEqualTo(visits - 1);
                assertThat(third.stored()).isEqualTo(1);
                YearSeriesBuilder.Counts fourth = new YearSeriesBuilder.Counts();
                assertThat(describe(office.yearSeries().build(Set.of(), fourth))).isEqualTo(changed);
                assertThat(fourth.kept()).isEqualTo(visits);
            }
        }
    }

    @Test
    void aKeptScoreIsUsedOnlyWhileItsWholeKeyHolds() throws Exception {
        try (AppServices laptop = laptop(); Database db = Database.onServer(TestServers.freshDatabase("kept_key"))) {
            SyncLaptops.sync(laptop, db);
            try (AppServices office = AppServices.onServer(Files.createDirectories(files.resolve("office")), db)) {
                String expected = describe(laptop.yearSeries().build(Set.of()));
                int visits = scorableVisits(office);
                office.yearSeries().build(Set.of());
                // a kept value that differs from what scoring gives is what the next ranking shows: it is read, not
                // worked out again (the rows are the reform office's to write, V9_4)
                execute(db, "UPDATE server_visit_score SET percent = '12.5', total = '1'");
                assertThat(office.yearSeries().build(Set.of()).ranking()).extracting(RankedVisit::percent)
                        .containsOnly(new BigDecimal("12.5"));

                // scoring rules changed (ScoringEngine.RULES_VERSION bumped): nothing kept holds, all scored again
                YearSeriesBuilder bumped = new YearSeriesBuilder(office.answerService(), office.plans(),
                        office.planService(), new ServerVisitScores(db, ScoringEngine.RULES_VERSION + 1));
                YearSeriesBuilder.Counts afterBump = new YearSeriesBuilder.Counts();
                assertThat(describe(bumped.build(Set.of(), afterBump))).isEqualTo(expected);
                assertThat(afterBump.computed()).isEqualTo(visits);
                assertThat(afterBump.stored()).isEqualTo(visits);
                YearSeriesBuilder.Counts again = new YearSeriesBuilder.Counts();
                assertThat(describe(bumped.build(Set.of(), again))).isEqualTo(expected);
                assertThat(again.kept()).isEqualTo(visits);

                // each other part of the key: the revision, the framework version, the unit's type
                for (String stale : List.of("server_revision = server_revision - 1",
                        "framework_version_uuid = gen_random_uuid()", "unit_type = 'WARD'")) {
                    execute(db, "UPDATE server_visit_score SET percent = '12.5', total = '1', rules_version = "
                            + ScoringEngine.RULES_VERSION + ", " + stale);
                    YearSeriesBuilder.Counts counts = new YearSeriesBuilder.Counts();
                    assertThat(describe(office.yearSeries().build(Set.of(), counts))).as(stale).isEqualTo(expected);
                    assertThat(counts.computed()).as(stale).isEqualTo(visits);
                }
                // a visit whose framework version is a draft (it may still change) is never kept
                execute(db, "DELETE FROM server_visit_score", "UPDATE framework_version SET status = 'DRAFT'");
                YearSeriesBuilder.Counts draft = new YearSeriesBuilder.Counts();
                assertThat(describe(office.yearSeries().build(Set.of(), draft))).isEqualTo(expected);
                assertThat(draft.stored()).isZero();
                assertThat(keptRows(db)).isZero();
            }
        }
    }

    @Test
    void visitsNeverSyncedAreScoredAndNotKept() throws Exception {
        try (AppServices server = server()) {
            YearSeriesBuilder.Counts counts = new YearSeriesBuilder.Counts();
            server.yearSeries().build(Set.of(), counts);
            assertThat(counts.computed()).isEqualTo(scorableVisits(server));
            assertThat(counts.stored()).isZero(); // written here without a sync: no server revision tells a change
            assertThat(keptRows(server.database())).isZero();
        }
    }

    /** Visits with a framework version (scored, or scored as nothing yet). */
    private static int scorableVisits(AppServices services) {
        int n = 0;
        for (PlanOverview plan : services.planService().overviews()) {
            n += (int) services.planService().visits(plan.plan().id()).stream()
                    .filter(v -> v.visit().frameworkVersionId() != null).count();
        }
        return n;
    }

    private static int keptRows(Database db) {
        return db.dsl().fetchOne("SELECT count(*) FROM server_visit_score").get(0, Integer.class);
    }

    private static void execute(Database db, String... statements) {
        for (String sql : statements) {
            db.dsl().execute(sql);
        }
    }

    private static List<Long> allVisitIds(AppServices services) {
        List<Long> ids = new ArrayList<>();
        for (PlanOverview plan : services.planService().overviews()) {
            services.planService().visits(plan.plan().id()).stream().map(VisitOverview::visit)
                    .forEach(v -> ids.add(v.id()));
        }
        return ids;
    }

    private static String describe(YearSeriesModel model) {
        StringBuilder text = new StringBuilder(model.years() + " unscored " + model.unscored() + "\n");
        model.ranking().forEach(v -> text.append(v.rank()).append(' ').append(v.unit()).append(' ').append(v.year())
                .append(' ').append(v.planNumber()).append(' ').append(v.date()).append(' ').append(v.total())
                .append(' ').append(v.max()).append(' ').append(v.percent()).append(' ').append(v.percentText())
                .append(' ').append(v.classification()).append('\n'));
        model.units().forEach(u -> text.append(u.unit()).append(' ').append(new java.util.TreeMap<>(u.percents()))
                .append(' ').append(u.change()).append('\n'));
        return text.toString();
    }
}
