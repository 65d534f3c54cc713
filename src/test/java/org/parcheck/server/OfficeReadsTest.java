package org.parcheck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcheck.server.OfficeFixture.describe;
import static org.parcheck.server.OfficeFixture.keptRows;
import static org.parcheck.server.OfficeFixture.rank;
import static org.parcheck.server.OfficeFixture.scorableVisits;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
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
import org.junit.jupiter.api.BeforeEach;
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
import org.parcheck.server.OfficeFixture.Ranked;
import org.parcheck.scoring.ScoringEngine;

/**
 * The reads office mode makes (#17): answer sheets read in batches, the plan summary and the results across plans
 * and years, on a real PostgreSQL (TestServers) and on a laptop's H2 file holding the same data ({@link OfficeData}),
 * compared to the last digit.
 */
class OfficeReadsTest {

    @TempDir
    Path files;

    private OfficeFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new OfficeFixture(files);
    }

    @Test
    void sheetsReadInABatchEqualThoseReadOneByOneOnBothEngines() throws Exception {
        try (AppServices laptop = fixture.laptop(); AppServices server = fixture.server("office_reads")) {
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
        try (AppServices laptop = fixture.laptop(); AppServices server = fixture.server("office_reads")) {
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
        try (AppServices laptop = fixture.laptop(); AppServices server = fixture.server("office_reads")) {
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
        try (AppServices server = fixture.server("office_reads")) {
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
        try (AppServices laptop = fixture.laptop(); Database db = fixture.syncedFrom(laptop, "kept");
             AppServices office = fixture.office(db)) {
            String expected = describe(laptop.yearSeries().build(Set.of()));
            int visits = scorableVisits(office);

            // the first ranking scores every visit from its answers and keeps each score (D28)
            Ranked first = rank(office);
            assertThat(first.text()).isEqualTo(expected);
            assertThat(first.counts().computed()).isEqualTo(visits);
            assertThat(first.counts().kept()).isZero();
            assertThat(first.counts().stored()).isEqualTo(visits);
            assertThat(keptRows(db)).isEqualTo(visits);

            // the second reads them and scores nothing: the same ranking to the last digit
            Ranked second = rank(office);
            assertThat(second.text()).isEqualTo(expected);
            assertThat(second.counts().kept()).isEqualTo(visits);
            assertThat(second.counts().computed()).isZero();
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

            Ranked third = rank(office);
            assertThat(third.text()).isEqualTo(changed);
            assertThat(third.counts().computed()).isEqualTo(1);
            assertThat(third.counts().kept()).isEqualTo(visits - 1);
            assertThat(third.counts().stored()).isEqualTo(1);
            Ranked fourth = rank(office);
            assertThat(fourth.text()).isEqualTo(changed);
            assertThat(fourth.counts().kept()).isEqualTo(visits);
        }
    }

    @Test
    void aKeptScoreIsUsedOnlyWhileItsWholeKeyHolds() throws Exception {
        try (AppServices laptop = fixture.laptop(); Database db = fixture.syncedFrom(laptop, "kept_key");
             AppServices office = fixture.office(db)) {
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
            Ranked afterBump = rank(bumped);
            assertThat(afterBump.text()).isEqualTo(expected);
            assertThat(afterBump.counts().computed()).isEqualTo(visits);
            assertThat(afterBump.counts().stored()).isEqualTo(visits);
            Ranked again = rank(bumped);
            assertThat(again.text()).isEqualTo(expected);
            assertThat(again.counts().kept()).isEqualTo(visits);

            // each other part of the key: the revision, the framework version, the unit's type
            for (String stale : List.of("server_revision = server_revision - 1",
                    "framework_version_uuid = gen_random_uuid()", "unit_type = 'WARD'")) {
                execute(db, "UPDATE server_visit_score SET percent = '12.5', total = '1', rules_version = "
                        + ScoringEngine.RULES_VERSION + ", " + stale);
                Ranked ranked = rank(office);
                assertThat(ranked.text()).as(stale).isEqualTo(expected);
                assertThat(ranked.counts().computed()).as(stale).isEqualTo(visits);
            }
            // a visit whose framework version is a draft (it may still change) is never kept
            execute(db, "DELETE FROM server_visit_score", "UPDATE framework_version SET status = 'DRAFT'");
            Ranked draft = rank(office);
            assertThat(draft.text()).isEqualTo(expected);
            assertThat(draft.counts().stored()).isZero();
            assertThat(keptRows(db)).isZero();
        }
    }

    @Test
    void visitsNeverSyncedAreScoredAndNotKept() throws Exception {
        try (AppServices server = fixture.server("office_reads")) {
            YearSeriesBuilder.Counts counts = rank(server).counts();
            assertThat(counts.computed()).isEqualTo(scorableVisits(server));
            assertThat(counts.stored()).isZero(); // written here without a sync: no server revision tells a change
            assertThat(keptRows(server.database())).isZero();
        }
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

}
