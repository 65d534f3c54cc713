package org.parcheck.answering.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStream;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcheck.answering.Answer;
import org.parcheck.answering.AnswerSheet;
import org.parcheck.app.AppServices;
import org.parcheck.common.fx.SameThreadExecutor;
import org.parcheck.common.i18n.Messages;
import org.parcheck.plan.PlanOverview;
import org.parcheck.plan.VisitOverview;
import org.parcheck.scoring.ItemStatus;

/** The visit screen's rules, without the FX toolkit, on the demo Hạ Lang visit in a real H2 file. */
class VisitViewModelTest {

    @TempDir
    Path dataDir;
    private AppServices services;
    private long visitId;
    private VisitViewModel vm;

    @BeforeEach
    void setUp() {
        services = AppServices.open(dataDir);
        PlanOverview plan = services.planService().overviews().get(0);
        VisitOverview haLang = services.planService().visits(plan.plan().id()).stream()
                .filter(v -> v.unitDisplayName().equals("huyện Hạ Lang")).findFirst().orElseThrow();
        visitId = haLang.visit().id();
        vm = new VisitViewModel(visitId, services.answerService(), new SameThreadExecutor(),
                new Messages(Messages.VIETNAMESE), () -> { }, TestExporters.of(services));
        vm.load();
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private ItemEntry firstOf(ItemEntry.InputKind kind) {
        return vm.entries().stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void theSeedVisitOpensScoredWithTheOnTimeExplanation() {
        assertTrue(vm.loadedProperty().get());
        assertThat(vm.score().percentTextProperty().get()).isEqualTo("81,36%");
        assertThat(vm.score().classificationTextProperty().get()).startsWith("Khá");
        assertThat(vm.entries()).anyMatch(e -> e.explanation().contains("924 / 1.068")
                && e.explanation().contains("86,52"));
    }

    @Test
    void aNoteAndAFlagAreSavedWithTheAnswer() {
        ItemEntry entry = firstOf(ItemEntry.InputKind.YES_NO);
        vm.select(entry.code());
        assertEquals(entry, vm.selection().entryProperty().get());
        entry.noteProperty().set("Chưa xem được bản gốc");
        entry.flaggedProperty().set(true);
        vm.commit(entry);
        Answer stored = services.answerService().sheet(visitId).answer(entry.code());
        assertEquals("Chưa xem được bản gốc", stored.note());
        assertTrue(stored.flagged());
    }

    @Test
    void unreadableNumbersAreRefusedAndNothingIsSaved() {
        ItemEntry number = firstOf(ItemEntry.InputKind.NUMBER);
        String before = services.answerService().sheet(visitId).answer(number.code()).value();
        number.valueProperty().set("mười");
        vm.commit(number);
        assertThat(number.errorProperty().get()).isNotBlank();
        assertEquals(before, services.answerService().sheet(visitId).answer(number.code()).value());
        ItemEntry occurrences = firstOf(ItemEntry.InputKind.OCCURRENCES);
        occurrences.valueProperty().set("1,5");
        vm.commit(occurrences);
        assertThat(occurrences.errorProperty().get()).contains("số nguyên");
    }

    @Test
    void aFigureBreakingItsWholeIsFlaggedAndUnknownIsNotZero() {
        FigureEntry online = vm.figures().stream().filter(f -> f.code().equals("receivedOnline")).findFirst()
                .orElseThrow();
        online.valueProperty().set("2000");
        vm.commitFigure(online);
        assertThat(vm.figures().stream().filter(f -> !f.errorProperty().get().isEmpty())).isNotEmpty();
        assertThat(online.errorProperty().get()).as("figures shown by name, not by code")
                .contains("Hồ sơ tiếp nhận trực tuyến (2.000)").doesNotContain("receivedOnline");
        assertEquals(0, new BigDecimal("2000").compareTo(services.answerService().sheet(visitId).figures()
                .get("receivedOnline")));
        online.valueProperty().set("");
        vm.commitFigure(online);
        assertNull(services.answerService().sheet(visitId).figures().get("receivedOnline"));
        assertThat(vm.entries()).anyMatch(e -> e.status() == ItemStatus.NOT_ASSESSABLE);
    }

    @Test
    void undoRestoresTheAnswerAndNextAndFindNavigate() {
        ItemEntry entry = firstOf(ItemEntry.InputKind.YES_NO);
        String before = entry.valueProperty().get();
        entry.valueProperty().set(Answer.YES.equals(before) ? Answer.NO : Answer.YES);
        assertThat(vm.canUndoProperty().get()).as("nothing to undo yet").isFalse();
        vm.commit(entry);
        assertThat(vm.canUndoProperty().get()).isTrue();
        vm.undo();
        assertThat(vm.canRedoProperty().get()).isTrue();
        assertEquals(before, services.answerService().sheet(visitId).answer(entry.code()).value());
        vm.redo();
        assertThat(services.answerService().sheet(visitId).answer(entry.code()).value()).isNotEqualTo(before);

        String next = vm.nextToDo(null).orElseThrow();
        assertEquals(ItemStatus.MISSING, vm.entry(next).orElseThrow().status());
        assertThat(vm.find("hai long", null)).isPresent();
        assertThat(vm.find("3.2", null)).hasValueSatisfying(code -> assertThat(code).startsWith("3.2"));
    }

    @Test
    void thePreviewHasTheReportsPagesAsImages() {
        List<Image> pages = new ArrayList<>();
        vm.report().preview(pages::addAll);
        assertThat(pages).hasSizeGreaterThan(1);
        assertThat(pages.get(0).getWidth()).isGreaterThan(pages.get(0).getHeight() / 2);
        assertThat(pages.get(0).getHeight()).isGreaterThan(pages.get(0).getWidth());
    }

    @Test
    void theReportIsWrittenAsPdf() throws Exception {
        Path file = dataDir.resolve("bien-ban.pdf");
        vm.report().exportPdf(file);
        assertThat(vm.saveStateProperty().get()).contains("bien-ban.pdf");
        byte[] head = Files.readAllBytes(file);
        assertEquals("%PDF", new String(head, 0, 4, StandardCharsets.US_ASCII));
        assertThat(vm.report().suggestedName("pdf")).isEqualTo("bien-ban-huyen-ha-lang.pdf");
    }

    @Test
    void theReportIsWrittenAsDocx() throws Exception {
        Path file = dataDir.resolve("bien-ban.docx");
        vm.report().exportDocx(file);
        assertThat(vm.saveStateProperty().get()).contains("bien-ban.docx");
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(file))) {
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText)).contains("BIÊN BẢN");
        }
        assertThat(file.resolveSibling("bien-ban.docx.part")).doesNotExist();
        assertThat(vm.report().suggestedName("docx")).isEqualTo("bien-ban-huyen-ha-lang.docx");
    }

    /** Sets the self-score cell (column D) of the form's row for each item code. */
    private static void fillForm(Path form, Map<String, Object> scores) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(form))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                Object score = row.getCell(0) == null ? null : scores.get(row.getCell(0).getStringCellValue());
                if (score instanceof Number number) {
                    row.createCell(3).setCellValue(number.doubleValue());
                } else if (score != null) {
                    row.createCell(3).setCellValue(score.toString());
                }
            }
            try (OutputStream out = Files.newOutputStream(form)) {
                workbook.write(out);
            }
        }
    }

    @Test
    void theUnitsFilledSelfAssessmentFormBecomesItsSelfScores() throws Exception {
        ItemEntry recorded = vm.entries().stream().filter(e -> e.isLeaf() && !e.selfScoreProperty().get().isEmpty())
                .findFirst().orElseThrow();
        ItemEntry blank = vm.entries().stream().filter(e -> e.isLeaf() && e.selfScoreProperty().get().isEmpty()
                && e.kind() == ItemEntry.InputKind.YES_NO).findFirst().orElseThrow();
        Path form = dataDir.resolve("tu-cham.xlsx");
        vm.selfForm().export(form);
        assertThat(vm.saveStateProperty().get()).contains("tu-cham.xlsx");
        assertThat(vm.selfForm().suggestedName()).isEqualTo("tu-cham-huyen-ha-lang.xlsx");
        fillForm(form, Map.of(recorded.code(), 0, blank.code(), "0,5"));
        int logBefore = services.answerService().changeLog(visitId).size();

        int[] asked = new int[2];
        List<String> problems = new ArrayList<>();
        vm.selfForm().importScores(form, problems::addAll, (count, replacing) -> {
            asked[0] = count;
            asked[1] = replacing;
            return true;
        });
        assertThat(problems).isEmpty();
        assertThat(asked).as("two changed, one of them replacing a recorded score").containsExactly(2, 1);
        AnswerSheet stored = services.answerService().sheet(visitId);
        assertThat(stored.answer(blank.code()).selfScore()).isEqualByComparingTo("0.5");
        assertThat(stored.answer(recorded.code()).selfScore()).isEqualByComparingTo("0");
        assertThat(blank.selfScoreProperty().get()).isEqualTo("0,5");
        assertThat(blank.selfDifferenceProperty().get()).as("the difference is shown at once").isNotEmpty();
        assertThat(services.answerService().changeLog(visitId)).hasSize(logBefore + 2);
        assertThat(vm.saveStateProperty().get()).contains("2 mục");

        // the same form again changes nothing and asks nothing
        asked[0] = -1;
        vm.selfForm().importScores(form, problems::addAll, (count, replacing) -> {
            asked[0] = count;
            return true;
        });
        assertThat(asked[0]).isEqualTo(-1);
        assertThat(services.answerService().changeLog(visitId)).hasSize(logBefore + 2);
    }

    @Test
    void aFormWithAMistakeOrACancelSavesNothing() throws Exception {
        ItemEntry blank = vm.entries().stream().filter(e -> e.isLeaf() && e.selfScoreProperty().get().isEmpty()
                && e.kind() == ItemEntry.InputKind.YES_NO).findFirst().orElseThrow();
        ItemEntry other = vm.entries().stream().filter(e -> e.isLeaf() && e != blank).findFirst().orElseThrow();
        Path form = dataDir.resolve("tu-cham.xlsx");
        vm.selfForm().export(form);
        fillForm(form, Map.of(blank.code(), 0.5, other.code(), 999));
        List<String> problems = new ArrayList<>();
        vm.selfForm().importScores(form, problems::addAll, (count, replacing) -> {
            throw new AssertionError("not asked when the form has a mistake");
        });
        assertThat(problems).singleElement().asString().contains("dòng").contains("999").contains("điểm tối đa");
        assertNull(services.answerService().sheet(visitId).answer(blank.code()).selfScore());

        fillForm(form, Map.of(other.code(), ""));
        vm.selfForm().importScores(form, problems::addAll, (count, replacing) -> false);
        assertNull(services.answerService().sheet(visitId).answer(blank.code()).selfScore());
        assertThat(blank.selfScoreProperty().get()).isEmpty();
    }

    @Test
    void aFailedCriticalItemSaysWhyItsAreaScoresZero() {
        assertThat(vm.areas().get(0).zeroedNote()).isEmpty();
        ItemEntry critical = vm.entry("1.1.1").orElseThrow();
        critical.valueProperty().set(Answer.NO);
        vm.commit(critical);
        AreaResult area = vm.areas().get(0);
        assertThat(area.points()).startsWith("0 /");
        assertThat(area.zeroedNote()).contains("điểm liệt").contains("1.1.1");
    }

    @Test
    void aRefusalIsFlaggedAsAProblemUntilTheNextSave() {
        vm.finalise();
        assertThat(vm.saveStateProperty().get()).contains("Chưa hoàn tất");
        assertThat(vm.saveStateProblemProperty().get()).as("shown in red").isTrue();
        ItemEntry entry = firstOf(ItemEntry.InputKind.YES_NO);
        entry.noteProperty().set("Đã xem bản gốc");
        vm.commit(entry);
        assertThat(vm.saveStateProperty().get()).startsWith("Đã lưu");
        assertThat(vm.saveStateProblemProperty().get()).isFalse();
    }

    @Test
    void anInvalidAnswerSaysWhyOnItsRowAndInTheBlockerList() {
        ItemEntry manual = firstOf(ItemEntry.InputKind.MANUAL);
        manual.valueProperty().set("0,5");
        manual.manualReasonProperty().set("");
        vm.commit(manual);
        assertThat(manual.status()).isEqualTo(ItemStatus.INVALID);
        assertThat(manual.invalidReasonProperty().get()).contains("lý do");
        vm.finalise();
        assertThat(vm.blockers()).anyMatch(line -> line.startsWith(manual.code() + " — ") && line.contains("lý do"));
        assertThat(vm.blockerItem(vm.blockers().stream().filter(l -> l.startsWith(manual.code() + " "))
                .findFirst().orElseThrow())).contains(manual.code());
    }

    @Test
    void progressComesFirstAndTheScoreIsProvisionalUntilEightyPerCentIsScored() {
        VisitScorePanel score = vm.score();
        long applicable = vm.card().items().stream().filter(i -> i.status() != ItemStatus.NOT_APPLICABLE).count();
        long scored = vm.card().items().stream().filter(i -> i.status() == ItemStatus.SCORED).count();
        long missingFigures = vm.figures().stream().filter(f -> f.valueProperty().get().isEmpty()).count();
        assertThat(score.progressTextProperty().get()).isEqualTo("Đã chấm " + scored + "/" + applicable + " mục"
                + (missingFigures == 0 ? "" : ", " + missingFigures + " số liệu còn thiếu"));
        assertThat(score.mostlyAnsweredProperty().get()).as("the seed visit is mostly answered").isTrue();

        // clear answers until fewer than 80 % of the applicable items are scored: the score is provisional again
        List<ItemEntry> answered = vm.entries().stream().filter(e -> e.status() == ItemStatus.SCORED
                && (e.kind() == ItemEntry.InputKind.YES_NO || e.kind() == ItemEntry.InputKind.CHOICE)).toList();
        int cleared = 0;
        for (ItemEntry entry : answered) {
            if ((scored - cleared) * 100 < VisitScorePanel.MOSTLY_ANSWERED_PERCENT * applicable) {
                break;
            }
            entry.valueProperty().set("");
            vm.commit(entry);
            cleared++;
        }
        assertThat((scored - cleared) * 100).isLessThan(VisitScorePanel.MOSTLY_ANSWERED_PERCENT * applicable);
        assertThat(score.mostlyAnsweredProperty().get()).isFalse();
        assertThat(score.progressTextProperty().get()).startsWith("Đã chấm " + (scored - cleared) + "/");

        FigureEntry figure = vm.figures().stream().filter(f -> !f.valueProperty().get().isEmpty()).findFirst()
                .orElseThrow();
        figure.valueProperty().set("");
        vm.commitFigure(figure);
        assertThat(score.progressTextProperty().get()).endsWith(", " + (missingFigures + 1) + " số liệu còn thiếu");
    }

    @Test
    void notApplicableNeedsAReasonAndKeepsItAsTheNote() {
        ItemEntry entry = vm.entries().stream().filter(e -> e.kind() == ItemEntry.InputKind.YES_NO
                && !e.notApplicableProperty().get()).findFirst().orElseThrow();
        entry.noteProperty().set("");
        entry.notApplicableProperty().set(true);
        vm.commit(entry);
        assertThat(entry.errorProperty().get()).contains("lý do");
        assertThat(vm.saveStateProperty().get()).startsWith("Chưa lưu").contains(entry.code());
        assertThat(vm.saveStateProblemProperty().get()).isTrue();
        assertThat(services.answerService().sheet(visitId).answer(entry.code()).notApplicable()).isFalse();

        entry.noteProperty().set("Không có bộ phận này");
        vm.commit(entry);
        Answer stored = services.answerService().sheet(visitId).answer(entry.code());
        assertThat(stored.notApplicable()).isTrue();
        assertThat(stored.note()).isEqualTo("Không có bộ phận này");
        assertThat(vm.saveStateProperty().get()).startsWith("Đã lưu");
    }
}
